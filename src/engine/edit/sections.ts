// Editing an agent's section: set fields (keeping the file's field markup and bullets), create the section in the
// file's own style, stamp a check-in. Sections and fields are the reader's; the line map says where they lie.
import type { AgentSection, ClaimsDocument } from '../model.js';
import { agentKey } from '../names.js';
import {
  ORDER,
  LABELS,
  bulletFor,
  fieldFrame,
  fieldIndex,
  fileItems,
  filesExtent,
  renderField,
  valueOf,
  withValue,
  type AgentFields,
  type FieldFrame,
  type FieldName
} from './fields.js';
import { EditError, Lines, Page } from './lines.js';

// One agent-name key for the reader, the judge and the editor: case, spacing and a role in parentheses ignored.
export { agentKey };

export type AgentFieldName = FieldName;

export function findSection(doc: ClaimsDocument, names: readonly string[]): AgentSection | null {
  const keys = new Set(names.map(agentKey));
  return doc.agents.find((a) => keys.has(agentKey(a.name))) ?? null;
}

/** Lines for a brand-new section: heading, blank, fields in canonical order (the seed's shape). */
export function newSectionLines(heading: string, frame: FieldFrame, fields: AgentFields): string[] {
  const out = [heading, ''];
  for (const name of ORDER) {
    if (name === 'files') {
      out.push(...renderField(frame, name, fields));
      continue;
    }
    if (name === 'lastCheckin') out.push('');
    const v = fields[name] === undefined ? (name === 'expected' || name === 'startedAt' ? 'N/A' : 'None') : valueOf(name, fields);
    out.push(frame.render(LABELS[name], v));
  }
  return out;
}

/** The heading of a new section: a sample section's heading with the name swapped (its emoji and level kept). */
export function headingFor(page: Page, sample: AgentSection | null, agent: string): string {
  if (!sample) return `## ${agent} Status`;
  const raw = page.lines.at(sample.line - 1);
  let k = raw.indexOf(sample.name);
  if (k < 0) k = raw.toLowerCase().indexOf(sample.name.toLowerCase());
  if (k >= 0) return raw.slice(0, k) + agent + raw.slice(k + sample.name.length);
  return `${'#'.repeat(page.map[sample.line - 1]?.heading?.level ?? 2)} ${agent} Status`;
}

/** Is there a `---` rule right after the line at `endIndex` (blank lines skipped)? */
export function ruleAfter(page: Page, endIndex: number): boolean {
  for (let j = endIndex + 1; j < page.lines.length; j++) {
    if (page.isBlank(j)) continue;
    return page.kind(j) === 'rule';
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
  const page = Page.claims(text);
  const section = findSection(doc, [agent, ...aliases]);
  if (!section) return createSection(page, doc, agent, fields);

  const frame = fieldFrame(page, section);
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
    return filesExtent(page, idx)?.last ?? idx;
  };

  for (const name of ORDER) {
    if (fields[name] === undefined) continue;
    const idx = present.get(name);
    if (idx !== undefined) {
      if (name === 'files') {
        const extent = filesExtent(page, idx);
        const items = fileItems(bulletFor(page, extent, idx), fields.files ?? []);
        edits.push({ at: idx, del: 1, texts: [withValue(page, idx, '')] });
        if (extent) edits.push({ at: extent.first, del: extent.last - extent.first + 1, texts: items });
        else edits.push({ at: idx + 1, del: 0, texts: items });
      } else {
        edits.push({ at: idx, del: 1, texts: [withValue(page, idx, valueOf(name, fields))] });
      }
      continue;
    }
    // Missing: after the nearest preceding present field's block, else before the nearest following one.
    const pos = ORDER.indexOf(name);
    const rendered = renderField(frame, name, fields);
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
      if (at <= last + 1 && at < page.lines.length && page.isBlank(at)) at++;
      edits.push({ at, del: 0, texts: rendered });
    }
  }
  // Apply bottom-up; inserts at the same index keep their canonical order.
  const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.at - a.at || b.del - a.del || b.i - a.i);
  for (const e of ordered) page.lines.splice(e.at, e.del, e.texts);
  return page.lines.toString();
}

/** A new section for the agent: after the last agent section, else before the first level-2 heading, else at the end. */
export function createSection(page: Page, doc: ClaimsDocument, agent: string, fields: AgentFields): string {
  if (/[\r\n]/.test(agent)) throw new EditError('agent name must be one line');
  const lines = page.lines;
  const lastSection = doc.agents.reduce<AgentSection | null>((acc, s) => (!acc || s.line > acc.line ? s : acc), null);
  const body = newSectionLines(headingFor(page, lastSection, agent), fieldFrame(page, lastSection), fields);
  if (lastSection) {
    const end = lastSection.endLine - 1;
    lines.insert(end + 1, ruleAfter(page, end) ? ['', '---', '', ...body] : ['', ...body]);
    return lines.toString();
  }
  if (page.isEmpty()) {
    const fresh = new Lines('');
    fresh.insert(0, ['# AI Current Work Status', '', '---', '', ...body, '', '---']);
    return fresh.toString();
  }
  const h2 = page.headings.find((h) => h.level === 2);
  if (h2) {
    // Between the rule that precedes the heading and the heading, when there is one.
    const before = page.lastContent(h2.index - 1);
    if (h2.index > 0 && page.kind(before) === 'rule') lines.insert(before + 1, ['', ...body, '', '---']);
    else lines.insert(h2.index, [...body, '']);
    return lines.toString();
  }
  lines.insert(page.contentEnd(), ['', ...body]);
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
