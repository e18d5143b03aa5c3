// A claim pattern's normal form, or why it is unusable (empty, `..`, control characters, negation, bad classes, braces).
import { braceExpansion } from './braces.js';
import { parseClass } from './tokens.js';

export const MAX_PATTERN_LENGTH = 1000;
export const MAX_GLOBSTARS = 16;

// ---------------------------------------------------------------------------------------------------------------
// Normalisation

/** Why a pattern is unusable, or null when it is fine. */
export function patternProblem(raw: string): string | null {
  return analyse(raw).problem;
}

/**
 * Normalised form of a claim pattern, or null when it is unusable: empty, a `..` segment, NUL or another control
 * character, a backslash, negation (`!`), longer than 1,000 characters, more than 16 `**`, a malformed class, or
 * braces that expand to more than 256 patterns, nest more than 10 deep or give an unusable alternative. Braces are
 * kept: the normalised form is the text the claim was written as, not its expansion.
 */
export function normalizePattern(raw: string): string | null {
  return analyse(raw).pattern;
}

/**
 * The patterns a claim pattern stands for after brace expansion (`src/*.{ts,js}` → `src/*.ts`, `src/*.js`), in
 * bash's order without repeats; `[pattern]` when it has no group to expand. Null when the expansion is over the cap
 * (more than 256 patterns, groups nested more than 10 deep) or the text is longer than any usable pattern. Text
 * only: the alternatives are neither trimmed nor validated (normalizePattern does that for each).
 */
export function expandBraces(pattern: string): string[] | null {
  if (typeof pattern !== 'string' || pattern.length > MAX_PATTERN_LENGTH * 4) return null;
  const expanded = braceExpansion(pattern);
  return typeof expanded === 'string' ? null : expanded;
}

export interface Analysis {
  pattern: string | null;
  problem: string | null;
  /** The normalised patterns to compile: the brace alternatives, or just the pattern itself. */
  alternatives: string[];
}

export function analyse(raw: string): Analysis {
  const whole = analyseOne(raw);
  if (whole.pattern === null) return { ...whole, alternatives: [] };
  const expanded = braceExpansion(whole.pattern);
  if (typeof expanded === 'string') return { pattern: null, problem: expanded, alternatives: [] };
  if (expanded.length === 1 && expanded[0] === whole.pattern) return { ...whole, alternatives: [whole.pattern] };
  const alternatives = new Set<string>();
  for (const alt of expanded) {
    const one = analyseOne(alt);
    // One unusable alternative rejects the claim: protecting only part of what was written would go unnoticed.
    if (one.pattern === null) return { pattern: null, problem: `brace alternative "${alt.slice(0, 80)}": ${one.problem}`, alternatives: [] };
    alternatives.add(one.pattern);
  }
  return { ...whole, alternatives: [...alternatives] };
}

export function analyseOne(raw: string): { pattern: string | null; problem: string | null } {
  const fail = (problem: string) => ({ pattern: null, problem });
  if (typeof raw !== 'string') return fail('not a string');
  if (raw.length > MAX_PATTERN_LENGTH * 4) return fail(`longer than ${MAX_PATTERN_LENGTH} characters`);
  const p = raw.trim();
  if (p === '') return fail('empty');
  if (p.length > MAX_PATTERN_LENGTH) return fail(`longer than ${MAX_PATTERN_LENGTH} characters`);
  if (/[\u0000-\u001f\u007f]/.test(p)) return fail('contains a control character');
  if (p.includes('\\')) return fail('contains a backslash (use / as the separator; escapes are not supported)');
  if (p.startsWith('!')) return fail('negation (!) is not supported');
  const leading = p.startsWith('/');
  const trailing = p.endsWith('/');
  const segments: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') return fail('contains a ".." segment');
    segments.push(seg);
  }
  if (segments.length === 0) return fail('names no path');
  const body = segments.join('/');
  const globstars = body.match(/\*{2,}/g)?.length ?? 0;
  if (globstars > MAX_GLOBSTARS) return fail(`more than ${MAX_GLOBSTARS} "**"`);
  const classProblem = checkClasses(body);
  if (classProblem) return fail(classProblem);
  return { pattern: (leading ? '/' : '') + body + (trailing ? '/' : ''), problem: null };
}

export function checkClasses(body: string): string | null {
  const chars = Array.from(body);
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '[') continue;
    const parsed = parseClass(chars, i);
    if (typeof parsed === 'string') return parsed;
    i = parsed.end;
  }
  return null;
}

/** Light clean-up of a path to match: `./a//b` → `a/b`. A trailing `/` marks a directory and is kept. */
export function normalizePath(path: string): string {
  const c0 = path.charCodeAt(0);
  if (c0 !== 47 && c0 !== 46 && !path.includes('//') && !path.includes('/.')) return path; // fast path: nothing to do
  const dir = path.endsWith('/');
  const segs = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segs.length === 0) return '';
  return segs.join('/') + (dir ? '/' : '');
}
