// The claims file as lines that keep their own terminators (a BOM and the final newline state too), and the
// markdown structure the editor needs outside code fences: headings, rules, list items. EditError for what cannot be edited.

export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditError';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Lines with their own terminators

export interface Line {
  text: string;
  eol: string;
}

export class Lines {
  readonly items: Line[];
  readonly eol: string;
  /** Did the original text end with a line terminator (or was it empty)? */
  private readonly trailing: boolean;

  constructor(text: string) {
    const items: Line[] = [];
    const re = /\r\n|\r|\n/g;
    let pos = 0;
    const counts = { crlf: 0, lf: 0, cr: 0 };
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      items.push({ text: text.slice(pos, m.index), eol: m[0] });
      if (m[0] === '\r\n') counts.crlf++;
      else if (m[0] === '\n') counts.lf++;
      else counts.cr++;
      pos = m.index + m[0].length;
    }
    if (pos < text.length) items.push({ text: text.slice(pos), eol: '' });
    this.items = items;
    this.trailing = text.length === 0 || pos === text.length;
    this.eol = counts.crlf > counts.lf && counts.crlf >= counts.cr ? '\r\n' : counts.cr > counts.lf && counts.cr > counts.crlf ? '\r' : '\n';
  }

  get length(): number {
    return this.items.length;
  }

  /** Text of the 0-based line i ('' past the end). */
  at(i: number): string {
    return this.items[i]?.text ?? '';
  }

  set(i: number, text: string): void {
    const item = this.items[i];
    if (!item) throw new EditError(`line ${i + 1} does not exist`);
    item.text = text;
  }

  /** Inserts lines before 0-based index i (i === length appends). */
  insert(i: number, texts: readonly string[]): void {
    this.splice(i, 0, texts);
  }

  /** Replaces lines; replacement lines take over the terminators of the lines they replace, extra ones get the dominant one. */
  splice(start: number, deleteCount: number, texts: readonly string[]): void {
    const old = this.items.slice(start, start + deleteCount);
    this.items.splice(start, deleteCount, ...texts.map((text, j) => ({ text, eol: old[j]?.eol ?? this.eol })));
  }

  toString(): string {
    const n = this.items.length;
    let out = '';
    for (let i = 0; i < n; i++) {
      const item = this.items[i] as Line;
      let eol = item.eol;
      if (i < n - 1 && eol === '') eol = this.eol;
      if (i === n - 1) eol = this.trailing ? eol || this.eol : '';
      out += item.text + eol;
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown structure outside code fences

export interface HeadingInfo {
  index: number;
  level: number;
  text: string;
}

export interface Structure {
  inFence: boolean[];
  headings: HeadingInfo[];
}

export function headingOf(line: string): { level: number; text: string } | null {
  const m = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
  if (!m) return null;
  const text = (m[2] ?? '').replace(/[ \t]+#+$/, '').trim();
  return { level: (m[1] as string).length, text };
}

export function isRule(line: string): boolean {
  return /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line);
}

export function structure(lines: Lines): Structure {
  const inFence: boolean[] = [];
  const headings: HeadingInfo[] = [];
  let fence: { char: string; len: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines.at(i);
    if (fence) {
      inFence.push(true);
      const m = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (m && (m[1] as string)[0] === fence.char && (m[1] as string).length >= fence.len) fence = null;
      continue;
    }
    const open = /^[ \t]*(`{3,}|~{3,})(.*)$/.exec(line);
    if (open && !((open[1] as string)[0] === '`' && (open[2] as string).includes('`'))) {
      fence = { char: (open[1] as string)[0] as string, len: (open[1] as string).length };
      inFence.push(true);
      continue;
    }
    inFence.push(false);
    const h = headingOf(line);
    if (h) headings.push({ index: i, ...h });
  }
  return { inFence, headings };
}

/** Heading text without markup and leading/trailing emoji or symbols ("🚨 **Emergency Override**" → "Emergency Override"). */
export function plainHeading(text: string): string {
  return text
    .replace(/[*_`~]/g, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N})]+$/u, '')
    .trim();
}

export const LIST_ITEM = /^([ \t]*)(?:[-*+•]|\d{1,9}[.)])(?:[ \t]+|$)/;

export function isBlank(s: string): boolean {
  return s.trim() === '';
}
