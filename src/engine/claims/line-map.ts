// The line map: what the reader sees on each line of a markdown file (blank, hidden, heading, rule, field, list
// item, text) and which lines it read as a files list. Built by the reader's own functions, so the claims editor
// rewrites exactly the lines the reader reads and never parses markdown with rules of its own.
import { Diagnostics, isRule, parseField, parseHeading, parseListItem, prepare, type Field, type Heading, type ListItem, type Prepared } from './markdown.js';
import { readClaims } from './reader.js';
import { AGENT_PLAIN_LABELS } from './sections.js';

/**
 * blank: only whitespace. hidden: not data to the reader (code fence, HTML comment, oversize or binary line).
 * field: a `**Label:** value` line, also as a list item. The rest as in markdown.
 */
export type LineKind = 'blank' | 'hidden' | 'heading' | 'rule' | 'field' | 'item' | 'text';

export interface MappedLine {
  kind: LineKind;
  heading: Heading | null;
  /** Set for every list item, those that hold a field too. */
  item: ListItem | null;
  field: Field | null;
  /** Offset in the line where a list item's content starts (after the marker and its spaces); -1 when none. */
  contentAt: number;
  /** Offset in the line where a field's value starts (after the label and colon, spaces included); -1 when none. */
  valueAt: number;
  /** The 1-based line of the files field whose list the reader read this line in; 0 when none. */
  filesOf: number;
}

/**
 * The reader's offsets are into the line's data, which is the line itself unless an HTML comment was cut out of
 * it. Where the data is the start or the end of the line they still hold (shifted); otherwise they are unknown.
 */
function shiftOf(raw: string, data: string): number | null {
  if (raw.startsWith(data)) return 0;
  if (raw.endsWith(data)) return raw.length - data.length;
  return null;
}

/** Each line of the prepared text as the reader sees it; `filesOf` from a reading (readClaims). */
export function mapLines(prepared: Prepared, filesOf: ReadonlyMap<number, number> = new Map()): MappedLine[] {
  const { raw, data } = prepared;
  return raw.map((line, i): MappedLine => {
    const d = data[i] ?? '';
    const out: MappedLine = { kind: 'text', heading: null, item: null, field: null, contentAt: -1, valueAt: -1, filesOf: filesOf.get(i) ?? 0 };
    if (d.trim() === '') {
      out.kind = line.trim() === '' ? 'blank' : 'hidden';
      return out;
    }
    out.heading = parseHeading(d);
    if (out.heading) {
      out.kind = 'heading';
      return out;
    }
    const item = parseListItem(d);
    // A line the reader took into a files list is an item of it (or a bare path), even when it looks like a rule
    // ("* **", the claim "**") or a field ("- **src/a.ts**: note").
    if (out.filesOf === 0 && isRule(d)) {
      out.kind = 'rule';
      return out;
    }
    const field = out.filesOf === 0 ? parseField(item ? item.text : d, AGENT_PLAIN_LABELS) : null;
    out.item = item;
    out.field = field;
    out.kind = field ? 'field' : item ? 'item' : 'text';
    const shift = shiftOf(line, d);
    if (shift !== null) {
      if (item) out.contentAt = shift + item.contentAt;
      if (field) out.valueAt = shift + (item ? item.textAt : 0) + field.at;
    }
    return out;
  });
}

/** The line map of a claims file, with the files lists the reader read. */
export function readLineMap(text: string): MappedLine[] {
  const r = readClaims(text);
  return mapLines(r.prepared, r.filesOf);
}

/** The line map of any markdown text (no claims reading: no files lists). */
export function lineMap(text: string): MappedLine[] {
  return mapLines(prepare(text, new Diagnostics()));
}
