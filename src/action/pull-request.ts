// A pull request: one agent's work, judged as one change (the head commit's facts with every file of the PR) against
// the claims at its base; the sticky comment is written, updated or resolved.
import * as core from '@actions/core';
import type { RawCommit } from '../engine/check.js';
import type { PullRequestEvent, RunContext } from './context.js';
import { pullRequestFiles } from './github/changes.js';
import type { Api } from './github/client.js';
import type { CommentAction } from './github/comment.js';
import type { ActionInputs } from './inputs.js';
import { judge } from './judge.js';
import { reportContext, type RunState } from './run-state.js';

const PR_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);

export async function onPullRequest(api: Api, ctx: RunContext, ev: PullRequestEvent, inputs: ActionInputs, state: RunState): Promise<void> {
  state.ref = `refs/pull/${ev.number}/merge`;
  state.now = ev.updatedAt;
  if (!PR_ACTIONS.has(ev.action)) {
    core.info(`pull_request "${ev.action}": nothing to check (checked: ${[...PR_ACTIONS].join(', ')}).`);
    state.notes.push(`pull_request action "${ev.action}" is not checked.`);
    return;
  }
  const { files, incomplete } = await pullRequestFiles(api, ctx, ev);
  state.outputs['changed-files'] = new Set(files.flatMap((f) => [f.path, f.previousPath ?? f.path])).size;
  const commits: RawCommit[] = [{ sha: ev.headSha, message: '', author: { name: '', email: '' }, committer: { name: '', email: '' }, files }];
  const judged = await judge(api, ctx, inputs, { base: ev.baseSha, head: ev.headSha, commits }, commits, {
    branch: ev.headRef,
    now: state.now,
    incomplete,
    pullRequest: { author: ev.author },
    headCommit: ev.headSha,
    // Its own pull request never blocks it; a fork's branch name may also be a branch of this repository.
    inFlight: { pullRequest: ev.number, branch: ev.fromFork ? null : ev.headRef },
    viewer: inputs.prComment !== 'never'
  });
  const result = judged.check;
  state.result = result;
  state.outputs.agent = result.commits[0]?.identity.agent ?? '';
  for (const w of result.warnings) core.warning(w);

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
  const hasFindings = result.evaluation.findings.some((f) => f.severity !== 'notice');
  const action: CommentAction =
    hasFindings || inputs.prComment === 'always'
      ? { kind: 'report', body: renderComment(result.evaluation, context) }
      : { kind: 'resolve', body: renderResolvedComment({ ...context, sha: ev.headSha }) };
  const outcome = await syncComment(api, ctx, ev.number, judged.viewer, action);
  state.outputs['comment-url'] = outcome.url;
  if (outcome.warning) {
    core.warning(outcome.warning);
    state.notes.push(outcome.warning);
  }
}
