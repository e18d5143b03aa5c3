// The findings a run lists, and the ones it only counts. Every finding is judged and counted (the verdict and the
// counts come from all of them), but only the first `max` in report order are built with their message: a change
// that hits 50,000 claims does not format 50,000 sentences no report can show. Also the one report order.
import { FINDING_KINDS, type Finding, type FindingKind, type Severity, type Verdict } from '../model.js';
import { verdictOf } from './verdict.js';

/** How many findings of one kind and severity. */
export interface FindingCount {
  kind: FindingKind;
  severity: Severity;
  count: number;
}

/** Findings judged and counted but not listed (beyond the list's cap): the verdict and every count include them. */
export interface OmittedFindings {
  count: number;
  bySeverity: Record<Severity, number>;
  /** Per kind and severity, in report order (most important first). */
  byKind: FindingCount[];
}

/** How many findings a run lists by default (the rest are counted: Evaluation.omitted). */
export const MAX_FINDINGS = 1_000;

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'notice'];
const SEVERITY_RANK: Readonly<Record<string, number>> = { error: 0, warning: 1, notice: 2 };
const KIND_RANK: ReadonlyMap<string, number> = new Map(FINDING_KINDS.map((k, i) => [k, i]));

export function severityRank(s: string): number {
  return SEVERITY_RANK[s] ?? SEVERITY_ORDER.length;
}

export function kindRank(kind: string): number {
  return KIND_RANK.get(kind) ?? FINDING_KINDS.length;
}

/** File order: code units (locale-free), a finding without a file last. */
export function compareFiles(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The report order: severity, then kind importance (FINDING_KINDS), then file. Ties keep the engine's order. */
export function compareFindings(a: Pick<Finding, 'severity' | 'kind' | 'file'>, b: Pick<Finding, 'severity' | 'kind' | 'file'>): number {
  return severityRank(a.severity) - severityRank(b.severity) || kindRank(a.kind) - kindRank(b.kind) || compareFiles(a.file, b.file);
}

/** A finding admitted to the list: its rank, its place in the engine's order, and what builds it. */
export interface Slot<T> {
  sev: number;
  kind: number;
  file: string | null;
  idx: number;
  item: T;
}

function compareSlots(a: Slot<unknown>, b: Slot<unknown>): number {
  return a.sev - b.sev || a.kind - b.kind || compareFiles(a.file, b.file) || a.idx - b.idx;
}

/**
 * Counts every finding offered and keeps the first `max` in report order (severity, kind, file, then the order they
 * were offered in), without building the others. Candidates are kept in a buffer of at most 2×max; when it fills,
 * it is cut back to the best `max`, whose worst becomes the bar a newcomer must beat — so most findings of a large
 * change cost one comparison and no allocation.
 */
export class FindingCap<T> {
  private readonly counts = new Map<number, number>();
  private readonly max: number;
  private next = 0;
  private kept: Slot<T>[] = [];
  private bar: Slot<T> | null = null;
  private pending: Slot<T> | null = null;

  /** `max`: how many to list (Infinity: all; a fraction is rounded down, a negative number is 0). */
  constructor(max: number) {
    this.max = Number.isNaN(max) ? MAX_FINDINGS : Math.max(0, Math.floor(max));
  }

  /** Counts a finding; returns whether it may be listed (the caller then calls keep with what builds it). */
  admit(severity: Severity, kind: FindingKind, file: string | null): boolean {
    const sev = severityRank(severity);
    const k = kindRank(kind);
    const key = k * 4 + sev;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const idx = this.next++;
    if (this.max <= 0) return false;
    const bar = this.bar;
    // A newcomer comes after every finding kept so far: on a tie in rank it loses.
    if (bar !== null && (sev - bar.sev || k - bar.kind || compareFiles(file, bar.file)) >= 0) return false;
    this.pending = { sev, kind: k, file, idx, item: undefined as T };
    return true;
  }

  /** Keeps the finding just admitted. */
  keep(item: T): void {
    const slot = this.pending;
    if (slot === null) throw new Error('FindingCap.keep without admit');
    this.pending = null;
    slot.item = item;
    this.kept.push(slot);
    if (this.kept.length >= 2 * this.max && this.kept.length >= 64) this.cut();
  }

  /** Counts a finding already built, and keeps it when it may be listed. */
  offer(f: Finding & T): void {
    if (this.admit(f.severity, f.kind, f.file)) this.keep(f);
  }

  private cut(): void {
    this.kept.sort(compareSlots);
    this.kept.length = Math.min(this.kept.length, this.max);
    this.bar = this.kept.length >= this.max ? (this.kept[this.kept.length - 1] as Slot<T>) : null;
  }

  /** How many findings were offered. */
  get total(): number {
    return this.next;
  }

  /** The findings listed (in the order they were offered) and what was left out (null when nothing was). */
  result(): { items: T[]; verdict: Verdict; omitted: OmittedFindings | null } {
    if (this.kept.length > this.max) this.cut();
    const items = this.kept.length === this.next ? this.kept.map((s) => s.item) : [...this.kept].sort((a, b) => a.idx - b.idx).map((s) => s.item);
    const left = new Map(this.counts);
    for (const s of this.kept) {
      const key = s.kind * 4 + s.sev;
      left.set(key, (left.get(key) as number) - 1);
    }
    const all = countsFrom(this.counts);
    // From every finding counted, listed or not (judge/verdict.ts decides).
    const verdict = verdictOf(all);
    const omitted = this.next > this.kept.length ? omittedFrom(countsFrom(left)) : null;
    return { items, verdict, omitted };
  }
}

/** Counts per kind and severity, most important first, zero counts left out. */
function countsFrom(counts: ReadonlyMap<number, number>): FindingCount[] {
  return [...counts]
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => (a & 3) - (b & 3) || (a >> 2) - (b >> 2))
    .map(([key, count]) => ({ kind: FINDING_KINDS[key >> 2] as FindingKind, severity: SEVERITY_ORDER[key & 3] as Severity, count }));
}

export function omittedFrom(byKind: FindingCount[]): OmittedFindings {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  let count = 0;
  for (const c of byKind) {
    bySeverity[c.severity] += c.count;
    count += c.count;
  }
  return { count, bySeverity, byKind };
}

/** Every finding of an evaluation counted per severity: the listed ones and the ones left out. */
export function severityCounts(ev: { findings: readonly Finding[]; omitted?: OmittedFindings }): Record<Severity, number> & { total: number } {
  const out = { error: 0, warning: 0, notice: 0, total: 0 };
  for (const f of ev.findings) {
    if (f.severity in SEVERITY_RANK) out[f.severity]++;
    out.total++;
  }
  if (ev.omitted) {
    for (const s of SEVERITY_ORDER) out[s] += ev.omitted.bySeverity[s];
    out.total += ev.omitted.count;
  }
  return out;
}
