// AI_SYNC_STATUS.json, schema version 1: its shape and its canonical form (stable key order, sorted files), the
// one definition the reader (engine/status/read.ts) and the writer (report/status-file.ts) share.
import { finding } from '../judge/finding.js';
import { ordered } from '../keys.js';
import type { BoardEntry, Finding, FindingKind, OmittedFindings } from '../model.js';

export const STATUS_SCHEMA_URL =
  'https://raw.githubusercontent.com/ai-sync/ai-sync/v1/schemas/ai-sync-status.schema.json';
export const STATUS_SCHEMA_VERSION = 1;

export interface StatusFile {
  $schema: string;
  schemaVersion: 1;
  /** When this file was written (ISO). */
  lastUpdate: string;
  /** Author name of the last commit checked. */
  lastAuthor: string;
  /** The agent that made it, when known. */
  lastAgent: string | null;
  /** Subject line of its message. */
  lastCommitMessage: string;
  lastCommit: string;
  ref: string;
  /** Files changed by the change checked: sorted, unique. */
  modifiedFiles: string[];
  /** Always true (kept for the seed's scripts that read `.needsSync`). */
  needsSync: true;
  result: 'pass' | 'warn' | 'fail';
  /** The findings the run listed: every one, or the first ones in report order when there were more (engine/judge/cap.ts). */
  findings: Finding[];
  /** The findings the run judged but did not list (counted in `result`); absent when none. */
  findingsOmitted?: OmittedFindings;
  agents: BoardEntry[];
  /** Findings the notification webhook was told about (newest last, at most NOTIFIED_MAX); absent when none. */
  notified?: NotifiedEntry[];
}

/**
 * One finding delivered to the notification webhook, as the status file records it so that a rerun of the same push
 * (which reads this file back at the branch head) does not send it again. `commit` is the commit the finding is
 * about (the push's head when the finding names none): a later push bringing the same conflict again is notified.
 */
export interface NotifiedEntry {
  kind: FindingKind;
  file: string | null;
  agent: string | null;
  claimedBy: string | null;
  commit: string | null;
  /** Where a claim or change on another pull request (or branch) is written, for in-flight findings. */
  pullRequest?: number;
  branch?: string;
  /** The reference time of the run that delivered it (ISO). */
  at: string;
}

/** How many notified entries a status file carries forward: enough for the reruns of recent pushes, bounded. */
export const NOTIFIED_MAX = 100;

function finiteOrNull(n: number | null): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n + 0 : null;
}

/** A Finding with keys in model order (and a finite `age`). */
function normalizeFinding(f: Finding): Finding {
  return finding({ ...f, age: finiteOrNull(f.age) });
}

/** Counts in schema order: count, per severity (error, warning, notice), per kind and severity. */
function normalizeOmitted(o: OmittedFindings): OmittedFindings {
  return {
    count: o.count,
    bySeverity: { error: o.bySeverity.error, warning: o.bySeverity.warning, notice: o.bySeverity.notice },
    byKind: o.byKind.map((c) => ({ kind: c.kind, severity: c.severity, count: c.count }))
  };
}

const BOARD_KEYS: readonly (keyof BoardEntry)[] = ['name', 'workingOn', 'module', 'files', 'startedAt', 'lastCheckin', 'lastSeenAt', 'state', 'staleAt', 'line', 'uncertain', 'branch', 'pullRequest'];

/** A BoardEntry with keys in model order. */
function normalizeEntry(b: BoardEntry): BoardEntry {
  return { ...ordered(b, BOARD_KEYS), files: [...b.files] };
}

function sortedUnique(files: readonly string[]): string[] {
  return [...new Set(files)].sort();
}

const NOTIFIED_KEYS: readonly (keyof NotifiedEntry)[] = ['kind', 'file', 'agent', 'claimedBy', 'commit', 'pullRequest', 'branch', 'at'];

/** The canonical form: every key in schema order, files sorted and unique, the newest NOTIFIED_MAX notified entries. */
export function normalizeStatus(s: Omit<StatusFile, '$schema' | 'schemaVersion' | 'needsSync'>): StatusFile {
  const notified = (s.notified ?? []).slice(-NOTIFIED_MAX).map((n) => ordered(n, NOTIFIED_KEYS));
  return {
    $schema: STATUS_SCHEMA_URL,
    schemaVersion: 1,
    lastUpdate: s.lastUpdate,
    lastAuthor: s.lastAuthor,
    lastAgent: s.lastAgent,
    lastCommitMessage: s.lastCommitMessage,
    lastCommit: s.lastCommit,
    ref: s.ref,
    modifiedFiles: sortedUnique(s.modifiedFiles),
    needsSync: true,
    result: s.result,
    findings: s.findings.map(normalizeFinding),
    // Left out when nothing was: a run that lists every finding writes the file it always wrote.
    ...(s.findingsOmitted && s.findingsOmitted.count > 0 ? { findingsOmitted: normalizeOmitted(s.findingsOmitted) } : {}),
    agents: s.agents.map(normalizeEntry),
    // Left out when empty: a repository without notifications keeps the file it always had.
    ...(notified.length > 0 ? { notified } : {})
  };
}
