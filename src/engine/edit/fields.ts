// The fields the editor writes into an agent section: their labels (from the reader's vocabulary) and their lines
// in the file's own style — where the reader says a label ends, which lines a files list spans, which bullet it uses.
import type { AgentSection } from '../model.js';
import { CANONICAL_LABELS, labelsOf, type Role } from '../claims/vocabulary.js';
import { EditError, indentOf, type Page } from './lines.js';

export interface AgentFields {
  workingOn?: string;
  module?: string;
  startedAt?: string;
  expected?: string;
  /** Paths for "Files Being Modified"; [] writes `- None`. */
  files?: readonly string[];
  lastCheckin?: string;
}

export type FieldName = keyof AgentFields;

export const ORDER: readonly FieldName[] = ['workingOn', 'module', 'startedAt', 'expected', 'files', 'lastCheckin'];

/** What each field means to the reader (claims/vocabulary.ts). */
const ROLE: Record<FieldName, Role> = {
  workingOn: 'working-on',
  module: 'module',
  startedAt: 'started',
  expected: 'expected',
  files: 'files',
  lastCheckin: 'checkin'
};

const byField = <T>(f: (role: Role) => T): Record<FieldName, T> =>
  Object.fromEntries(ORDER.map((name) => [name, f(ROLE[name])])) as Record<FieldName, T>;

/** The label written for a field the section does not have yet. */
export const LABELS: Record<FieldName, string> = byField((role) => CANONICAL_LABELS[role]);

/** Every label the reader reads for each field, in the reader's order (its first match wins, so the editor's too). */
export const KEYS: Record<FieldName, readonly string[]> = byField((role) => labelsOf(role));

/** Does the section have this field (under any of the labels the reader reads for it)? */
export function hasField(section: AgentSection, name: FieldName): boolean {
  return KEYS[name].some((k) => section.fields[k] !== undefined);
}

/** 0-based line index of a field in a section, or null. */
export function fieldIndex(section: AgentSection, name: FieldName): number | null {
  for (const key of KEYS[name]) {
    const f = section.fields[key];
    if (f) return f.line - 1;
  }
  return null;
}

/** The field line at 0-based `idx` with a new value; label, markup and the spaces after the label kept. */
export function withValue(page: Page, idx: number, value: string): string {
  const line = page.lines.at(idx);
  const at = page.map[idx]?.valueAt ?? -1;
  if (at < 0) throw new EditError(`cannot find the label in line ${idx + 1} "${line.slice(0, 80)}"`);
  if (value === '') return line.slice(0, at);
  const gap = indentOf(line.slice(at));
  return line.slice(0, at) + (gap === '' ? ' ' : gap) + value;
}

/** A list marker as the first item writes it: "3." → "1." (new items are numbered from one, markdown renumbers). */
const firstMarker = (prefix: string): string => prefix.replace(/\d{1,9}([.)])/, '1$1');

export interface FieldFrame {
  /** What comes before the label: indentation and a list marker, when fields are list items. */
  lead: string;
  render(label: string, value: string): string;
}

/** The shape of field lines in a sample section (or the seed's `**Label:** value`). */
export function fieldFrame(page: Page, section: AgentSection | null): FieldFrame {
  const first = section ? Object.values(section.fields).sort((a, b) => a.line - b.line)[0] : undefined;
  const m = first ? page.map[first.line - 1] : undefined;
  if (!first || !m || m.valueAt < 0) return { lead: '', render: (label, value) => `**${label}:**${value === '' ? '' : ` ${value}`}` };
  const line = page.lines.at(first.line - 1);
  const lead = firstMarker(m.contentAt >= 0 ? line.slice(0, m.contentAt) : indentOf(line));
  // The label's markup, from what ends it: `**Label:**` (colon inside), `**Label**:`, or plain `Label:`.
  const head = line.slice(0, m.valueAt);
  let bold = '';
  let colonInside = false;
  for (const mark of ['**', '__']) {
    if (head.endsWith(mark)) [bold, colonInside] = [mark, true];
    else if (head.endsWith(`${mark}:`) || head.endsWith(`${mark}：`)) bold = mark;
  }
  return {
    lead,
    render: (label, value) => {
      const text = bold ? (colonInside ? `${bold}${label}:${bold}` : `${bold}${label}${bold}:`) : `${label}:`;
      return `${lead}${text}${value === '' ? '' : ` ${value}`}`;
    }
  };
}

/** A path as a list item the parser reads back: plain when safe, else in backticks. */
export function formatPathItem(path: string): string {
  if (/[\r\n`]/.test(path)) throw new EditError(`cannot write the path ${JSON.stringify(path)} into a markdown list`);
  return /^[\p{L}\p{N}._/@~$*-][^\s()[\]<>|"'`,;]*$/u.test(path) && !/[.,:;]$/.test(path) ? path : `\`${path}\``;
}

export interface Extent {
  first: number;
  last: number;
}

/** The lines the reader read as the files list of the field at 0-based `idx`: [first, last] (0-based), or null. */
export function filesExtent(page: Page, idx: number): Extent | null {
  let last = -1;
  for (let j = idx + 1; j < page.map.length; j++) if (page.map[j]?.filesOf === idx + 1) last = j;
  return last < 0 ? null : { first: idx + 1, last };
}

/** The bullet for new items of the files list at `extent` under the field at `idx`: the list's own, else nested. */
export function bulletFor(page: Page, extent: Extent | null, idx: number): string {
  if (extent) {
    for (let j = extent.first; j <= extent.last; j++) {
      const at = page.map[j]?.contentAt ?? -1;
      if (at >= 0) return `${firstMarker(page.lines.at(j).slice(0, at)).trimEnd()} `;
    }
  }
  if ((page.map[idx]?.contentAt ?? -1) >= 0) return `${indentOf(page.lines.at(idx))}  - `;
  return '- ';
}

/** Bullet for a files list under a field line with the given lead (`- ` when fields are list items: nest it). */
export function nestedBullet(lead: string): string {
  if (lead === '') return '- ';
  return `${indentOf(lead)}  - `;
}

export function fileItems(bullet: string, files: readonly string[]): string[] {
  if (files.length === 0) return [`${bullet}None`];
  return files.map((f) => `${bullet}${formatPathItem(f)}`);
}

export function valueOf(name: FieldName, fields: AgentFields): string {
  const v = fields[name];
  if (typeof v !== 'string') return '';
  if (/[\r\n]/.test(v)) throw new EditError(`${LABELS[name]} must be one line`);
  return v;
}

/** A field's lines as written for a section that lacks it: the label (and, for files, the list). */
export function renderField(frame: FieldFrame, name: FieldName, fields: AgentFields): string[] {
  if (name === 'files') return [frame.render(LABELS.files, ''), ...fileItems(nestedBullet(frame.lead), fields.files ?? [])];
  return [frame.render(LABELS[name], valueOf(name, fields))];
}
