// The engine's vocabulary. Everything here is plain data: the engine takes these in and gives these out,
// with no I/O, so the action and the CLI can share every decision.
import type { OmittedFindings } from './judge/cap.js';

export type Severity = 'error' | 'warning' | 'notice';
export type Verdict = 'pass' | 'warn' | 'fail';
export type ClaimState = 'active' | 'caution' | 'stale' | 'idle' | 'uncertain';

/** A problem found while reading an input file. `line` is 1-based; 0 when it concerns the whole file. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  line: number;
  message: string;
}

/**
 * A point in time known only to lie within [start, end] (epoch milliseconds, both inclusive).
 * A full timestamp has start === end; a date-only value spans its whole day; `22:XX` its whole hour.
 */
export interface TimeInterval {
  start: number;
  end: number;
  /** The text it was read from, notes dropped (for messages). */
  text: string;
}

/** One entry of "Files Being Modified": a path, a directory (`dir/`) or a glob, note dropped. */
export interface FileClaim {
  pattern: string;
  line: number;
  /** Given to several agents at once (an ownership row for "Both"/"All"): never an overlap between them. */
  shared?: boolean;
}

export interface FieldValue {
  value: string;
  line: number;
}

/** One "## <Agent> Status" section. */
export interface AgentSection {
  /** Agent name with emoji/decoration and the trailing "Status" stripped: "ChatGPT Codex". */
  name: string;
  /** 1-based line of the heading. */
  line: number;
  /** 1-based last line that belongs to the section (inclusive). */
  endLine: number;
  /** The section's lines as written, for tamper detection (normalised line endings, trailing blanks trimmed). */
  body: string;
  workingOn: string | null;
  module: string | null;
  startedAt: TimeInterval | null;
  expectedCompletion: string | null;
  lastCheckin: TimeInterval | null;
  status: string | null;
  files: FileClaim[];
  /** Every `**Label:** value` field of the section, known or not, keyed by normalised label (lower case, `checkin`). */
  fields: Record<string, FieldValue>;
  /** Claims nothing: not working on anything and no files listed, or a state word that says so (Complete, Idle…). */
  idle: boolean;
  /** Where the claim was written: an agent section (the default), a claim section with an Owner field, a claims
   *  table row, an inline list line, or an ownership table row. */
  source?: ClaimSource;
  /** Shorter names the agent is also known by: "Agent-A" for "Agent-A (Central Panel)". */
  aliases?: string[];
  /** Why the claim's age cannot be trusted (check-in unreadable, zone unknown, state unreadable); null or absent
   *  when it can. Such a claim is `uncertain` (a warning), never read as stale or active-forever. */
  uncertain?: string | null;
  /** Written on a branch or an open pull request, not on the default branch yet (an in-flight claim). */
  inFlight?: Where;
}

/** Where an in-flight claim is written: a branch, and the open pull request it heads, when there is one. */
export interface Where {
  branch: string;
  pullRequest: number | null;
}

export type ClaimSource = 'section' | 'claim-section' | 'table' | 'list' | 'ownership';

/**
 * Text that could hold a claim but that the reader could not account for: an unclosed comment or fence, a file
 * item that is no path, a claims file with content but nothing read. Each becomes a `claims-unreadable` warning.
 */
export interface Unreadable {
  /** 1-based line; 0 for the whole file. */
  line: number;
  /** What was found, short and quoted where it is the file's text. */
  found: string;
  /** What the reader expected instead. */
  expected: string;
  /** The agent whose claim it belongs to, when known (a stale claim's problem is only a notice). */
  agent?: string;
  /** Agent sections swallowed by an unclosed comment or fence (read anyway, as uncertain claims). */
  hides?: string[];
}

/** A module list line such as `- ⚠️ TrackingModule - CLAIMED BY ChatGPT Codex`. */
export interface ModuleClaim {
  module: string;
  agent: string;
  line: number;
}

/** A module listed as available or complete (claims nothing; shown by the CLI). */
export interface ModuleListing {
  module: string;
  state: 'available' | 'complete' | 'claimed' | 'other';
  line: number;
}

/** An "Emergency Override" entry: permission to touch another agent's claim. */
export interface EmergencyOverride {
  line: number;
  endLine: number;
  date: TimeInterval | null;
  /** Who took the override (from the heading or an `Agent`/`By` field). */
  by: string | null;
  module: string | null;
  originalOwner: string | null;
  reason: string | null;
  /** The entry's lines as written (paths named anywhere in them count as covered). */
  lines: string[];
}

export interface ClaimsDocument {
  agents: AgentSection[];
  moduleClaims: ModuleClaim[];
  modules: ModuleListing[];
  overrides: EmergencyOverride[];
  diagnostics: Diagnostic[];
  /** What could hold a claim but was not read; reported on every run that sees it. */
  unreadable?: Unreadable[];
  /** Claims with files inside closed code fences or HTML comments: not claims, but warned about when they look alive. */
  hidden?: AgentSection[];
}

export interface ParseClaimsOptions {
  /** IANA zone for times written without one. Default "UTC". */
  timezone?: string;
  /** Reading the text of fences and comments (see claims/hidden.ts): do not look for hidden claims again. */
  nested?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Config (.github/ai-sync.yml), after validation and defaults.

export interface AgentConfig {
  aliases: string[];
  branches: string[];
  /** The agent's GitHub account (a login checked against GitHub's rules): the PR comment mentions it when this
   *  agent's claim is hit. Absent when not configured; a mention is never built from anything else. */
  github?: string;
}

export type UnknownAuthorPolicy = 'error' | 'warning' | 'ignore';

export interface Config {
  agents: Record<string, AgentConfig>;
  modules: Record<string, string[]>;
  activeHours: number;
  staleHours: number;
  timezone: string;
  policy: {
    unknownAuthor: UnknownAuthorPolicy;
    requireHandoff: boolean;
  };
  ignore: string[];
  statusBranches: string[];
  /** In-flight claims and the overlap radar (open pull requests / other branches). */
  radar: { ignore: string[]; maxPullRequests: number };
}

// ---------------------------------------------------------------------------------------------------------------
// Identity: which agent made a commit.

export interface Person {
  name: string;
  email: string;
}

export interface CommitInfo {
  sha: string;
  message: string;
  author: Person;
  committer: Person;
}

export type IdentityRule =
  | 'trailer' // AI-Agent: <name>
  | 'alias-author'
  | 'alias-co-author'
  | 'alias-committer'
  | 'name-author'
  | 'name-co-author'
  | 'name-committer'
  | 'alias-login' // PR author login via aliases
  | 'branch'
  | 'unknown';

export interface Identity {
  /** Canonical agent name, or null when unknown. */
  agent: string | null;
  rule: IdentityRule;
  /** What matched, for humans: `Co-authored-by: Claude <noreply@anthropic.com>`. */
  evidence: string;
  /**
   * Other evidence on the same commit that names a different agent (the author is a known agent, a trailer names
   * another; two trailers disagree). The rule above still decides; each entry becomes an `identity-conflict` warning.
   */
  conflicts?: IdentityEvidence[];
}

export interface IdentityEvidence {
  agent: string;
  rule: IdentityRule;
  evidence: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Changes and evaluation.

export type FileStatus = 'added' | 'modified' | 'removed' | 'renamed';

export interface ChangedFile {
  path: string;
  status: FileStatus;
  /** The old path of a rename. */
  previousPath?: string;
}

export interface ChangeCommit {
  sha: string;
  message: string;
  identity: Identity;
  files: ChangedFile[];
  /**
   * The claims file as it stood after this commit, when this commit touched it and the adapter read it.
   * Lets tamper detection blame the exact commit; without it the whole push is compared before → after.
   */
  claimsAfter?: ClaimsDocument;
}

export interface ReportedFiles {
  claims: string;
  status: string;
  handoff: string;
}

export interface EvaluationInput {
  commits: ChangeCommit[];
  /** Claims at the base of the change; null when there is no base (first commit, unknown base). */
  claimsBefore: ClaimsDocument | null;
  claimsAfter: ClaimsDocument;
  config: Config;
  /** Reference time, epoch ms. */
  now: number;
  /** Last observed activity per agent (ISO 8601), from the previous status file. */
  lastSeen: Record<string, string>;
  files: ReportedFiles;
  /** Findings made before judging (status-file hand edits, an incomplete change), judged with the rest. */
  findings?: Finding[];
  /** Claims written on open pull requests and branches (each with `inFlight`), judged like landed ones. */
  inFlight?: AgentSection[];
  /** How many findings to list (judge/cap.ts, default MAX_FINDINGS; Infinity: all); the rest are only counted. */
  maxFindings?: number;
}

/**
 * Finding kinds, most important first (reports sort by it). The brief's order (claim-tampered > claimed-by-other >
 * emergency-override > missing-handoff > claim-caution > uncertain-claim > overlapping-claims > stale-claim) with
 * the remaining kinds placed where they matter: an unreadable claims file right after tampering (claims may be
 * misread), and incomplete changes last (it rarely names a file).
 */
export const FINDING_KINDS = [
  'claim-tampered',
  'invalid-claims-file',
  'claims-unreadable',
  'identity-conflict',
  'claimed-by-other',
  'emergency-override',
  'missing-handoff',
  'claim-caution',
  'uncertain-claim',
  'overlapping-claims',
  'stale-claim',
  'open-pr-overlap',
  'incomplete-changes'
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  file: string | null;
  /** 1-based line in `file` the finding is about (claims-unreadable); absent when it concerns no one line. */
  line?: number;
  /** Who changed it; null when unknown. */
  agent: string | null;
  claimedBy: string | null;
  module: string | null;
  commit: string | null;
  /** The holder's liveness (ISO) or null. */
  checkin: string | null;
  /** Hours since the holder's liveness, or null. */
  age: number | null;
  /** The open pull request (number) the claim or the overlapping change is written on (in-flight findings). */
  pullRequest?: number;
  /** The branch the claim or the overlapping change is written on (in-flight findings). */
  branch?: string;
  /** When this claim stops blocking (ISO), or null. */
  staleAt: string | null;
  message: string;
}

export interface BoardEntry {
  name: string;
  workingOn: string | null;
  module: string | null;
  files: string[];
  startedAt: string | null;
  lastCheckin: string | null;
  lastSeenAt: string | null;
  state: ClaimState;
  /** When the claim stops blocking (ISO), null when idle or unknown. */
  staleAt: string | null;
  /** 1-based line of the claims file the claim was read from (its heading, table row or list line). */
  line?: number;
  /** Why the claim's age cannot be trusted (unreadable or future check-in, unknown zone, unreadable state). */
  uncertain?: string;
  /** An in-flight claim: the branch (and pull request) it is written on. */
  branch?: string;
  pullRequest?: number;
}

// Findings judged and counted but not listed (beyond the list's cap): defined with the cap.
export type { FindingCount, OmittedFindings } from './judge/cap.js';

export interface Evaluation {
  /** Decided from every finding, listed or not. */
  verdict: Verdict;
  /** The findings listed: all, or the first ones in report order (judge/cap.ts), in the engine's order. */
  findings: Finding[];
  omitted?: OmittedFindings;
  board: BoardEntry[];
  /** The other open pull requests (or branches) seen, for the "In flight" table; absent when none were read. */
  inFlight?: InFlightReport;
}

/** One open pull request (or branch) as the "In flight" table shows it. */
export interface InFlightRow {
  pullRequest: number | null;
  branch: string;
  title: string | null;
  agent: string | null;
  draft: boolean;
  /** Files this change and that one both change (radar ignores excluded). */
  sharedFiles: string[];
  /** Agents whose claims it changes. */
  claims: string[];
}

/** An open pull request (or a branch without one) as a front end read it, for in-flight claims and the radar. */
export interface InFlightSource {
  branch: string;
  /** For a remote-tracking branch ("origin/codex/x"), the remote: agents' branch globs match the name without it. */
  remote?: string;
  pullRequest: number | null;
  title: string | null;
  /** The pull request's author login, when there is one. */
  author: string | null;
  draft: boolean;
  /** The claims file at its head; null when it has none (or it could not be read: see `problem`). */
  claimsText: string | null;
  /** The files it changes against its base; null when unknown. */
  files: string[] | null;
  /** Why its claims file or its files could not be read (a warning naming it); null when all was read. */
  problem: string | null;
}

export interface InFlightInput {
  sources: InFlightSource[];
  /** The change's own pull request and branch: their claims never block it. */
  self: { pullRequest: number | null; branch: string | null };
  /** How many were read of how many, when not all were (max-pull-requests); null when all were. */
  note: string | null;
  /** Why the open pull requests could not be read at all (a warning); null when they were. */
  failed?: string | null;
}

export interface InFlightReport {
  rows: InFlightRow[];
  /** How many were read, and of how many, when not all were (max-pull-requests), or why the read failed. */
  note: string | null;
}
