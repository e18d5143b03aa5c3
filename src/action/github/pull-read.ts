// A pull request run's reads folded into the snapshot's one GraphQL request (snapshot.ts `extra`): the pull
// request's first 100 changed files, its first 100 comments (for the sticky comment) and the first page of open pull
// requests (the radar). Each part falls back to its own request, as before the fold, when GraphQL cannot give what
// the run needs: more than 100 files or comments, a rename or copy (GraphQL's changed file has no previous path, which
// the REST list gives), or a part that failed.
import type { ChangedFile, FileStatus } from '../../engine/model.js';
import type { Comment } from './comment.js';
import { firstPageFrom, type FirstPage, type PullPage } from './open-pulls.js';
import { ALIASES } from './pulls-query.js';
import type { ExtraAnswer } from './snapshot.js';

type Errors = ExtraAnswer['errors'];
interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
  nodes: (T | null)[] | null;
}

const repository = (answer: ExtraAnswer): Record<string, unknown> => (answer.data.repository ?? {}) as Record<string, unknown>;
const failed = (errors: Errors, alias: string): boolean => errors.some((e) => (e.path ?? []).slice(0, 2).includes(alias));

/** A whole connection (every node there and answered), or null. */
function whole<T>(c: Connection<T> | null | undefined): T[] | null {
  if (!c || !Array.isArray(c.nodes) || c.pageInfo.hasNextPage || c.totalCount > c.nodes.length) return null;
  return c.nodes.every((n) => n !== null) ? (c.nodes as T[]) : null;
}

const STATUS: Record<string, FileStatus> = { ADDED: 'added', DELETED: 'removed', MODIFIED: 'modified', CHANGED: 'modified' };

/**
 * The pull request's changed files from the folded read, or null when the REST list must be read: more than 100,
 * a failed part, or a rename or copy (the REST list names the source file: `previous_filename`).
 */
export function foldedFiles(answer: ExtraAnswer | null | undefined): ChangedFile[] | null {
  if (!answer || failed(answer.errors, ALIASES.files)) return null;
  const pr = repository(answer)[ALIASES.files] as { files?: Connection<{ path: string; changeType: string }> | null } | null | undefined;
  const nodes = whole(pr?.files);
  if (!nodes) return null;
  const files: ChangedFile[] = [];
  for (const n of nodes) {
    const status = STATUS[n.changeType];
    if (!status || typeof n.path !== 'string') return null;
    files.push({ path: n.path, status });
  }
  return files;
}

/** Every comment on the pull request (oldest first) from the folded read, in the REST list's shape; null: list them. */
export function foldedComments(answer: ExtraAnswer | null | undefined): Comment[] | null {
  if (!answer || failed(answer.errors, ALIASES.comments)) return null;
  type Node = { databaseId: number | null; url: string; body: string; author: { login: string } | null };
  const pr = repository(answer)[ALIASES.comments] as { comments?: Connection<Node> | null } | null | undefined;
  const nodes = whole(pr?.comments);
  // The REST update names a comment by its databaseId: without one, the listing is of no use.
  if (!nodes || nodes.some((n) => typeof n.databaseId !== 'number')) return null;
  return nodes.map((n) => ({ id: n.databaseId as number, body: n.body, html_url: n.url, user: n.author ? { login: n.author.login } : null }));
}

/** The radar's first page from the folded read (or why it failed); undefined when it was not read there. */
export function foldedRadar(answer: ExtraAnswer | null | undefined): FirstPage | undefined {
  if (!answer || !(ALIASES.radar in answer.data)) return undefined;
  const radar = answer.data[ALIASES.radar] as { pullRequests?: PullPage | null } | null;
  return firstPageFrom(radar?.pullRequests, answer.errors.filter((e) => e.path?.[0] === ALIASES.radar));
}
