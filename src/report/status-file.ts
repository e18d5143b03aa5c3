// Writing AI_SYNC_STATUS.json: the machine-readable result committed to the repository, strict (stable key order,
// pretty-printed, `schemas/ai-sync-status.schema.json`). Its shape and reading live in the engine (engine/status/).

import { normalizeStatus, type StatusFile } from '../engine/status/schema.js';

/** What a status file is built from: the file's own fields, with `now` for lastUpdate and the full commit message. */
export type StatusInput = Omit<StatusFile, '$schema' | 'schemaVersion' | 'needsSync' | 'lastUpdate'> & {
  now: string;
  /** The full message; only the subject line is kept. */
  lastCommitMessage: string;
};

function subjectLine(message: string): string {
  return (message.split(/\r\n|\r|\n/, 1)[0] ?? '').trimEnd();
}

export function buildStatus(input: StatusInput): StatusFile {
  return normalizeStatus({
    lastUpdate: input.now,
    lastAuthor: input.lastAuthor,
    lastAgent: input.lastAgent,
    lastCommitMessage: subjectLine(input.lastCommitMessage),
    lastCommit: input.lastCommit,
    ref: input.ref,
    modifiedFiles: input.modifiedFiles,
    result: input.result,
    findings: input.findings,
    ...(input.findingsOmitted ? { findingsOmitted: input.findingsOmitted } : {}),
    agents: input.agents,
    ...(input.notified ? { notified: input.notified } : {})
  });
}

/** Pretty-printed JSON (2 spaces, trailing newline) with the stable key order of schema version 1. */
export function serializeStatus(s: StatusFile): string {
  return JSON.stringify(normalizeStatus(s), null, 2) + '\n';
}

/** False when nothing but `lastUpdate` differs, so the caller can skip a pointless commit. */
export function statusChanged(prev: StatusFile | null, next: StatusFile): boolean {
  if (prev === null) return true;
  return serializeStatus({ ...prev, lastUpdate: '' }) !== serializeStatus({ ...next, lastUpdate: '' });
}
