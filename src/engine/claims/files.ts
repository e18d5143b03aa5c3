// Files lists: one item ("- `src/a.ts` (new) — reason") → the path, directory or glob it claims, or why it is none.
import { LETTER_OR_DIGIT, isNoneLike, isSpace } from './text.js';

// ---------------------------------------------------------------------------------------------------------------
// Files Being Modified

export const KNOWN_BARE_FILES = new Set([
  'makefile',
  'dockerfile',
  'containerfile',
  'procfile',
  'gemfile',
  'rakefile',
  'jenkinsfile',
  'vagrantfile',
  'justfile',
  'brewfile',
  'podfile',
  'license',
  'licence',
  'codeowners',
  'readme',
  'changelog',
  'authors',
  'notice',
  'copying'
]);

export type PathResult = { kind: 'path'; pattern: string } | { kind: 'none' } | { kind: 'invalid' };

/** Splits on commas outside parentheses, brackets, braces (`*.{ts,js}` is one glob) and backticks. */
export function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let code = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === '`') code = !code;
    else if (code) continue;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
    else if ((ch === ',' || ch === ';') && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

export function isPathLike(t: string): boolean {
  if (t.length === 0 || t.length > 1024) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 32 || c === 127) return false;
    const ch = t.charAt(i);
    if (ch === '<' || ch === '>' || ch === '|' || ch === '"' || isSpace(ch)) return false;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) return false; // a URL
  const first = t.charAt(0);
  if (!LETTER_OR_DIGIT.test(first) && !'._/*@~$-[{!('.includes(first)) return false;
  if (t.indexOf('/') >= 0 || t.indexOf('*') >= 0) return true;
  // A brace list of names: `{a.ts,b.ts}`, `index.{ts,js}`.
  if (/\{[^{}]*,[^{}]*\}/.test(t)) return true;
  if (/^[.]{1,2}$/.test(t)) return false;
  const dot = t.lastIndexOf('.');
  if (dot >= 0 && dot < t.length - 1) {
    const ext = t.slice(dot + 1);
    if (ext.length <= 16 && /^[A-Za-z0-9_+-]+$/.test(ext) && /[A-Za-z]/.test(ext)) return true;
  }
  return KNOWN_BARE_FILES.has(t.toLowerCase());
}

/** One item of a files list: a path, a `path` in backticks, a dir/ or a glob, with an optional note after it. */
export function extractPath(item: string): PathResult {
  let s = item.trim();
  // `**`, `*`, `**/*` (bare or in backticks): globs made only of stars and slashes claim everything they say —
  // markup stripping would read them as nothing.
  const stars = /^(`*)([*/]+)\1(?:\s|$)/.exec(s);
  if (stars && stars[2]!.includes('*')) return { kind: 'path', pattern: normalisePath(stars[2]!) };
  if (isNoneLike(s)) return { kind: 'none' };
  let token: string;
  if (s.startsWith('`')) {
    let n = 0;
    while (s.charAt(n) === '`') n++;
    const close = s.indexOf('`'.repeat(n), n);
    if (close < 0) return { kind: 'invalid' };
    token = s.slice(n, close).trim();
  } else if (s.startsWith('**') && s.charAt(2) !== '/') {
    // **bold path** — but not a glob that starts with "**/" ("**/migrations/**" is a glob, not bold "/migrations/").
    const close = s.indexOf('**', 2);
    if (close < 0) return { kind: 'invalid' };
    token = s.slice(2, close).replace(/`/g, '').trim();
  } else if (s.startsWith('[')) {
    // [label](target): the label when it is a path, else the target.
    const mid = s.indexOf('](');
    const end = mid > 0 ? s.indexOf(')', mid + 2) : -1;
    if (mid < 0 || end < 0) {
      token = firstToken(s);
    } else {
      const label = s.slice(1, mid).replace(/`/g, '').trim();
      token = isPathLike(normalisePath(label)) ? label : s.slice(mid + 2, end).trim();
    }
  } else {
    if (s.startsWith('"') || s.startsWith("'")) {
      const close = s.indexOf(s.charAt(0), 1);
      if (close > 0) s = s.slice(1, close);
    }
    token = firstToken(s);
  }
  const pattern = normalisePath(token);
  return isPathLike(pattern) ? { kind: 'path', pattern } : { kind: 'invalid' };
}

export function firstToken(s: string): string {
  let j = 0;
  while (j < s.length && !isSpace(s.charAt(j))) j++;
  return s.slice(0, j);
}

export function normalisePath(token: string): string {
  let t = token.trim();
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1);
  // A note glued on ("app.module.ts(re-enable)"): cut, but "app/(auth)/page.tsx" stays whole.
  const open = t.lastIndexOf('(');
  if (open > 0 && (t.indexOf(')', open) < 0 || (t.endsWith(')') && t.charAt(open - 1) !== '/'))) t = t.slice(0, open);
  // A line reference: "src/a.ts:12", "src/a.ts:12:3", "src/a.ts#L12".
  t = t.replace(/(?::\d{1,7}){1,2}$|#L\d{1,7}(?:-L?\d{1,7})?$/, '');
  while (t.length > 0 && ',;:'.includes(t.charAt(t.length - 1))) t = t.slice(0, -1);
  if (t.length > 1 && t.endsWith('.') && LETTER_OR_DIGIT.test(t.charAt(t.length - 2))) t = t.slice(0, -1);
  t = t.replace(/\\/g, '/');
  while (t.startsWith('./')) t = t.slice(2);
  while (t.startsWith('/') && t.length > 1) t = t.slice(1);
  return t;
}
