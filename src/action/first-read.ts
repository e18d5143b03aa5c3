// The run's first request, sent as soon as the action starts: the snapshot (one GraphQL request for the files, the
// texts, the open pull requests, and a pull request's comments) of a pull request, or of a push whose payload holds
// all of it, is built from the inputs and the event alone, by the same functions the run uses (reads.ts,
// payload-changes.ts, snapshot-query.ts), and sent before Octokit and the engine load; the run's own identical
// request takes the answer over (github/primed.ts). Anything unexpected here is left to the run, which
// reads the inputs and the event again and reports what is wrong; otherwise it takes over what was read here.
import * as core from '@actions/core';
import { isOwnStatusPush } from '../engine/judge/status-edits.js';
import { readContext, type RunContext } from './context.js';
import { primeGraphql } from './github/primed.js';
import { snapshotQuery } from './github/snapshot-query.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { payloadChanges } from './payload-changes.js';
import { PR_ACTIONS, pullRequestCheck, pushCheck, snapshotReads } from './reads.js';

/** What the run will judge, when it can be told from the inputs and the event alone (else the run works it out). */
function firstCheck(ctx: RunContext, inputs: ActionInputs): Pick<ReturnType<typeof pushCheck>, 'span' | 'opts'> | null {
  const ev = ctx.event;
  if (ev.kind === 'pull_request') return PR_ACTIONS.has(ev.action) ? pullRequestCheck(ev, inputs) : null;
  if (ev.kind !== 'push' || ev.deleted) return null;
  // A push whose payload does not hold all of it needs the compare API first; ai-sync's own status commit is skipped.
  const changes = payloadChanges(ev);
  if (!changes || isOwnStatusPush(changes.commits, inputs.files.status, inputs.committer)) return null;
  return pushCheck(ev, ctx, inputs, changes, ev.pushedAt ?? 0);
}

/** The inputs and the run context as read here: the run takes them over instead of reading them again. */
export interface FirstRead {
  inputs: ActionInputs;
  ctx: RunContext;
}

/**
 * Sends the first request when it can. `read` is what was read (null when the inputs or the event are not right);
 * `written` settles once that request has been handed to the network — at once when none was sent.
 */
export function startFirstRead(): { read: FirstRead | null; written: Promise<void> } {
  let read: FirstRead;
  try {
    read = { inputs: readInputs((name) => core.getInput(name)), ctx: readContext() };
  } catch {
    // The run reads the inputs and the event again, and says what is wrong with them.
    return { read: null, written: Promise.resolve() };
  }
  try {
    const check = firstCheck(read.ctx, read.inputs);
    if (check) {
      const reads = snapshotReads(read.inputs, check.span, check.opts);
      const { query, vars } = snapshotQuery(read.ctx, reads.files, reads.commits, reads.viewer, reads.extra);
      return { read, written: primeGraphql(read.ctx.apiUrl, read.inputs.token, query, vars) };
    }
  } catch {
    // Never expected (these are the run's own pure functions); the run then sends the request itself.
  }
  return { read, written: Promise.resolve() };
}
