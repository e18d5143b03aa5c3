// Editing an agent's "Files Being Modified" list item by item: new paths appended in the list's own bullet, the
// items of released paths removed, every other line (a kept path's note included) left byte for byte. And the
// headings that name an agent but hold no claim the reader reads, which a new section would silently duplicate.
import type { ClaimsDocument } from '../model.js';
import { agentHeading } from '../claims/sections.js';
import { sameAgent } from '../names.js';
import { bulletFor, fieldIndex, fileItems, filesExtent } from './fields.js';
import { Page } from './lines.js';
import { findSection } from './sections.js';

/**
 * The section's files list with `add` appended (replacing a "None" item) and the items of `drop` removed. Null
 * when the list cannot be edited item by item — no files field, paths on the field line itself, a line holding a
 * dropped path and a kept one, or nothing left — and the caller rewrites the field whole.
 */
export function editFileItems(text: string, doc: ClaimsDocument, names: readonly string[], add: readonly string[], drop: readonly string[]): string | null {
  const section = findSection(doc, names);
  if (!section) return null;
  const page = Page.claims(text);
  const idx = fieldIndex(section, 'files');
  if (idx === null) return null;
  const extent = filesExtent(page, idx);
  if (section.files.some((f) => f.line - 1 === idx)) return null;
  const dropped = new Set(drop);
  const kept = section.files.filter((f) => !dropped.has(f.pattern));
  const gone = section.files.filter((f) => dropped.has(f.pattern));
  if (gone.some((g) => kept.some((k) => k.line === g.line))) return null;
  if (kept.length + add.length === 0) return null;
  // Every claimed path must lie inside the list the reader read for this field.
  if (section.files.some((f) => !extent || f.line - 1 < extent.first || f.line - 1 > extent.last)) return null;

  const items = add.length > 0 ? fileItems(bulletFor(page, extent, idx), add) : [];
  if (section.files.length === 0) {
    // "- None" (or an empty list): the new items take its place.
    if (extent) page.lines.splice(extent.first, extent.last - extent.first + 1, items);
    else page.lines.insert(idx + 1, items);
    return page.lines.toString();
  }
  const end = (extent?.last ?? idx) + 1;
  // Bottom-up: the insertion after the list first, then the removals above it.
  page.lines.insert(end, items);
  for (const line of [...new Set(gone.map((g) => g.line - 1))].sort((a, b) => b - a)) page.lines.splice(line, 1, []);
  return page.lines.toString();
}

/** A heading that names the agent but is not read as its claim (no state, check-in or files field under it). */
export interface UnreadHeading {
  /** 1-based line. */
  line: number;
  text: string;
}

export function unreadAgentHeadings(text: string, doc: ClaimsDocument, names: readonly string[]): UnreadHeading[] {
  const page = Page.claims(text);
  const read = new Set(doc.agents.map((a) => a.line));
  const out: UnreadHeading[] = [];
  for (const h of page.headings) {
    if (read.has(h.index + 1)) continue;
    const agent = agentHeading(h);
    if (agent && names.some((n) => sameAgent(n, agent.name))) out.push({ line: h.index + 1, text: page.lines.at(h.index).trim() });
  }
  return out;
}
