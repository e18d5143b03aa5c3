// The one place that fixes a finding's key order: findings-json and the status file both keep it.
import type { Finding } from '../model.js';

/** A finding with its keys in the documented order (the status file and findings-json keep it). */
export function finding(f: Finding): Finding {
  return {
    kind: f.kind,
    severity: f.severity,
    file: f.file,
    ...(f.line !== undefined ? { line: f.line } : {}),
    agent: f.agent,
    claimedBy: f.claimedBy,
    module: f.module,
    commit: f.commit,
    ...(f.pullRequest !== undefined ? { pullRequest: f.pullRequest } : {}),
    ...(f.branch !== undefined ? { branch: f.branch } : {}),
    checkin: f.checkin,
    age: f.age,
    staleAt: f.staleAt,
    message: f.message
  };
}

/** The fields a finding about a commit or a file needs; the holder's fields (claim, module, times) are null. */
export type Note = Pick<Finding, 'kind' | 'severity' | 'file' | 'agent' | 'commit' | 'message'> & Partial<Finding>;

/** A finding that names no claim holder's times (identity, status edits, unreadable text, incomplete changes). */
export function note(n: Note): Finding {
  return finding({ claimedBy: null, module: null, checkin: null, age: null, staleAt: null, ...n });
}
