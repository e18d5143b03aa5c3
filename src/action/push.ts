// A push: the commits it brings are judged against the claims at its base; the new findings notify-on selects go to
// notify-webhook; on a status branch the status file is committed back, with what was notified. ai-sync's own
// status commits are recognised by their identity and skipped (the loop guard).
import * as core from '@actions/core';
import type { CheckResult } from '../engine/check.js';
import { isOwnStatusPush } from '../engine/judge/status-edits.js';
import type { Finding } from '../engine/model.js';
import type { NotifiedEntry } from '../engine/status/schema.js';
import { formatIso } from '../engine/time/index.js';
import type { PushEvent, RunContext } from './context.js';
import { pushChanges } from './github/changes.js';
import type { Api } from './github/client.js';
import type { ActionInputs } from './inputs.js';
import { judge } from './judge.js';
import { pushCheck } from './reads.js';
import { preload, type RunState } from './run-state.js';
import { readStatusText } from './status-reading.js';

export async function onPush(api: Api, ctx: RunContext, ev: PushEvent, inputs: ActionInputs, state: RunState): Promise<void> {
  state.ref = ev.ref;
  if (ev.deleted) {
    core.info(`${ev.ref} was deleted: nothing to check.`);
    state.notes.push('The ref was deleted: nothing to check, nothing written.');
    return;
  }
  state.now = ev.pushedAt ?? Date.now();
  // The status writer's chunk loads while the API answers (it is needed once the check is done, when this branch
  // turns out to be a status branch); awaited where it is used.
  if (inputs.writeStatus && ev.branch !== null) preload(import(/* webpackChunkName: "push" */ './github/status-commit.js'));
  const changes = await pushChanges(api, ctx, ev, ctx.defaultBranch);
  const paths = new Set(changes.commits.flatMap((c) => c.files.flatMap((f) => [f.path, f.previousPath ?? f.path])));
  state.outputs['changed-files'] = paths.size;
  if (isOwnStatusPush(changes.commits, inputs.files.status, inputs.committer)) {
    // Our own status commit (also when a PAT makes it trigger workflows): nothing to judge, nothing to write.
    // Recognised by its author and committer (engine/judge/status-edits.ts); a status-only push by anyone else is judged.
    core.info(`This push is ai-sync's own ${inputs.files.status} commit: nothing to check.`);
    state.notes.push(`The push is ai-sync's own ${inputs.files.status} commit: nothing to check.`);
    return;
  }
  const branch = ev.branch;
  // first-read.ts sent this snapshot request already when the payload held the whole push.
  const { span, commits, opts, statusTarget } = pushCheck(ev, ctx, inputs, changes, state.now);
  const judged = await judge(api, ctx, inputs, span, commits, opts);
  const result = judged.check;
  state.result = result;
  const head = result.commits[result.commits.length - 1];
  state.outputs.agent = head?.identity.agent ?? '';
  for (const w of result.warnings) core.warning(w);

  const { isStatusBranch } = await import(/* webpackChunkName: "push" */ './status-branches.js');
  const write = statusTarget !== null && isStatusBranch(statusTarget, inputs.statusBranches ?? result.config.statusBranches, ctx.defaultBranch);
  // What earlier runs notified is recorded in the status file at the branch head (read with the snapshot); a rerun
  // of this push finds its first attempt's record there.
  const recorded = write ? ((await readStatusText(judged.statusHead?.text ?? null)).status?.notified ?? []) : [];
  const delivered = await notifyPush(inputs, ctx, ev, state, result, write, recorded);
  if (!write) {
    core.debug(`status file: not written (${inputs.writeStatus ? `${branch ?? ev.ref} is not a status branch` : 'write-status is false'})`);
    return;
  }
  const [{ buildStatus }, { ancestry, writeStatus }, { mergeNotified, notifiedEntry }] = await Promise.all([
    import(/* webpackChunkName: "push" */ '../report/status-file.js'),
    import(/* webpackChunkName: "push" */ './github/status-commit.js'),
    import(/* webpackChunkName: "push" */ '../report/notified.js')
  ]);
  const headRaw = changes.commits[changes.commits.length - 1];
  const next = buildStatus({
    now: formatIso(state.now),
    lastAuthor: ev.headCommit?.author.name ?? headRaw?.author.name ?? '',
    lastAgent: head?.identity.agent ?? null,
    lastCommitMessage: ev.headCommit?.message ?? headRaw?.message ?? '',
    lastCommit: ev.after,
    ref: ev.ref,
    modifiedFiles: [...paths],
    result: result.evaluation.verdict,
    findings: result.evaluation.findings,
    ...(result.evaluation.omitted ? { findingsOmitted: result.evaluation.omitted } : {}),
    agents: result.evaluation.board,
    notified: mergeNotified(recorded, delivered.map((f) => notifiedEntry(f, ev.after, formatIso(state.now))))
  });
  const outcome = await writeStatus(api, ctx, {
    branch: statusTarget,
    path: inputs.files.status,
    next,
    message: inputs.commitMessage,
    committer: inputs.committer,
    current: judged.statusHead,
    isAncestor: ancestry(api, ctx)
  });
  if (outcome.written) {
    state.outputs['status-committed'] = true;
    state.outputs['status-commit-sha'] = outcome.sha;
    state.notes.push(`${inputs.files.status} committed as ${outcome.sha.slice(0, 12)}${outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ''}.`);
  } else {
    state.notes.push(`${inputs.files.status} not written: ${outcome.reason}.`);
    if (outcome.warning) core.warning(outcome.reason);
    else core.info(`Status file not written: ${outcome.reason}.`);
    if (delivered.length > 0) state.notes.push(`The ${delivered.length} finding(s) notified are not recorded in ${inputs.files.status}: a rerun of this push would notify them again.`);
  }
}

/** The notice for this push, when a webhook is set: recorded in the status file on status branches, else nowhere. */
async function notifyPush(inputs: ActionInputs, ctx: RunContext, ev: PushEvent, state: RunState, result: CheckResult, write: boolean, recorded: NotifiedEntry[]): Promise<Finding[]> {
  if (inputs.notify.webhook === null) return [];
  const [{ notify }, { isRecorded }] = await Promise.all([
    import(/* webpackChunkName: "notify" */ './notify/index.js'),
    import(/* webpackChunkName: "notify" */ '../report/notified.js')
  ]);
  return notify(inputs, ctx, state, result, {
    record: write ? 'status file' : null,
    notified: (f) => isRecorded(recorded, f, ev.after),
    ref: ev.ref,
    commit: ev.after,
    pullRequest: null
  });
}
