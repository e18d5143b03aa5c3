// One Octokit client for the whole run: retries transient failures (5xx, resets), honours rate limits
// (`retry-after`, x-ratelimit-reset) through the throttling plugin, and logs every request at debug level
// without headers, so the token never reaches a log. An API (or proxy) that echoes the token back in an error is
// scrubbed too: the runner masks it in the log, but not in the job summary, and not where no runner masks.
// Requests go through transport.ts (node:http with keep-alive and the runner's proxy settings), not Node's fetch.
// The client is @octokit/core with the plugins @octokit/rest bundles but its generated endpoint table (~100 KB,
// ~10 % of loading the action): REST calls name their route (`api.request('GET /repos/{owner}/{repo}/…')`), typed
// from the same OpenAPI description.
import * as core from '@actions/core';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { requestLog } from '@octokit/plugin-request-log';
import { unclampLimiterYield } from './limiter-yield.js';
import { concurrencyLimiter, retryLimiter, writeLimiter } from './limiters.js';
import { primedFetch } from './primed.js';

export type Api = InstanceType<typeof Client>;

// The plugins of @octokit/rest (request log, pagination) less its endpoint methods, in its order, then ours.
const Client = Octokit.plugin(requestLog, paginateRest, retry, throttling);

const MAX_LIMIT_RETRIES = 3;

/**
 * Minimum time between the starts of two requests through the throttling plugin's `write` limiter. The plugin sends
 * every REST write AND every GraphQL request through it, and its default spaces them 1 s apart (start to start): the
 * status commit of a push waited ~1 s after the snapshot query for nothing. Writes stay serialised, in order, at
 * least this far apart (a run makes a handful of them; GitHub's secondary limit is 80 content-creating requests a
 * minute). GraphQL queries do not pass through it: see createClient.
 */
export const WRITE_SPACING_MS = 100;

/** The plugin's `global` group (10 requests at once), shared by every client of the run as the plugin shares its own. */
const GLOBAL = concurrencyLimiter(10);

/**
 * The throttling plugin's limiters (limiters.ts): `write` with WRITE_SPACING_MS, `global` and the retry limiter
 * without a 1 ms timer per job. `global` and `retryLimiter` are read from these options as `write` is, though the
 * plugin's types only name `write`. Rate limits are handled as before: a 403/429 with retry-after or
 * x-ratelimit-reset goes through the retry limiter and the handlers passed with them.
 */
function limiters(writeSpacingMs: number): Pick<ThrottlingOptions, 'write'> {
  return { write: writeLimiter(writeSpacingMs), global: GLOBAL, retryLimiter: retryLimiter() } as unknown as Pick<ThrottlingOptions, 'write'>;
}

/** Replaces the token (and git's basic-auth form of it) in every string inside `value`, in place. */
function scrubber(token: string): (value: unknown) => void {
  const forms = [token, Buffer.from(`x-access-token:${token}`).toString('base64')].filter((f) => f.length >= 8);
  const clean = (s: string): string => forms.reduce((acc, f) => (acc.includes(f) ? acc.split(f).join('***') : acc), s);
  const walk = (value: unknown, depth: number, seen = new WeakSet<object>()): void => {
    if (value === null || typeof value !== 'object' || depth > 8 || seen.has(value)) return;
    seen.add(value);
    const o = value as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      const v = o[key];
      if (typeof v === 'string') {
        const c = clean(v);
        if (c !== v) {
          try {
            o[key] = c;
          } catch {
            // read-only: leave it
          }
        }
      } else walk(v, depth + 1, seen);
    }
  };
  return (value) => {
    if (value instanceof Error) {
      value.message = clean(value.message);
      if (typeof value.stack === 'string') value.stack = clean(value.stack);
    }
    walk(value, 0);
  };
}

/** A GraphQL document that writes (a mutation); anything else sent to /graphql is a read. */
export function isMutation(query: string): boolean {
  return /^\s*mutation\b/.test(query.replace(/^\s*#[^\n]*\n/gm, ''));
}

/**
 * The run's client. GraphQL queries go through a second client whose write limiter does not space them: the
 * throttling plugin sends every POST /graphql through its write limiter, reads included, but GitHub's secondary
 * limits that spacing protects are about content-creating requests (and concurrency), not queries — a PR run's
 * second read used to wait ~100 ms for nothing. Mutations and REST writes keep the spaced limiter, in order; both
 * clients keep the same retry plugin, rate-limit handlers (onRateLimit, onSecondaryRateLimit, GraphQL's
 * RATE_LIMITED), request log and token scrubbing.
 */
export function createClient(token: string, baseUrl: string): Api {
  if (!unclampLimiterYield()) core.debug('bottleneck: its datastore has no yieldLoop; every limiter step waits a 1 ms timer');
  const api = buildClient(token, baseUrl, WRITE_SPACING_MS);
  const reads = buildClient(token, baseUrl, 0);
  const spaced = api.graphql;
  api.graphql = Object.assign(
    (query: string, parameters?: Record<string, unknown>) => (isMutation(query) ? spaced(query, parameters) : reads.graphql(query, parameters)),
    spaced
  ) as typeof api.graphql;
  return api;
}

function buildClient(token: string, baseUrl: string, writeSpacingMs: number): Api {
  const scrub = scrubber(token);
  const api = new Client({
    auth: token,
    baseUrl,
    userAgent: 'ai-sync',
    request: { fetch: primedFetch },
    log: { debug: () => {}, info: () => {}, warn: (m: string) => core.debug(m), error: (m: string) => core.debug(m) },
    // 429 is left to the throttling plugin (retry would swallow it before the rate-limit handler runs);
    // 409/422 on writes are races we resolve ourselves.
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451], retries: 3 },
    throttle: {
      ...limiters(writeSpacingMs),
      onRateLimit: (retryAfter, options, _octokit, retryCount) => {
        core.debug(`rate limited on ${options.method} ${options.url}; retry ${retryCount + 1} in ${retryAfter}s`);
        return retryCount < MAX_LIMIT_RETRIES;
      },
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
        core.debug(`secondary rate limit on ${options.method} ${options.url}; retry ${retryCount + 1} in ${retryAfter}s`);
        return retryCount < MAX_LIMIT_RETRIES;
      }
    }
  });
  api.hook.wrap('request', async (request, options) => {
    const started = Date.now();
    const what = `${options.method} ${options.url}`;
    try {
      const response = await request(options);
      // GraphQL reports errors with HTTP 200; @octokit/graphql builds its error message from these.
      const errors = (response.data as { errors?: unknown } | null)?.errors;
      if (errors) scrub(errors);
      core.debug(`${what} → ${response.status} (${Date.now() - started} ms)`);
      return response;
    } catch (error) {
      scrub(error);
      core.debug(`${what} → ${(error as { status?: number }).status ?? 'error'} (${Date.now() - started} ms)`);
      throw error;
    }
  });
  return api;
}

/** HTTP status of an Octokit error, or undefined for non-HTTP failures. */
export function statusOf(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

/** Why a request failed, short: `HTTP 502`, `no answer: …`, or the error's message (a GraphQL error's text). */
export function failureDetail(cause: unknown): string {
  const status = statusOf(cause);
  const message = (cause as Error)?.message ?? String(cause);
  // Octokit reports a request that got no answer at all (reset, refused, timed out) as status 500 without a response.
  const answered = (cause as { response?: unknown } | null)?.response !== undefined;
  return status !== undefined && (answered || status !== 500) ? `HTTP ${status}` : status !== undefined ? `no answer: ${message}` : message;
}

/** A read that could not be completed: the run must fail, naming what could not be read. */
export class ReadError extends Error {
  constructor(what: string, cause: unknown) {
    super(`could not read ${what} through the GitHub API (${failureDetail(cause)})`);
  }
}
