// Commits AI_SYNC_STATUS.json through the contents API (no checkout). Blob-SHA concurrency makes every write
// a compare-and-swap: a write that lost a race re-reads and retries; a run for an older push never
// overwrites a status written for a newer one; a change of nothing but `lastUpdate` is not committed.
import * as core from '@actions/core';
import { FUTURE_TOLERANCE_MS } from '../../engine/judge/liveness.js';
import { mergeNotified } from '../../report/notified.js';
import { serializeStatus, statusChanged } from '../../report/status-file.js';
import { type StatusFile } from '../../engine/status/schema.js';
import { statusOf, type Api } from './client.js';
import { readStatusText } from '../status-reading.js';
import { readForUpdate, type BlobText } from './snapshot.js';

type Repo = { owner: string; repo: string };

export interface StatusWrite {
  branch: string;
  path: string;
  next: StatusFile;
  message: string;
  committer: { name: string; email: string };
  /** The file as read with the run's snapshot (saves one read on the first attempt). */
  current?: BlobText | null;
  /** Newer-than test for two pushes with the same reference time: true when `theirs` contains `ours`. */
  isAncestor: (ours: string, theirs: string) => Promise<boolean>;
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Wall clock (epoch ms), to disbelieve a lastUpdate from the future. Default Date.now(). */
  clock?: () => number;
}

export type WriteOutcome =
  | { written: true; sha: string; attempts: number }
  | { written: false; reason: string; warning: boolean; attempts: number };

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * A commit named by the previous status file, for a log line. The file is repository content: anything but a SHA is
 * quoted (JSON escapes), so a "SHA" like "\n::error::x" cannot start a workflow command of its own in the log.
 */
function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 12) : JSON.stringify(sha.slice(0, 40));
}

/** Is the status already on the branch newer than ours? Decided by reference time, then by ancestry. */
async function newerThanOurs(prev: StatusFile, next: StatusFile, isAncestor: StatusWrite['isAncestor'], clock: number): Promise<boolean> {
  const theirs = Date.parse(prev.lastUpdate);
  const ours = Date.parse(next.lastUpdate);
  if (!Number.isFinite(theirs)) return false;
  // No run has written a lastUpdate from the future: a hand-pushed "2099" would otherwise freeze the file until then.
  if (theirs > clock + FUTURE_TOLERANCE_MS) return false;
  if (theirs > ours) return true;
  if (theirs < ours) return false;
  if (prev.lastCommit === next.lastCommit) return false;
  // Same second: the push whose head contains the other's head is the newer one.
  return isAncestor(next.lastCommit, prev.lastCommit);
}

/** Is `ours` an ancestor of (or the same commit as) `theirs`? One compare request. */
export function ancestry(api: Api, repo: Repo): StatusWrite['isAncestor'] {
  return async (ours, theirs) => {
    const res = await api.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: repo.owner, repo: repo.repo, basehead: `${ours}...${theirs}`, per_page: 1 });
    return res.data.status === 'ahead' || res.data.status === 'identical';
  };
}

export async function writeStatus(api: Api, repo: Repo, w: StatusWrite): Promise<WriteOutcome> {
  const maxAttempts = w.maxAttempts ?? 6;
  const sleep = w.sleep ?? wait;
  let current = w.current;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (current === undefined) current = await readForUpdate(api, repo, w.path, w.branch);
    const prev = (await readStatusText(current?.text ?? null)).status;
    // What another run notified since our read stays recorded (a no-op on the first attempt: w.next holds it).
    const next = prev?.notified ? { ...w.next, notified: mergeNotified(prev.notified, w.next.notified ?? []) } : w.next;
    if (prev && (await newerThanOurs(prev, next, w.isAncestor, (w.clock ?? Date.now)()))) {
      return { written: false, reason: `a newer push (${shortSha(prev.lastCommit)}) already wrote ${w.path}`, warning: false, attempts: attempt };
    }
    if (prev && !statusChanged(prev, next)) {
      return { written: false, reason: `${w.path} is already up to date`, warning: false, attempts: attempt };
    }
    try {
      const res = await api.request('PUT /repos/{owner}/{repo}/contents/{path}', {
        ...repo,
        path: w.path,
        branch: w.branch,
        message: w.message,
        content: Buffer.from(serializeStatus(next), 'utf8').toString('base64'),
        committer: w.committer,
        author: w.committer,
        ...(current ? { sha: current.oid } : {})
      });
      return { written: true, sha: res.data.commit.sha ?? '', attempts: attempt };
    } catch (error) {
      const status = statusOf(error);
      const message = (error as Error).message ?? '';
      if ((status === 409 || status === 422) && !/protected|rule/i.test(message)) {
        // Lost a race (another run or push moved the file or the branch): re-read, then try again.
        core.debug(`status write attempt ${attempt} lost a race (HTTP ${status}); retrying`);
        current = undefined;
        await sleep(Math.round(200 * 2 ** (attempt - 1) * (0.5 + Math.random())));
        continue;
      }
      if (status === 403 || status === 404 || status === 409 || status === 422) {
        const why =
          status === 403
            ? 'the token may not write contents: grant `permissions: contents: write`'
            : status === 404
              ? `branch ${w.branch} or the repository is not writable by this token`
              : 'the branch is protected or a repository rule rejected the commit';
        return { written: false, reason: `could not commit ${w.path} (HTTP ${status}): ${why}`, warning: true, attempts: attempt };
      }
      throw error;
    }
  }
  return { written: false, reason: `could not commit ${w.path}: lost the race ${maxAttempts} times to other writers`, warning: true, attempts: maxAttempts };
}
