// Editing an agent's section: set fields (keeping the file's field markup and bullets), create the section in the
// file's own style, stamp a check-in.
import type { AgentSection, ClaimsDocument } from '../model.js';
import { agentKey } from '../names.js';
import { EditError, LIST_ITEM, Lines, headingOf, isBlank, isRule, structure } from './lines.js';

// ---------------------------------------------------------------------------------------------------------------
// Agent sections

// One agent-name key for the reader, the judge and the editor: case, spacing and a role in parentheses ignored.
export { agentKey };

export function findSection(doc: ClaimsDocument, names: readonly string[]): AgentSection | null {
  const keys = new Set(names.map(agentKey));
  return doc.agents.find((a) => keys.has(agentKey(a.name))) ?? null;
}

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

export const LABELS: Record<FieldName, string> = {
  workingOn: 'Currently Working On',
  module: 'Module',
  startedAt: 'Started At',
  expected: 'Expected Completion',
  files: 'Files Being Modified',
  lastCheckin: 'Last Checkin'
};

/** The parser's normalised keys for each field, first match wins (as in the parser). */
export const KEYS: Record<FieldName, readonly string[]> = {
  workingOn: ['currently working on', 'working on', 'current work', 'current task'],
  module: ['module', 'modules'],
  startedAt: ['started at', 'started', 'start time', 'claimed at'],
  expected: ['expected completion', 'eta', 'expected completion time'],
  files: ['files being modified', 'files', 'files modified', 'files being edited', 'files claimed', 'files to modify', 'files being changed'],
  lastCheckin: ['last checkin', 'checkin', 'last updated', 'last update']
};

export type AgentFieldName = FieldName;

/** Does the section have this field (under any of the labels the parser reads for it)? */
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

/** Where the label of a field line ends: `**Label:**`, `- **Label:**`, `**Label**:`, `Label:`. */
export function labelEnd(line: string): number | null {
  const lead = /^[ \t]*(?:(?:[-*+•]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/.exec(line);
  let p = lead ? lead[0].length : 0;
  const delim = line.startsWith('**', p) ? '**' : line.startsWith('__', p) ? '__' : null;
  if (delim) {
    const close = line.indexOf(delim, p + 2);
    if (close < 0) return null;
    const inner = line.slice(p + 2, close).trimEnd();
    p = close + 2;
    if (inner.endsWith(':') || inner.endsWith('：')) return p;
    const after = line.charAt(p);
    return after === ':' || after === '：' ? p + 1 : null;
  }
  const colon = line.indexOf(':', p);
  return colon < 0 ? null : colon + 1;
}

export function withValue(line: string, value: string): string {
  const end = labelEnd(line);
  if (end === null) throw new EditError(`cannot find the label in line "${line.slice(0, 80)}"`);
  const gap = /^[ \t]*/.exec(line.slice(end))?.[0] ?? '';
  if (value === '') return line.slice(0, end);
  return line.slice(0, end) + (gap === '' ? ' ' : gap) + value;
}

export interface FieldFrame {
  lead: string;
  render(label: string, value: string): string;
}

/** The shape of field lines in a sample section (or the seed's `**Label:** value`). */
export function fieldFrame(lines: Lines, section: AgentSection | null): FieldFrame {
  let sample: string | null = null;
  if (section) {
    const first = Object.values(section.fields).sort((a, b) => a.line - b.line)[0];
    if (first) sample = lines.at(first.line - 1);
  }
  const m = sample ? /^([ \t]*(?:(?:[-*+•]|\d{1,9}[.)])[ \t]+)?)(\*\*|__)?([^:*_]+)(:?)(\*\*|__)?(:?)/.exec(sample) : null;
  if (!m) return { lead: '', render: (label, value) => `**${label}:**${value === '' ? '' : ` ${value}`}` };
  const lead = (m[1] ?? '').replace(/\d{1,9}([.)])/, '1$1');
  const bold = m[2] ?? '';
  const colonInside = m[4] === ':';
  return {
    lead,
    render: (label, value) => {
      const head = bold ? (colonInside ? `${bold}${label}:${bold}` : `${bold}${label}${bold}:`) : `${label}:`;
      return `${lead}${head}${value === '' ? '' : ` ${value}`}`;
    }
  };
}

/** A path as a list item the parser reads back: plain when safe, else in backticks. */
export function formatPathItem(path: string): string {
  if (/[\r\n`]/.test(path)) throw new EditError(`cannot write the path ${JSON.stringify(path)} into a markdown list`);
  return /^[\p{L}\p{N}._/@~$*-][^\s()[\]<>|"'`,;]*$/u.test(path) && !/[.,:;]$/.test(path) ? path : `\`${path}\``;
}

/** The lines of a section's files list after its field line: [first, last] (0-based, inclusive), or null if none. */
export function filesExtent(lines: Lines, fieldLine: number, lastLine: number): { first: number; last: number } | null {
  let last = -1;
  let sawBlank = false;
  for (let j = fieldLine + 1; j <= lastLine; j++) {
    const t = lines.at(j);
    if (isBlank(t)) {
      sawBlank = true;
      continue;
    }
    const li = LIST_ITEM.exec(t);
    const content = li ? t.slice(li[0].length) : t;
    if (labelEnd(content) !== null && /^[ \t]*(\*\*|__)/.test(content)) break; // the next field
    if (li) {
      last = j;
      sawBlank = false;
      continue;
    }
    if (!sawBlank && /^[ \t]*\S+[ \t]*$/.test(t)) {
      last = j; // a bare path directly under the field
      continue;
    }
    break;
  }
  return last < 0 ? null : { first: fieldLine + 1, last };
}

export function bulletFor(lines: Lines, extent: { first: number; last: number } | null, fieldLineText: string): string {
  if (extent) {
    for (let j = extent.first; j <= extent.last; j++) {
      const li = LIST_ITEM.exec(lines.at(j));
      if (li) return li[0].replace(/\d{1,9}([.)])/, '1$1').replace(/[ \t]+$/, ' ');
    }
  }
  const own = LIST_ITEM.exec(fieldLineText);
  if (own) return `${own[1] ?? ''}  - `;
  return '- ';
}

/** Bullet for a files list under a field line with the given lead (`- ` when fields are list items: nest it). */
export function nestedBullet(lead: string): string {
  if (lead === '') return '- ';
  return `${/^[ \t]*/.exec(lead)?.[0] ?? ''}  - `;
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

/** Lines for a brand-new section: heading, blank, fields in canonical order (the seed's shape). */
export function newSectionLines(heading: string, frame: FieldFrame, fields: AgentFields): string[] {
  const out = [heading, ''];
  for (const name of ORDER) {
    if (name === 'files') {
      out.push(frame.render(LABELS.files, ''));
      out.push(...fileItems(nestedBullet(frame.lead), fields.files ?? []));
      continue;
    }
    if (name === 'lastCheckin') out.push('');
    const v = fields[name] === undefined ? (name === 'expected' || name === 'startedAt' ? 'N/A' : 'None') : valueOf(name, fields);
    out.push(frame.render(LABELS[name], v));
  }
  return out;
}

export function headingFor(lines: Lines, sample: AgentSection | null, agent: string): string {
  if (sample) {
    const raw = lines.at(sample.line - 1);
    let k = raw.indexOf(sample.name);
    if (k < 0) k = raw.toLowerCase().indexOf(sample.name.toLowerCase());
    if (k >= 0) return raw.slice(0, k) + agent + raw.slice(k + sample.name.length);
    const h = headingOf(raw);
    return `${'#'.repeat(h?.level ?? 2)} ${agent} Status`;
  }
  return `## ${agent} Status`;
}

/** Is there a `---` rule right after the section (blank lines skipped)? */
export function ruleAfter(lines: Lines, endIndex: number): boolean {
  for (let j = endIndex + 1; j < lines.length; j++) {
    const t = lines.at(j);
    if (isBlank(t)) continue;
    return isRule(t);
  }
  return false;
}

/**
 * Rewrites the given fields of an agent's section (creating the section after the last agent section when the
 * file has none for the agent). Fields not given are left as they are; a given field missing from the section is
 * inserted in canonical order (Currently Working On, Module, Started At, Expected Completion, Files Being
 * Modified, Last Checkin).
 */
export function setAgentFields(text: string, doc: ClaimsDocument, agent: string, fields: AgentFields, aliases: readonly string[] = []): string {
  const lines = new Lines(text);
  const section = findSection(doc, [agent, ...aliases]);
  if (!section) return createSection(lines, doc, agent, fields);

  const frame = fieldFrame(lines, section);
  const last = section.endLine - 1;
  // Edits bottom-up so earlier indices stay valid: collect them first.
  type Edit = { at: number; del: number; texts: string[] };
  const edits: Edit[] = [];
  const present = new Map<FieldName, number>();
  for (const name of ORDER) {
    const idx = fieldIndex(section, name);
    if (idx !== null && idx >= section.line - 1 && idx <= last) present.set(name, idx);
  }
  /** Last line of a field's block (its list for Files). */
  const blockEnd = (name: FieldName, idx: number): number => {
    if (name !== 'files') return idx;
    return filesExtent(lines, idx, last)?.last ?? idx;
  };

  for (const name of ORDER) {
    if (fields[name] === undefined) continue;
    const idx = present.get(name);
    if (idx !== undefined) {
      if (name === 'files') {
        const extent = filesExtent(lines, idx, last);
        const bullet = bulletFor(lines, extent, lines.at(idx));
        const fieldText = withValue(lines.at(idx), '');
        edits.push({ at: idx, del: 1, texts: [fieldText] });
        const items = fileItems(bullet, fields.files ?? []);
        if (extent) edits.push({ at: extent.first, del: extent.last - extent.first + 1, texts: items });
        else edits.push({ at: idx + 1, del: 0, texts: items });
      } else {
        edits.push({ at: idx, del: 1, texts: [withValue(lines.at(idx), valueOf(name, fields))] });
      }
      continue;
    }
    // Missing: after the nearest preceding present field's block, else before the nearest following one.
    const pos = ORDER.indexOf(name);
    const rendered =
      name === 'files'
        ? [frame.render(LABELS.files, ''), ...fileItems(nestedBullet(frame.lead), fields.files ?? [])]
        : [frame.render(LABELS[name], valueOf(name, fields))];
    let placed = false;
    for (let k = pos - 1; k >= 0 && !placed; k--) {
      const prev = ORDER[k] as FieldName;
      const pIdx = present.get(prev);
      if (pIdx === undefined) continue;
      const end = blockEnd(prev, pIdx);
      const afterList = prev === 'files' && end > pIdx;
      edits.push({ at: end + 1, del: 0, texts: afterList ? ['', ...rendered] : rendered });
      placed = true;
    }
    for (let k = pos + 1; k < ORDER.length && !placed; k++) {
      const nIdx = present.get(ORDER[k] as FieldName);
      if (nIdx === undefined) continue;
      edits.push({ at: nIdx, del: 0, texts: name === 'files' ? [...rendered, ''] : rendered });
      placed = true;
    }
    if (!placed) {
      // No known field at all: right after the heading (and the blank line under it).
      let at = section.line; // 0-based index of the line after the heading
      if (at <= last + 1 && isBlank(lines.at(at)) && at < lines.length) at++;
      edits.push({ at, del: 0, texts: rendered });
    }
  }
  // Apply bottom-up; inserts at the same index keep their canonical order.
  const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.at - a.at || (b.del - a.del) || b.i - a.i);
  for (const e of ordered) lines.splice(e.at, e.del, e.texts);
  return lines.toString();
}

export function createSection(lines: Lines, doc: ClaimsDocument, agent: string, fields: AgentFields): string {
  if (/[\r\n]/.test(agent)) throw new EditError('agent name must be one line');
  const lastSection = doc.agents.reduce<AgentSection | null>((acc, s) => (!acc || s.line > acc.line ? s : acc), null);
  const frame = fieldFrame(lines, lastSection);
  const body = newSectionLines(headingFor(lines, lastSection, agent), frame, fields);
  if (lastSection) {
    const end = lastSection.endLine - 1;
    const rule = ruleAfter(lines, end);
    lines.insert(end + 1, rule ? ['', '---', '', ...body] : ['', ...body]);
    return lines.toString();
  }
  if (lines.length === 0 || lines.items.every((l) => isBlank(l.text))) {
    const fresh = new Lines('');
    fresh.insert(0, ['# AI Current Work Status', '', '---', '', ...body, '', '---']);
    return fresh.toString();
  }
  // No agent section yet: before the first level-2 heading, else at the end.
  const s = structure(lines);
  const h2 = s.headings.find((h) => h.level === 2);
  if (h2) {
    const rule = (() => {
      for (let j = h2.index - 1; j >= 0; j--) {
        if (isBlank(lines.at(j))) continue;
        return isRule(lines.at(j)) ? j : -1;
      }
      return -1;
    })();
    if (rule >= 0) lines.insert(rule + 1, ['', ...body, '', '---']);
    else lines.insert(h2.index, [...body, '']);
    return lines.toString();
  }
  let end = lines.length;
  while (end > 0 && isBlank(lines.at(end - 1))) end--;
  lines.insert(end, ['', ...body]);
  return lines.toString();
}

/** Sets Last Checkin of the agent's section: exactly one line changes when the field exists. */
export function setCheckin(text: string, doc: ClaimsDocument, agent: string, stamp: string, aliases: readonly string[] = []): string {
  const section = findSection(doc, [agent, ...aliases]);
  if (!section) throw new EditError(`no status section for ${agent}`);
  return setAgentFields(text, doc, section.name, { lastCheckin: stamp });
}

/** The fields of an idle section (the seed's "None" shape), checked in at `stamp`. */
export function idleFields(stamp: string): AgentFields {
  return { workingOn: 'None', module: 'None', startedAt: 'N/A', expected: 'N/A', files: [], lastCheckin: stamp };
}
