// Reads every file a run needs — at the exact commits it needs them — in ONE GraphQL request (plus the
// viewer's login and, for PRs, the head commit), without a checkout. Blobs GraphQL truncates are re-read raw
// through REST. A file that does not exist is null; any other failure is a ReadError: never judge on a guess.
import * as core from '@actions/core';
import { ReadError, statusOf, type Api } from './github.js';

export interface FileWanted {
  key: string;
  ref: string;
  path: string;
  /**
   * What a binary blob (a NUL byte in its first 8,000 bytes) gives: an error (the default: the claims file and the
   * config must be text), or its bytes read as UTF-8, for a tolerant reader that reports garbage itself (the status file).
   */
  binary?: 'fail' | 'text';
}

export interface BlobText {
  text: string;
  /** Blob SHA: the `sha` a contents-API update needs. */
  oid: string;
}

export interface CommitWanted {
  key: string;
  sha: string;
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
}

interface BlobNode {
  __typename: string;
  text?: string | null;
  oid?: string;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  byteSize?: number;
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

/** GraphQL expressions are "<rev>:<path>"; a path with a colon is fine after the first one. */
const expression = (f: FileWanted): string => `${f.ref}:${f.path}`;

export async function readSnapshot(
  api: Api,
  repo: { owner: string; repo: string },
  files: FileWanted[],
  commits: CommitWanted[] = [],
  withViewer = false
): Promise<Snapshot> {
  const vars: Record<string, string> = { owner: repo.owner, name: repo.repo };
  const decl: string[] = ['$owner: String!', '$name: String!'];
  const fields: string[] = [];
  files.forEach((f, i) => {
    vars[`f${i}`] = expression(f);
    decl.push(`$f${i}: String!`);
    fields.push(`f${i}: object(expression: $f${i}) { __typename ... on Blob { oid text isBinary isTruncated byteSize } }`);
  });
  commits.forEach((c, i) => {
    vars[`c${i}`] = c.sha;
    decl.push(`$c${i}: String!`);
    fields.push(
      `c${i}: object(expression: $c${i}) { __typename ... on Commit { oid message author { name email } committer { name email } } }`
    );
  });
  const query = `query(${decl.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} }${withViewer ? ' viewer { login }' : ''} }`;
  let data: { repository: Record<string, BlobNode | CommitNode | null> | null; viewer?: { login: string } };
  try {
    data = await api.graphql(query, vars);
  } catch (error) {
    throw new ReadError(`${files.map((f) => `${f.path}@${shortRef(f.ref)}`).join(', ')}`, error);
  }
  if (!data.repository) throw new ReadError(`repository ${repo.owner}/${repo.repo}`, new Error('not found'));
  const out: Snapshot = { files: new Map(), commits: new Map(), viewer: data.viewer?.login ?? null };
  for (const [i, f] of files.entries()) {
    const node = data.repository[`f${i}`] as BlobNode | null | undefined;
    if (!node) {
      out.files.set(f.key, null);
      continue;
    }
    if (node.__typename !== 'Blob') throw new Error(`${f.path} at ${shortRef(f.ref)} is a ${node.__typename.toLowerCase()}, expected a file`);
    if (node.isBinary && f.binary !== 'text') throw new Error(`${f.path} at ${shortRef(f.ref)} is a binary file, expected text`);
    let text = node.text ?? '';
    if (node.isTruncated || node.text === null || node.text === undefined) {
      core.debug(`${f.path}@${f.ref}: ${node.byteSize ?? '?'} bytes, truncated by GraphQL; reading raw`);
      text = await readRaw(api, repo, f);
    }
    out.files.set(f.key, { text, oid: node.oid ?? '' });
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
  return out;
}

/** Raw bytes of a file through the contents API (works up to 100 MB, unlike the JSON form). */
export async function readRaw(api: Api, repo: { owner: string; repo: string }, f: FileWanted): Promise<string> {
  try {
    const res = await api.rest.repos.getContent({ ...repo, path: f.path, ref: f.ref, mediaType: { format: 'raw' } });
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
    const res = await api.rest.repos.getContent({ ...repo, path, ref: branch });
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
