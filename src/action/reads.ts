// What a run reads in its snapshot request, from the inputs and the change alone: the files at the commits the
// engine's plan names (engine/plan.ts), the head commit's facts, the viewer, and a pull request's folded parts. One
// function for the run (judge.ts) and for the first request sent before the action loads (first-read.ts), so both
// ask the same; and a pull request's or a push's change and options, for the same two.
import type { RawCommit } from '../engine/check-core.js';
import { planReads, type ChangeSpan } from '../engine/plan.js';
import type { InFlightInput } from '../engine/model.js';
import type { PullRequestEvent, PushEvent } from './context.js';
import type { Changes } from './github/changes.js';
import { pullExtra, radarExtra } from './github/pulls-query.js';
import type { CommitWanted, FileWanted, SnapshotExtra } from './github/snapshot-query.js';
import type { ActionInputs } from './inputs.js';

export interface JudgeOptions {
  branch: string | null;
  now: number;
  incomplete: string | null;
  pullRequest?: { author: string | null };
  /** Judge the pull request as one change: this head commit's facts with every file of the PR. */
  headCommit?: string;
  /** Also read the status file at this ref (for the status writer). */
  statusHead?: string;
  viewer?: boolean;
  /** Read the open pull requests for in-flight claims and the radar; this change's own pull request and branch. */
  inFlight?: InFlightInput['self'];
  /**
   * A pull request's run: its files (and comments, and the radar's first page) are read in the snapshot's request;
   * `commits` is the one head commit, its files filled in here. The plan does not depend on them: a single commit
   * never gets per-commit reads (engine/plan.ts).
   */
  pull?: PullRequestEvent;
}

/** The snapshot request's parts (snapshot-query.ts turns them into the query). */
export interface SnapshotReads {
  files: FileWanted[];
  commits: CommitWanted[];
  viewer: boolean;
  /** The reads folded into the same request: a pull request's files and comments, and the open pull requests. */
  extra?: SnapshotExtra;
}

export function snapshotReads(inputs: ActionInputs, span: ChangeSpan, opts: JudgeOptions): SnapshotReads {
  const files: FileWanted[] = planReads(span, { ...inputs.files, config: inputs.configFile }).map((r) => ({
    key: r.key,
    ref: r.at,
    path: r.path,
    ...(r.followLink ? { followLink: true } : {}),
    ...(r.binaryAsText ? { binary: 'text' as const } : {})
  }));
  if (opts.statusHead) files.push({ key: 'status-head', ref: opts.statusHead, path: inputs.files.status, binary: 'text' });
  // A pull request folds in its files, comments and the open pull requests; a push the open pull requests.
  const ev = opts.pull;
  const extra = ev ? pullExtra(ev.number, inputs.files.claims, opts.inFlight !== undefined) : opts.inFlight ? radarExtra(inputs.files.claims) : undefined;
  return {
    files,
    commits: opts.headCommit ? [{ key: 'head', sha: opts.headCommit }] : [],
    viewer: opts.viewer ?? false,
    ...(extra ? { extra } : {})
  };
}

/** The pull_request activities that are checked; any other is noted and skipped. */
export const PR_ACTIONS: ReadonlySet<string> = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);

/**
 * A pull request judged as one change: the head commit's facts with every file of the PR (filled in once read),
 * against the claims at its base, at the time of the pull request's last update.
 */
export function pullRequestCheck(ev: PullRequestEvent, inputs: ActionInputs): { span: ChangeSpan; commits: RawCommit[]; opts: JudgeOptions } {
  const commits: RawCommit[] = [{ sha: ev.headSha, message: '', author: { name: '', email: '' }, committer: { name: '', email: '' }, files: [] }];
  return {
    span: { base: ev.baseSha, head: ev.headSha, commits },
    commits,
    opts: {
      branch: ev.headRef,
      now: ev.updatedAt,
      incomplete: null,
      pull: ev,
      pullRequest: { author: ev.author },
      headCommit: ev.headSha,
      // Its own pull request never blocks it; a fork's branch name may also be a branch of this repository.
      inFlight: { pullRequest: ev.number, branch: ev.fromFork ? null : ev.headRef },
      viewer: inputs.prComment !== 'never'
    }
  };
}

/**
 * A push judged commit by commit against the claims at its base (`changes`: from the payload or the compare API). A
 * branch other than the default one names the agent's branch; the status file is read at the branch head when the
 * run may write it there.
 */
export function pushCheck(
  ev: PushEvent,
  ctx: { defaultBranch: string | null },
  inputs: ActionInputs,
  changes: Changes,
  now: number
): { span: ChangeSpan; commits: RawCommit[]; opts: JudgeOptions; statusTarget: string | null } {
  const branch = ev.branch;
  const statusTarget = branch !== null && inputs.writeStatus ? branch : null;
  return {
    span: { base: changes.base, head: changes.head, commits: changes.commits },
    commits: changes.commits,
    opts: {
      branch: branch !== null && branch !== ctx.defaultBranch ? branch : null,
      now,
      incomplete: changes.incomplete,
      inFlight: { pullRequest: null, branch },
      ...(statusTarget ? { statusHead: `refs/heads/${statusTarget}` } : {})
    },
    statusTarget
  };
}
