// Reads the open pull requests for in-flight claims and the overlap radar (engine/inflight): ONE GraphQL request
// per 100 of them, newest first (updated), each with its draft flag, head branch, author, first 100 changed files
// and the claims file at its head — so up to 100 open pull requests cost one request, 150 cost two; the first page
// usually comes folded into the run's snapshot request (pulls-query.ts), and then costs none. Stops at
// `radar.max-pull-requests` and says so in the note; never throws: a failed read is `failed` (a warning).
import type { InFlightInput, InFlightSource } from '../../engine/model.js';
import { failureDetail, type Api } from './client.js';
import { FILES_PER_PULL, PULLS_PER_PAGE, PULL_REQUESTS_FIELD } from './pulls-query.js';

/** A symbolic link's tree entry mode (0o120000). */
const SYMLINK_MODE = 40960;

const QUERY = `query($owner: String!, $name: String!, $first: Int!, $after: String, $claims: String!) {
  repository(owner: $owner, name: $name) {
    ${PULL_REQUESTS_FIELD}
  }
}`;

interface BlobNode {
  __typename: string;
  text?: string | null;
  isBinary?: boolean | null;
  byteSize?: number;
  isTruncated?: boolean;
}

interface PullNode {
  number: number;
  title: string;
  isDraft: boolean;
  headRefName: string;
  changedFiles: number;
  author: { login: string } | null;
  files: { pageInfo: { hasNextPage: boolean }; nodes: ({ path: string } | null)[] | null } | null;
  headRef: { target: { __typename: string; file?: { mode: number; object: BlobNode | null } | null } | null } | null;
}

export interface PullPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: (PullNode | null)[] | null;
}

export interface GraphqlFailure {
  data?: { repository?: { pullRequests?: PullPage | null } | null } | null;
  errors?: { message?: string; path?: (string | number)[] }[];
}

/** The claims file at a pull request's head: its text, or why it cannot be read (null, null: it has none). */
function claimsAt(node: PullNode): { text: string | null; problem: string | null } {
  if (!node.headRef) return { text: null, problem: 'its head branch could not be read (deleted, or in a fork that is gone)' };
  const target = node.headRef.target;
  if (!target || target.__typename !== 'Commit') return { text: null, problem: 'its head is not a commit' };
  const entry = target.file;
  if (!entry) return { text: null, problem: null }; // the pull request removes the claims file: it claims nothing
  if (entry.mode === SYMLINK_MODE) return { text: null, problem: 'its claims file is a symbolic link' };
  const blob = entry.object;
  if (!blob || blob.__typename !== 'Blob') return { text: null, problem: 'its claims file is not a file' };
  if (blob.isBinary) return { text: null, problem: 'its claims file is binary' };
  if (blob.isTruncated || typeof blob.text !== 'string') return { text: null, problem: `its claims file is too big to read (${blob.byteSize ?? '?'} bytes)` };
  return { text: blob.text, problem: null };
}

/**
 * One open pull request as the engine reads it. Its claims count only when it changes the claims file: a head
 * that merely carries an older copy of the default branch's claims claims nothing new.
 */
export function sourceOf(node: PullNode, claimsPath: string, nodeError: string | null = null): InFlightSource {
  const base = { branch: node.headRefName, pullRequest: node.number, title: node.title, author: node.author?.login ?? null, draft: node.isDraft };
  const files = node.files?.nodes ? node.files.nodes.flatMap((f) => (f && typeof f.path === 'string' ? [f.path] : [])) : null;
  const at = (problem: string | null, claimsText: string | null = null): InFlightSource => ({ ...base, claimsText, files, problem });
  if (nodeError !== null) return at(`GitHub answered with an error (${nodeError})`);
  if (files === null) return at('its changed files could not be listed');
  if (node.files?.pageInfo.hasNextPage || node.changedFiles > files.length) {
    return at(`it changes ${node.changedFiles} files, more than the ${FILES_PER_PULL} read per pull request`);
  }
  if (!files.includes(claimsPath)) return at(null);
  const claims = claimsAt(node);
  return at(claims.problem, claims.text);
}

/** A page of open pull requests. GraphQL errors inside one pull request's fields stay with that pull request. */
async function readPage(api: Api, vars: Record<string, unknown>): Promise<{ page: PullPage; nodeErrors: Map<number, string> }> {
  try {
    const data = await api.graphql<{ repository: { pullRequests: PullPage } | null }>(QUERY, vars);
    if (!data.repository) throw new Error('the repository was not found');
    return { page: data.repository.pullRequests, nodeErrors: new Map() };
  } catch (error) {
    const partial = error as GraphqlFailure;
    const page = partial.data?.repository?.pullRequests;
    if (!page || !Array.isArray(partial.errors)) throw error;
    const nodeErrors = new Map<number, string>();
    for (const e of partial.errors) {
      const [, , under, i] = e.path ?? [];
      if (under !== 'nodes' || typeof i !== 'number') throw error;
      nodeErrors.set(i, String(e.message ?? 'unknown error').slice(0, 200));
    }
    return { page, nodeErrors };
  }
}

/** A page folded into another request: GraphQL errors under it (paths like `radar.pullRequests.nodes.3…`) stay its own. */
export function firstPageFrom(page: PullPage | null | undefined, errors: readonly { message?: string; path?: (string | number)[] }[]): FirstPage {
  const nodeErrors = new Map<number, string>();
  const other = errors.filter((e) => {
    const [, , under, i] = e.path ?? [];
    if (under !== 'nodes' || typeof i !== 'number') return true;
    nodeErrors.set(i, String(e.message ?? 'unknown error').slice(0, 200));
    return false;
  });
  if (!page || other.length > 0) return { error: { errors: other.length > 0 ? other : errors } };
  return { page, nodeErrors };
}

/**
 * A failed request, in a few words: `HTTP 502`, or GraphQL's messages (also when the retry plugin turned GitHub's
 * "Something went wrong while executing your query" into an HTTP 500 and retried it).
 */
function why(error: unknown): string {
  const errors = (error as GraphqlFailure).errors ?? (error as { response?: { data?: GraphqlFailure } }).response?.data?.errors;
  const text = Array.isArray(errors) && errors.length > 0 ? errors.map((e) => String(e.message ?? '')).join('; ') : failureDetail(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

export interface OpenPullsOptions {
  /** The claims file's path. */
  claims: string;
  /** `radar.max-pull-requests`: how many to read at most (0: none, and no request). */
  max: number;
  self: InFlightInput['self'];
}

/** A first page read elsewhere (folded into a pull request run's one read): the page, or why it failed. */
export type FirstPage = { page: PullPage; nodeErrors: Map<number, string> } | { error: unknown };

/**
 * The open pull requests, newest first, up to `max`: the engine's in-flight input, and how many requests it took.
 * `first`: the first page (of PULLS_PER_PAGE) as already read in another request, counted as one request; pages
 * past it, when `max` wants more, are read here as before.
 */
export async function readOpenPulls(
  api: Api,
  repo: { owner: string; repo: string },
  o: OpenPullsOptions,
  first?: FirstPage
): Promise<{ input: InFlightInput; requests: number }> {
  const sources: InFlightSource[] = [];
  let total = 0;
  let after: string | null = null;
  let requests = 0;
  try {
    while (sources.length < o.max) {
      const want = Math.min(PULLS_PER_PAGE, o.max - sources.length);
      requests += 1;
      let read: { page: PullPage; nodeErrors: Map<number, string> };
      if (first && requests === 1) {
        if ('error' in first) throw first.error;
        read = first;
      } else read = await readPage(api, { owner: repo.owner, name: repo.repo, first: want, after, claims: o.claims });
      const { page, nodeErrors } = read;
      total = page.totalCount;
      const nodes = (page.nodes ?? []).slice(0, want);
      for (const [i, node] of nodes.entries()) if (node) sources.push(sourceOf(node, o.claims, nodeErrors.get(i) ?? null));
      // A folded first page may hold more than `max` wants: the rest is not read further.
      if (nodes.length < (page.nodes ?? []).length) break;
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
  } catch (error) {
    const read = sources.length > 0 ? ` after ${sources.length} of ${total} were read` : '';
    return { input: { sources, self: o.self, note: null, failed: `${why(error)}${read}` }, requests };
  }
  const note = total > sources.length ? `${sources.length} of ${total} open pull requests read (max-pull-requests: ${o.max})` : null;
  return { input: { sources, self: o.self, note, failed: null }, requests };
}
