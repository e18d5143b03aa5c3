// AI_SYNC_STATUS.json, schema version 1: its shape and its canonical form (stable key order, sorted files), the
// one definition the reader (engine/status/read.ts) and the writer (report/status-file.ts) share.
import { finding } from '../judge/finding.js';
import { ordered } from '../keys.js';
import type { BoardEntry, Finding } from '../model.js';

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
  findings: Finding[];
  agents: BoardEntry[];
}

function finiteOrNull(n: number | null): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n + 0 : null;
}

/** A Finding with keys in model order (and a finite `age`). */
function normalizeFinding(f: Finding): Finding {
  return finding({ ...f, age: finiteOrNull(f.age) });
}

const BOARD_KEYS: readonly (keyof BoardEntry)[] = ['name', 'workingOn', 'module', 'files', 'startedAt', 'lastCheckin', 'lastSeenAt', 'state', 'staleAt', 'line', 'uncertain', 'branch', 'pullRequest'];

/** A BoardEntry with keys in model order. */
function normalizeEntry(b: BoardEntry): BoardEntry {
  return { ...ordered(b, BOARD_KEYS), files: [...b.files] };
}

function sortedUnique(files: readonly string[]): string[] {
  return [...new Set(files)].sort();
}

/** The canonical form: every key in schema order, files sorted and unique. */
export function normalizeStatus(s: Omit<StatusFile, '$schema' | 'schemaVersion' | 'needsSync'>): StatusFile {
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
    agents: s.agents.map(normalizeEntry)
  };
}
