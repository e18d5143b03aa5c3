// Reads every file a run needs — at the exact commits it needs them — in ONE GraphQL request (plus the
// viewer's login and, for PRs, the head commit), without a checkout. Blobs GraphQL truncates are re-read raw
// through REST. A file that does not exist is null; any other failure is a ReadError: never judge on a guess.
// Files that may be symbolic links (the claims file, the config) are looked up in their directory's tree in the
// same request; only when one is a link does a second request read the target (src/engine/claims/link.ts).
import * as core from '@actions/core';
import { linkTargetProblem, resolveLink, SYMLINK_MODE } from '../../engine/claims/link.js';
import { ReadError, statusOf, type Api } from './client.js';
import { BLOB_FIELDS, TREE_FIELDS, objectQuery, snapshotObjects, splitPath, type CommitWanted, type FileWanted, type QueryObject, type SnapshotExtra } from './snapshot-query.js';

export type { CommitWanted, FileWanted, SnapshotExtra } from './snapshot-query.js';

/** A symbolic link ai-sync will not follow (or whose target is not a file): the message is the one line to show. */
export class LinkError extends Error {}

export interface BlobText {
  text: string;
  /** Blob SHA: the `sha` a contents-API update needs. */
  oid: string;
}

export interface CommitFacts {
  sha: string;
  message: string;
  author: { name: string; email: string };
  committer: { name: string; email: string };
}

export interface Snapshot {
  files: Map<string, BlobText | null>;
  commits: Map<string, CommitFacts | null>;
  viewer: string | null;
  /** What the `extra` fields answered (and their own GraphQL errors); null when the combined request failed. */
  extra?: ExtraAnswer | null;
}

export interface ExtraAnswer {
  data: Record<string, unknown>;
  errors: { message?: string; path?: (string | number)[] }[];
}

interface BlobNode {
  __typename: string;
  text?: string | null;
  oid?: string;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  byteSize?: number;
}

interface TreeNode {
  __typename: string;
  entries?: { name: string; mode: number }[] | null;
}

interface CommitNode {
  __typename: string;
  oid?: string;
  message?: string;
  author?: { name: string | null; email: string | null } | null;
  committer?: { name: string | null; email: string | null } | null;
}

/** A revision for messages: a commit SHA shortened to 12 characters, a ref name (`refs/heads/main`) whole. */
const shortRef = (ref: string): string => (/^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref);

type Nodes = Record<string, BlobNode | CommitNode | TreeNode | null>;

type Answer = { repository: Nodes; viewer?: { login: string }; extra?: ExtraAnswer };

async function runQuery(
  api: Api,
  repo: { owner: string; repo: string },
  objects: QueryObject[],
  withViewer: boolean,
  what: string,
  extra?: SnapshotExtra
): Promise<Answer> {
  const { query, vars } = objectQuery(repo, objects, withViewer, extra);
  let data: { repository: Nodes | null; viewer?: { login: string } } & Record<string, unknown>;
  let errors: ExtraAnswer['errors'] = [];
  try {
    data = await api.graphql(query, vars);
  } catch (error) {
    const partial = error as { data?: typeof data | null; errors?: ExtraAnswer['errors'] };
    const own = (e: ExtraAnswer['errors'][number]): boolean => extra !== undefined && (e.path ?? []).slice(0, 2).some((p) => typeof p === 'string' && extra.aliases.includes(p));
    // Only the extra parts' own errors leave the files readable; anything else fails the read, as it always did.
    if (!partial.data?.repository || !Array.isArray(partial.errors) || !partial.errors.every(own)) throw new ReadError(what, error);
    data = partial.data as typeof data;
    errors = partial.errors;
  }
  if (!data.repository) throw new ReadError(`repository ${repo.owner}/${repo.repo}`, new Error('not found'));
  return { repository: data.repository, ...(data.viewer ? { viewer: data.viewer } : {}), ...(extra ? { extra: { data, errors } } : {}) };
}

/** The mode of `name` in a tree node; undefined when the tree was not answered or has no such entry. */
function modeIn(tree: TreeNode | null | undefined, name: string): number | undefined {
  return tree?.__typename === 'Tree' ? tree.entries?.find((e) => e.name === name)?.mode : undefined;
}

export async function readSnapshot(
  api: Api,
  repo: { owner: string; repo: string },
  files: FileWanted[],
  commits: CommitWanted[] = [],
  withViewer = false,
  extra?: SnapshotExtra
): Promise<Snapshot> {
  const { objects, treeAlias } = snapshotObjects(files, commits);
  const what = files.map((f) => `${f.path}@${shortRef(f.ref)}`).join(', ');
  let data: Answer;
  try {
    data = await runQuery(api, repo, objects, withViewer, what, extra);
  } catch (error) {
    if (!extra) throw error;
    core.debug(`the combined read failed (${(error as Error).message}); reading the files alone`);
    await extra.onFailure?.();
    data = await runQuery(api, repo, objects, withViewer, what);
  }
  const out: Snapshot = { files: new Map(), commits: new Map(), viewer: data.viewer?.login ?? null, ...(extra ? { extra: data.extra ?? null } : {}) };
  const links: { f: FileWanted; path: string; target: string }[] = [];
  for (const [i, f] of files.entries()) {
    const node = data.repository[`f${i}`] as BlobNode | null | undefined;
    if (!node) {
      out.files.set(f.key, null);
      continue;
    }
    const blob = await blobText(api, repo, f, node);
    if (f.followLink) {
      const { dir, name } = splitPath(f.path);
      const mode = modeIn(data.repository[treeAlias.get(`${f.ref}:${dir}`) as string] as TreeNode | null | undefined, name);
      // The blob is there, so its directory is too: no entry means an answer we cannot trust.
      if (mode === undefined) throw new ReadError(`the directory of ${f.path} at ${shortRef(f.ref)}`, new Error('no entry for the file'));
      if (mode === SYMLINK_MODE) {
        const resolved = resolveLink(f.path, blob.text);
        if ('problem' in resolved) throw new LinkError(resolved.problem);
        links.push({ f, path: resolved.path, target: blob.text });
        continue;
      }
    }
    out.files.set(f.key, blob);
  }
  for (const [i, c] of commits.entries()) {
    const node = data.repository[`c${i}`] as CommitNode | null | undefined;
    if (!node || node.__typename !== 'Commit') {
      out.commits.set(c.key, null);
      continue;
    }
    out.commits.set(c.key, {
      sha: node.oid ?? c.sha,
      message: node.message ?? '',
      author: { name: node.author?.name ?? '', email: node.author?.email ?? '' },
      committer: { name: node.committer?.name ?? '', email: node.committer?.email ?? '' }
    });
  }
  if (links.length > 0) await readLinkTargets(api, repo, links, out.files);
  return out;
}

/** Second request, only when links were found: each target's blob and its directory (a link to a link is refused). */
async function readLinkTargets(
  api: Api,
  repo: { owner: string; repo: string },
  links: { f: FileWanted; path: string; target: string }[],
  into: Map<string, BlobText | null>
): Promise<void> {
  const objects = links.flatMap((l, j) => [
    { alias: `l${j}`, expression: `${l.f.ref}:${l.path}`, fields: BLOB_FIELDS },
    { alias: `d${j}`, expression: `${l.f.ref}:${splitPath(l.path).dir}`, fields: TREE_FIELDS }
  ]);
  const data = await runQuery(api, repo, objects, false, links.map((l) => `${l.path}@${shortRef(l.f.ref)} (the target of ${l.f.path})`).join(', '));
  for (const [j, l] of links.entries()) {
    const node = data.repository[`l${j}`] as BlobNode | TreeNode | null | undefined;
    if (!node) throw new LinkError(linkTargetProblem(l.f.path, l.target, 'missing'));
    if (node.__typename === 'Tree') throw new LinkError(linkTargetProblem(l.f.path, l.target, 'directory'));
    if (node.__typename !== 'Blob') throw new LinkError(linkTargetProblem(l.f.path, l.target, 'not-a-file'));
    const mode = modeIn(data.repository[`d${j}`] as TreeNode | null | undefined, splitPath(l.path).name);
    if (mode === undefined) throw new ReadError(`the directory of ${l.path} at ${shortRef(l.f.ref)}`, new Error('no entry for the file'));
    if (mode === SYMLINK_MODE) throw new LinkError(linkTargetProblem(l.f.path, l.target, 'link'));
    into.set(l.f.key, await blobText(api, repo, { ...l.f, path: l.path }, node as BlobNode));
  }
}

/** A blob node's text: binary refused unless wanted, truncated text re-read raw. */
async function blobText(api: Api, repo: { owner: string; repo: string }, f: FileWanted, node: BlobNode): Promise<BlobText> {
  if (node.__typename !== 'Blob') throw new Error(`${f.path} at ${shortRef(f.ref)} is a ${node.__typename.toLowerCase()}, expected a file`);
  if (node.isBinary && f.binary !== 'text') throw new Error(`${f.path} at ${shortRef(f.ref)} is a binary file, expected text`);
  let text = node.text ?? '';
  if (node.isTruncated || node.text === null || node.text === undefined) {
    core.debug(`${f.path}@${f.ref}: ${node.byteSize ?? '?'} bytes, truncated by GraphQL; reading raw`);
    text = await readRaw(api, repo, f);
  }
  return { text, oid: node.oid ?? '' };
}

/** Raw bytes of a file through the contents API (works up to 100 MB, unlike the JSON form). */
export async function readRaw(api: Api, repo: { owner: string; repo: string }, f: FileWanted): Promise<string> {
  try {
    const res = await api.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: f.path, ref: f.ref, mediaType: { format: 'raw' } });
    return typeof res.data === 'string' ? res.data : Buffer.from(res.data as unknown as ArrayBuffer).toString('utf8');
  } catch (error) {
    throw new ReadError(`${f.path} at ${shortRef(f.ref)}`, error);
  }
}

/** The contents API's view of a file at a branch head: its text and blob SHA, or null when absent. */
export async function readForUpdate(
  api: Api,
  repo: { owner: string; repo: string },
  path: string,
  branch: string
): Promise<BlobText | null> {
  try {
    const res = await api.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path, ref: branch });
    const data = res.data as { type?: string; sha: string; content?: string; encoding?: string };
    if (Array.isArray(res.data) || data.type !== 'file') throw new Error(`${path} on ${branch} is not a file`);
    if (data.encoding === 'base64' && data.content !== undefined) {
      return { text: Buffer.from(data.content, 'base64').toString('utf8'), oid: data.sha };
    }
    // Over 1 MB the JSON form carries no content: fetch the raw bytes, keep the blob SHA from here.
    return { text: await readRaw(api, repo, { key: path, ref: branch, path }), oid: data.sha };
  } catch (error) {
    if (statusOf(error) === 404) return null;
    if (error instanceof ReadError) throw error;
    throw new ReadError(`${path} on ${branch}`, error);
  }
}
