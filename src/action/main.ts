// The action's orchestrator. Data flows one way: event → changes → claims → findings → reports.
// Every output is set and the job summary is written in `finally`, whatever happened before.
//
// Start-up: what only one kind of run needs is imported when that run gets there — the status writer on pushes
// to a status branch, the PR comment on pull requests — and ends up in its own small chunk of dist/. The rest is
// needed by every checked run and stays in dist/index.js, which is minified (loading the API client and the
// engine lazily as well was measured slower on pushes: ncc minifies only dist/index.js, and every chunk is one
// more module to load). Start-up figures: docs/benchmarks.md.
import * as core from '@actions/core';
import { check, type CheckResult, type RawCommit } from '../engine/check.js';
import { ConfigError } from '../engine/config/index.js';
import { verdictOf } from '../engine/judge/evaluate.js';
import { finding } from '../engine/judge/finding.js';
import { formatIso } from '../engine/time/index.js';
import type { Finding, Verdict } from '../engine/model.js';
import { selectAnnotations } from '../report/annotations.js';
import { renderSummary } from '../report/summary.js';
import { pullRequestFiles, pushChanges, type Changes } from './github/changes.js';
import type { CommentAction } from './github/comment.js';
import { ContextError, readContext, type PullRequestEvent, type PushEvent, type RunContext } from './context.js';
import { createClient, ReadError, type Api } from './github/client.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { isOwnStatusPush, statusHandEdits } from './own-commits.js';
import { LinkError, readSnapshot, type BlobText, type FileWanted } from './github/snapshot.js';

const PR_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);

interface Outputs {
  result: Verdict;
  violations: number;
  warnings: number;
  'findings-json': string;
  agent: string;
  'changed-files': number;
  'status-committed': boolean;
  'status-commit-sha': string;
  'comment-url': string;
}

interface RunState {
  outputs: Outputs;
  result: CheckResult | null;
  findings: Finding[];
  notes: string[];
  eventName: string;
  ref: string | null;
  now: number;
}

/** Hides the token and the forms derived from it (git's basic-auth header) from every log line. */
function maskToken(token: string): void {
  core.setSecret(token);
  core.setSecret(Buffer.from(`x-access-token:${token}`).toString('base64'));
}

function incompleteFinding(why: string, agent: string | null, commit: string): Finding {
  return finding({
    kind: 'incomplete-changes',
    severity: 'warning',
    file: null,
    agent,
    claimedBy: null,
    module: null,
    commit,
    checkin: null,
    age: null,
    staleAt: null,
    message: `Not every changed file could be checked: ${why}. Split the change, or check it locally with \`ai-sync verify\`.`
  });
}

/** Claims file present on one side only, without the change adding or removing it: the API lied or failed. */
function assertConsistent(before: BlobText | null | undefined, after: BlobText | null, commits: RawCommit[], path: string): void {
  if (before === undefined) return;
  const touched = commits.some((c) => c.files.some((f) => f.path === path || f.previousPath === path));
  if (!touched && (before === null) !== (after === null)) {
    throw new ReadError(`${path} (present at one end of the change only, though no commit adds or removes it)`, new Error('HTTP 404'));
  }
}

interface Judged {
  check: CheckResult;
  snapshot: Map<string, BlobText | null>;
  viewer: string | null;
}

async function judge(
  api: Api,
  ctx: RunContext,
  inputs: ActionInputs,
  refs: { base: string | null; head: string; statusAt: string | null; statusHead?: string },
  commits: RawCommit[],
  extra: { branch: string | null; now: number; pullRequest?: { author: string | null }; headCommit?: string; viewer?: boolean }
): Promise<Judged & { headFacts: RawCommit | null }> {
  const { claims, status } = inputs.files;
  // The claims file and the config may be symbolic links: followed once to a file inside the repository, else
  // the run fails (src/engine/claims/link.ts). The status file is ours to write, and is read as it is.
  const files: FileWanted[] = [{ key: 'claimsAfter', ref: refs.head, path: claims, followLink: true }];
  if (refs.base) files.push({ key: 'claimsBefore', ref: refs.base, path: claims, followLink: true });
  // Config from the base: a change must not be able to switch off the check that judges it.
  files.push({ key: 'config', ref: refs.base ?? refs.head, path: inputs.configFile, followLink: true });
  if (refs.statusAt) files.push({ key: 'statusPrev', ref: refs.statusAt, path: status, binary: 'text' });
  if (refs.statusHead) files.push({ key: 'statusHead', ref: refs.statusHead, path: status, binary: 'text' });
  // Exact tamper blame when several commits edit the claims file: read it after each of them.
  const touching = commits.filter((c) => c.files.some((f) => f.path === claims));
  if (touching.length > 1) touching.forEach((c, i) => files.push({ key: `claims@${i}`, ref: c.sha, path: claims, followLink: true }));
  const wantCommit = extra.headCommit ? [{ key: 'head', sha: extra.headCommit }] : [];
  const snap = await readSnapshot(api, ctx, files, wantCommit, extra.viewer ?? false);
  if (touching.length > 1) touching.forEach((c, i) => (c.claimsText = snap.files.get(`claims@${i}`)?.text ?? ''));

  let headFacts: RawCommit | null = null;
  if (extra.headCommit) {
    const facts = snap.commits.get('head');
    if (!facts) throw new ReadError(`commit ${extra.headCommit.slice(0, 12)}`, new Error('not found'));
    headFacts = { ...facts, files: commits.flatMap((c) => c.files) };
  }
  const judgedCommits = headFacts ? [headFacts] : commits;
  assertConsistent(refs.base ? snap.files.get('claimsBefore') : undefined, snap.files.get('claimsAfter') ?? null, judgedCommits, claims);

  const result = check({
    commits: judgedCommits,
    claimsBeforeText: snap.files.get('claimsBefore')?.text ?? null,
    claimsAfterText: snap.files.get('claimsAfter')?.text ?? null,
    configText: snap.files.get('config')?.text ?? null,
    configFile: inputs.configFile,
    statusText: snap.files.get('statusPrev')?.text ?? null,
    branch: extra.branch,
    now: extra.now,
    files: inputs.files,
    overrides: inputs.overrides,
    ...(extra.pullRequest ? { pullRequest: extra.pullRequest } : {})
  });
  return { check: result, snapshot: snap.files, viewer: snap.viewer, headFacts };
}

async function onPush(api: Api, ctx: RunContext, ev: PushEvent, inputs: ActionInputs, state: RunState): Promise<void> {
  state.ref = ev.ref;
  if (ev.deleted) {
    core.info(`${ev.ref} was deleted: nothing to check.`);
    state.notes.push('The ref was deleted: nothing to check, nothing written.');
    return;
  }
  state.now = ev.pushedAt ?? Date.now();
  const changes: Changes = await pushChanges(api, ctx, ev, ctx.defaultBranch);
  const paths = new Set(changes.commits.flatMap((c) => c.files.flatMap((f) => [f.path, f.previousPath ?? f.path])));
  state.outputs['changed-files'] = paths.size;
  if (isOwnStatusPush(changes.commits, inputs.files.status, inputs.committer)) {
    // Our own status commit (also when a PAT makes it trigger workflows): nothing to judge, nothing to write.
    // Recognised by its author and committer (see own-commits.ts); a status-only push by anyone else is judged.
    core.info(`This push is ai-sync's own ${inputs.files.status} commit: nothing to check.`);
    state.notes.push(`The push is ai-sync's own ${inputs.files.status} commit: nothing to check.`);
    return;
  }
  const branch = ev.branch;
  const statusTarget = branch !== null && inputs.writeStatus ? branch : null;
  const judged = await judge(
    api,
    ctx,
    inputs,
    { base: changes.base, head: changes.head, statusAt: changes.base ?? changes.head, ...(statusTarget ? { statusHead: `refs/heads/${statusTarget}` } : {}) },
    changes.commits,
    { branch: branch !== null && branch !== ctx.defaultBranch ? branch : null, now: state.now }
  );
  const result = judged.check;
  state.result = result;
  state.findings = [...result.evaluation.findings];
  // Hand edits of the status file (ai-sync's own commits excluded): a warning each, before the status is built.
  const agentOf = (sha: string) => result.commits.find((c) => c.sha === sha)?.identity.agent ?? null;
  state.findings.push(...statusHandEdits(changes.commits, inputs.files, inputs.committer, agentOf));
  const head = result.commits[result.commits.length - 1];
  if (changes.incomplete) state.findings.push(incompleteFinding(changes.incomplete, head?.identity.agent ?? null, changes.head));
  state.outputs.agent = head?.identity.agent ?? '';
  for (const w of result.warnings) core.warning(w);

  const { isStatusBranch } = await import(/* webpackChunkName: "push" */ './status-branches.js');
  const write = statusTarget !== null && isStatusBranch(statusTarget, inputs.statusBranches ?? result.config.statusBranches, ctx.defaultBranch);
  if (!write) {
    core.debug(`status file: not written (${inputs.writeStatus ? `${branch ?? ev.ref} is not a status branch` : 'write-status is false'})`);
    return;
  }
  const [{ buildStatus }, { writeStatus }] = await Promise.all([
    import(/* webpackChunkName: "push" */ '../report/status-file.js'),
    import(/* webpackChunkName: "push" */ './github/status-commit.js')
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
    result: verdictOf(state.findings),
    findings: state.findings,
    agents: result.evaluation.board
  });
  const outcome = await writeStatus(api, ctx, {
    branch: statusTarget,
    path: inputs.files.status,
    next,
    message: inputs.commitMessage,
    committer: inputs.committer,
    current: judged.snapshot.get('statusHead') ?? null,
    isAncestor: async (ours, theirs) => {
      const res = await api.rest.repos.compareCommitsWithBasehead({ ...ctx, basehead: `${ours}...${theirs}`, per_page: 1 });
      return res.data.status === 'ahead' || res.data.status === 'identical';
    }
  });
  if (outcome.written) {
    state.outputs['status-committed'] = true;
    state.outputs['status-commit-sha'] = outcome.sha;
    state.notes.push(`${inputs.files.status} committed as ${outcome.sha.slice(0, 12)}${outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ''}.`);
  } else {
    state.notes.push(`${inputs.files.status} not written: ${outcome.reason}.`);
    if (outcome.warning) core.warning(outcome.reason);
    else core.info(`Status file not written: ${outcome.reason}.`);
  }
}

async function onPullRequest(api: Api, ctx: RunContext, ev: PullRequestEvent, inputs: ActionInputs, state: RunState): Promise<void> {
  state.ref = `refs/pull/${ev.number}/merge`;
  state.now = ev.updatedAt;
  if (!PR_ACTIONS.has(ev.action)) {
    core.info(`pull_request "${ev.action}": nothing to check (checked: ${[...PR_ACTIONS].join(', ')}).`);
    state.notes.push(`pull_request action "${ev.action}" is not checked.`);
    return;
  }
  const { files, incomplete } = await pullRequestFiles(api, ctx, ev);
  state.outputs['changed-files'] = new Set(files.flatMap((f) => [f.path, f.previousPath ?? f.path])).size;
  const commits: RawCommit[] = [
    { sha: ev.headSha, message: '', author: { name: '', email: '' }, committer: { name: '', email: '' }, files }
  ];
  const judged = await judge(api, ctx, inputs, { base: ev.baseSha, head: ev.headSha, statusAt: ev.baseSha }, commits, {
    branch: ev.headRef,
    now: state.now,
    pullRequest: { author: ev.author },
    headCommit: ev.headSha,
    viewer: inputs.prComment !== 'never'
  });
  const result = judged.check;
  state.result = result;
  state.findings = [...result.evaluation.findings];
  const identity = result.commits[0]?.identity ?? null;
  if (incomplete) state.findings.push(incompleteFinding(incomplete, identity?.agent ?? null, ev.headSha));
  state.outputs.agent = identity?.agent ?? '';
  for (const w of result.warnings) core.warning(w);

  if (inputs.prComment === 'never') return;
  const viewer = judged.viewer;
  if (!viewer) {
    core.warning('could not tell which account the token belongs to (GraphQL viewer); the pull request comment was skipped.');
    return;
  }
  const [{ renderComment, renderResolvedComment }, { syncComment }] = await Promise.all([
    import(/* webpackChunkName: "pull-request" */ '../report/comment.js'),
    import(/* webpackChunkName: "pull-request" */ './github/comment.js')
  ]);
  const evaluation = { ...result.evaluation, findings: state.findings, verdict: verdictOf(state.findings) };
  const context = reportContext(state, inputs);
  const hasFindings = state.findings.some((f) => f.severity !== 'notice');
  const action: CommentAction =
    hasFindings || inputs.prComment === 'always'
      ? { kind: 'report', body: renderComment(evaluation, context) }
      : { kind: 'resolve', body: renderResolvedComment({ ...context, sha: ev.headSha }) };
  const outcome = await syncComment(api, ctx, ev.number, viewer, action);
  state.outputs['comment-url'] = outcome.url;
  if (outcome.warning) {
    core.warning(outcome.warning);
    state.notes.push(outcome.warning);
  }
}

function reportContext(state: RunState, inputs: ActionInputs) {
  return {
    eventName: state.eventName,
    ref: state.ref,
    agent: state.outputs.agent || null,
    changedFiles: state.outputs['changed-files'],
    now: formatIso(state.now),
    claimsFile: inputs.files.claims,
    notes: state.notes
  };
}

function annotate(findings: Finding[]): void {
  const { annotations, overflow } = selectAnnotations(findings);
  for (const a of annotations) {
    const props = { title: a.title, file: a.file };
    if (a.severity === 'error') core.error(a.message, props);
    else if (a.severity === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  for (const o of overflow) {
    core.info(`${o.count} more ${o.severity} finding(s) are not annotated (GitHub shows 10 per severity); the job summary lists every finding.`);
  }
}

/** A user-facing message for anything that stopped the run: no stack trace, what failed and why. */
function describeFailure(error: unknown): string {
  if (error instanceof ConfigError || error instanceof InputError || error instanceof ContextError || error instanceof ReadError || error instanceof LinkError) return error.message;
  const message = (error as Error)?.message ?? String(error);
  return `ai-sync could not complete: ${message}`;
}

function failsOn(findings: Finding[], failOn: ActionInputs['failOn']): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}

export async function run(): Promise<void> {
  const state: RunState = {
    outputs: {
      result: 'pass',
      violations: 0,
      warnings: 0,
      'findings-json': '[]',
      agent: '',
      'changed-files': 0,
      'status-committed': false,
      'status-commit-sha': '',
      'comment-url': ''
    },
    result: null,
    findings: [],
    notes: [],
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    ref: null,
    now: Date.now()
  };
  let inputs: ActionInputs | null = null;
  let failure: string | null = null;
  try {
    inputs = readInputs((name) => core.getInput(name));
    maskToken(inputs.token);
    const ctx = readContext();
    state.eventName = ctx.eventName;
    state.ref = ctx.ref || null;
    const api = createClient(inputs.token, ctx.apiUrl);
    if (ctx.event.kind === 'push') await onPush(api, ctx, ctx.event, inputs, state);
    else if (ctx.event.kind === 'pull_request') await onPullRequest(api, ctx, ctx.event, inputs, state);
    else {
      core.notice(`ai-sync checks push and pull_request events; "${ctx.eventName}" is not checked.`);
      state.notes.push(`The "${ctx.eventName}" event is not checked.`);
    }
    annotate(state.findings);
  } catch (error) {
    failure = describeFailure(error);
    core.debug(`failure: ${(error as Error)?.stack ?? String(error)}`);
  } finally {
    const o = state.outputs;
    o.result = failure ? 'fail' : verdictOf(state.findings);
    o.violations = state.findings.filter((f) => f.severity === 'error').length;
    o.warnings = state.findings.filter((f) => f.severity === 'warning').length;
    o['findings-json'] = JSON.stringify(state.findings);
    for (const [name, value] of Object.entries(o)) core.setOutput(name, String(value));
    await writeSummary(state, inputs, failure);
    if (failure) core.setFailed(failure);
    else if (inputs && failsOn(state.findings, inputs.failOn)) {
      core.setFailed(`ai-sync: ${o.violations} error(s), ${o.warnings} warning(s) — see the annotations and the job summary.`);
    }
  }
}

async function writeSummary(state: RunState, inputs: ActionInputs | null, failure: string | null): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    const files = inputs?.files.claims ?? 'AI_CURRENT_WORK.md';
    const evaluation = {
      verdict: state.outputs.result,
      findings: state.findings,
      board: state.result?.evaluation.board ?? []
    };
    const notes = failure ? [`The run failed: ${failure}`, ...state.notes] : state.notes;
    const body = renderSummary(evaluation, {
      eventName: state.eventName,
      ref: state.ref,
      agent: state.outputs.agent || null,
      changedFiles: state.outputs['changed-files'],
      now: formatIso(state.now),
      claimsFile: files,
      notes
    });
    await core.summary.addRaw(body, true).write();
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message}`);
  }
}
