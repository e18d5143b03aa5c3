// The one place that fixes a finding's key order: findings-json and the status file both keep it.
import { ordered } from '../keys.js';
import type { Finding } from '../model.js';

const FINDING_KEYS: readonly (keyof Finding)[] = ['kind', 'severity', 'file', 'line', 'agent', 'claimedBy', 'module', 'commit', 'pullRequest', 'branch', 'checkin', 'age', 'staleAt', 'message'];

/** A finding with its keys in the documented order (the status file and findings-json keep it). */
export function finding(f: Finding): Finding {
  return ordered(f, FINDING_KEYS);
}

/** The fields a finding about a commit or a file needs; the holder's fields (claim, module, times) are null. */
export type Note = Pick<Finding, 'kind' | 'severity' | 'file' | 'agent' | 'commit' | 'message'> & Partial<Finding>;

/** A finding that names no claim holder's times (identity, status edits, unreadable text, incomplete changes). */
export function note(n: Note): Finding {
  return finding({ claimedBy: null, module: null, checkin: null, age: null, staleAt: null, ...n });
}
