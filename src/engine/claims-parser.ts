// Reading AI_CURRENT_WORK.md: the markdown file in which agents claim work. Agents write it by hand (or rather,
// by model), so the reader is tolerant of decoration and sloppy structure but conservative about what counts as
// a claim. It never throws, and it runs in linear time: every scan is an indexOf or a single pass over a line,
// and the few regular expressions are anchored with no nested quantifiers.
//
// Shape of the document:
//   ## <Agent> Status            an agent section (any heading level >= 2 whose text ends with "Status"); it ends
//                                at the next heading of the same or a higher level, at a `---` rule, or at the
//                                next agent/override heading of any level
//   **Label:** value             fields of a section (also `- **Label:** value`, `**Label**: value`)
//   **Files Being Modified:**    followed by list items: paths, directories, globs, each with an optional note
//   - TrackingModule - CLAIMED BY Codex    module list lines outside agent sections
//   ### Emergency Override - <date> - <name>   override entries (or dated items under an "Emergency Override" heading)
// Fenced code blocks and HTML comments are never data (the templates live there).
import type {
  AgentSection,
  ClaimsDocument,
  Diagnostic,
  EmergencyOverride,
  FieldValue,
  FileClaim,
  ModuleClaim,
  ModuleListing,
  ParseClaimsOptions,
  TimeInterval
} from './model.js';
import { patternProblem } from './paths.js';
import { isValidTimezone, parseTime } from './time.js';

/** Lines longer than this are skipped (with a warning): no real claims line is this long. */
export const MAX_LINE_LENGTH = 10_000;
/** More diagnostics than this are counted, not listed. */
const MAX_DIAGNOSTICS = 200;
/** Heading texts longer than this are never agent or override headings. */
const MAX_HEADING_TEXT = 300;

// ---------------------------------------------------------------------------------------------------------------
// Diagnostics

class Diagnostics {
  readonly list: Diagnostic[] = [];
  private suppressed = 0;

  add(severity: Diagnostic['severity'], line: number, message: string): void {
    if (this.list.length >= MAX_DIAGNOSTICS) {
      this.suppressed++;
      return;
    }
    this.list.push({ severity, line, message });
  }

  finish(): Diagnostic[] {
    const out = [...this.list].sort((a, b) => a.line - b.line);
    if (this.suppressed > 0) {
      out.push({
        severity: 'warning',
        line: 0,
        message: `${this.suppressed} further diagnostic(s) not listed (only the first ${MAX_DIAGNOSTICS} are kept)`
      });
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Small text helpers (all single pass)

function isAsciiAlnum(cp: number): boolean {
  return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Is this whitespace-separated token pure decoration: an emoji, a symbol, or the mojibake an emoji turns into when
 * UTF-8 is read as Mac Roman / Windows-1252 (`üî¥`, `‚ö†Ô∏è`, `‚úÖ`)? Such mojibake is made of Latin-1/Latin
 * Extended letters, Greek and symbols, never of ASCII letters or digits.
 */
function isDecorationToken(token: string): boolean {
  for (const ch of token) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      if (isAsciiAlnum(cp)) return false;
      continue;
    }
    const mojibakeRange =
      cp <= 0x24f || (cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0xfb00 && cp <= 0xfb06);
    if (!mojibakeRange && LETTER_OR_DIGIT.test(ch)) return false;
  }
  return true;
}

/** Drops leading whitespace-separated decoration tokens (emoji, mojibake, bullets like `•`). */
function dropLeadingDecoration(s: string): string {
  let i = 0;
  const n = s.length;
  for (;;) {
    while (i < n && isSpace(s.charAt(i))) i++;
    if (i >= n) return '';
    let j = i;
    while (j < n && !isSpace(s.charAt(j))) j++;
    if (!isDecorationToken(s.slice(i, j))) return s.slice(i);
    i = j;
  }
}

/** Drops trailing whitespace-separated decoration tokens. */
function dropTrailingDecoration(s: string): string {
  let j = s.length;
  for (;;) {
    while (j > 0 && isSpace(s.charAt(j - 1))) j--;
    if (j <= 0) return '';
    let i = j;
    while (i > 0 && !isSpace(s.charAt(i - 1))) i--;
    if (!isDecorationToken(s.slice(i, j))) return s.slice(0, j);
    j = i;
  }
}

/** Removes markdown emphasis and code marks (`**`, `__`, `*`, backticks, `~~`) and reduces links to their text. */
const MARKUP = /[*`~_[]/;

function stripMarkup(s: string): string {
  if (!MARKUP.test(s)) return s;
  let out = '';
  const n = s.length;
  // Cached "next ]" / "next )" positions: each only moves forward, so links cost linear time overall.
  let nextBracket = -2;
  let nextParen = -2;
  for (let i = 0; i < n; i++) {
    const ch = s.charAt(i);
    if (ch === '*' || ch === '`') continue;
    if (ch === '~' && s.charAt(i + 1) === '~') {
      i++;
      continue;
    }
    if (ch === '_') {
      // Only emphasis underscores, at a word edge: keep snake_case.
      const prev = i > 0 ? s.charAt(i - 1) : ' ';
      const next = i + 1 < n ? s.charAt(i + 1) : ' ';
      const prevWord = LETTER_OR_DIGIT.test(prev);
      const nextWord = LETTER_OR_DIGIT.test(next);
      if (prevWord && nextWord) out += ch;
      continue;
    }
    if (ch === '[' && nextBracket !== -1) {
      if (nextBracket < i) nextBracket = s.indexOf(']', i + 1);
      if (nextBracket > i && s.charAt(nextBracket + 1) === '(' && nextParen !== -1) {
        if (nextParen < nextBracket + 2) nextParen = s.indexOf(')', nextBracket + 2);
        if (nextParen > nextBracket) {
          out += s.slice(i + 1, nextBracket);
          i = nextParen;
          continue;
        }
      }
    }
    out += ch;
  }
  return out;
}

/** Cleans a name as written: markup and decoration removed, outer punctuation trimmed. */
function cleanName(s: string): string {
  let t = dropTrailingDecoration(dropLeadingDecoration(stripMarkup(s))).trim();
  // Leading symbols glued to the name ("🤖Claude") and trailing separators ("Claude Code -").
  let i = 0;
  while (i < t.length) {
    const cp = t.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (LETTER_OR_DIGIT.test(ch) || ch === '_' || ch === '@' || ch === '.' || ch === '/') break;
    i += ch.length;
  }
  t = t.slice(i);
  let j = t.length;
  while (j > 0 && ' \t-–—:|,;.'.includes(t.charAt(j - 1))) j--;
  return t.slice(0, j).trim();
}

const NONE_WORDS = new Set([
  '',
  'none',
  'n/a',
  'na',
  'n.a',
  '-',
  '--',
  '—',
  '–',
  'nothing',
  'null',
  'nil',
  'idle',
  'none yet',
  'nothing yet',
  'none currently',
  'not working on anything',
  'no files',
  'no',
  'empty'
]);

/** Cuts a trailing note: " (…)", " - …", " — …", " – …". */
function dropNote(s: string): string {
  let cut = s.length;
  for (const sep of [' (', ' - ', ' — ', ' – ', ' -- ']) {
    const k = s.indexOf(sep);
    if (k >= 0 && k < cut) cut = k;
  }
  return s.slice(0, cut);
}

/** "None", "None.", "N/A", "-", "(none)", "None - all done", empty… */
function isNoneLike(value: string): boolean {
  let s = stripMarkup(value).trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  s = dropNote(s).trim();
  while (s.endsWith('.') || s.endsWith('!')) s = s.slice(0, -1).trimEnd();
  return NONE_WORDS.has(s.toLowerCase());
}

/** Values of a time field that mean "no time" (no warning for them). */
function isTimeNullWord(value: string): boolean {
  if (isNoneLike(value)) return true;
  let s = dropNote(stripMarkup(value).trim()).trim().toLowerCase();
  while (s.endsWith('.')) s = s.slice(0, -1);
  return ['unknown', 'never', 'tbd', 'tba', 'pending', 'not started', '?', '??', 'not yet', 'n/k'].includes(s);
}

// ---------------------------------------------------------------------------------------------------------------
// Line structure

interface Heading {
  level: number;
  text: string;
}

function parseHeading(line: string): Heading | null {
  let p = 0;
  while (p < 3 && line.charAt(p) === ' ') p++;
  let n = 0;
  while (line.charAt(p + n) === '#') n++;
  if (n < 1 || n > 6) return null;
  const after = line.charAt(p + n);
  if (after !== '' && !isSpace(after)) return null;
  let text = line.slice(p + n).trim();
  // Optional closing sequence: "## Title ##".
  let e = text.length;
  while (e > 0 && text.charAt(e - 1) === '#') e--;
  if (e === 0) text = '';
  else if (e < text.length && isSpace(text.charAt(e - 1))) text = text.slice(0, e).trim();
  return { level: n, text };
}

/** `---`, `***`, `___`, `- - -` (a setext underline is read as a rule too: sections end there either way). */
function isRule(line: string): boolean {
  let lead = 0;
  while (lead < line.length && line.charAt(lead) === ' ') lead++;
  if (lead > 3) return false;
  let mark = '';
  let count = 0;
  for (let i = lead; i < line.length; i++) {
    const ch = line.charAt(i);
    if (isSpace(ch)) continue;
    if (ch !== '-' && ch !== '*' && ch !== '_') return false;
    if (mark !== '' && ch !== mark) return false;
    mark = ch;
    count++;
  }
  return count >= 3;
}

interface ListItem {
  /** Columns of indentation before the marker (tab = 4). */
  indent: number;
  /** Content after the marker and an optional task checkbox, trimmed. */
  text: string;
}

function parseListItem(line: string): ListItem | null {
  let indent = 0;
  let p = 0;
  while (p < line.length && isSpace(line.charAt(p))) {
    indent += line.charAt(p) === '\t' ? 4 : 1;
    p++;
  }
  const ch = line.charAt(p);
  let q: number;
  if (ch === '-' || ch === '*' || ch === '+' || ch === '•') {
    q = p + 1;
  } else {
    let d = p;
    while (d < line.length && d - p < 9 && line.charCodeAt(d) >= 48 && line.charCodeAt(d) <= 57) d++;
    if (d === p || (line.charAt(d) !== '.' && line.charAt(d) !== ')')) return null;
    q = d + 1;
  }
  const after = line.charAt(q);
  if (after !== '' && !isSpace(after)) return null;
  let text = line.slice(q).trim();
  if (/^\[[ xX]\](?:\s|$)/.test(text)) text = text.slice(3).trim();
  return { indent, text };
}

interface Field {
  /** Normalised label: lower case, spaces collapsed, "check-in" → "checkin". */
  key: string;
  label: string;
  value: string;
}

function normaliseLabel(label: string): string {
  let s = cleanName(label).toLowerCase();
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/check[\s-]*in\b/g, 'checkin');
  return s;
}

/**
 * A `**Label:** value` line (or list item): colon inside or outside the bold, `__` as bold too. Without bold, only
 * the labels in `plain` are recognised (`Module: X`), so prose with a colon is not a field.
 */
function parseField(content: string, plain: ReadonlySet<string>): Field | null {
  const s = content.trimStart();
  let label: string | null = null;
  let value = '';
  const delim = s.startsWith('**') ? '**' : s.startsWith('__') ? '__' : null;
  if (delim) {
    const close = s.indexOf(delim, 2);
    if (close < 0 || close > 120) return null;
    const inner = s.slice(2, close).trim();
    const after = s.slice(close + 2);
    if (inner.endsWith(':') || inner.endsWith('：')) {
      label = inner.slice(0, -1);
      value = after;
    } else if (after.startsWith(':') || after.startsWith('：')) {
      label = inner;
      value = after.slice(1);
    } else {
      return null;
    }
  } else {
    const colon = s.indexOf(':');
    if (colon <= 0 || colon > 60) return null;
    const key = normaliseLabel(s.slice(0, colon));
    if (!plain.has(key)) return null;
    label = s.slice(0, colon);
    value = s.slice(colon + 1);
  }
  const key = normaliseLabel(label);
  if (key === '' || key.length > 80) return null;
  return { key, label: label.trim(), value: value.trim() };
}

// ---------------------------------------------------------------------------------------------------------------
// Fences, comments, oversize and binary lines: which lines are data at all.

interface Prepared {
  /** Raw lines (CRLF/CR normalised). */
  raw: string[];
  /** The data of each line: '' for code, comments, skipped lines. */
  data: string[];
}

function fenceOpener(line: string): { char: string; len: number } | null {
  let p = 0;
  while (p < line.length && isSpace(line.charAt(p))) p++;
  if (p > 40) return null;
  const c = line.charAt(p);
  if (c !== '`' && c !== '~') return null;
  let n = 0;
  while (line.charAt(p + n) === c) n++;
  if (n < 3) return null;
  // A backtick fence's info string never contains a backtick (else it is inline code: ```x```).
  if (c === '`' && line.indexOf('`', p + n) >= 0) return null;
  return { char: c, len: n };
}

function isFenceClose(line: string, char: string, len: number): boolean {
  let p = 0;
  while (p < line.length && isSpace(line.charAt(p))) p++;
  let n = 0;
  while (line.charAt(p + n) === char) n++;
  if (n < len) return false;
  for (let i = p + n; i < line.length; i++) if (!isSpace(line.charAt(i))) return false;
  return true;
}

function prepare(text: string, diags: Diagnostics): Prepared {
  const raw = text.split(/\r\n|\r|\n/);
  if (raw.length > 0 && raw[0]!.charCodeAt(0) === 0xfeff) raw[0] = raw[0]!.slice(1);
  const data: string[] = new Array<string>(raw.length);
  let state: 'text' | 'fence' | 'comment' = 'text';
  let fence = { char: '`', len: 3 };
  let openedAt = 0;
  let hiddenHeadings = 0;
  let sawNul = false;

  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    data[i] = '';
    if (line.length > MAX_LINE_LENGTH) {
      if (state === 'text') {
        diags.add(
          'warning',
          i + 1,
          `line is ${line.length} characters long (more than ${MAX_LINE_LENGTH}); skipped — expected short markdown lines`
        );
      }
      continue;
    }
    if (line.indexOf('\u0000') >= 0) {
      if (!sawNul) {
        diags.add('warning', i + 1, 'line contains NUL bytes (binary data?); such lines are skipped — expected a text file');
        sawNul = true;
      }
      continue;
    }
    if (state === 'fence') {
      if (isFenceClose(line, fence.char, fence.len)) state = 'text';
      else if (line.trimStart().startsWith('#')) {
        const h = parseHeading(line);
        if (h && agentNameFromHeading(h) !== null) hiddenHeadings++;
      }
      continue;
    }
    let rest = line;
    if (state === 'comment') {
      const close = line.indexOf('-->');
      if (close < 0) continue;
      state = 'text';
      rest = line.slice(close + 3);
      if (rest.trim() === '') continue;
    } else {
      const f = fenceOpener(line);
      if (f) {
        state = 'fence';
        fence = f;
        openedAt = i + 1;
        hiddenHeadings = 0;
        continue;
      }
    }
    // Strip HTML comments, possibly several per line, possibly opening one that runs on.
    if (rest.indexOf('<!--') >= 0) {
      let out = '';
      let pos = 0;
      for (;;) {
        const open = rest.indexOf('<!--', pos);
        if (open < 0) {
          out += rest.slice(pos);
          break;
        }
        out += rest.slice(pos, open);
        const close = rest.indexOf('-->', open + 4);
        if (close < 0) {
          state = 'comment';
          openedAt = i + 1;
          break;
        }
        pos = close + 3;
      }
      rest = out.trim() === '' ? '' : out;
    }
    data[i] = rest;
  }

  if (state === 'fence') {
    const hidden =
      hiddenHeadings > 0 ? ` (it hides ${hiddenHeadings} agent status heading(s), which are not read)` : '';
    diags.add(
      'warning',
      openedAt,
      `code fence ${fence.char.repeat(fence.len)} opened here is never closed; the rest of the file is treated as code${hidden} — expected a closing ${fence.char.repeat(fence.len)} line`
    );
  } else if (state === 'comment') {
    diags.add(
      'warning',
      openedAt,
      'HTML comment <!-- opened here is never closed; the rest of the file is treated as a comment — expected -->'
    );
  }
  return { raw, data };
}

// ---------------------------------------------------------------------------------------------------------------
// Headings: agent sections and emergency overrides

/** Names that, standing alone before "Status", describe the document rather than an agent ("## Project Status"). */
const NOT_AGENTS = new Set([
  'current',
  'overall',
  'project',
  'system',
  'sync',
  'work',
  'task',
  'tasks',
  'implementation',
  'automation',
  'build',
  'deployment',
  'module',
  'modules',
  'agent',
  'agents',
  'ai',
  'team',
  'phase',
  'progress',
  'current work',
  'ai current work',
  'sync check',
  'test',
  'tests',
  'ci'
]);

/** "## 🤖 ChatGPT Codex Status" → "ChatGPT Codex"; null when the heading is no agent section. */
function agentNameFromHeading(h: Heading): string | null {
  if (h.level < 2 || h.text.length === 0 || h.text.length > MAX_HEADING_TEXT) return null;
  let t = dropTrailingDecoration(dropLeadingDecoration(stripMarkup(h.text))).trim();
  // A trailing parenthetical is a note: "## Codex Status (updated hourly)".
  if (t.endsWith(')')) {
    const open = t.lastIndexOf('(');
    if (open > 0) t = dropTrailingDecoration(t.slice(0, open)).trim();
  }
  while (t.length > 0 && ' \t:.!-–—|'.includes(t.charAt(t.length - 1))) t = t.slice(0, -1);
  if (t.length < 6 || t.slice(-6).toLowerCase() !== 'status') return null;
  const before = t.charAt(t.length - 7);
  if (before !== '' && LETTER_OR_DIGIT.test(before)) return null; // "Substatus"
  const name = cleanName(t.slice(0, -6));
  if (name === '' || name.length > 80) return null;
  if (NOT_AGENTS.has(name.toLowerCase().replace(/\s+/g, ' '))) return null;
  return name;
}

interface OverrideHeading {
  /** Parts after "Emergency Override", e.g. ["2025-12-04", "Claude Code"]; empty for a container heading. */
  parts: string[];
}

/** "Emergency Override(s)…" headings: an entry when followed by " - <date> - <name>", else a container. */
function overrideHeading(h: Heading): OverrideHeading | null {
  if (h.text.length > MAX_HEADING_TEXT) return null;
  const t = dropLeadingDecoration(stripMarkup(h.text)).trim();
  const lower = t.toLowerCase();
  const at = lower.indexOf('emergency override');
  if (at < 0) return null;
  let rest = t.slice(at + 'emergency override'.length);
  if (rest.charAt(0).toLowerCase() === 's') rest = rest.slice(1);
  const sep = /^\s*[-–—:|]\s*/.exec(rest);
  if (at > 0 || !sep) return { parts: [] };
  const parts: string[] = [];
  for (const piece of rest.slice(sep[0].length).split(/\s+[-–—|]\s+/)) {
    const p = piece.trim();
    if (p !== '') parts.push(p);
  }
  return { parts };
}

// ---------------------------------------------------------------------------------------------------------------
// Files Being Modified

const KNOWN_BARE_FILES = new Set([
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

type PathResult = { kind: 'path'; pattern: string } | { kind: 'none' } | { kind: 'invalid' };

/** Splits on commas outside parentheses and backticks. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let code = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === '`') code = !code;
    else if (code) continue;
    else if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if ((ch === ',' || ch === ';') && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

function isPathLike(t: string): boolean {
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
  if (/^[.]{1,2}$/.test(t)) return false;
  const dot = t.lastIndexOf('.');
  if (dot >= 0 && dot < t.length - 1) {
    const ext = t.slice(dot + 1);
    if (ext.length <= 16 && /^[A-Za-z0-9_+-]+$/.test(ext) && /[A-Za-z]/.test(ext)) return true;
  }
  return KNOWN_BARE_FILES.has(t.toLowerCase());
}

/** One item of a files list: a path, a `path` in backticks, a dir/ or a glob, with an optional note after it. */
function extractPath(item: string): PathResult {
  let s = item.trim();
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

function firstToken(s: string): string {
  let j = 0;
  while (j < s.length && !isSpace(s.charAt(j))) j++;
  return s.slice(0, j);
}

function normalisePath(token: string): string {
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

// ---------------------------------------------------------------------------------------------------------------
// Agent sections

const KEY_WORKING_ON = ['currently working on', 'working on', 'current work', 'current task'];
const KEY_MODULE = ['module', 'modules'];
const KEY_STARTED = ['started at', 'started', 'start time', 'claimed at'];
const KEY_EXPECTED = ['expected completion', 'eta', 'expected completion time'];
const KEY_CHECKIN = ['last checkin', 'checkin', 'last updated', 'last update'];
const KEY_STATUS = ['status', 'state'];
const KEY_FILES = new Set([
  'files being modified',
  'files',
  'files modified',
  'files being edited',
  'files claimed',
  'files to modify',
  'files being changed'
]);

const AGENT_PLAIN_LABELS = new Set<string>([
  ...KEY_WORKING_ON,
  ...KEY_MODULE,
  ...KEY_STARTED,
  ...KEY_EXPECTED,
  ...KEY_CHECKIN,
  'status',
  ...KEY_FILES
]);

const OVERRIDE_PLAIN_LABELS = new Set<string>([
  'module',
  'original owner',
  'owner',
  'reason',
  'date',
  'agent',
  'by',
  'taken by',
  'overridden by',
  'action taken',
  'files'
]);

interface SectionBuilder {
  name: string;
  line: number;
  level: number;
  fields: Record<string, FieldValue>;
  files: FileClaim[];
  seen: Set<string>;
  filesMode: boolean;
  sawBlank: boolean;
}

function firstField(fields: Record<string, FieldValue>, keys: readonly string[]): FieldValue | null {
  for (const k of keys) {
    const f = fields[k];
    if (f) return f;
  }
  return null;
}

function textValue(f: FieldValue | null): string | null {
  if (!f) return null;
  if (isNoneLike(f.value)) return null;
  return f.value;
}

function cleanModule(f: FieldValue | null): string | null {
  const v = textValue(f);
  if (v === null) return null;
  const c = cleanName(v);
  return c === '' ? null : c;
}

// ---------------------------------------------------------------------------------------------------------------
// Module lists

type ModuleState = ModuleListing['state'];

interface Context {
  level: number;
  state: ModuleState | null;
  modules: boolean;
  overrideContainer: boolean;
}

/** Removes parenthesised notes: "Complete (No Work Needed)" → "Complete ". */
function dropParentheticals(s: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * What a heading says about the list items under it. Only short label-like headings set a module state
 * ("### ✅ Complete (No Work Needed)", "## Available Modules for Work"), not prose that happens to contain the
 * word ("### Current Status: PHASE 2 COMPLETE - High-Level API Implemented!").
 */
function headingContext(h: Heading): Context {
  const full = stripMarkup(h.text).toLowerCase();
  const t = h.text.length > MAX_HEADING_TEXT ? '' : dropParentheticals(dropLeadingDecoration(full)).trim();
  const words = t === '' ? 0 : t.split(/\s+/).length;
  const label = words > 0 && words <= 5 && t.indexOf(':') < 0;
  let state: ModuleState | null = null;
  if (label) {
    if (/\bclaimed\b/.test(t)) state = 'claimed';
    else if (/\bcomplete(?:d)?\b/.test(t)) state = 'complete';
    else if (/\bavailable\b/.test(t)) state = 'available';
  }
  return {
    level: h.level,
    state,
    modules: label && /\bmodules?\b/.test(t),
    overrideContainer: full.indexOf('emergency override') >= 0
  };
}

const WORD = /^[\p{L}\p{N}_@][\p{L}\p{N}_.@/+#-]*$/u;

/** Words that make a "name" a sentence ("NEVER work on modules claimed by the other AI"). */
const PROSE_WORDS = new Set([
  'a',
  'an',
  'the',
  'on',
  'to',
  'of',
  'in',
  'by',
  'for',
  'with',
  'and',
  'or',
  'not',
  'never',
  'always',
  'do',
  'don',
  'is',
  'are',
  'be',
  'if',
  'any',
  'all',
  'you',
  'your',
  'my',
  'we',
  'other',
  'work',
  'working'
]);

/** A module name: one identifier-like word (context-only lines) or up to four (lines with an explicit marker). */
function validModuleName(name: string, multiWord: boolean): boolean {
  if (name.length === 0 || name.length > 80 || isNoneLike(name) || isPlaceholder(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > (multiWord ? 4 : 1)) return false;
  // Several words: a title ("Database Seeding", "Phase 2"), never a sentence.
  if (words.length > 1 && words.some((w) => PROSE_WORDS.has(w.toLowerCase()) || /^\p{Ll}/u.test(w))) return false;
  return words.every((w) => WORD.test(w));
}

/** Who holds a claim: a name, not a placeholder or a phrase ("the other AI"). */
function validAgentName(name: string): boolean {
  if (name === '' || name.length > 80 || isPlaceholder(name) || isNoneLike(name)) return false;
  const words = name.split(/\s+/);
  return words.length <= 5 && !['the', 'other', 'another', 'someone', 'somebody', 'nobody', 'anyone'].includes(words[0]!.toLowerCase());
}

/** "ChatGPT Codex (status uncertain - …)" → "ChatGPT Codex". */
function claimAgent(s: string): string {
  let cut = s.length;
  for (const sep of ['(', ')', ' - ', ' — ', ' – ', ',', ';', ':', ' since ', ' until ', ' until:']) {
    const k = s.indexOf(sep);
    if (k >= 0 && k < cut) cut = k;
  }
  return cleanName(s.slice(0, cut));
}

interface ModuleLine {
  module: string;
  state: ModuleState;
  agent: string | null;
}

function parseModuleLine(itemText: string, ctx: { state: ModuleState | null; modules: boolean }): ModuleLine | null {
  let s = dropLeadingDecoration(itemText).trim();
  // Symbols glued to the front ("✅**Auth**").
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (LETTER_OR_DIGIT.test(ch) || '*_`['.includes(ch)) break;
    i += ch.length;
  }
  s = s.slice(i);
  if (s === '') return null;

  let name: string;
  let rest: string;
  let bareClaim = false;
  const delim = s.startsWith('**') ? '**' : s.startsWith('__') ? '__' : s.startsWith('`') ? '`' : null;
  if (delim) {
    const close = s.indexOf(delim, delim.length);
    if (close < 0) return null;
    name = s.slice(delim.length, close);
    rest = s.slice(close + delim.length);
  } else {
    const lower = s.toLowerCase();
    let cut = s.length;
    for (const sep of [' - ', ' — ', ' – ', ' -- ', ': ', ' (', ' claimed by ']) {
      const k = sep === ' claimed by ' ? lower.indexOf(sep) : s.indexOf(sep);
      if (k >= 0 && k < cut) {
        cut = k;
        bareClaim = sep === ' claimed by ';
      }
    }
    name = s.slice(0, cut);
    rest = s.slice(cut);
  }
  name = cleanName(name);
  while (rest.length > 0 && ' \t-–—:'.includes(rest.charAt(0))) rest = rest.slice(1);

  const lowerRest = rest.toLowerCase();
  let state: ModuleState | null = null;
  let agent: string | null = null;
  const by = lowerRest.indexOf('claimed by');
  if (by >= 0) {
    state = 'claimed';
    const a = claimAgent(rest.slice(by + 'claimed by'.length));
    agent = validAgentName(a) ? a : null;
  } else if (!rest.startsWith('(')) {
    // A state word right after the separator ("- Complete", "- Available (…)"), not inside a note.
    const word = /^[\p{L}-]+/u.exec(cleanName(rest).toLowerCase())?.[0] ?? '';
    if (word === 'claimed' || word === 'locked') state = 'claimed';
    else if (word === 'complete' || word === 'completed' || word === 'done' || word === 'finished') state = 'complete';
    else if (word === 'available' || word === 'unclaimed') state = 'available';
  }
  if (state !== null) {
    // "X claimed by Y" without a separator: only a one-word X, else any sentence with "claimed by" would match.
    return validModuleName(name, !bareClaim) ? { module: name, state, agent } : null;
  }
  if (ctx.state === null && !ctx.modules) return null;
  return validModuleName(name, false) ? { module: name, state: ctx.state ?? 'other', agent: null } : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Emergency overrides

interface OverrideBuilder {
  line: number;
  /** Indentation of the list item that opened a list-shaped entry; -1 for a heading entry. */
  indent: number;
  level: number;
  date: TimeInterval | null;
  by: string | null;
  module: string | null;
  reason: string | null;
  fields: Record<string, FieldValue>;
  template: boolean;
  sawBlank: boolean;
}

const LEADING_DATE =
  /^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[T ]\d{1,2}:(?:\d{2}|[xX]{2})(?::\d{2})?)?(?:[ \t]?(?:UTC|GMT|Z))?(?![\w:])/;

function isPlaceholder(s: string): boolean {
  const t = s.trim();
  return (
    (t.startsWith('[') && t.endsWith(']')) ||
    (t.startsWith('<') && t.endsWith('>')) ||
    (t.startsWith('{') && t.endsWith('}')) ||
    /\byour name\b/i.test(t)
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The parser

/** Reads a claims file. Never throws; problems are reported as diagnostics with 1-based line numbers. */
export function parseClaims(text: string, options: ParseClaimsOptions = {}): ClaimsDocument {
  const diags = new Diagnostics();
  const source = typeof text === 'string' ? text : String(text ?? '');
  let timezone = options.timezone ?? 'UTC';
  if (!isValidTimezone(timezone)) {
    diags.add('warning', 0, `unknown time zone "${timezone}"; times without a zone are read as UTC — expected an IANA name like "Europe/Berlin"`);
    timezone = 'UTC';
  }

  const { raw, data } = prepare(source, diags);
  const agents: AgentSection[] = [];
  const moduleClaims: ModuleClaim[] = [];
  const modules: ModuleListing[] = [];
  const overrides: EmergencyOverride[] = [];
  const agentLines = new Map<string, number>();

  let section: SectionBuilder | null = null;
  let override: OverrideBuilder | null = null;
  let stack: Context[] = [];

  const isBlankRaw = (i: number): boolean => raw[i]!.trim() === '';
  /** Last non-blank line index in [from, to]. */
  const lastNonBlank = (from: number, to: number): number => {
    let e = to;
    while (e > from && isBlankRaw(e)) e--;
    return e;
  };

  const timeField = (f: FieldValue | null, label: string): TimeInterval | null => {
    if (!f) return null;
    const t = parseTime(f.value, timezone);
    if (t === null && !isTimeNullWord(f.value)) {
      diags.add(
        'warning',
        f.line,
        `could not read "${f.value.slice(0, 80)}" as a time for ${label} — expected a date like 2025-12-03 15:00:00, 2025-12-03T15:00:00Z or 2025-12-03`
      );
    }
    return t;
  };

  const closeSection = (lastIndex: number): void => {
    const s = section;
    section = null;
    // A "… Status" heading with no field under it is prose ("### Check Sync Status" over a code block).
    if (!s || Object.keys(s.fields).length === 0) return;
    const key = s.name.toLowerCase().replace(/\s+/g, ' ');
    const first = agentLines.get(key);
    if (first !== undefined) {
      diags.add(
        'error',
        s.line,
        `second status section for agent "${s.name}" (the first is at line ${first}); this one is ignored — expected one section per agent`
      );
      return;
    }
    agentLines.set(key, s.line);
    const start = s.line - 1;
    const end = lastNonBlank(start, lastIndex);
    const f = s.fields;
    const workingOn = textValue(firstField(f, KEY_WORKING_ON));
    agents.push({
      name: s.name,
      line: s.line,
      endLine: end + 1,
      body: raw.slice(start, end + 1).join('\n'),
      workingOn,
      module: cleanModule(firstField(f, KEY_MODULE)),
      startedAt: timeField(firstField(f, KEY_STARTED), 'Started At'),
      expectedCompletion: textValue(firstField(f, KEY_EXPECTED)),
      lastCheckin: timeField(firstField(f, KEY_CHECKIN), 'Last Checkin'),
      status: textValue(firstField(f, KEY_STATUS)),
      files: s.files,
      fields: f,
      idle: workingOn === null && s.files.length === 0
    });
  };

  const closeOverride = (lastIndex: number): void => {
    const o = override;
    override = null;
    if (!o || o.template) return;
    const start = o.line - 1;
    const end = lastNonBlank(start, lastIndex);
    const f = o.fields;
    let date = o.date;
    const dateField = f['date'];
    if (date === null && dateField) date = parseTime(dateField.value, timezone);
    const byField = firstField(f, ['by', 'agent', 'taken by', 'overridden by']);
    const moduleField = f['module'];
    const ownerField = firstField(f, ['original owner', 'owner']);
    const reasonField = f['reason'];
    overrides.push({
      line: o.line,
      endLine: end + 1,
      date,
      by: o.by ?? (byField ? cleanName(byField.value) || null : null),
      module: moduleField && !isNoneLike(moduleField.value) ? cleanName(moduleField.value) || null : o.module,
      originalOwner: ownerField && !isNoneLike(ownerField.value) ? cleanName(ownerField.value) || null : null,
      reason: reasonField ? reasonField.value : o.reason,
      lines: raw.slice(start, end + 1)
    });
  };

  const closeBlocks = (lastIndex: number): void => {
    if (section) closeSection(lastIndex);
    if (override) closeOverride(lastIndex);
  };

  const addFile = (s: SectionBuilder, item: string, line: number): void => {
    for (const part of splitTopLevel(item)) {
      if (part.trim() === '' && item.indexOf(',') >= 0) continue;
      const r = extractPath(part);
      if (r.kind === 'path') {
        if (!s.seen.has(r.pattern)) {
          s.seen.add(r.pattern);
          s.files.push({ pattern: r.pattern, line });
          // Looks like a path, but the matcher refuses it: say so, or the claim silently protects nothing.
          const problem = patternProblem(r.pattern);
          if (problem) {
            diags.add(
              'error',
              line,
              `"${r.pattern.slice(0, 80)}" under Files Being Modified of ${s.name} cannot be matched (${problem}); it claims nothing — expected a path, a directory (dir/) or a glob`
            );
          }
        }
      } else if (r.kind === 'invalid') {
        diags.add(
          'warning',
          line,
          `"${part.trim().slice(0, 80)}" under Files Being Modified of ${s.name} does not look like a path; ignored — expected a path, a directory (dir/) or a glob, optionally followed by a note`
        );
      }
    }
  };

  const sectionLine = (s: SectionBuilder, i: number, d: string): void => {
    const lineNo = i + 1;
    if (d.trim() === '') {
      if (s.filesMode) s.sawBlank = true;
      return;
    }
    const li = parseListItem(d);
    let field = parseField(li ? li.text : d, AGENT_PLAIN_LABELS);
    // "- **src/a.ts**: note" inside a files list is a file, not an unknown field.
    if (field && s.filesMode && !AGENT_PLAIN_LABELS.has(field.key) && isPathLike(normalisePath(stripMarkup(field.label)))) {
      field = null;
    }
    if (field) {
      s.filesMode = false;
      const prev = Object.hasOwn(s.fields, field.key) ? s.fields[field.key] : undefined;
      if (prev) {
        diags.add(
          'warning',
          lineNo,
          `field "${field.label}" of ${s.name} appears again (first at line ${prev.line}); ${KEY_FILES.has(field.key) ? 'both lists are used' : 'this value is ignored'} — expected each field once per section`
        );
      } else {
        s.fields[field.key] = { value: field.value, line: lineNo };
      }
      if (KEY_FILES.has(field.key)) {
        s.filesMode = true;
        s.sawBlank = false;
        const v = field.value;
        const t = v.trim();
        if (t !== '' && !(t.startsWith('(') && t.endsWith(')')) && !t.endsWith(':')) addFile(s, v, lineNo);
      }
      return;
    }
    if (!s.filesMode) return;
    if (li) {
      s.sawBlank = false;
      if (li.text === '') return;
      addFile(s, li.text, lineNo);
      return;
    }
    // A bare path right under the field (no bullet, no blank line before it) still counts.
    if (!s.sawBlank) {
      const r = extractPath(d.trim());
      if (r.kind === 'path') {
        addFile(s, d.trim(), lineNo);
        return;
      }
      if (r.kind === 'none') return;
    }
    s.filesMode = false;
  };

  const overrideLine = (o: OverrideBuilder, i: number, d: string): boolean => {
    // Returns false when the line does not belong to a list-shaped entry (which then ends).
    const lineNo = i + 1;
    const li = parseListItem(d);
    if (o.indent >= 0) {
      if (d.trim() === '') {
        o.sawBlank = true;
        return true;
      }
      const indent = li ? li.indent : d.length - d.trimStart().length;
      if (li ? li.indent <= o.indent : o.sawBlank && indent <= o.indent) return false;
    }
    if (d.trim() === '') return true;
    o.sawBlank = false;
    const field = parseField(li ? li.text : d, OVERRIDE_PLAIN_LABELS);
    if (field && !Object.hasOwn(o.fields, field.key)) o.fields[field.key] = { value: field.value, line: lineNo };
    return true;
  };

  /** A dated list item under an "Emergency Override" heading: `- 2025-12-04 Claude Code: hotfix in a/b.ts`. */
  const openListOverride = (li: ListItem, i: number): boolean => {
    const s = cleanDatePrefix(li.text);
    const m = LEADING_DATE.exec(s);
    if (!m) return false;
    const date = parseTime(m[0], timezone);
    if (!date) return false;
    let rest = s.slice(m[0].length).replace(/^[\s*_`,:;–—-]+/, '');
    let by: string | null = null;
    let reason: string | null = null;
    const colon = rest.indexOf(':');
    const dash = (() => {
      let k = -1;
      for (const sep of [' - ', ' — ', ' – ']) {
        const x = rest.indexOf(sep);
        if (x >= 0 && (k < 0 || x < k)) k = x;
      }
      return k;
    })();
    const cut = colon >= 0 && (dash < 0 || colon < dash) ? colon : dash;
    if (cut > 0 && cut <= 60) {
      const who = cleanName(rest.slice(0, cut));
      if (who !== '' && who.split(/\s+/).length <= 4) {
        by = who;
        rest = rest.slice(cut + (cut === colon ? 1 : 3)).trim();
      }
    }
    reason = rest.trim() === '' ? null : rest.trim();
    let module: string | null = null;
    const first = reason ? cleanName(firstToken(reason)) : '';
    if (first !== '' && /^[A-Za-z_][\w.-]*Module$/.test(first)) module = first;
    override = {
      line: i + 1,
      indent: li.indent,
      level: 0,
      date,
      by,
      module,
      reason,
      fields: {},
      template: false,
      sawBlank: false
    };
    return true;
  };

  const contextLine = (i: number, d: string): void => {
    if (d.trim() === '') return;
    const li = parseListItem(d);
    if (!li) return;
    let state: ModuleState | null = null;
    let modulesHeading = false;
    for (let k = stack.length - 1; k >= 0; k--) {
      const c = stack[k]!;
      if (c.overrideContainer) {
        openListOverride(li, i);
        return;
      }
      if (state === null && c.state !== null) state = c.state;
      if (c.modules) modulesHeading = true;
    }
    const m = parseModuleLine(li.text, { state, modules: modulesHeading });
    if (!m) return;
    modules.push({ module: m.module, state: m.state, line: i + 1 });
    if (m.agent !== null) moduleClaims.push({ module: m.module, agent: m.agent, line: i + 1 });
  };

  for (let i = 0; i < raw.length; i++) {
    const d = data[i]!;
    const h = d.length > 0 && d.length <= MAX_LINE_LENGTH ? parseHeading(d) : null;
    if (h) {
      const agent = agentNameFromHeading(h);
      const ov = agent === null ? overrideHeading(h) : null;
      let entryParts = ov !== null && ov.parts.length > 0 ? ov.parts : null;
      const blockLevel = section ? section.level : override ? override.level : 0;
      if ((section || override) && (agent !== null || ov !== null || h.level <= blockLevel || (override && override.indent >= 0))) {
        closeBlocks(i - 1);
      }
      while (stack.length > 0 && stack[stack.length - 1]!.level >= h.level) stack.pop();
      // Under an "Emergency Overrides" heading, a heading that starts with a date is an entry too.
      if (agent === null && ov === null && !section && !override && stack.some((c) => c.overrideContainer)) {
        const t = cleanDatePrefix(stripMarkup(h.text));
        if (LEADING_DATE.test(t)) entryParts = t.split(/\s+[-–—|:]\s+/).filter((p) => p.trim() !== '');
      }
      if (agent !== null) {
        section = {
          name: agent,
          line: i + 1,
          level: h.level,
          fields: {},
          files: [],
          seen: new Set(),
          filesMode: false,
          sawBlank: false
        };
        stack.push({ level: h.level, state: null, modules: false, overrideContainer: false });
      } else if (entryParts !== null) {
        const parts = entryParts;
        const template = parts.some(isPlaceholder);
        if (template) {
          diags.add(
            'warning',
            i + 1,
            `emergency override heading "${h.text.slice(0, 80)}" looks like an unfilled template; ignored — expected "Emergency Override - <date> - <name>"`
          );
        }
        let date: TimeInterval | null = null;
        let by: string | null = null;
        for (const part of parts) {
          const t: TimeInterval | null = date === null ? parseTime(part, timezone) : null;
          if (t) date = t;
          else if (by === null) by = cleanName(part) || null;
        }
        override = {
          line: i + 1,
          indent: -1,
          level: h.level,
          date,
          by,
          module: null,
          reason: null,
          fields: {},
          template,
          sawBlank: false
        };
        stack.push({ level: h.level, state: null, modules: false, overrideContainer: false });
      } else if (!section && !override) {
        stack.push(headingContext(h));
      }
      continue;
    }
    if (d.length > 0 && isRule(d)) {
      closeBlocks(i - 1);
      stack = [];
      continue;
    }
    if (section) {
      sectionLine(section, i, d);
      continue;
    }
    if (override) {
      if (overrideLine(override, i, d)) continue;
      closeOverride(i - 1);
    }
    contextLine(i, d);
  }
  closeBlocks(raw.length - 1);

  // A list-shaped override naming a module listed elsewhere in the file ("- 2025-12-04 Codex: Billing hotfix").
  if (modules.length > 0) {
    const known = new Map(modules.map((m) => [m.module.toLowerCase(), m.module]));
    for (const o of overrides) {
      if (o.module !== null || !o.reason) continue;
      const first = cleanName(firstToken(o.reason)).toLowerCase();
      const hit = known.get(first);
      if (hit) o.module = hit;
    }
  }

  if (agents.length === 0) {
    diags.add('warning', 0, 'no agent status sections found — expected headings like "## Claude Code Status"');
  }
  return { agents, moduleClaims, modules, overrides, diagnostics: diags.finish() };
}

function cleanDatePrefix(s: string): string {
  let t = dropLeadingDecoration(s).trim();
  while (t.length > 0 && '*_`['.includes(t.charAt(0))) t = t.slice(1);
  return t;
}
