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

const MAX_PATTERN_LENGTH = 1000;
const MAX_GLOBSTARS = 16;
const MAX_BRACE_PATTERNS = 256;
const MAX_BRACE_DEPTH = 10;

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

interface Analysis {
  pattern: string | null;
  problem: string | null;
  /** The normalised patterns to compile: the brace alternatives, or just the pattern itself. */
  alternatives: string[];
}

function analyse(raw: string): Analysis {
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

function analyseOne(raw: string): { pattern: string | null; problem: string | null } {
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
// Braces

/** A matched `{...}` with at least one comma of its own: an alternation. Positions index the code-point array. */
interface Alternation {
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
function alternations(chars: readonly string[]): { top: Alternation[] } | string {
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
function alternativesOf(g: Alternation): { start: number; end: number; groups: Alternation[] }[] {
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
function countRange(groups: readonly Alternation[]): number {
  let n = 1;
  for (const g of groups) {
    let sum = 0;
    for (const alt of alternativesOf(g)) sum = Math.min(sum + countRange(alt.groups), MAX_BRACE_PATTERNS + 1);
    n = Math.min(n * sum, MAX_BRACE_PATTERNS + 1);
  }
  return n;
}

function expandRange(chars: readonly string[], start: number, end: number, groups: readonly Alternation[]): string[] {
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
function braceExpansion(pattern: string): string[] | string {
  if (!pattern.includes('{')) return [pattern];
  const chars = Array.from(pattern);
  const tree = alternations(chars);
  if (typeof tree === 'string') return tree;
  if (tree.top.length === 0) return [pattern];
  if (countRange(tree.top) > MAX_BRACE_PATTERNS) return `brace expansion gives more than ${MAX_BRACE_PATTERNS} patterns`;
  return [...new Set(expandRange(chars, 0, chars.length, tree.top))];
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

type ClassItem = { kind: 'char'; c: string } | { kind: 'range'; lo: number; hi: number } | { kind: 'posix'; name: string };

type Token =
  | { t: 'lit'; c: string }
  | { t: 'any' }
  | { t: 'class'; re: string; test: (c: string) => boolean; probes: readonly number[] }
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
  // Code points that decide whether the class takes every character (coversWholeRepository): all of ASCII, where the
  // POSIX classes live, and each side of every listed character and range end; between them nothing changes.
  const probes: number[] = [];
  for (const it of items) {
    if (it.kind === 'char') {
      const c = it.c.codePointAt(0) as number;
      probes.push(c - 1, c, c + 1);
    } else if (it.kind === 'range') probes.push(it.lo - 1, it.lo, it.hi, it.hi + 1);
  }
  return { t: 'class', re, test: (c) => single.test(c), probes };
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

/** Where a normalised pattern applies: anchored or at any depth, files or directories only, and its body. */
function shapeOf(normalized: string): { anchored: boolean; dirOnly: boolean; body: string } {
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

function compileOne(normalized: string, engine: 'auto' | 'regex' | 'nfa' = 'auto'): Compiled {
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
function coversEveryPath(normalized: string): boolean {
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

function allMarked(marks: Int32Array, g: number, list: readonly number[]): boolean {
  for (let k = 0; k < list.length; k++) if (marks[list[k] as number] !== g) return false;
  return true;
}

function tryGlobs(hits: number[], marks: Int32Array, g: number, path: string, list: readonly Glob[] | null): void {
  if (list === null) return;
  for (let k = 0; k < list.length; k++) {
    const glob = list[k] as Glob;
    if (allMarked(marks, g, glob.entries)) continue; // already in, e.g. through its literal reading
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
  const fileLiteral = (c: { anchored: boolean; dirOnly: boolean }, literal: string, entry: number) => {
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

  const addGlob = (c: Compiled, pattern: string, test: Tester, entry: number) => {
    const same = globsByPattern.get(pattern);
    if (same) {
      if (same.entries[same.entries.length - 1] !== entry) same.entries.push(entry);
      return;
    }
    const glob: Glob = { entries: [entry], test, required: c.required.length >= 2 ? c.required : '' };
    globsByPattern.set(pattern, glob);
    if (c.anchored && c.prefixDir !== '') {
      const node = nodeFor(c.prefixDir);
      (node.globs ??= []).push(glob);
    } else globsEverywhere.push(glob);
  };

  entries.forEach((e, entry) => {
    const { pattern, problem, alternatives } = analyse(e.pattern);
    if (pattern === null) {
      invalid.push({ pattern: e.pattern, owner: e.owner, problem: problem ?? 'invalid' });
      return;
    }
    // The text as written, read as a path: `pages/[id].tsx` and `{a,b}.ts` claim those very files.
    if (alternatives[0] !== pattern) {
      const shape = shapeOf(pattern);
      fileLiteral(shape, shape.body, entry);
    }
    for (const alt of alternatives) {
      const c = compileOne(alt, engine);
      fileLiteral(c, c.body, entry);
      if (c.test !== null) addGlob(c, alt, c.test, entry);
    }
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
