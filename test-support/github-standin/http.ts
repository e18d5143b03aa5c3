/** The contract between the stand-in's server (server.ts) and its handlers (contents.ts, compare.ts, …). */
import type { IncomingHttpHeaders } from 'node:http';
import type { GitRepo } from './git.js';
import type { Site } from './shapes.js';
import type { PullStore } from './pulls.js';
import type { CommentStore } from './comments.js';
import type { LabelStore } from './labels.js';

export interface Reply {
  status: number;
  /** JSON body (validated against the operation's response schema for `status`). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Non-JSON body (raw file contents); not validated. */
  raw?: { data: Buffer; contentType: string };
}

/** Everything a handler can see and touch. */
export interface State {
  site: Site;
  git: GitRepo;
  pulls: PullStore;
  comments: CommentStore;
  labels: LabelStore;
  commentsForbidden: boolean;
  /** When a ref last moved through the API (repository `pushed_at`). Writers are never serialised: races are decided by git's compare-and-swap of the ref alone. */
  pushedAt: () => string;
  /** Where a handler reports what breaks GitHub's description (the GraphQL schema checks). */
  violations: string[];
}

export interface Ctx {
  method: string;
  /** Path below the prefix, still percent-encoded (as matched). */
  path: string;
  query: URLSearchParams;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON request body, or undefined. */
  body: unknown;
  /** Absolute URL of this resource without its query (for `Link` headers). */
  selfUrl: string;
  state: State;
}

export interface Route {
  method: string;
  /** The OpenAPI path this route serves (key into the subset), e.g. `/repos/{owner}/{repo}/contents/{path}`. */
  template: string;
  /** Matches the (encoded) path below the prefix; named groups become params. */
  re: RegExp;
  handler: (ctx: Ctx) => Promise<Reply>;
  /** Not a REST operation of the OpenAPI description (GraphQL). */
  outsideSpec?: boolean;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {}
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A GitHub error body: `{message, documentation_url, status}` (plus `errors` for 422s). */
export function errorBody(status: number, message: string, documentationUrl: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { message, documentation_url: documentationUrl, status: String(status), ...extra };
}

export function notFound(): HttpError {
  return new HttpError(404, 'Not Found');
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}

/** `R` + (?<name>…) helper: `/repos/{owner}/{repo}/…` → RegExp with named groups; `{x*}` spans segments. */
export function pathRe(template: string): RegExp {
  const src = template
    .split('/')
    .map((seg) =>
      seg.replace(/\{(\w+)(\*?)\}/g, (_m, name: string, multi: string) => (multi ? `(?<${name}>.+)` : `(?<${name}>[^/]+)`))
    )
    .join('/');
  return new RegExp(`^${src}$`);
}
