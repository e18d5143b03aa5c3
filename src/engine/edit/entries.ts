// Appending entries: an Emergency Override in the claims file, a handoff note in AI_HANDOFF.md. Where they go is
// found through the reader: its override headings (claims/sections.ts) and the line map.
import type { ClaimsDocument } from '../model.js';
import { overrideHeading } from '../claims/sections.js';
import { cleanName } from '../claims/text.js';
import { Lines, Page, type HeadingAt } from './lines.js';

// ---------------------------------------------------------------------------------------------------------------
// Emergency overrides

export interface OverrideEntry {
  /** Date (and time) of the override, as written in the heading. */
  date: string;
  agent: string;
  reason: string;
  module: string | null;
  originalOwner: string;
  action: string;
}

export const oneLine = (s: string): string => s.replace(/[\r\n]+/g, ' ').trim();

/** The heading entries go under: one the reader reads as an override group, a bare "Emergency Override(s)" first. */
function overrideContainer(page: Page): HeadingAt | null {
  const containers = page.headings.filter((h) => overrideHeading(h)?.parts.length === 0);
  const bare = containers.find((h) => ['emergency override', 'emergency overrides'].includes(cleanName(h.text).toLowerCase()));
  return bare ?? containers[0] ?? null;
}

/**
 * Adds an `### Emergency Override - <date> - <agent>` entry (the thg-tms shape) at the end of the file's
 * "Emergency Override(s)" section (outside code fences), or in a new `## Emergency Overrides` section at the end.
 */
export function addOverride(text: string, _doc: ClaimsDocument, entry: OverrideEntry): string {
  const page = Page.claims(text);
  const lines = page.lines;
  const container = overrideContainer(page);
  const level = Math.min(6, (container?.level ?? 2) + 1);
  const body = [
    `${'#'.repeat(level)} Emergency Override - ${oneLine(entry.date)} - ${oneLine(entry.agent)}`,
    `- **Reason:** ${oneLine(entry.reason)}`,
    `- **Module:** ${entry.module ? oneLine(entry.module) : 'N/A'}`,
    `- **Original Owner:** ${oneLine(entry.originalOwner)}`,
    `- **Action Taken:** ${oneLine(entry.action)}`
  ];
  if (container) {
    lines.insert(page.lastContent(page.blockEnd(container), container.index) + 1, ['', ...body]);
    return lines.toString();
  }
  const end = page.contentEnd();
  const usesRules = page.map.some((m) => m.kind === 'rule');
  const head = usesRules ? ['', '---', '', '## Emergency Overrides', ''] : ['', '## Emergency Overrides', ''];
  lines.insert(end, end === 0 ? head.slice(usesRules ? 3 : 1).concat(body) : [...head, ...body]);
  return lines.toString();
}

// ---------------------------------------------------------------------------------------------------------------
// Handoff notes (AI_HANDOFF.md)

export interface HandoffEntry {
  stamp: string;
  agent: string;
  module: string | null;
  workingOn: string | null;
  files: readonly string[];
  note: string;
}

/**
 * Adds a dated entry to the handoff file: right under a "… (Latest First)" heading when the file has one (newest
 * entries on top, as agents keep it), else at the end. `text` null creates the file.
 */
export function addHandoffEntry(text: string | null, entry: HandoffEntry): string {
  const page = Page.markdown(text ?? '');
  const lines = page.lines;
  const latestFirst = page.headings.find((h) => ['latest first', 'newest first'].some((w) => h.text.toLowerCase().includes(w)));
  const level = Math.min(6, (latestFirst?.level ?? 2) + 1);
  const body = [`${'#'.repeat(level)} ${oneLine(entry.stamp)} - ${oneLine(entry.agent)}`];
  if (entry.module) body.push(`**Module:** ${oneLine(entry.module)}`);
  if (entry.workingOn) body.push(`**Task:** ${oneLine(entry.workingOn)}`);
  if (entry.files.length > 0) body.push(`**Files:** ${entry.files.map((f) => `\`${oneLine(f)}\``).join(', ')}`);
  body.push('');
  body.push(...entry.note.split(/\r\n|\r|\n/));
  if (text === null || page.isEmpty()) {
    const fresh = new Lines('');
    fresh.insert(0, ['# AI Handoff', '', '## Recent Changes (Latest First)', '', ...body]);
    return fresh.toString();
  }
  if (latestFirst) {
    // Newest on top: before the first non-blank line under the heading, with one blank line around the entry.
    let at = latestFirst.index + 1;
    while (at < lines.length && page.isBlank(at)) at++;
    if (at >= lines.length) lines.insert(lines.length, ['', ...body]);
    else if (at === latestFirst.index + 1) lines.insert(at, ['', ...body, '']);
    else lines.insert(at, [...body, '']);
    return lines.toString();
  }
  lines.insert(page.contentEnd(), ['', ...body]);
  return lines.toString();
}
