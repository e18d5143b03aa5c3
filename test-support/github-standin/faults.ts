/**
 * Injected failures for the reliability suite. A plan is decided per request, before any handler runs,
 * so a faulted write never half-applies. Random plans draw from a seeded mulberry32, so a failing run
 * replays exactly with the same seed and the same request order.
 */
export type FaultKind = '500' | '502' | '503' | 'reset' | '403-rate' | '429' | 'slow';

export type FaultPlan =
  | {
      seed: number;
      /** Probability 0..1 that a (matching) request is faulted. */
      rate: number;
      /** Drawn uniformly; default ['500', '502', '503']. */
      kinds?: FaultKind[];
      /** Delay of a 'slow' fault (default 1500 ms). */
      slowMs?: number;
      /** Only requests for which this is true are candidates (path is below the prefix). */
      match?: (method: string, path: string) => boolean;
      /**
       * Transient, not an outage: after this many failing faults in a row on one request (method + path), the next
       * attempt is let through. Meant for one client at a time (e.g. one action run per stand-in), where "in a row on
       * one path" is "the retries of one request". Slow responses succeed and do not count.
       */
      maxConsecutive?: number;
    }
  /** Every request fails: 503 by default, or a reset connection. */
  | { down: true; how?: '503' | 'reset' }
  /** Requests whose path contains the substring answer 404, always. */
  | { persistent404?: string };

export type FaultDecision =
  | { kind: Exclude<FaultKind, 'slow'> }
  | { kind: 'slow'; ms: number }
  | { kind: '404' }
  | { kind: 'down'; how: '503' | 'reset' };

/** mulberry32: a tiny, good-enough seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private readonly rng: (() => number) | null;
  private readonly streak = new Map<string, number>();

  constructor(readonly plan: FaultPlan) {
    this.rng = 'seed' in plan ? mulberry32(plan.seed) : null;
  }

  decide(method: string, path: string): FaultDecision | null {
    const p = this.plan;
    if ('down' in p && p.down) return { kind: 'down', how: p.how ?? '503' };
    if ('persistent404' in p && p.persistent404 !== undefined) return path.includes(p.persistent404) ? { kind: '404' } : null;
    if ('seed' in p && this.rng) {
      if (p.match && !p.match(method, path)) return null;
      const key = `${method} ${path}`;
      const streak = this.streak.get(key) ?? 0;
      if (this.rng() >= p.rate || (p.maxConsecutive !== undefined && streak >= p.maxConsecutive)) {
        this.streak.delete(key);
        return null;
      }
      const kinds = p.kinds && p.kinds.length > 0 ? p.kinds : (['500', '502', '503'] as FaultKind[]);
      const kind = kinds[Math.floor(this.rng() * kinds.length)] ?? kinds[0]!;
      if (kind === 'slow') {
        this.streak.delete(key);
        return { kind, ms: p.slowMs ?? 1500 };
      }
      this.streak.set(key, streak + 1);
      return { kind };
    }
    return null;
  }
}

/** The answer a status fault sends: status, GitHub-like body and headers. */
export function faultResponse(kind: Exclude<FaultKind, 'slow' | 'reset'> | '404' | 'down', nowSec: number): { status: number; body: Record<string, unknown>; headers: Record<string, string> } {
  const docs = 'https://docs.github.com/rest';
  switch (kind) {
    case '500':
      return { status: 500, body: { message: 'Server Error', documentation_url: docs, status: '500' }, headers: {} };
    case '502':
      return { status: 502, body: { message: 'Server Error', documentation_url: docs, status: '502' }, headers: {} };
    case '503':
    case 'down':
      return { status: 503, body: { message: 'Service Unavailable', documentation_url: docs, status: '503' }, headers: {} };
    case '404':
      return { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' }, headers: {} };
    case '403-rate':
      return {
        status: 403,
        body: {
          message: 'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '403'
        },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSec + 1) }
      };
    case '429':
      return {
        status: 429,
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '429'
        },
        headers: { 'retry-after': '1' }
      };
  }
}

/**
 * Faults inside the one GraphQL request. The server decides REST faults by method and path only, and every GraphQL
 * read is the same `POST /graphql`, so these act on the objects inside it instead. Set per stand-in (by its origin);
 * clear with `null` before the stand-in closes.
 */
export interface GraphqlFaultPlan {
  /**
   * `object(expression: "<rev>:<path>")` answers null — GitHub's answer for a file that is not there — for these
   * paths: at every rev, or only at revs (as the client wrote them) starting with `at`.
   */
  missing?: { path: string; at?: string }[];
  /**
   * Every GraphQL request is answered with an error whose message echoes the request's Authorization header (a
   * careless proxy or error page): as GraphQL `errors` with HTTP 200, or as an HTTP 401 error body.
   */
  echoAuthorization?: 'errors' | '401';
  /** `repository.pullRequests` answers GitHub's "Something went wrong while executing your query" error (a timeout). */
  pullRequests?: 'error';
}

const graphqlPlans = new Map<string, GraphqlFaultPlan>();

export function setGraphqlFaults(standIn: { origin: string }, plan: GraphqlFaultPlan | null): void {
  if (plan) graphqlPlans.set(standIn.origin, plan);
  else graphqlPlans.delete(standIn.origin);
}

export function graphqlFaultsFor(origin: string): GraphqlFaultPlan | undefined {
  return graphqlPlans.get(origin);
}
