// check() once the config is parsed: parses the claims, resolves identities, judges — everything the entry point
// (check.ts) does but reading the config file. It imports neither yaml nor the zod config schema, so the action
// judges a repository without a config file without loading them (it parses a config file itself, lazily).
import { parseClaims } from './claims/index.js';
import { evaluate } from './judge/evaluate.js';
import { changedPaths } from './judge/claims.js';
import { inFlightClaims } from './inflight/claims.js';
import { radar } from './inflight/radar.js';
import { note } from './judge/finding.js';
import { DEFAULT_STATUS_COMMITTER, statusHandEdits } from './judge/status-edits.js';
import { failsOn, type FailOn } from './judge/verdict.js';
import { agentNames, identityEvidence, resolveBranchIdentity, resolveIdentity, resolveLoginIdentity, withConflicts } from './identity/index.js';
import type {
  ChangeCommit,
  ChangedFile,
  ClaimsDocument,
  Config,
  Evaluation,
  Finding,
  Identity,
  InFlightInput,
  Person,
  ReportedFiles
} from './model.js';
import type { StatusFile } from './status/schema.js';
import { futureLastSeenWarning, lastSeenFrom } from './status/seen.js';

export interface RawCommit {
  sha: string;
  message: string;
  author: Person;
  committer: Person;
  files: ChangedFile[];
  /** The claims file after this commit, when the commit touched it and the caller read it. */
  claimsText?: string;
}

export interface CheckInput {
  /** Oldest first. */
  commits: RawCommit[];
  /** Claims file at the base; null when there is no base or the file did not exist there. */
  claimsBeforeText: string | null;
  /** Claims file at the head; null when absent. */
  claimsAfterText: string | null;
  configText: string | null;
  /** `configText` already parsed (parseConfig), when a front end needed it before the check: not parsed again. */
  config?: Config;
  configFile: string;
  /** The previous AI_SYNC_STATUS.json, for each agent's last observed activity. */
  statusText: string | null;
  /** Head branch, for branch identity (null when unknown or the default branch of a push). */
  branch: string | null;
  /**
   * A pull request is one agent's work: every commit is attributed to the head branch's agent, else the PR
   * author's (via aliases), else the head commit's identity.
   */
  pullRequest?: { author: string | null };
  now: number;
  files: ReportedFiles;
  overrides?: { activeHours?: number; staleHours?: number; timezone?: string };
  /** Why not every changed file could be listed (a truncated list), or null: an `incomplete-changes` warning. */
  incomplete?: string | null;
  /** When the run fails (default: on an error). */
  failOn?: FailOn;
  /**
   * ai-sync's own identity for status commits. A commit by anyone else that edits the status file gets a
   * `claim-tampered` warning (default: the action's default committer).
   */
  statusCommitter?: Person;
  /** Open pull requests (or branches) and their claims: in-flight claims and the overlap radar. */
  inFlight?: InFlightInput;
  /**
   * How many findings to list (default MAX_FINDINGS, judge/cap.ts; Infinity: all). The rest are judged and counted
   * (`evaluation.omitted`) but not built: the verdict and the counts are always those of every finding.
   */
  maxFindings?: number;
}

export interface CheckResult {
  /** The findings, the board and the verdict, decided once (judge/verdict.ts). */
  evaluation: Evaluation;
  /** Whether the run fails under `failOn`. */
  fails: boolean;
  config: Config;
  commits: ChangeCommit[];
  claimsBefore: ClaimsDocument | null;
  claimsAfter: ClaimsDocument;
  /** Problems worth a warning that are not findings (an unreadable previous status file…). */
  warnings: string[];
}

/** Applies input overrides on top of the config file; validation errors name the input. */
export function withOverrides(config: Config, overrides: CheckInput['overrides']): Config {
  const out: Config = { ...config, policy: { ...config.policy } };
  if (overrides?.activeHours !== undefined) out.activeHours = overrides.activeHours;
  if (overrides?.staleHours !== undefined) out.staleHours = overrides.staleHours;
  if (overrides?.timezone !== undefined) out.timezone = overrides.timezone;
  if (!(out.activeHours > 0 && out.activeHours < out.staleHours)) {
    throw new Error(
      `active-hours (${out.activeHours}) must be greater than 0 and less than stale-hours (${out.staleHours})`
    );
  }
  return out;
}

/** The previous status file as status/read.ts's parseStatus reads it (no file: both null). */
export interface StatusReading {
  status: StatusFile | null;
  warning: string | null;
}

/**
 * check() with `parsed`, the config file already parsed (parseConfig, or defaultConfig() when there is none), and
 * `statusRead`, input.statusText already read (parseStatus): the parsers (yaml, zod) load only when there is a file.
 */
export function checkWith(input: CheckInput, parsed: Config, statusRead: StatusReading): CheckResult {
  const config = withOverrides(parsed, input.overrides);
  const opts = { timezone: config.timezone };
  // Each distinct text is read once (documents are never changed once read): a change that leaves the claims file
  // alone has one document before, after and at each of its commits.
  const read = new Map<string, ClaimsDocument>();
  const parse = (text: string): ClaimsDocument => {
    let doc = read.get(text);
    if (!doc) read.set(text, (doc = parseClaims(text, opts)));
    return doc;
  };
  const claimsBefore = input.claimsBeforeText === null ? null : parse(input.claimsBeforeText);
  const claimsAfter = parse(input.claimsAfterText ?? '');
  const warnings: string[] = [];
  if (input.claimsAfterText === null) warnings.push(`${input.files.claims} does not exist: no claims to check against.`);

  const { status, warning } = statusRead;
  if (warning) warnings.push(`${input.files.status}: ${warning}`);

  const sections = [...(claimsBefore?.agents ?? []), ...claimsAfter.agents].flatMap((s) => [s.name, ...(s.aliases ?? [])]);
  const claimers = [...(claimsBefore?.moduleClaims ?? []), ...claimsAfter.moduleClaims].map((m) => m.agent);
  const agents = agentNames(config, [...sections, ...claimers]);
  const ctx = { config, agents, branch: input.branch };
  let whole: Identity | undefined;
  if (input.pullRequest) {
    const head = input.commits[input.commits.length - 1];
    whole =
      (input.branch !== null ? resolveBranchIdentity(input.branch, config, agents) : null) ??
      (input.pullRequest.author ? resolveLoginIdentity(input.pullRequest.author, ctx) : null) ??
      (head ? resolveIdentity(head, { ...ctx, branch: null }) : undefined);
  }
  const headIndex = input.commits.length - 1;
  const commits: ChangeCommit[] = input.commits.map((c, i) => {
    const change: ChangeCommit = {
      sha: c.sha,
      message: c.message,
      // In a pull request the head commit's own evidence (its trailers, author, committer) is checked against the
      // PR's agent, so a claude/ branch whose head says `AI-Agent: ChatGPT Codex` is not silently Claude's.
      identity: whole ? (i === headIndex ? withConflicts(whole, identityEvidence(c, { ...ctx, branch: null })) : whole) : resolveIdentity(c, ctx),
      files: c.files
    };
    if (c.claimsText !== undefined) change.claimsAfter = parse(c.claimsText);
    return change;
  });

  // A lastSeenAt after now (a hand-edited status file) would keep a claim alive until then: dropped and reported.
  const seen = lastSeenFrom(status, input.now);
  for (const f of seen.future) {
    warnings.push(futureLastSeenWarning(input.files.status, f));
  }

  const agentOf = (sha: string): string | null => commits.find((c) => c.sha === sha)?.identity.agent ?? null;
  const head = commits[commits.length - 1];
  const early = statusHandEdits(input.commits, input.files, input.statusCommitter ?? DEFAULT_STATUS_COMMITTER, agentOf);
  if (input.incomplete) early.push(incompleteFinding(input.incomplete, head?.identity.agent ?? null, head?.sha ?? null));
  // Claims written on open pull requests and branches: judged like landed ones, compared with the landed claims.
  const landed = claimsBefore ?? claimsAfter;
  const flying = input.inFlight ? inFlightClaims(input.inFlight, landed, config.timezone) : [];
  const seenRadar = input.inFlight
    ? radar({ inFlight: input.inFlight, claims: flying, changed: [...new Set(commits.flatMap(changedPaths))], agent: head?.identity.agent ?? null, config, agents, files: input.files })
    : null;
  const evaluation = evaluate({
    commits,
    claimsBefore,
    claimsAfter,
    config,
    now: input.now,
    lastSeen: seen.lastSeen,
    files: input.files,
    findings: [...early, ...(seenRadar?.findings ?? [])],
    inFlight: flying.flatMap((f) => f.sections),
    ...(input.maxFindings !== undefined ? { maxFindings: input.maxFindings } : {})
  });
  if (seenRadar) evaluation.inFlight = seenRadar.report;
  return { evaluation, fails: failsOn(evaluation.verdict, input.failOn ?? 'error'), config, commits, claimsBefore, claimsAfter, warnings };
}

function incompleteFinding(why: string, agent: string | null, commit: string | null): Finding {
  return note({
    kind: 'incomplete-changes',
    severity: 'warning',
    file: null,
    agent,
    commit,
    message: `Not every changed file could be checked: ${why}. Split the change, or check it locally with \`ai-sync verify\`.`
  });
}
