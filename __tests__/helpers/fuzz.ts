// Shared by the generated hostile-input suites (__tests__/unit/security/fuzz.test.ts in process, and
// __tests__/e2e/security/fuzz.e2e.test.ts, whose payloads come from a real repository): fixed-seed samples as it.each
// rows, hostile text, and the per-case timings and outcomes the suites write to bench/.work/.
import { describe, it } from '@jest/globals';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { CONFIG_FILE, FILES } from './check.js';
import { CORPUS } from './corpus.js';

export const CLAIMS = FILES.claims;
export const CONFIG = CONFIG_FILE;
export const PER_CASE_MS = 2000;

/** Lets an overdue jest timeout fire before a synchronous case reports success (jest cannot interrupt sync code). */
export const settle = () => new Promise((r) => setTimeout(r, 1));

export const sample = <T>(arb: fc.Arbitrary<T>, seed: number, n: number): T[] => fc.sample(arb, { seed, numRuns: n });
const label = (x: unknown) => JSON.stringify(x)?.slice(0, 70) ?? String(x);
/** it.each rows: [index, short label, case]. */
export const rows = <T>(cases: T[]): [number, string, T][] => cases.map((c, i) => [i, label(c), c]);

const SHORT_CORPUS = CORPUS.filter((s) => s.length < 200);
export const hostile = fc.constantFrom(...SHORT_CORPUS);
export const anyText = (maxLength: number) => fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: 'grapheme', maxLength }), fc.string({ maxLength }));

/**
 * One test per generated case (`caseTitle` gets the case's index and a short label), under a describe block; after
 * the synchronous `body` the event loop gets a turn, so an overdue jest timeout still fails the case.
 */
export function eachGenerated<T>(title: string, cases: T[], caseTitle: string, body: (c: T, i: number) => void, timeout = PER_CASE_MS): void {
  describe(title, () => {
    it.each(rows(cases))(
      caseTitle,
      async (i, _label, c) => {
        body(c, i);
        await settle();
      },
      timeout
    );
  });
}

/** Per-case times and outcomes by kind of input. */
export class Tally {
  private readonly timings: Record<string, number[]> = {};
  private readonly counts: Record<string, Record<string, number>> = {};

  timed<T>(kind: string, fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      (this.timings[kind] ??= []).push(performance.now() - t0);
    }
  }

  count(kind: string, what: string): void {
    const c = (this.counts[kind] ??= {});
    c[what] = (c[what] ?? 0) + 1;
  }

  /** The figures: cases, per kind the cases, the largest time and the outcomes, and the largest time of all. */
  figures(): Record<string, unknown> {
    const max = (xs: number[] = []) => Math.round(Math.max(0, ...xs) * 10) / 10;
    const total = Object.values(this.timings).reduce((n, xs) => n + xs.length, 0);
    return {
      cases: total,
      byKind: Object.fromEntries(Object.entries(this.timings).map(([k, xs]) => [k, { cases: xs.length, maxMs: max(xs), outcomes: this.counts[k] ?? {} }])),
      maxPerCaseMs: max(Object.values(this.timings).flat()),
      perCaseTimeoutMs: PER_CASE_MS
    };
  }
}
