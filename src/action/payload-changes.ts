// A push's changes from its webhook payload alone, when the payload provably covers the push (before → after, every
// commit listed): no API request. Used by the run (github/changes.ts, which asks the compare API otherwise) and by the
// first request sent before the action loads (first-read.ts).
import type { RawCommit } from '../engine/check-core.js';
import type { ChangedFile } from '../engine/model.js';
import type { PayloadCommit, PushEvent } from './context.js';
import type { Changes } from './github/changes.js';

/** Webhook payloads list at most 2,048 commits. */
const PAYLOAD_COMMIT_CAP = 2048;

export function fromPayload(c: PayloadCommit): RawCommit {
  const files: ChangedFile[] = [
    ...c.added.map((path) => ({ path, status: 'added' as const })),
    ...c.removed.map((path) => ({ path, status: 'removed' as const })),
    ...c.modified.map((path) => ({ path, status: 'modified' as const }))
  ];
  return {
    sha: c.id,
    message: c.message,
    author: { name: c.author.name, email: c.author.email ?? '' },
    committer: { name: c.committer.name, email: c.committer.email ?? '' },
    files
  };
}

/** The payload's commit list, when it provably covers before → after. */
function payloadIsComplete(ev: PushEvent): boolean {
  const n = ev.commits.length;
  if (n === 0 || ev.created || ev.forced) return false;
  if (ev.commits[n - 1]?.id !== ev.after) return false;
  if (ev.size !== null && ev.size !== n) return false;
  return n < PAYLOAD_COMMIT_CAP;
}

/** The push's changes from its payload, or null when the payload does not cover them (the compare API does). */
export function payloadChanges(ev: PushEvent): Changes | null {
  return payloadIsComplete(ev) ? { commits: ev.commits.map(fromPayload), base: ev.before, head: ev.after, incomplete: null } : null;
}
