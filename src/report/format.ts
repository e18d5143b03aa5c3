// Shared presentation helpers for the reporters: icons, ordering, times, short SHAs, file lists.

import type { ClaimState, Finding, FindingKind, Severity, Verdict } from '../engine/model.js';
import { code, text } from './markdown.js';

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
export const STATE_ICON: Record<ClaimState, string> = {
  active: '🟢',
  caution: '🟡',
  stale: '⚪',
  idle: '💤',
  uncertain: '❔'
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/**
 * Finding kinds, most important first. The brief's order (claim-tampered > claimed-by-other > emergency-override >
 * missing-handoff > claim-caution > uncertain-claim > overlapping-claims > stale-claim) with the two remaining
 * kinds placed where they matter: an unreadable claims file right after tampering (claims may be misread), and
 * incomplete changes last (it rarely names a file).
 */
export const KIND_IMPORTANCE = [
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
  'incomplete-changes'
] as const satisfies readonly FindingKind[];

// Compile-time check that every FindingKind has a rank.
type MissingKind = Exclude<FindingKind, (typeof KIND_IMPORTANCE)[number]>;
const _allKindsRanked: [MissingKind] extends [never] ? true : false = true;
void _allKindsRanked;

export function kindRank(kind: string): number {
  const i = (KIND_IMPORTANCE as readonly string[]).indexOf(kind);
  return i < 0 ? KIND_IMPORTANCE.length : i;
}

export function severityRank(s: string): number {
  return SEVERITY_RANK[s as Severity] ?? SEVERITIES.length;
}

function compareStrings(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Severity, then kind importance, then file (code-unit order, nulls last). Deterministic, locale-free. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    kindRank(a.kind) - kindRank(b.kind) ||
    compareStrings(a.file, b.file)
  );
}

/** A stable sort by `compareFindings` (engine order breaks ties). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => compareFindings(x.f, y.f) || x.i - y.i)
    .map((x) => x.f);
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** A full ISO 8601 date-time with a zone, with a real calendar date (no 30 February) and in-range fields. */
export function isIsoDateTime(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, oh = 0, om = 0] = m
    .slice(1)
    .map((v) => (v === undefined ? 0 : Number(v)));
  const last = new Date(0);
  last.setUTCFullYear(y, mo, 0); // day 0 of the next month: the last day of month `mo`
  return (
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    d <= last.getUTCDate() &&
    h <= 23 &&
    mi <= 59 &&
    sec <= 59 &&
    oh <= 23 &&
    om <= 59 &&
    Number.isFinite(Date.parse(s))
  );
}

/** `2025-01-31 14:05 UTC` for an ISO time; anything else is shown as code; null as a dash. */
export function formatTime(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '—';
  if (isIsoDateTime(iso)) {
    const d = new Date(iso).toISOString();
    return `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`;
  }
  return code(iso, 60);
}

/** The 7-character form of a hex SHA, as code; other values as capped code; null as a dash. */
export function shortSha(sha: string | null | undefined): string {
  if (sha === null || sha === undefined || sha === '') return '—';
  if (/^[0-9a-f]{7,64}$/i.test(sha)) return code(sha.slice(0, 7));
  return code(sha, 16);
}

/** A name as code, or a placeholder when missing. */
export function nameOr(name: string | null | undefined, missing = '—', max?: number): string {
  return name === null || name === undefined ? missing : code(name, max);
}

/** Prose or a dash. */
export function textOr(s: string | null | undefined, max?: number): string {
  return s === null || s === undefined || s === '' ? '—' : text(s, max);
}

/** Code spans, comma-joined: the first `limit`, then "and N more". */
export function fileList(files: readonly string[], limit = 10, max?: number): string {
  if (files.length === 0) return '—';
  const shown = files.slice(0, limit).map((f) => code(f, max));
  const rest = files.length - shown.length;
  return shown.join(', ') + (rest > 0 ? ` and ${rest} more` : '');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 errors, 1 warning" (only non-zero counts), or "no findings". */
export function countSummary(findings: readonly Finding[]): string {
  const parts: string[] = [];
  for (const s of SEVERITIES) {
    const n = findings.filter((f) => f.severity === s).length;
    if (n > 0) parts.push(plural(n, s));
  }
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

export const VERDICT_TITLE: Record<Verdict, string> = {
  pass: 'no conflicts',
  warn: 'passed with warnings',
  fail: 'conflicts with other agents’ claims'
};

/** Unique values in first-seen order. */
export function unique<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** Items from the front of `items` whose total measured size (each plus a newline) fits in `budget`. */
export function takeWhileFits(
  items: readonly string[],
  budget: number,
  measure: (s: string) => number
): { taken: string[]; size: number } {
  const taken: string[] = [];
  let size = 0;
  for (const item of items) {
    const n = measure(item) + 1;
    if (size + n > budget) break;
    taken.push(item);
    size += n;
  }
  return { taken, size };
}

export function sizeOf(lines: readonly string[], measure: (s: string) => number): number {
  let n = 0;
  for (const l of lines) n += measure(l) + 1;
  return n;
}
