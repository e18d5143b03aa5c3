// The check plan: which files a check needs, at which commits — as data. The action fulfils it through the GitHub
// API, the CLI through git; both hand the texts back to checkInputFrom() and then to check(), so `ai-sync verify` and
// the check on GitHub read the same files at the same commits and cannot disagree about what they judged.
import type { CheckInput, RawCommit } from './check.js';
import type { ReportedFiles } from './model.js';

/** One file to read. A text that does not exist at `at` is null. */
export interface PlannedRead {
  key: string;
  /** Commit (or ref) to read it at. */
  at: string;
  path: string;
  /** Follow a symbolic link once to a file inside the repository (engine/claims/link.ts); else it is an error. */
  followLink: boolean;
  /** A binary blob is read as text (the status file's tolerant reader reports garbage itself), not refused. */
  binaryAsText: boolean;
}

/** The change being judged: its ends and its commits (oldest first). */
export interface ChangeSpan {
  /** Commit whose claims, config and status count as "before"; null when there is none (a root commit). */
  base: string | null;
  head: string;
  commits: readonly Pick<RawCommit, 'sha' | 'files'>[];
}

export interface PlanFiles extends ReportedFiles {
  config: string;
}

/** The keys of the plan's reads (besides `claims@<sha>`, the claims file after a commit). */
export const READ = { claimsBefore: 'claims-before', claimsAfter: 'claims-after', config: 'config', status: 'status' } as const;
const { claimsBefore: CLAIMS_BEFORE, claimsAfter: CLAIMS_AFTER, config: CONFIG, status: STATUS } = READ;
const claimsAt = (sha: string): string => `claims@${sha}`;

/** The commits that change the claims file (added, edited or removed). */
function touchingClaims(span: ChangeSpan, claims: string): string[] {
  return span.commits.filter((c) => c.files.some((f) => f.path === claims || f.previousPath === claims)).map((c) => c.sha);
}

/**
 * What a check of `span` reads:
 * - the claims file at the head and at the base (the base judges: a change cannot un-claim others' files);
 * - the config at the base (a change must not be able to switch off the check that judges it), at the head when
 *   there is no base;
 * - the previous status file at the base (else the head), for each agent's last observed activity;
 * - the claims file after each commit that touches it, when several do: exact blame for tampering.
 */
export function planReads(span: ChangeSpan, files: PlanFiles): PlannedRead[] {
  const before = span.base ?? span.head;
  const reads: PlannedRead[] = [{ key: CLAIMS_AFTER, at: span.head, path: files.claims, followLink: true, binaryAsText: false }];
  if (span.base) reads.push({ key: CLAIMS_BEFORE, at: span.base, path: files.claims, followLink: true, binaryAsText: false });
  reads.push({ key: CONFIG, at: before, path: files.config, followLink: true, binaryAsText: false });
  reads.push({ key: STATUS, at: before, path: files.status, followLink: false, binaryAsText: true });
  const touching = touchingClaims(span, files.claims);
  if (touching.length > 1) {
    for (const sha of touching) reads.push({ key: claimsAt(sha), at: sha, path: files.claims, followLink: true, binaryAsText: false });
  }
  return reads;
}

/** What the front end adds to the texts it read: everything check() needs that is not a file. */
export type CheckFacts = Omit<CheckInput, 'commits' | 'claimsBeforeText' | 'claimsAfterText' | 'configText' | 'statusText' | 'configFile'> & {
  commits: RawCommit[];
};

/** check()'s input from the plan's texts (by key; a missing or null text is a file that does not exist). */
export function checkInputFrom(span: ChangeSpan, files: PlanFiles, texts: ReadonlyMap<string, string | null>, facts: CheckFacts): CheckInput {
  const text = (key: string): string | null => texts.get(key) ?? null;
  const perCommit = new Set(planReads(span, files).map((r) => r.key));
  const commits = facts.commits.map((c) => {
    const key = claimsAt(c.sha);
    // A commit that removed the claims file leaves it empty: the sections it held are gone, which tamper judges.
    return perCommit.has(key) ? { ...c, claimsText: text(key) ?? '' } : c;
  });
  return {
    ...facts,
    commits,
    claimsBeforeText: span.base ? text(CLAIMS_BEFORE) : null,
    claimsAfterText: text(CLAIMS_AFTER),
    configText: text(CONFIG),
    configFile: files.config,
    statusText: text(STATUS)
  };
}
