// One Octokit client for the whole run: retries transient failures (5xx, resets), honours rate limits
// (`retry-after`, x-ratelimit-reset) through the throttling plugin, and logs every request at debug level
// without headers, so the token never reaches a log.
import * as core from '@actions/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

export type Api = InstanceType<typeof Client>;

const Client = Octokit.plugin(retry, throttling);

const MAX_LIMIT_RETRIES = 3;

export function createClient(token: string, baseUrl: string): Api {
  const api = new Client({
    auth: token,
    baseUrl,
    userAgent: 'ai-sync',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => core.debug(m), error: (m: string) => core.debug(m) },
    // 429 is left to the throttling plugin (retry would swallow it before the rate-limit handler runs);
    // 409/422 on writes are races we resolve ourselves.
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451], retries: 3 },
    throttle: {
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
      core.debug(`${what} → ${response.status} (${Date.now() - started} ms)`);
      return response;
    } catch (error) {
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

/** A read that could not be completed: the run must fail, naming what could not be read. */
export class ReadError extends Error {
  constructor(what: string, cause: unknown) {
    const status = statusOf(cause);
    const detail = status !== undefined ? `HTTP ${status}` : (cause as Error)?.message ?? String(cause);
    super(`could not read ${what} through the GitHub API (${detail})`);
  }
}
