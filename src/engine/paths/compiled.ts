// One pattern compiled to a tester: anchoring, directory-only, the literal form; and whether it covers everything.
import { tokenize, type Token } from './tokens.js';
import { nfaTester, regexIsSafe, regexTester, type Tester } from './matchers.js';
import { analyse } from './normalise.js';

// ---------------------------------------------------------------------------------------------------------------
// Compiled patterns

export interface Compiled {
  /** Anchored at the root (had a slash at the start or in the middle). */
  anchored: boolean;
  dirOnly: boolean;
  /** Body without leading/trailing slash. */
  body: string;
  /** The body when it has no wildcard at all. */
  literal: string | null;
  /** Anchored globs: the literal leading directory (`src/api` for `src/api/**\/*.ts`), '' when none. */
  prefixDir: string;
  test: Tester | null;
  /** A substring every matching path contains (the longest literal run), for a cheap pre-check; '' when none. */
  required: string;
}

export const GLOB_CHARS = /[*?[]/;

/** Where a normalised pattern applies: anchored or at any depth, files or directories only, and its body. */
export function shapeOf(normalized: string): { anchored: boolean; dirOnly: boolean; body: string } {
  const dirOnly = normalized.endsWith('/');
  let body = normalized.slice(normalized.startsWith('/') ? 1 : 0, dirOnly ? -1 : undefined);
  let anchored = normalized.startsWith('/') || body.includes('/');
  // `**/name` is the same as `name` (any depth) when name has no slash and no `**`: index it as a name.
  while (anchored && body.startsWith('**/')) {
    const rest = body.slice(3);
    if (rest.includes('/') || /\*\*/.test(rest)) break;
    body = rest;
    anchored = false;
  }
  return { anchored, dirOnly, body };
}

export function compileOne(normalized: string, engine: 'auto' | 'regex' | 'nfa' = 'auto'): Compiled {
  const { anchored, dirOnly, body } = shapeOf(normalized);
  if (!GLOB_CHARS.test(body)) return { anchored, dirOnly, body, literal: body, prefixDir: '', test: null, required: body };
  const toks = tokenize(body, !anchored);
  let prefixDir = '';
  if (anchored) {
    const firstWild = body.search(GLOB_CHARS);
    const cut = body.lastIndexOf('/', firstWild);
    prefixDir = cut > 0 ? body.slice(0, cut) : '';
  }
  const useRegex = engine === 'regex' || (engine === 'auto' && regexIsSafe(toks));
  const test = useRegex ? regexTester(toks, anchored, dirOnly) : nfaTester(toks, anchored, dirOnly);
  let required = '';
  let run = '';
  // The literal leading directory is checked by the trie already (the glob is filed under it): the required
  // substring is looked for after it, or every path below the directory would pass the pre-check.
  const skip = prefixDir === '' ? 0 : Array.from(prefixDir).length + 1;
  for (const tok of [...toks.slice(skip), null]) {
    if (tok?.t === 'lit') run += tok.c;
    else {
      if (run.length > required.length) required = run;
      run = '';
    }
  }
  return { anchored, dirOnly, body, literal: null, prefixDir, test, required };
}

/**
 * Whether a claim pattern matches every possible path, i.e. claims the whole repository (`**`, `*`, `/**`, `**\/*`,
 * `?*`, `{**,x}`); false for an unusable pattern. Decided exactly from the pattern's tokens, not from a list.
 */
export function coversWholeRepository(pattern: string): boolean {
  return analyse(pattern).alternatives.some(coversEveryPath);
}

/**
 * A pattern matches a path when it matches the path or one of its directories, so it matches every path exactly
 * when it matches every one-segment file path: the name of each root file (a `dir/` pattern never does) and, through
 * it, everything below each root directory. Within one name `**\/` stands for nothing and a star for any run, so the
 * tokens take every non-empty name exactly when there is a star and at most one single-character token, and that
 * one takes every character.
 */
export function coversEveryPath(normalized: string): boolean {
  const { anchored, dirOnly, body } = shapeOf(normalized);
  if (dirOnly) return false;
  let star = false;
  let single: Token | null = null;
  for (const tok of tokenize(body, !anchored)) {
    if (tok.t === 'star' || tok.t === 'all') star = true;
    else if (tok.t !== 'dirs') {
      if (single !== null || (tok.t === 'lit' && tok.c === '/')) return false;
      single = tok;
    }
  }
  if (!star) return false;
  if (single === null || single.t === 'any') return true;
  if (single.t !== 'class') return false; // one literal character is not every character
  const { test, probes } = single;
  // Every character a path may hold: not NUL (git never stores it) and not "/".
  const takes = (cp: number) => cp <= 0 || cp > 0x10ffff || cp === 0x2f || test(String.fromCodePoint(cp));
  for (let cp = 1; cp <= 0x80; cp++) if (!takes(cp)) return false;
  return probes.every(takes) && takes(0x81) && takes(0x10ffff);
}
