// The file being edited: its lines with their own terminators (a BOM and the final newline state too), and the
// reader's line map of it (claims/line-map.ts), which says where headings, rules, fields and list items are.
// EditError for what cannot be edited.
import { lineMap, readLineMap, type LineKind, type MappedLine } from '../claims/line-map.js';
import type { Heading } from '../claims/markdown.js';

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
  /** A byte order mark, kept aside so line texts (and the reader's offsets into them) start at the content. */
  private readonly bom: string;

  constructor(source: string) {
    this.bom = source.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    const text = source.slice(this.bom.length);
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
    let out = this.bom;
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
// The page: lines plus the reader's map of them

export interface HeadingAt extends Heading {
  /** 0-based line index. */
  index: number;
}

/**
 * The lines to edit and the reader's map of them. The map describes the text as it was read: take every position
 * from it before the first edit (the edits then go bottom-up or at one place).
 */
export class Page {
  readonly lines: Lines;
  readonly map: readonly MappedLine[];
  /** Headings the reader sees (none inside code fences or comments). */
  readonly headings: HeadingAt[];

  private constructor(text: string, map: MappedLine[]) {
    this.lines = new Lines(text);
    this.map = map;
    this.headings = map.flatMap((m, index) => (m.heading ? [{ index, ...m.heading }] : []));
  }

  /** A claims file: the map knows its files lists. */
  static claims(text: string): Page {
    return new Page(text, readLineMap(text));
  }

  /** Any other markdown file (the handoff notes). */
  static markdown(text: string): Page {
    return new Page(text, lineMap(text));
  }

  kind(i: number): LineKind {
    return this.map[i]?.kind ?? 'blank';
  }

  isBlank(i: number): boolean {
    return this.kind(i) === 'blank';
  }

  /** Is the whole file blank (or empty)? */
  isEmpty(): boolean {
    return this.map.every((m) => m.kind === 'blank');
  }

  /** 0-based last line of a heading's block: before the next heading of the same or a higher level, or a rule. */
  blockEnd(h: HeadingAt): number {
    const next = this.headings.find((o) => o.index > h.index && o.level <= h.level);
    const end = next ? next.index - 1 : this.lines.length - 1;
    for (let j = h.index + 1; j <= end; j++) if (this.kind(j) === 'rule') return j - 1;
    return end;
  }

  /** The last non-blank line at or before `i` (not before `floor`). */
  lastContent(i: number, floor = 0): number {
    let e = i;
    while (e > floor && this.isBlank(e)) e--;
    return e;
  }

  /** 0-based index just after the last non-blank line of the file (0 when it is all blank). */
  contentEnd(): number {
    let end = this.lines.length;
    while (end > 0 && this.isBlank(end - 1)) end--;
    return end;
  }
}

/** Leading spaces and tabs of a line. */
export function indentOf(line: string): string {
  return line.slice(0, line.length - line.trimStart().length);
}
