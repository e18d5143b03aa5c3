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
    checkin: f.checkin,
    age: f.age,
    staleAt: f.staleAt,
    message: f.message
  };
}
