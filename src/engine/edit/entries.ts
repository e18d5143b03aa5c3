// Appending entries: an Emergency Override in the claims file, a handoff note in AI_HANDOFF.md.
import type { ClaimsDocument } from '../model.js';
import { Lines, isBlank, isRule, plainHeading, structure } from './lines.js';

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

/**
 * Adds an `### Emergency Override - <date> - <agent>` entry (the thg-tms shape) at the end of the file's
 * "Emergency Override(s)" section (outside code fences), or in a new `## Emergency Overrides` section at the end.
 */
export function addOverride(text: string, _doc: ClaimsDocument, entry: OverrideEntry): string {
  const lines = new Lines(text);
  const s = structure(lines);
  const containers = s.headings.filter((h) => {
    const t = plainHeading(h.text).toLowerCase();
    return t.includes('emergency override') && !/^emergency overrides?\s*[-–—:|]\s*\S/.test(t);
  });
  const exact = containers.find((h) => /^emergency overrides?$/.test(plainHeading(h.text).toLowerCase()));
  const container = exact ?? containers[0] ?? null;
  const level = Math.min(6, (container?.level ?? 2) + 1);
  const body = [
    `${'#'.repeat(level)} Emergency Override - ${oneLine(entry.date)} - ${oneLine(entry.agent)}`,
    `- **Reason:** ${oneLine(entry.reason)}`,
    `- **Module:** ${entry.module ? oneLine(entry.module) : 'N/A'}`,
    `- **Original Owner:** ${oneLine(entry.originalOwner)}`,
    `- **Action Taken:** ${oneLine(entry.action)}`
  ];
  if (container) {
    let end = lines.length - 1;
    const next = s.headings.find((h) => h.index > container.index && h.level <= container.level);
    if (next) end = next.index - 1;
    for (let j = container.index + 1; j <= end; j++) {
      if (!s.inFence[j] && isRule(lines.at(j))) {
        end = j - 1;
        break;
      }
    }
    while (end > container.index && isBlank(lines.at(end))) end--;
    lines.insert(end + 1, ['', ...body]);
    return lines.toString();
  }
  let end = lines.length;
  while (end > 0 && isBlank(lines.at(end - 1))) end--;
  const usesRules = lines.items.some((l, i) => !s.inFence[i] && isRule(l.text));
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
  const lines = new Lines(text ?? '');
  const s = structure(lines);
  const latestFirst = s.headings.find((h) => /latest first|newest first/i.test(h.text));
  const level = Math.min(6, (latestFirst?.level ?? 2) + 1);
  const body = [`${'#'.repeat(level)} ${oneLine(entry.stamp)} - ${oneLine(entry.agent)}`];
  if (entry.module) body.push(`**Module:** ${oneLine(entry.module)}`);
  if (entry.workingOn) body.push(`**Task:** ${oneLine(entry.workingOn)}`);
  if (entry.files.length > 0) body.push(`**Files:** ${entry.files.map((f) => `\`${oneLine(f)}\``).join(', ')}`);
  body.push('');
  body.push(...entry.note.split(/\r\n|\r|\n/));
  if (text === null || lines.items.every((l) => isBlank(l.text))) {
    const fresh = new Lines('');
    fresh.insert(0, ['# AI Handoff', '', '## Recent Changes (Latest First)', '', ...body]);
    return fresh.toString();
  }
  if (latestFirst) {
    // Newest on top: before the first non-blank line under the heading, with one blank line around the entry.
    let at = latestFirst.index + 1;
    while (at < lines.length && isBlank(lines.at(at))) at++;
    if (at >= lines.length) lines.insert(lines.length, ['', ...body]);
    else if (at === latestFirst.index + 1) lines.insert(at, ['', ...body, '']);
    else lines.insert(at, [...body, '']);
    return lines.toString();
  }
  let end = lines.length;
  while (end > 0 && isBlank(lines.at(end - 1))) end--;
  lines.insert(end, ['', ...body]);
  return lines.toString();
}
