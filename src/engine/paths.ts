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
//     and, if it is a directory, everything in it.
//
// The property test in __tests__/engine/paths.test.ts checks agreement with `git check-ignore --no-index` on generated
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
//   - Braces are literal, as in git (`{a,b}` is not expanded).
//   - Paths are matched case-sensitively (git with core.ignoreCase=false).

const MAX_PATTERN_LENGTH = 1000;
const MAX_GLOBSTARS = 16;

// ---------------------------------------------------------------------------------------------------------------
// Normalisation

/** Why a pattern is unusable, or null when it is fine. */
export function patternProblem(raw: string): string | null {
  return analyse(raw).problem;
}

/**
 * Normalised form of a claim pattern, or null when it is unusable: empty, a `..` segment, NUL or another control
 * character, a backslash, negation (`!`), longer than 1,000 characters, more than 16 `**`, or a malformed class.
 */
export function normalizePattern(raw: string): string | null {
  return analyse(raw).pattern;
}

function analyse(raw: string): { pattern: string | null; problem: string | null } {
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

function checkClasses(body: string): string | null {
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
function normalizePath(path: string): string {
  const c0 = path.charCodeAt(0);
  if (c0 !== 47 && c0 !== 46 && !path.includes('//') && !path.includes('/.')) return path; // fast path: nothing to do
  const dir = path.endsWith('/');
  const segs = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segs.length === 0) return '';
  return segs.join('/') + (dir ? '/' : '');
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

type ClassItem = { kind: 'char'; c: string } | { kind: 'range'; lo: number; hi: number } | { kind: 'posix'; name: string };

type Token =
  | { t: 'lit'; c: string }
  | { t: 'any' }
  | { t: 'class'; re: string; test: (c: string) => boolean }
  | { t: 'star' } // [^/]*
  | { t: 'dirs' } // (?:.*/)?  — `**/`
  | { t: 'all' }; // .*        — trailing `**`

const POSIX: Record<string, string> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  blank: ' \\t',
  cntrl: '\\u{0}-\\u{1f}\\u{7f}',
  digit: '0-9',
  graph: '\\u{21}-\\u{7e}',
  lower: 'a-z',
  print: '\\u{20}-\\u{7e}',
  punct: '\\u{21}-\\u{2f}\\u{3a}-\\u{40}\\u{5b}-\\u{60}\\u{7b}-\\u{7e}',
  space: '\\t\\n\\u{b}\\f\\r ',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
};

/** Parses a class starting at chars[start] === '[' the way git's wildmatch does. Returns an error string when malformed. */
function parseClass(chars: readonly string[], start: number): { items: ClassItem[]; negated: boolean; end: number } | string {
  let i = start + 1;
  let negated = false;
  if (chars[i] === '!' || chars[i] === '^') {
    negated = true;
    i++;
  }
  const items: ClassItem[] = [];
  let prev: string | null = null;
  let first = true;
  for (;;) {
    const c = chars[i];
    if (c === undefined) return 'unterminated "[" character class';
    if (c === ']' && !first) break;
    first = false;
    const next = chars[i + 1];
    if (c === '-' && prev !== null && next !== undefined && next !== ']') {
      items.pop();
      items.push({ kind: 'range', lo: prev.codePointAt(0) as number, hi: next.codePointAt(0) as number });
      i += 2;
      prev = null;
      continue;
    }
    if (c === '[' && next === ':') {
      let j = i + 2;
      while (chars[j] !== undefined && chars[j] !== ']') j++;
      if (chars[j] === undefined) return 'unterminated "[" character class';
      if (j - (i + 2) - 1 >= 0 && chars[j - 1] === ':') {
        const name = chars.slice(i + 2, j - 1).join('');
        if (!(name in POSIX)) return `unknown character class "[:${name}:]"`;
        items.push({ kind: 'posix', name });
        i = j + 1;
        prev = null;
        continue;
      }
      // No ":]": an ordinary "[" member.
    }
    items.push({ kind: 'char', c });
    prev = c;
    i++;
  }
  return { items, negated, end: i };
}

function hex(c: string | number): string {
  return `\\u{${(typeof c === 'number' ? c : (c.codePointAt(0) as number)).toString(16)}}`;
}

function classToken(items: ClassItem[], negated: boolean): Token {
  let body = '';
  for (const it of items) {
    if (it.kind === 'char') body += hex(it.c);
    else if (it.kind === 'range') {
      if (it.lo <= it.hi) body += `${hex(it.lo)}-${hex(it.hi)}`; // git: an inverted range matches nothing
    } else body += POSIX[it.name];
  }
  // A class never matches "/" (wildmatch with WM_PATHNAME).
  const re = negated ? `[^${body}/]` : body === '' ? '[]' : `(?!/)[${body}]`;
  const single = new RegExp(`^${re}$`, 'u');
  return { t: 'class', re, test: (c) => single.test(c) };
}

const REGEX_SPECIAL = new Set(['\\', '^', '$', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);

function tokenRegex(tok: Token): string {
  switch (tok.t) {
    case 'lit':
      return REGEX_SPECIAL.has(tok.c) ? `\\${tok.c}` : tok.c;
    case 'any':
      return '[^/]';
    case 'class':
      return tok.re;
    case 'star':
      return '[^/]*';
    case 'dirs':
      return '(?:.*/)?';
    case 'all':
      return '.*';
  }
}

/**
 * Tokenises a pattern body (no leading/trailing slash). In basename mode (no slash in the pattern) every star run is
 * a plain `*`. In path mode a star run of two or more is special when it stands between start/slash and slash/end;
 * as in git (which matches the rest after comparing the literal prefix), the end of the literal prefix counts as a start.
 */
function tokenize(body: string, basename: boolean): Token[] {
  const chars = Array.from(body);
  const toks: Token[] = [];
  let literalPrefix = true;
  let afterPrefix = -1;
  for (let i = 0; i < chars.length; ) {
    const c = chars[i] as string;
    if (literalPrefix && (c === '*' || c === '?' || c === '[')) {
      literalPrefix = false;
      afterPrefix = i;
    }
    if (c === '*') {
      let j = i;
      while (chars[j] === '*') j++;
      const run = j - i;
      const atStart = i === 0 || chars[i - 1] === '/' || i === afterPrefix;
      const next = chars[j];
      if (!basename && run >= 2 && atStart && (next === undefined || next === '/')) {
        if (next === '/') {
          toks.push({ t: 'dirs' });
          i = j + 1;
        } else {
          toks.push({ t: 'all' });
          i = j;
        }
      } else {
        toks.push({ t: 'star' });
        i = j;
      }
      continue;
    }
    if (c === '?') {
      toks.push({ t: 'any' });
      i++;
      continue;
    }
    if (c === '[') {
      const parsed = parseClass(chars, i);
      if (typeof parsed === 'string') throw new Error(parsed); // normalizePattern rejected it already
      toks.push(classToken(parsed.items, parsed.negated));
      i = parsed.end + 1;
      continue;
    }
    toks.push({ t: 'lit', c });
    i++;
  }
  return toks;
}

// ---------------------------------------------------------------------------------------------------------------
// Matchers

type Tester = (path: string) => boolean;

/**
 * Whether the V8 backtracking regex is safe for these tokens: at most two directory-spanning runs, and per segment
 * at most one `*` that is not the segment's last token (a trailing `*` never backtracks into a failure). Worst
 * cases stay around O(n²) for n ≤ a few thousand characters; anything else uses the linear NFA.
 */
function regexIsSafe(toks: readonly Token[]): boolean {
  let spanning = 0;
  let starsInSegment = 0;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Token;
    if (tok.t === 'dirs' || tok.t === 'all') {
      spanning++;
      starsInSegment = 0;
    } else if (tok.t === 'lit' && tok.c === '/') starsInSegment = 0;
    else if (tok.t === 'star') {
      const next = toks[i + 1];
      const last = next === undefined || (next.t === 'lit' && next.c === '/');
      if (!last) starsInSegment++;
      if (starsInSegment > 1) return false;
    }
  }
  return spanning <= 2;
}

function regexTester(toks: readonly Token[], anchored: boolean, dirOnly: boolean): Tester {
  const source = (anchored ? '^' : '(?:^|/)') + toks.map(tokenRegex).join('') + (dirOnly ? '/' : '(?:/|$)');
  const re = new RegExp(source, 'su');
  return (path) => re.test(path);
}

/**
 * Thompson-NFA simulation: O(path length × pattern length), no backtracking. States 0..m are "before token i"
 * (m = accept); a `**` / directory run at i also has an inner state m + 1 + i.
 */
function nfaTester(toks: readonly Token[], anchored: boolean, dirOnly: boolean): Tester {
  const m = toks.length;
  const mark = new Int32Array(2 * m + 2);
  let gen = 0;
  let accepting = false;

  const add = (list: number[], s: number): void => {
    for (;;) {
      if (mark[s] === gen) return;
      mark[s] = gen;
      list.push(s);
      if (s === m) accepting = true;
      if (s >= m) return;
      const t = (toks[s] as Token).t;
      if (t === 'star' || t === 'all' || t === 'dirs') s++;
      else return;
    }
  };

  return (path) => {
    if (gen > 0x3fff0000) {
      mark.fill(0);
      gen = 0;
    }
    gen++;
    accepting = false;
    let cur: number[] = [];
    add(cur, 0);
    let prev = '';
    for (const c of path) {
      if (!anchored && prev === '/') add(cur, 0);
      if (c === '/' && accepting) return true;
      gen++;
      accepting = false;
      const nxt: number[] = [];
      for (const s of cur) {
        if (s === m) continue;
        if (s > m) {
          // inside a `**/` run: anything, and a "/" may end it
          add(nxt, s);
          if (c === '/') add(nxt, s - m);
          continue;
        }
        const tok = toks[s] as Token;
        switch (tok.t) {
          case 'lit':
            if (c === tok.c) add(nxt, s + 1);
            break;
          case 'any':
            if (c !== '/') add(nxt, s + 1);
            break;
          case 'class':
            if (c !== '/' && tok.test(c)) add(nxt, s + 1);
            break;
          case 'star':
            if (c !== '/') add(nxt, s);
            break;
          case 'all':
            add(nxt, s);
            break;
          case 'dirs':
            add(nxt, m + 1 + s);
            if (c === '/') add(nxt, s + 1);
            break;
        }
      }
      cur = nxt;
      prev = c;
      if (cur.length === 0 && anchored) return false;
    }
    if (!anchored && prev === '/') add(cur, 0);
    return !dirOnly && accepting;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Compiled patterns

interface Compiled {
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

const GLOB_CHARS = /[*?[]/;

function compileOne(normalized: string, engine: 'auto' | 'regex' | 'nfa' = 'auto'): Compiled {
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

/** One pattern against one path (compiles each call; use compilePatterns for many paths). */
export function patternMatches(pattern: string, path: string, options: { engine?: 'auto' | 'regex' | 'nfa' } = {}): boolean {
  return compilePatterns([{ pattern, owner: true }], options).match(path).length > 0;
}

export interface PathIndex<T> {
  /** Owners of every entry whose pattern matches the path, each entry once, in entry order. */
  match(path: string): T[];
  /** Indices (into the entries given) of the matching entries, ascending. */
  matchIndices(path: string): number[];
  /** Entries whose pattern was rejected by normalizePattern; they never match. */
  readonly invalid: ReadonlyArray<{ pattern: string; owner: T; problem: string }>;
}

interface Glob {
  /** Entries with this very pattern (tested once for all of them). */
  entries: number[];
  test: Tester;
  required: string;
}

/** A directory of the anchored-pattern trie: one node per literal path segment. */
interface DirNode {
  children: Map<string, DirNode> | null;
  /** `a/b`: this path itself or anything below it. */
  self: number[] | null;
  /** `a/b/`: anything below it. */
  below: number[] | null;
  /** Anchored globs whose literal leading directory is this node. */
  globs: Glob[] | null;
}

/** A name that matches at any depth. */
interface NameEntry {
  /** `name`: a file or directory of that name. */
  any: number[] | null;
  /** `name/`: a directory of that name. */
  dir: number[] | null;
}

function takeAll(hits: number[], marks: Int32Array, g: number, list: readonly number[] | null): void {
  if (list === null) return;
  for (let k = 0; k < list.length; k++) {
    const i = list[k] as number;
    if (marks[i] !== g) {
      marks[i] = g;
      hits.push(i);
    }
  }
}

function tryGlobs(hits: number[], marks: Int32Array, g: number, path: string, list: readonly Glob[] | null): void {
  if (list === null) return;
  for (let k = 0; k < list.length; k++) {
    const glob = list[k] as Glob;
    if (marks[glob.entries[0] as number] === g) continue; // already in through its literal reading
    if (glob.required !== '' && !path.includes(glob.required)) continue;
    if (glob.test(path)) takeAll(hits, marks, g, glob.entries);
  }
}

function addTo(list: number[] | null, entry: number): number[] {
  if (list === null) return [entry];
  if (list[list.length - 1] !== entry) list.push(entry);
  return list;
}

/**
 * Compiles claim patterns once. Matching a path walks its segments once: a trie of the anchored patterns' literal
 * directories (literal paths, `dir/` claims and the globs filed under their literal leading directory) and a map of
 * names that match at any depth; only globs with no literal leading directory are tried on every path.
 */
export function compilePatterns<T>(
  entries: readonly { pattern: string; owner: T }[],
  options: { engine?: 'auto' | 'regex' | 'nfa' } = {}
): PathIndex<T> {
  const engine = options.engine ?? 'auto';
  const root: DirNode = { children: null, self: null, below: null, globs: null };
  const names = new Map<string, NameEntry>();
  const globsEverywhere: Glob[] = [];
  const globsByPattern = new Map<string, Glob>();
  const invalid: { pattern: string; owner: T; problem: string }[] = [];

  const nodeFor = (dir: string): DirNode => {
    let node = root;
    for (const seg of dir.split('/')) {
      node.children ??= new Map();
      let child = node.children.get(seg);
      if (!child) {
        child = { children: null, self: null, below: null, globs: null };
        node.children.set(seg, child);
      }
      node = child;
    }
    return node;
  };
  const fileLiteral = (c: Compiled, literal: string, entry: number) => {
    if (c.anchored) {
      const node = nodeFor(literal);
      if (c.dirOnly) node.below = addTo(node.below, entry);
      else node.self = addTo(node.self, entry);
    } else {
      let name = names.get(literal);
      if (!name) names.set(literal, (name = { any: null, dir: null }));
      if (c.dirOnly) name.dir = addTo(name.dir, entry);
      else name.any = addTo(name.any, entry);
    }
  };

  entries.forEach((e, entry) => {
    const { pattern, problem } = analyse(e.pattern);
    if (pattern === null) {
      invalid.push({ pattern: e.pattern, owner: e.owner, problem: problem ?? 'invalid' });
      return;
    }
    const c = compileOne(pattern, engine);
    // A glob's literal reading too: `pages/[id].tsx` claims that very file.
    fileLiteral(c, c.body, entry);
    if (c.test === null) return;
    const same = globsByPattern.get(pattern);
    if (same) {
      same.entries.push(entry);
      return;
    }
    const glob: Glob = { entries: [entry], test: c.test, required: c.required.length >= 2 ? c.required : '' };
    globsByPattern.set(pattern, glob);
    if (c.anchored && c.prefixDir !== '') {
      const node = nodeFor(c.prefixDir);
      (node.globs ??= []).push(glob);
    } else globsEverywhere.push(glob);
  });

  const hasNames = names.size > 0;
  const marks = new Int32Array(entries.length);
  let gen = 0;

  const matchIndices = (rawPath: string): number[] => {
    const path = normalizePath(rawPath);
    const hits: number[] = [];
    if (path === '' || path === '/') return hits;
    if (gen > 0x3fff0000) {
      marks.fill(0);
      gen = 0;
    }
    const g = ++gen;
    let node: DirNode | undefined = root;
    let start = 0;
    for (;;) {
      const slash = path.indexOf('/', start);
      const last = slash < 0;
      if (node === undefined && !hasNames) break;
      const seg = last ? (start === 0 ? path : path.slice(start)) : path.slice(start, slash);
      if (node !== undefined) {
        node = node.children === null ? undefined : node.children.get(seg);
        if (node !== undefined) {
          takeAll(hits, marks, g, node.self);
          if (!last) {
            // an ancestor directory (or the path itself when it ends with "/")
            takeAll(hits, marks, g, node.below);
            tryGlobs(hits, marks, g, path, node.globs);
          }
        }
      }
      if (hasNames) {
        const name = names.get(seg);
        if (name !== undefined) {
          takeAll(hits, marks, g, name.any);
          if (!last) takeAll(hits, marks, g, name.dir);
        }
      }
      if (last) break;
      start = slash + 1;
      if (start >= path.length) break;
    }
    if (globsEverywhere.length > 0) tryGlobs(hits, marks, g, path, globsEverywhere);
    if (hits.length > 1) hits.sort((a, b) => a - b);
    return hits;
  };

  return {
    invalid,
    matchIndices,
    match: (path) => matchIndices(path).map((i) => (entries[i] as { owner: T }).owner)
  };
}

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
