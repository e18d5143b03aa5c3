// A pattern body as tokens (literals, `?`, `*`, `**/`, character classes) and their regular-expression forms.

// ---------------------------------------------------------------------------------------------------------------
// Tokens

export type ClassItem = { kind: 'char'; c: string } | { kind: 'range'; lo: number; hi: number } | { kind: 'posix'; name: string };

export type Token =
  | { t: 'lit'; c: string }
  | { t: 'any' }
  | { t: 'class'; re: string; test: (c: string) => boolean; probes: readonly number[] }
  | { t: 'star' } // [^/]*
  | { t: 'dirs' } // (?:.*/)?  — `**/`
  | { t: 'all' }; // .*        — trailing `**`

export const POSIX: Record<string, string> = {
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
export function parseClass(chars: readonly string[], start: number): { items: ClassItem[]; negated: boolean; end: number } | string {
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

export function hex(c: string | number): string {
  return `\\u{${(typeof c === 'number' ? c : (c.codePointAt(0) as number)).toString(16)}}`;
}

export function classToken(items: ClassItem[], negated: boolean): Token {
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

export const REGEX_SPECIAL = new Set(['\\', '^', '$', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);

export function tokenRegex(tok: Token): string {
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
export function tokenize(body: string, basename: boolean): Token[] {
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
