// Fulfils the engine's check plan through the GitHub API (one snapshot request for every file, plus the head
// commit's facts on pull requests, with the first 100 open pull requests folded in), reads the rest of the open pull
// requests for in-flight claims and the radar (one more request per 100 past the first, none when
// radar.max-pull-requests is 0) and hands the texts to check(): the same plan and the same check `ai-sync verify`
// runs through git.
//
// Start-up: the config file is parsed here, before the check, and its parser (yaml, the zod schema) is imported
// only when the repository has one; without it the defaults come from config/base.ts and the check runs through
// check-core.ts, which does not import the parser. The status file's reader (zod) likewise only with a status file.
// __tests__/e2e/action/startup-budget.e2e.test.ts holds it.
import * as core from '@actions/core';
import { checkWith, type CheckResult, type RawCommit } from '../engine/check-core.js';
import { defaultConfig, isBlankConfig } from '../engine/config/base.js';
import type { ChangedFile, Config, InFlightInput } from '../engine/model.js';
import { READ, checkInputFrom, type ChangeSpan } from '../engine/plan.js';
import type { RunContext } from './context.js';
import { pullRequestFiles } from './github/changes.js';
import { ReadError, type Api } from './github/client.js';
import type { Comment } from './github/comment.js';
import { readOpenPulls, type FirstPage } from './github/open-pulls.js';
import { foldedComments, foldedFiles, foldedRadar } from './github/pull-read.js';
import { readSnapshot, type BlobText } from './github/snapshot.js';
import type { ActionInputs } from './inputs.js';
import { snapshotReads, type JudgeOptions } from './reads.js';
import { readStatusText } from './status-reading.js';

export type { JudgeOptions } from './reads.js';

export interface Judged {
  check: CheckResult;
  /** The status file on the branch the status is written to (read in the same request), when asked for. */
  statusHead: BlobText | null;
  /** The account the token belongs to (GraphQL viewer), when asked for. */
  viewer: string | null;
  /** A pull request's run: its changed files, and every comment on it when the folded read gave them (else null). */
  pull?: { files: ChangedFile[]; comments: Comment[] | null };
}

/** The config at the base: the defaults without a file (or an empty one), else the file parsed (ConfigError). */
async function readConfig(text: string | null, file: string): Promise<Config> {
  if (isBlankConfig(text)) return defaultConfig();
  const { parseConfig } = await import(/* webpackChunkName: "config" */ '../engine/config/index.js');
  return parseConfig(text, file);
}

/**
 * The open pull requests, as far as the config at the base allows (parsed before the check, which reuses it: an
 * invalid config fails the run the same way). None, and no request, when radar.max-pull-requests is 0.
 */
async function readInFlight(api: Api, ctx: RunContext, inputs: ActionInputs, config: Config, self: InFlightInput['self'], first?: FirstPage): Promise<InFlightInput | undefined> {
  const max = config.radar.maxPullRequests;
  if (max === 0) return undefined;
  const { input, requests } = await readOpenPulls(api, ctx, { claims: inputs.files.claims, max, self }, first);
  core.info(`In flight: ${input.sources.length} open pull request(s) read in ${requests} request(s)${input.note ? ` — ${input.note}` : ''}.`);
  if (input.failed) core.warning(`The open pull requests could not be read (${input.failed}): in-flight claims and the overlap radar were not checked.`);
  return input;
}

/** Claims file present on one side only, without the change adding or removing it: the API lied or failed. */
function assertConsistent(before: BlobText | null | undefined, after: BlobText | null, commits: readonly RawCommit[], path: string): void {
  if (before === undefined) return;
  const touched = commits.some((c) => c.files.some((f) => f.path === path || f.previousPath === path));
  if (!touched && (before === null) !== (after === null)) {
    throw new ReadError(`${path} (present at one end of the change only, though no commit adds or removes it)`, new Error('HTTP 404'));
  }
}

export async function judge(api: Api, ctx: RunContext, inputs: ActionInputs, span: ChangeSpan, commits: RawCommit[], opts: JudgeOptions): Promise<Judged> {
  const planFiles = { ...inputs.files, config: inputs.configFile };
  const reads = snapshotReads(inputs, span, opts);
  const ev = opts.pull;
  let listed: Awaited<ReturnType<typeof pullRequestFiles>> | null = null;
  // When the one request fails, the reads go as before it: the file list (REST), then the files alone.
  const extra = ev && reads.extra ? { ...reads.extra, onFailure: async () => void (listed = await pullRequestFiles(api, ctx, ev)) } : reads.extra;
  const snap = await readSnapshot(api, ctx, reads.files, reads.commits, reads.viewer, extra);

  let pull: Judged['pull'];
  let incomplete = opts.incomplete;
  if (ev) {
    const folded = foldedFiles(snap.extra);
    const got = (listed as Awaited<ReturnType<typeof pullRequestFiles>> | null) ?? (folded ? { files: folded, incomplete: null } : await pullRequestFiles(api, ctx, ev));
    incomplete = got.incomplete;
    pull = { files: got.files, comments: foldedComments(snap.extra) };
    commits = commits.map((c) => ({ ...c, files: got.files }));
    span = { ...span, commits };
  }
  let judged = commits;
  if (opts.headCommit) {
    const facts = snap.commits.get('head');
    if (!facts) throw new ReadError(`commit ${opts.headCommit.slice(0, 12)}`, new Error('not found'));
    judged = [{ ...facts, files: commits.flatMap((c) => c.files) }];
  }
  const claims = inputs.files.claims;
  assertConsistent(span.base ? snap.files.get(READ.claimsBefore) : undefined, snap.files.get(READ.claimsAfter) ?? null, judged, claims);

  const texts = new Map([...snap.files].map(([key, blob]) => [key, blob?.text ?? null]));
  // The config is parsed once: the radar needs its settings before the check, which then reuses it.
  const config = await readConfig(texts.get(READ.config) ?? null, inputs.configFile);
  const inFlight = opts.inFlight ? await readInFlight(api, ctx, inputs, config, opts.inFlight, foldedRadar(snap.extra)) : undefined;
  const input = checkInputFrom(span, planFiles, texts, {
    commits: judged,
    branch: opts.branch,
    now: opts.now,
    files: inputs.files,
    overrides: inputs.overrides,
    incomplete,
    failOn: inputs.failOn,
    statusCommitter: inputs.committer,
    ...(opts.pullRequest ? { pullRequest: opts.pullRequest } : {}),
    ...(inFlight ? { inFlight } : {}),
    config
  });
  return { check: checkWith(input, config, await readStatusText(input.statusText)), statusHead: snap.files.get('status-head') ?? null, viewer: snap.viewer, ...(pull ? { pull } : {}) };
}
