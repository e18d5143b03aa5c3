// Event → the commits it brings, each with its files. Push payloads are used when they are complete;
// otherwise the compare API (paginated) and per-commit file lists. Nothing is silently dropped: when a
// list is capped by GitHub, the result says so and the run reports `incomplete-changes`.
import * as core from '@actions/core';
import type { RawCommit } from '../../engine/check.js';
import type { ChangedFile, FileStatus } from '../../engine/model.js';
import type { PullRequestEvent, PushEvent } from '../context.js';
import { fromPayload, payloadChanges } from '../payload-changes.js';
import { ReadError, statusOf, type Api } from './client.js';

export interface Changes {
  commits: RawCommit[];
  /** The commit the change is measured from (claims "before"); null when there is none. */
  base: string | null;
  head: string;
  /** Why the file list may be incomplete, or null. */
  incomplete: string | null;
}

type Repo = { owner: string; repo: string };

/** GitHub caps: compare lists ≤ 300 files; a commit's file list ≤ 3,000; a PR's ≤ 3,000. */
export const COMPARE_FILE_CAP = 300;
export const COMMIT_FILE_CAP = 3000;
export const PR_FILE_CAP = 3000;

const ZERO = /^0{40}$/;

function status(s: string): FileStatus {
  if (s === 'added' || s === 'removed' || s === 'renamed') return s;
  if (s === 'copied') return 'added';
  return 'modified';
}

function fromApiFile(f: { filename: string; status: string; previous_filename?: string }): ChangedFile {
  const file: ChangedFile = { path: f.filename, status: status(f.status) };
  if (f.previous_filename) file.previousPath = f.previous_filename;
  return file;
}

interface Comparison {
  base: string;
  /** The whole range's files (first page only, GitHub caps it at 300), or null when not listed. */
  files: ChangedFile[] | null;
  commits: { sha: string; message: string; author: { name: string; email: string }; committer: { name: string; email: string } }[];
}

async function compare(api: Api, repo: Repo, base: string, head: string): Promise<Comparison | null> {
  try {
    const pages = api.paginate.iterator('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repo, basehead: `${base}...${head}`, per_page: 100 });
    const out: Comparison = { base, files: null, commits: [] };
    let first = true;
    for await (const page of pages) {
      const data = page.data as unknown as {
        merge_base_commit?: { sha: string };
        files?: { filename: string; status: string; previous_filename?: string }[];
        commits: { sha: string; commit: { message: string; author: { name?: string; email?: string } | null; committer: { name?: string; email?: string } | null } }[];
      };
      if (first && data.merge_base_commit) out.base = data.merge_base_commit.sha;
      if (first && data.files) out.files = data.files.map(fromApiFile);
      first = false;
      for (const c of data.commits) {
        out.commits.push({
          sha: c.sha,
          message: c.commit.message,
          author: { name: c.commit.author?.name ?? '', email: c.commit.author?.email ?? '' },
          committer: { name: c.commit.committer?.name ?? '', email: c.commit.committer?.email ?? '' }
        });
      }
    }
    return out;
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw new ReadError(`the comparison ${base.slice(0, 12)}...${head.slice(0, 12)}`, error);
  }
}

/** A commit's files against its first parent (what a merge brings), paginated up to GitHub's 3,000 cap. */
async function commitFiles(api: Api, repo: Repo, sha: string): Promise<{ files: ChangedFile[]; capped: boolean }> {
  try {
    const files: ChangedFile[] = [];
    for await (const page of api.paginate.iterator('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref: sha, per_page: 300 })) {
      const data = page.data as unknown as { files?: { filename: string; status: string; previous_filename?: string }[] };
      for (const f of data.files ?? []) files.push(fromApiFile(f));
    }
    return { files, capped: files.length >= COMMIT_FILE_CAP };
  } catch (error) {
    throw new ReadError(`the files of commit ${sha.slice(0, 12)}`, error);
  }
}

export async function pushChanges(api: Api, repo: Repo, ev: PushEvent, defaultBranch: string | null): Promise<Changes> {
  const complete = payloadChanges(ev);
  if (complete) {
    core.debug(`push: using the payload's ${ev.commits.length} commit(s)`);
    return complete;
  }
  // New branch, force push whose old tip is gone, or a truncated list: ask the compare API.
  let comparison: Comparison | null = null;
  let claimsBase: string | null = null;
  if (!ev.created && !ZERO.test(ev.before)) {
    comparison = await compare(api, repo, ev.before, ev.after);
    // The claims before a (force) push are those at the old tip, when it still exists.
    if (comparison) claimsBase = ev.before;
  }
  if (!comparison && defaultBranch && ev.branch !== defaultBranch) {
    core.debug(`push: comparing against the merge base with ${defaultBranch}`);
    comparison = await compare(api, repo, defaultBranch, ev.after);
  }
  if (!comparison) {
    // First push of a default branch (no base at all): the payload is all there is.
    core.debug('push: no base to compare against; using the payload');
    return {
      commits: ev.commits.map(fromPayload),
      base: null,
      head: ev.after,
      incomplete: ev.size !== null && ev.size > ev.commits.length ? `the push lists ${ev.commits.length} of ${ev.size} commits and has no base to compare against` : null
    };
  }
  core.debug(`push: compare lists ${comparison.commits.length} commit(s) from ${comparison.base.slice(0, 12)}`);
  const only = comparison.commits.length === 1 ? comparison.commits[0] : undefined;
  if (only && comparison.files && comparison.files.length < COMPARE_FILE_CAP) {
    // One commit: the range's own file list is that commit's, no second request needed. Several commits are read
    // one by one even when they share an authorship: judging their net file list would miss a claimed file added
    // and removed inside the push, and count two edits of the claims file as one — `ai-sync verify` judges each
    // commit, and the two must agree (__tests__/e2e/parity).
    return { commits: [{ ...only, files: comparison.files }], base: claimsBase ?? comparison.base, head: ev.after, incomplete: null };
  }
  const commits: RawCommit[] = [];
  const capped: string[] = [];
  for (const c of comparison.commits) {
    const { files, capped: isCapped } = await commitFiles(api, repo, c.sha);
    if (isCapped) capped.push(c.sha.slice(0, 12));
    commits.push({ ...c, files });
  }
  return {
    commits,
    base: claimsBase ?? comparison.base,
    head: ev.after,
    incomplete: capped.length > 0 ? `commit(s) ${capped.join(', ')} change more than ${COMMIT_FILE_CAP} files; GitHub lists only the first ${COMMIT_FILE_CAP}` : null
  };
}

export async function pullRequestFiles(api: Api, repo: Repo, ev: PullRequestEvent): Promise<{ files: ChangedFile[]; incomplete: string | null }> {
  const files: ChangedFile[] = [];
  try {
    for await (const page of api.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repo, pull_number: ev.number, per_page: 100 })) {
      for (const f of page.data) files.push(fromApiFile(f));
    }
  } catch (error) {
    throw new ReadError(`the files of pull request #${ev.number}`, error);
  }
  // Only the cap is a reliable signal: the payload's changed_files is a snapshot that may be stale.
  const total = Math.max(ev.changedFiles ?? 0, files.length);
  const incomplete =
    files.length >= PR_FILE_CAP
      ? `the pull request changes ${total > files.length ? total : `at least ${files.length}`} files; GitHub lists only the first ${PR_FILE_CAP}, so files past that were not checked`
      : null;
  return { files, incomplete };
}
