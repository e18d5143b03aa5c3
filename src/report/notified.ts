// What was already notified, so that a finding reaches the webhook once: the identity of a notice, its record in the
// status file (status branches: readable entries, scoped by commit) and in the sticky comment's hidden state (pull
// requests: hashes of the identity, on the comment's last line). Pure.
import type { Finding } from '../engine/model.js';
import { agentKey } from '../engine/names.js';
import { NOTIFIED_MAX, type NotifiedEntry } from '../engine/status/schema.js';

/**
 * The identity of a notice: kind, file, the agent that changed it and the holder of the claim (names compared as
 * agents are: case and a role in parentheses do not matter), and, for a claim or change written on another pull
 * request or branch, where it is written — the same file overlapping a second pull request is news.
 */
export function noticeIdentity(f: Pick<Finding, 'kind' | 'file' | 'agent' | 'claimedBy' | 'pullRequest' | 'branch'>): string {
  const where = f.pullRequest !== undefined ? `#${f.pullRequest}` : (f.branch ?? '');
  return JSON.stringify([f.kind, f.file, f.agent === null ? null : agentKey(f.agent), f.claimedBy === null ? null : agentKey(f.claimedBy), where]);
}

/** 64-bit FNV-1a of the UTF-16 code units, as 16 hex digits: a short, fixed-size stand-in for an identity. */
export function fnv1a64(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

export const noticeHash = (f: Finding): string => fnv1a64(noticeIdentity(f));

/** Findings with the same identity once each (the first kept). */
export function distinctNotices(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const id = noticeIdentity(f);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The pull request's record: the sticky comment's last line

/** How many notices a pull request's comment remembers (16 hex digits each: about 3.6 kB at most). */
export const NOTIFIED_STATE_MAX = 200;

const STATE_OPEN = '<!-- ai-sync:notified ';
const STATE_CLOSE = ' -->';
const HASH = /^[0-9a-f]{16}$/;

/** Unique hashes, newest last, at most NOTIFIED_STATE_MAX; anything that is not a hash is dropped. */
export function mergeHashes(previous: readonly string[], added: readonly string[]): string[] {
  const out = [...new Set([...previous, ...added].filter((h) => HASH.test(h)))];
  return out.slice(-NOTIFIED_STATE_MAX);
}

/**
 * The hidden state line: an HTML comment holding a JSON array of hex hashes. Nothing but `[0-9a-f",]` goes between
 * the delimiters, so no value can close the comment early; empty when there is nothing to remember.
 */
export function notifiedStateLine(hashes: readonly string[]): string {
  const kept = mergeHashes([], hashes);
  return kept.length === 0 ? '' : `${STATE_OPEN}${JSON.stringify(kept)}${STATE_CLOSE}`;
}

/**
 * The hashes a comment body remembers. Only its LAST line is read: every other line may hold untrusted text (a file
 * name in a code span can spell out a state line), while the last line is always the one the renderer wrote.
 */
export function readNotifiedState(body: string | null | undefined): string[] {
  if (typeof body !== 'string') return [];
  const lines = body.trimEnd().split('\n');
  const last = (lines[lines.length - 1] ?? '').trim();
  if (!last.startsWith(STATE_OPEN) || !last.endsWith(STATE_CLOSE)) return [];
  try {
    const data: unknown = JSON.parse(last.slice(STATE_OPEN.length, last.length - STATE_CLOSE.length));
    return Array.isArray(data) ? mergeHashes([], data.filter((h): h is string => typeof h === 'string')) : [];
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// A status branch's record: AI_SYNC_STATUS.json's `notified`

/** The status file's entry for a delivered finding; `head` stands in for the commit when the finding names none. */
export function notifiedEntry(f: Finding, head: string, at: string): NotifiedEntry {
  return {
    kind: f.kind,
    file: f.file,
    agent: f.agent,
    claimedBy: f.claimedBy,
    commit: f.commit ?? head,
    ...(f.pullRequest !== undefined ? { pullRequest: f.pullRequest } : {}),
    ...(f.branch !== undefined ? { branch: f.branch } : {}),
    at
  };
}

/** An entry's identity: the notice's, scoped by its commit (a later push bringing the same conflict is news). */
const entryIdentity = (e: NotifiedEntry): string => `${noticeIdentity(e)}@${e.commit ?? ''}`;

/** Is this finding of the push whose head is `head` already in the record? */
export function isRecorded(entries: readonly NotifiedEntry[], f: Finding, head: string): boolean {
  const id = entryIdentity(notifiedEntry(f, head, ''));
  return entries.some((e) => entryIdentity(e) === id);
}

/** The record after this run: earlier entries, then the new ones, each identity once, the newest NOTIFIED_MAX. */
export function mergeNotified(previous: readonly NotifiedEntry[], added: readonly NotifiedEntry[]): NotifiedEntry[] {
  const byId = new Map<string, NotifiedEntry>();
  for (const e of [...previous, ...added]) {
    const id = entryIdentity(e);
    if (!byId.has(id)) byId.set(id, e);
  }
  return [...byId.values()].slice(-NOTIFIED_MAX);
}
