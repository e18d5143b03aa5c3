// A pull request: one agent's work, judged as one change (the head commit's facts with every file of the PR) against
// the claims at its base; the new findings notify-on selects go to notify-webhook; the sticky comment is written,
// updated or resolved, and remembers what was notified.
import * as core from '@actions/core';
import type { CheckResult } from '../engine/check.js';
import { severityCounts } from '../engine/judge/cap.js';
import type { Finding } from '../engine/model.js';
import { holderMentions } from '../report/notice.js';
import type { PullRequestEvent, RunContext } from './context.js';
import type { Api } from './github/client.js';
import type { Comment, CommentAction } from './github/comment.js';
import type { ActionInputs } from './inputs.js';
import { judge } from './judge.js';
import { PR_ACTIONS, pullRequestCheck } from './reads.js';
import { preload, reportContext, type RunState } from './run-state.js';


export async function onPullRequest(api: Api, ctx: RunContext, ev: PullRequestEvent, inputs: ActionInputs, state: RunState): Promise<void> {
  state.ref = `refs/pull/${ev.number}/merge`;
  state.now = ev.updatedAt;
  if (!PR_ACTIONS.has(ev.action)) {
    core.info(`pull_request "${ev.action}": nothing to check (checked: ${[...PR_ACTIONS].join(', ')}).`);
    state.notes.push(`pull_request action "${ev.action}" is not checked.`);
    return;
  }
  // The comment's chunk loads while the API answers (awaited where it is used).
  if (inputs.prComment !== 'never') preload(import(/* webpackChunkName: "pull-request" */ './github/comment.js'));
  // One GraphQL request reads the files, the texts, the comments and the open pull requests (judge.ts, pull-read.ts);
  // first-read.ts sent it already when it could.
  const { span, commits, opts } = pullRequestCheck(ev, inputs);
  const judged = await judge(api, ctx, inputs, span, commits, opts);
  const files = judged.pull?.files ?? [];
  state.outputs['changed-files'] = new Set(files.flatMap((f) => [f.path, f.previousPath ?? f.path])).size;
  const result = judged.check;
  state.result = result;
  state.outputs.agent = result.commits[0]?.identity.agent ?? '';
  for (const w of result.warnings) core.warning(w);

  // The sticky comment is the pull request's record of what was notified: read before sending, written after.
  const commenting = inputs.prComment !== 'never' && judged.viewer !== null;
  const listed = commenting ? await listOwnComments(api, ctx, ev.number, judged.viewer as string, judged.pull?.comments ?? null) : null;
  const { readNotifiedState, mergeHashes, noticeHash } = await import(/* webpackChunkName: "pull-request" */ '../report/notified.js');
  const previous = readNotifiedState(listed?.[0]?.body);
  const delivered = await notifyPullRequest(inputs, ctx, ev, state, result, listed !== null, previous, noticeHash);
  const notified = mergeHashes(previous, delivered.map(noticeHash));

  if (inputs.prComment === 'never') return;
  if (!judged.viewer) {
    core.warning('could not tell which account the token belongs to (GraphQL viewer); the pull request comment was skipped.');
    return;
  }
  const [{ renderComment, renderResolvedComment }, { syncComment }] = await Promise.all([
    import(/* webpackChunkName: "pull-request" */ '../report/comment.js'),
    import(/* webpackChunkName: "pull-request" */ './github/comment.js')
  ]);
  const context = reportContext(state, inputs.files.claims);
  // Counted over every finding, listed or not (a capped run lists only the first ones).
  const counts = severityCounts(result.evaluation);
  const hasFindings = counts.error + counts.warning > 0;
  const mentions = holderMentions(result.evaluation.findings, result.config.agents, inputs.notify.on);
  // A notice sent for notices only (notify-on: notice) still needs the comment that records it.
  const action: CommentAction =
    hasFindings || inputs.prComment === 'always' || delivered.length > 0
      ? { kind: 'report', body: renderComment(result.evaluation, context, { mentions, notified }) }
      : { kind: 'resolve', body: renderResolvedComment({ ...context, sha: ev.headSha, notified }) };
  const outcome = await syncComment(api, ctx, ev.number, judged.viewer, action, listed ?? undefined);
  state.outputs['comment-url'] = outcome.url;
  if (outcome.warning) {
    core.warning(outcome.warning);
    state.notes.push(outcome.warning);
    if (delivered.length > 0) state.notes.push(`The ${delivered.length} finding(s) notified are not recorded in the pull request comment: the next run may notify them again.`);
  }
}

/**
 * Our comments on the pull request — from the comments the folded read gave (`all`), else listed — or null when they
 * cannot be read (syncComment reports why, later).
 */
async function listOwnComments(api: Api, ctx: RunContext, number: number, viewer: string, all: Comment[] | null): Promise<Comment[] | null> {
  const { ours, ownOf } = await import(/* webpackChunkName: "pull-request" */ './github/comment.js');
  if (all) return ownOf(all, viewer);
  try {
    return await ours(api, ctx, number, viewer);
  } catch (error) {
    core.debug(`could not list the pull request comments: ${(error as Error)?.message ?? String(error)}`);
    return null;
  }
}

/** The notice for this pull request, when a webhook is set: recorded in the sticky comment when there is one. */
async function notifyPullRequest(
  inputs: ActionInputs,
  ctx: RunContext,
  ev: PullRequestEvent,
  state: RunState,
  result: CheckResult,
  recordable: boolean,
  previous: readonly string[],
  hash: (f: Finding) => string
): Promise<Finding[]> {
  if (inputs.notify.webhook === null) return [];
  const { notify } = await import(/* webpackChunkName: "notify" */ './notify/index.js');
  const known = new Set(previous);
  return notify(inputs, ctx, state, result, {
    record: recordable ? 'pull request comment' : null,
    notified: (f) => known.has(hash(f)),
    ref: state.ref,
    commit: ev.headSha,
    pullRequest: ev.number
  });
}
