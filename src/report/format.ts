// Shared presentation helpers for the reporters: icons, ordering, times, short SHAs, file lists.

import { compareFindings, kindRank, severityCounts, severityRank, SEVERITY_ORDER } from '../engine/judge/cap.js';
import { FINDING_KINDS, type ClaimState, type Evaluation, type Finding, type OmittedFindings, type Severity, type Verdict } from '../engine/model.js';
import { isIsoDateTime } from '../engine/time/iso.js';
import { code, text } from './markdown.js';

export { isIsoDateTime };

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
export const STATE_ICON: Record<ClaimState, string> = {
  active: '🟢',
  caution: '🟡',
  stale: '⚪',
  idle: '💤',
  uncertain: '❔'
};

export const SEVERITIES: readonly Severity[] = SEVERITY_ORDER;

/** Finding kinds, most important first: the model's order. */
export const KIND_IMPORTANCE = FINDING_KINDS;

export { omittedText, omittedWhy } from './omitted.js';

// The report order is the engine's (judge/cap.ts): the findings a capped run lists are the first ones in it.
export { compareFindings, kindRank, severityRank };

/** A stable sort by `compareFindings` (engine order breaks ties). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => compareFindings(x.f, y.f) || x.i - y.i)
    .map((x) => x.f);
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

/** "2 errors, 1 warning" (only non-zero counts), or "no findings"; with `omitted`, the findings left out count too. */
export function countSummary(findings: readonly Finding[], omitted?: OmittedFindings): string {
  const counts = severityCounts({ findings, ...(omitted ? { omitted } : {}) });
  const parts: string[] = [];
  for (const s of SEVERITIES) {
    const n = counts[s];
    if (n > 0) parts.push(plural(n, s));
  }
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

/** The findings heading's parenthesis: "none", or "12: 2 errors, 10 warnings", counting the ones left out. */
export function findingsCount(ev: Pick<Evaluation, 'findings' | 'omitted'>): string {
  const total = ev.findings.length + (ev.omitted?.count ?? 0);
  return total === 0 ? 'none' : `${total}: ${countSummary(ev.findings, ev.omitted)}`;
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

/**
 * Findings and board rows that fit in `avail` together: the board keeps up to `1/boardShare` of the room (less
 * when it is smaller), the findings take what they need of the rest, the board the remainder. How many of each
 * were left out goes with them, for the "N more" notes.
 */
export function fitRows(
  findingRows: readonly string[],
  boardRows: readonly string[],
  avail: number,
  boardShare: number,
  measure: (s: string) => number
): { findings: string[]; board: string[]; hiddenFindings: number; hiddenBoard: number } {
  const boardReserve = Math.min(sizeOf(boardRows, measure), Math.floor(avail / boardShare));
  const shownFindings = takeWhileFits(findingRows, avail - boardReserve, measure);
  const shownBoard = takeWhileFits(boardRows, avail - shownFindings.size, measure);
  return {
    findings: shownFindings.taken,
    board: shownBoard.taken,
    hiddenFindings: findingRows.length - shownFindings.taken.length,
    hiddenBoard: boardRows.length - shownBoard.taken.length
  };
}

/** The findings block as shown: its heading, the table header, the rows that fit and the "N more" note. */
export function findingsBlock(heading: readonly string[], table: readonly string[], shown: { findings: string[]; hiddenFindings: number }, more: (n: number) => string): string[] {
  return [...heading, ...table, ...shown.findings, ...(shown.hiddenFindings > 0 ? ['', more(shown.hiddenFindings)] : [])];
}

export function sizeOf(lines: readonly string[], measure: (s: string) => number): number {
  let n = 0;
  for (const l of lines) n += measure(l) + 1;
  return n;
}
