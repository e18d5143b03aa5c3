// Claim patterns with gitignore / CODEOWNERS semantics, compiled once and matched against many paths.
//
// Semantics (git's, see gitignore(5)):
//   - `dir/` (trailing slash) matches directories only, i.e. everything below `dir`.
//   - A pattern without a `/` (other than a trailing one) matches a name at any depth: the file's name or the name
//     of any directory on its path. With a `/` at the start or in the middle, it is anchored at the repository root.
//   - `*` matches any run of characters except `/`, `?` one character except `/`, `[abc]` / `[a-z]` / `[!abc]` /
//     `[^abc]` / `[[:alpha:]]` one character of a class (never `/`).
//   - `**/` at the start or between slashes matches zero or more directories; `/**` at the end everything inside.
//     Other runs of `**` act as `*` — except, as in git's implementation (not its documentation), right after the
//     pattern's literal prefix, where a `**` followed by `/` or the end still spans directories (`a**/b`
//     matches `a/b` and `ax/y/b`).
//   - A pattern that matches a directory matches everything below it, so a plain path `src/api` claims `src/api`
//     and, if it is a directory, everything in it. A `dir/` pattern never matches a file at the root, so `**/`
//     and `*/` claim everything inside directories but not `README.md`; `*`, `**`, `/*`, `/**`, `**/*` and `?*`
//     claim every path (coversWholeRepository says so).
//
// The property test in __tests__/e2e/engine/paths-git.test.ts checks agreement with `git check-ignore --no-index` on generated
// patterns and paths (it is how the literal-prefix quirk above was pinned down). Deliberate differences from git,
// all outside what that test generates:
//   - Negation (`!pattern`) is not supported: such a pattern is rejected (normalizePattern returns null).
//   - Backslashes are rejected (no escapes; a Windows separator is more likely than an escape).
//   - Surrounding whitespace is trimmed (git keeps leading spaces); a leading `#` is a literal character (git: comment).
//   - `./` and `.` segments are dropped and repeated slashes collapsed (git would match them literally, i.e. never).
//   - Unterminated `[` classes and unknown `[[:name:]]` classes are rejected (git silently never matches them).
//   - Every pattern also matches its own text literally: `pages/[id].tsx` claims the file `pages/[id].tsx` (git would
//     only read a character class there, matching `pages/i.tsx` and `pages/d.tsx`, which it still does too).
//   - Matching is by Unicode code point; git matches bytes (`?` against a multi-byte character differs).
//   - Braces are expanded first, as bash does (git leaves them literal): `services/*.{ts,js}` is the two patterns
//     `services/*.ts` and `services/*.js`, `src/{api,web}/**` two directories, `{a,{b,c}}` three names. Each
//     alternative is then a pattern of its own under every rule above (`{docs/*.md,README.md}` is one anchored glob
//     and one name at any depth). A group needs a comma at its own level: `{a}`, `{}` and unbalanced braces stay
//     literal, as do numeric and letter ranges (`{1..3}`: no sequence expansion). Braces inside a `[...]` class are
//     members of the class. At most 256 patterns per expansion and groups nested at most 10 deep; beyond either, or
//     when an alternative is itself unusable (`{a,../b}`), the whole pattern is rejected. The literal reading above
//     still applies to the unexpanded text, so a file really named `{a,b}.ts` is matched too. Each alternative is
//     compiled on its own: literal ones cost a lookup, but one pattern can bring up to 256 globs to try per path.
//   - Paths are matched case-sensitively (git with core.ignoreCase=false).

import { compilePatterns, type PathIndex } from './path-index.js';
export { expandBraces, normalizePattern, patternProblem } from './normalise.js';
export { coversWholeRepository } from './compiled.js';
export { compilePatterns, type PathIndex } from './path-index.js';

// Compiled pattern lists for matchesAny: by array identity (the usual case: one config's `ignore` in a loop), checked
// against a copy in case the array was changed, then by content in a small LRU.
const byArray = new WeakMap<readonly string[], { copy: string[]; index: PathIndex<true> }>();
const byContent = new Map<string, PathIndex<true>>();
const CACHE_SIZE = 16;

function indexFor(patterns: readonly string[]): PathIndex<true> {
  const hit = byArray.get(patterns);
  if (hit && hit.copy.length === patterns.length && hit.copy.every((p, i) => p === patterns[i])) return hit.index;
  const key = JSON.stringify(patterns);
  let index = byContent.get(key);
  if (index) {
    byContent.delete(key);
    byContent.set(key, index);
  } else {
    index = compilePatterns(patterns.map((pattern) => ({ pattern, owner: true as const })));
    byContent.set(key, index);
    if (byContent.size > CACHE_SIZE) byContent.delete(byContent.keys().next().value as string);
  }
  byArray.set(patterns, { copy: [...patterns], index });
  return index;
}

/** Whether any of the patterns matches the path (each distinct list is compiled once). */
export function matchesAny(patterns: readonly string[], path: string): boolean {
  if (patterns.length === 0) return false;
  return indexFor(patterns).matchIndices(path).length > 0;
}

/** One pattern against one path (compiles each call; use compilePatterns for many paths). */
export function patternMatches(pattern: string, path: string, options: { engine?: 'auto' | 'regex' | 'nfa' } = {}): boolean {
  return compilePatterns([{ pattern, owner: true }], options).match(path).length > 0;
}
