// Markdown line structure for the claims reader: which lines are data at all (fences, HTML comments, oversize and
// binary lines), headings, rules, list items and `**Label:** value` fields. Single pass per line, never throws.
import type { Diagnostic } from '../model.js';
import { cleanName, isSpace } from './text.js';

export const MAX_LINE_LENGTH = 10_000;
/** More diagnostics than this are counted, not listed. */
export const MAX_DIAGNOSTICS = 200;
/** Heading texts longer than this are never agent or override headings. */
export const MAX_HEADING_TEXT = 300;

// ---------------------------------------------------------------------------------------------------------------
// Diagnostics

export class Diagnostics {
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
// Line structure

export interface Heading {
  level: number;
  text: string;
}

export function parseHeading(line: string): Heading | null {
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
export function isRule(line: string): boolean {
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

export interface ListItem {
  /** Columns of indentation before the marker (tab = 4). */
  indent: number;
  /** Content after the marker and an optional task checkbox, trimmed. */
  text: string;
  /** Offset in the line just past the marker and the spaces after it (where a checkbox or the content starts). */
  contentAt: number;
  /** Offset in the line where `text` starts. */
  textAt: number;
}

export function parseListItem(line: string): ListItem | null {
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
  const rest = line.slice(q);
  const contentAt = q + rest.length - rest.trimStart().length;
  let text = rest.trim();
  let textAt = contentAt;
  if (/^\[[ xX]\](?:\s|$)/.test(text)) {
    const after = text.slice(3);
    textAt += 3 + after.length - after.trimStart().length;
    text = after.trim();
  }
  return { indent, text, contentAt, textAt };
}

export interface Field {
  /** Normalised label: lower case, spaces collapsed, "check-in" → "checkin". */
  key: string;
  label: string;
  value: string;
  /** Offset in the content given to parseField where the value starts, spaces included (after the label and colon). */
  at: number;
}

export function normaliseLabel(label: string): string {
  let s = cleanName(label).toLowerCase();
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/check[\s-]*in\b/g, 'checkin');
  return s;
}

/**
 * A `**Label:** value` line (or list item): colon inside or outside the bold, `__` as bold too. Without bold, only
 * the labels in `plain` are recognised (`Module: X`), so prose with a colon is not a field.
 */
export function parseField(content: string, plain: ReadonlySet<string>): Field | null {
  const s = content.trimStart();
  const lead = content.length - s.length;
  let label: string | null = null;
  let value = '';
  let at = 0;
  const delim = s.startsWith('**') ? '**' : s.startsWith('__') ? '__' : null;
  if (delim) {
    const close = s.indexOf(delim, 2);
    if (close < 0 || close > 120) return null;
    const inner = s.slice(2, close).trim();
    const after = s.slice(close + 2);
    if (inner.endsWith(':') || inner.endsWith('：')) {
      label = inner.slice(0, -1);
      value = after;
      at = close + 2;
    } else if (after.startsWith(':') || after.startsWith('：')) {
      label = inner;
      value = after.slice(1);
      at = close + 3;
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
    at = colon + 1;
  }
  const key = normaliseLabel(label);
  if (key === '' || key.length > 80) return null;
  return { key, label: label.trim(), value: value.trim(), at: lead + at };
}

// ---------------------------------------------------------------------------------------------------------------
// Fences, comments, oversize and binary lines: which lines are data at all.

export interface Prepared {
  /** Raw lines (CRLF/CR normalised). */
  raw: string[];
  /** The data of each line: '' for code, comments, skipped lines. */
  data: string[];
  /**
   * For each line, the 1-based line of an unclosed comment or fence that would hide it (0 when visible). Such
   * lines are read anyway: a half-written note must not make the claims below it vanish; the claims read there
   * are uncertain.
   */
  hiddenBy: number[];
  /** Comments and fences opened and never closed, by line. */
  unclosed: { line: number; what: string; closer: string }[];
}

export function fenceOpener(line: string): { char: string; len: number } | null {
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

export function isFenceClose(line: string, char: string, len: number): boolean {
  let p = 0;
  while (p < line.length && isSpace(line.charAt(p))) p++;
  let n = 0;
  while (line.charAt(p + n) === char) n++;
  if (n < len) return false;
  for (let i = p + n; i < line.length; i++) if (!isSpace(line.charAt(i))) return false;
  return true;
}

/** Comments and fences never closed are re-read as text this many times (bounded: each re-read is linear). */
const MAX_RECOVERIES = 3;

export function prepare(text: string, diags: Diagnostics): Prepared {
  const raw = text.split(/\r\n|\r|\n/);
  if (raw.length > 0 && raw[0]!.charCodeAt(0) === 0xfeff) raw[0] = raw[0]!.slice(1);
  const data: string[] = new Array<string>(raw.length).fill('');
  const hiddenBy: number[] = new Array<number>(raw.length).fill(0);
  const unclosed: Prepared['unclosed'] = [];
  let sawNul = false;
  let hidden = 0;
  let from = 0;
  for (let round = 0; ; round++) {
    const end = scan(from, hidden);
    if (end === null) break;
    const closer = end.kind === 'fence' ? end.fence : '-->';
    const what = end.kind === 'fence' ? `code fence ${end.fence}` : 'HTML comment <!--';
    unclosed.push({ line: end.openedAt, what, closer });
    if (round >= MAX_RECOVERIES) {
      diags.add('warning', end.openedAt, `${what} opened here is never closed; the rest of the file is not read — expected a closing ${closer}`);
      break;
    }
    diags.add('warning', end.openedAt, `${what} opened here is never closed; the lines after it are read anyway, as uncertain claims — expected a closing ${closer}`);
    hidden = end.openedAt;
    from = end.openedAt; // the line after the opener (0-based index = 1-based line number)
  }
  return { raw, data, hiddenBy, unclosed };

  /** One pass from line index `from`; the unclosed construct it ends in, or null. */
  function scan(from: number, hiddenLine: number): { kind: 'fence' | 'comment'; openedAt: number; fence: string } | null {
    let state: 'text' | 'fence' | 'comment' = 'text';
    let fence = { char: '`', len: 3 };
    let openedAt = 0;
    for (let i = from; i < raw.length; i++) {
      const line = raw[i]!;
      data[i] = '';
      hiddenBy[i] = hiddenLine;
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
    if (state === 'text') return null;
    return { kind: state, openedAt, fence: fence.char.repeat(fence.len) };
  }
}

/** The last non-blank line index in [from, to]: where a block that runs to `to` really ends. */
export function lastNonBlank(raw: readonly string[], from: number, to: number): number {
  let e = to;
  while (e > from && raw[e]!.trim() === '') e--;
  return e;
}
