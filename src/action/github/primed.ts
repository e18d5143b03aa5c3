// The run's first request, sent before Octokit and the engine load (first-read.ts): Octokit's fetch (client.ts)
// takes its answer over when it asks for the same thing — same method, URL and body — as its first attempt, so the
// retry plugin, the rate-limit handlers and the error reporting treat the answer exactly as one they had fetched
// themselves; any other request, or a second attempt, goes out as usual. Loading the action then overlaps with the
// API's answering instead of preceding it.
import { nodeFetch, type FetchInit, type TransportResponse } from './transport.js';

let early: { key: string; response: Promise<TransportResponse> } | null = null;

const GHES_V3 = /\/api\/v3\/?$/;

/** Where Octokit sends GraphQL for a REST base URL: GitHub Enterprise Server's /api/v3 becomes /api/graphql. */
export function graphqlUrl(baseUrl: string): string {
  return GHES_V3.test(baseUrl) ? baseUrl.replace(GHES_V3, '/api/graphql') : `${baseUrl}/graphql`;
}

/** JSON with object keys sorted, so two bodies that say the same compare equal however their keys were ordered. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v
  );
}

function keyOf(method: string, url: string, body: unknown): string {
  let text = typeof body === 'string' ? body : '';
  try {
    text = canonical(JSON.parse(text));
  } catch {
    // not JSON: compared as sent
  }
  return `${method.toUpperCase()} ${url}\n${text}`;
}

/**
 * Sends a GraphQL query now; the answer waits for Octokit's identical request (primedFetch). Resolves once the
 * request has been handed to the network (or has failed): what loads next blocks the event loop while it loads.
 */
export function primeGraphql(baseUrl: string, token: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const url = graphqlUrl(baseUrl);
  const body = JSON.stringify({ query, variables });
  let onWritten = (): void => undefined;
  const written = new Promise<void>((resolve) => (onWritten = resolve));
  const response = nodeFetch(url, {
    method: 'POST',
    // GitHub takes `bearer` for every kind of token (Octokit writes `token` for all but JWTs; both are accepted).
    headers: { accept: 'application/vnd.github.v3+json', authorization: `bearer ${token}`, 'content-type': 'application/json; charset=utf-8', 'user-agent': 'ai-sync' },
    body,
    onWritten
  });
  // Awaited by whoever takes it over; a failure there is that request's failure (and retried as one).
  response.then(onWritten, onWritten);
  early = { key: keyOf('POST', url, body), response };
  return written;
}

/** Octokit's `request.fetch`: the primed answer for the request it was sent for, once; otherwise a new request. */
export function primedFetch(input: string | URL, init: FetchInit = {}): Promise<TransportResponse> {
  if (early !== null && early.key === keyOf(init.method ?? 'GET', String(input), init.body)) {
    const { response } = early;
    early = null;
    return response;
  }
  return nodeFetch(input, init);
}

/** Whether a primed request is still waiting for its taker (it was sent for nothing); forgets it. */
export function unusedPrime(): boolean {
  const had = early !== null;
  early = null;
  return had;
}
