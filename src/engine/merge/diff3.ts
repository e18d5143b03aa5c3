// The sequence side of a 3-way merge: which items of two sequences match (a longest common subsequence, Myers'
// O(ND) algorithm) and the diff3 regions of base/ours/theirs built from two such matchings. Items are numbers
// (ids of lines or blocks, see merge/claims.ts); nothing here knows what they stand for. Pure.

/** Beyond this many differences between two sequences, their middle is taken as wholly changed (a conflict, never a guess). */
export const MAX_DIFFERENCES = 2000;

/**
 * For each index of `a`, the index of `b` it is matched to in a longest common subsequence, or -1. The common
 * prefix and suffix are matched first; Myers' search runs on the middle only, up to `maxCost` differences.
 */
export function matchSequences(a: readonly number[], b: readonly number[], maxCost = MAX_DIFFERENCES): Int32Array {
  const match = new Int32Array(a.length).fill(-1);
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) {
    match[s] = s;
    s++;
  }
  let ea = a.length;
  let eb = b.length;
  while (ea > s && eb > s && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
    match[ea] = eb;
  }
  const n = ea - s;
  const m = eb - s;
  if (n === 0 || m === 0) return match;
  const at = (i: number): number => a[s + i] as number;
  const bt = (j: number): number => b[s + j] as number;

  // v[k + offset]: the furthest x reached on diagonal k (y = x - k); trace[d] keeps v[-d..d] after step d.
  const offset = n + m;
  const v = new Int32Array(2 * offset + 2);
  const trace: Int32Array[] = [];
  const limit = Math.min(n + m, maxCost);
  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && at(x) === bt(y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        backtrack(trace, n, m, (i, j) => (match[s + i] = s + j));
        return match;
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return match; // too different: only the prefix and suffix match
}

/** Walks the trace back from (n, m), reporting every matched pair (diagonal moves). */
function backtrack(trace: readonly Int32Array[], n: number, m: number, pair: (i: number, j: number) => void): void {
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1] as Int32Array;
    const get = (k: number): number => prev[k + d - 1] as number;
    const k = x - y;
    const prevK = k === -d || (k !== d && get(k - 1) < get(k + 1)) ? k + 1 : k - 1;
    const prevX = get(prevK);
    const startX = prevK === k + 1 ? prevX : prevX + 1;
    while (x > startX && y > startX - k) {
      x--;
      y--;
      pair(x, y);
    }
    x = prevX;
    y = prevX - prevK;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    pair(x, y);
  }
}

/** Numbers for strings, the same number for the same string: what diff3 compares. */
export function interner(): (s: string) => number {
  const ids = new Map<string, number>();
  return (s) => {
    let n = ids.get(s);
    if (n === undefined) ids.set(s, (n = ids.size));
    return n;
  };
}

/** A diff3 region: ranges [from, to) of base, ours and theirs. `stable`: the three ranges hold the same items. */
export interface Region {
  stable: boolean;
  base: [number, number];
  ours: [number, number];
  theirs: [number, number];
}

/** The diff3 regions of three sequences: stable runs (matched in both) and the unstable hunks between them. */
export function diff3(base: readonly number[], ours: readonly number[], theirs: readonly number[]): Region[] {
  const mo = matchSequences(base, ours);
  const mt = matchSequences(base, theirs);
  const regions: Region[] = [];
  let i = 0;
  let o = 0;
  let t = 0;
  for (;;) {
    const start = i;
    while (i < base.length && mo[i] === o && mt[i] === t) {
      i++;
      o++;
      t++;
    }
    if (i > start) regions.push({ stable: true, base: [start, i], ours: [o - (i - start), o], theirs: [t - (i - start), t] });
    if (i >= base.length && o >= ours.length && t >= theirs.length) return regions;
    let k = i;
    while (k < base.length && ((mo[k] as number) < 0 || (mt[k] as number) < 0)) k++;
    const eo = k < base.length ? (mo[k] as number) : ours.length;
    const et = k < base.length ? (mt[k] as number) : theirs.length;
    regions.push({ stable: false, base: [i, k], ours: [o, eo], theirs: [t, et] });
    i = k;
    o = eo;
    t = et;
  }
}
