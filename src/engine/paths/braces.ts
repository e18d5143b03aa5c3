// Brace expansion in claim patterns (`src/{api,web}/**`, `*.{ts,js}`): bounded in count and depth, as bash reads it.
import { parseClass } from './tokens.js';

export const MAX_BRACE_PATTERNS = 256;
export const MAX_BRACE_DEPTH = 10;

// ---------------------------------------------------------------------------------------------------------------
// Braces

/** A matched `{...}` with at least one comma of its own: an alternation. Positions index the code-point array. */
export interface Alternation {
  open: number;
  close: number;
  commas: number[];
  /** Alternations directly inside this one, by position. */
  inner: Alternation[];
}

/**
 * The alternations of a pattern, outermost first, or a problem when they nest too deep. Pairs are matched the way a
 * stack matches them, so an unmatched `{` or `}` is an ordinary character; a pair with no comma of its own (`{a}`,
 * `{1..3}`) stays literal. A `[...]` class is skipped whole, so its braces and commas are class members.
 */
export function alternations(chars: readonly string[]): { top: Alternation[] } | string {
  const open: { at: number; commas: number[] }[] = [];
  const found: Alternation[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '[') {
      const parsed = parseClass(chars, i);
      if (typeof parsed !== 'string') i = parsed.end;
    } else if (c === '{') open.push({ at: i, commas: [] });
    else if (c === ',' && open.length > 0) (open[open.length - 1] as { commas: number[] }).commas.push(i);
    else if (c === '}' && open.length > 0) {
      const g = open.pop() as { at: number; commas: number[] };
      if (g.commas.length > 0) found.push({ open: g.at, close: i, commas: g.commas, inner: [] });
    }
  }
  // Found in closing order; nest them by position, iteratively (the depth is only known afterwards).
  found.sort((a, b) => a.open - b.open);
  const top: Alternation[] = [];
  const enclosing: Alternation[] = [];
  for (const g of found) {
    while (enclosing.length > 0 && (enclosing[enclosing.length - 1] as Alternation).close < g.open) enclosing.pop();
    const parent = enclosing[enclosing.length - 1];
    (parent ? parent.inner : top).push(g);
    enclosing.push(g);
    if (enclosing.length > MAX_BRACE_DEPTH) return `braces nested more than ${MAX_BRACE_DEPTH} deep`;
  }
  return { top };
}

/** The ranges [start, end) of a group's alternatives, each with the alternations inside it. */
export function alternativesOf(g: Alternation): { start: number; end: number; groups: Alternation[] }[] {
  const bounds = [g.open, ...g.commas, g.close];
  const out: { start: number; end: number; groups: Alternation[] }[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = (bounds[k] as number) + 1;
    const end = bounds[k + 1] as number;
    out.push({ start, end, groups: g.inner.filter((x) => x.open >= start && x.close < end) });
  }
  return out;
}

/** How many patterns a range expands to, saturating just above the cap (a count of 2^30 is never reached). */
export function countRange(groups: readonly Alternation[]): number {
  let n = 1;
  for (const g of groups) {
    let sum = 0;
    for (const alt of alternativesOf(g)) sum = Math.min(sum + countRange(alt.groups), MAX_BRACE_PATTERNS + 1);
    n = Math.min(n * sum, MAX_BRACE_PATTERNS + 1);
  }
  return n;
}

export function expandRange(chars: readonly string[], start: number, end: number, groups: readonly Alternation[]): string[] {
  let out = [''];
  let at = start;
  for (const g of groups) {
    const text = chars.slice(at, g.open).join('');
    const choices = alternativesOf(g).flatMap((alt) => expandRange(chars, alt.start, alt.end, alt.groups));
    const next: string[] = [];
    for (const head of out) for (const choice of choices) next.push(head + text + choice);
    out = next;
    at = g.close + 1;
  }
  const tail = chars.slice(at, end).join('');
  return out.map((head) => head + tail);
}

/** The brace expansion of a pattern's text, without repeats, or why it is refused. Counted before it is built. */
export function braceExpansion(pattern: string): string[] | string {
  if (!pattern.includes('{')) return [pattern];
  const chars = Array.from(pattern);
  const tree = alternations(chars);
  if (typeof tree === 'string') return tree;
  if (tree.top.length === 0) return [pattern];
  if (countRange(tree.top) > MAX_BRACE_PATTERNS) return `brace expansion gives more than ${MAX_BRACE_PATTERNS} patterns`;
  return [...new Set(expandRange(chars, 0, chars.length, tree.top))];
}
