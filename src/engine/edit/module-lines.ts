// Editing module list lines ("- ⚠️ TrackingModule - CLAIMED BY Codex"): claim, release or complete a module in
// the group and with the emoji the file already uses. The lines are the reader's module listings; the groups
// are headings the reader reads as a module state (claims/modules.ts), found through the line map.
import type { ClaimsDocument } from '../model.js';
import { headingContext } from '../claims/modules.js';
import { dropLeadingDecoration } from '../claims/text.js';
import { EditError, Page, type HeadingAt } from './lines.js';

// ---------------------------------------------------------------------------------------------------------------
// Module list lines

export type ModuleLineState = 'claimed' | 'available' | 'complete';

export const DEFAULT_EMOJI: Record<ModuleLineState, string> = { claimed: '⚠️', available: '🔴', complete: '✅' };

export interface ModuleLineParts {
  bullet: string;
  emoji: string;
  open: string;
  name: string;
  close: string;
  sep: string;
  rest: string;
}

/** The parts of the module list item at 0-based `idx` around the module's name, or null when it is no such item. */
export function splitModuleLine(page: Page, idx: number, module: string): ModuleLineParts | null {
  const at = page.map[idx]?.contentAt ?? -1;
  if (at < 0) return null;
  const line = page.lines.at(idx);
  const bullet = line.slice(0, at);
  const body = line.slice(at);
  let k = body.indexOf(module);
  if (k < 0) k = body.toLowerCase().indexOf(module.toLowerCase());
  if (k < 0) return null;
  let before = body.slice(0, k);
  // Emphasis or code marks around the name are kept as they are.
  const open = ['**', '__', '`'].find((mark) => before.endsWith(mark)) ?? '';
  before = before.slice(0, before.length - open.length);
  let after = body.slice(k + module.length);
  let close = '';
  if (open && after.startsWith(open)) {
    close = open;
    after = after.slice(open.length);
  }
  // The separator between name and description, to write the new description after the same one.
  const sep = /^(?:[ \t]*[-–—:][ \t]*|[ \t]+)/.exec(after)?.[0] ?? '';
  return { bullet, emoji: before, open, name: body.slice(k, k + module.length), close, sep, rest: after.slice(sep.length) };
}

export function moduleDescription(state: ModuleLineState, agent: string | null): string {
  if (state === 'claimed') return `CLAIMED BY ${agent ?? 'unknown'}`;
  return state === 'available' ? 'Available' : 'Complete';
}

/** Leading decoration (emoji) the file uses on module lines of each state. */
export function emojiVocabulary(page: Page, doc: ClaimsDocument): Partial<Record<ModuleLineState, string>> {
  const out: Partial<Record<ModuleLineState, string>> = {};
  for (const m of doc.modules) {
    if (m.state === 'other' || out[m.state]) continue;
    const parts = splitModuleLine(page, m.line - 1, m.module);
    if (parts && isDecoration(parts.emoji)) out[m.state] = parts.emoji.trim();
  }
  return out;
}

export function renderModuleLine(p: ModuleLineParts, state: ModuleLineState, agent: string | null, vocab: Partial<Record<ModuleLineState, string>>): string {
  const emoji = isDecoration(p.emoji) ? `${vocab[state] ?? DEFAULT_EMOJI[state]} ` : p.emoji;
  const sep = p.sep.trim() === '' ? ' - ' : p.sep;
  return `${p.bullet}${emoji}${p.open}${p.name}${p.close}${sep}${moduleDescription(state, agent)}`;
}

export interface Group {
  heading: HeadingAt;
  /** The module state the reader reads from the heading ("### ⚠️ Claimed (Do Not Touch)"), or null. */
  state: ModuleLineState | null;
  /** 0-based last line of the heading's whole section (before the next heading of the same or a higher level, or a rule). */
  end: number;
  /** 0-based last line before the first sub-heading (the group's own lines). */
  ownEnd: number;
}

export function groups(page: Page): Group[] {
  return page.headings.map((h) => {
    const end = page.blockEnd(h);
    const sub = page.headings.find((o) => o.index > h.index && o.index <= end);
    const state = headingContext(h).state;
    return { heading: h, state: state === 'other' ? null : state, end, ownEnd: sub ? sub.index - 1 : end };
  });
}

/**
 * Only emoji, symbols or their mojibake, as the reader tells decoration (claims/text.ts), and no checkbox: what
 * we may swap for another state's emoji.
 */
export function isDecoration(s: string): boolean {
  return s.trim() !== '' && !s.includes('[') && !s.includes(']') && dropLeadingDecoration(s) === '';
}

/**
 * Sets a module's list line to claimed (by `agent`), available or complete, in the line's own style. When the
 * file groups modules under state headings ("### ⚠️ Claimed", "### 🔴 Available …") the line moves to the group
 * of the new state. A module not listed yet is added after the other module lines (or to its state's group); a
 * file without any module list is left as it is.
 */
export function setModuleLine(text: string, doc: ClaimsDocument, module: string, state: ModuleLineState, agent: string | null): string {
  const page = Page.claims(text);
  const lines = page.lines;
  const listings = doc.modules.filter((m) => m.module.toLowerCase() === module.toLowerCase());
  const vocab = emojiVocabulary(page, doc);
  const all = groups(page);
  /** The innermost heading whose own lines hold the 0-based line. */
  const groupOf = (index: number): Group | null => {
    let best: Group | null = null;
    for (const g of all) if (g.heading.index < index && index <= g.ownEnd && (!best || g.heading.index > best.heading.index)) best = g;
    return best;
  };
  /** The sibling group for the new state: same level, same parent, preferring one that holds module lines. */
  const targetGroup = (from: Group): Group | null => {
    const parent = all.filter((g) => g.heading.index < from.heading.index && g.heading.level < from.heading.level && from.heading.index <= g.end).pop();
    const lo = parent ? parent.heading.index : -1;
    const hi = parent ? parent.end : lines.length - 1;
    const siblings = all.filter((g) => g.heading.level === from.heading.level && g.state === state && g.heading.index > lo && g.heading.index <= hi);
    const holding = siblings.find((g) => doc.modules.some((m) => m.line - 1 > g.heading.index && m.line - 1 <= g.ownEnd));
    return holding ?? siblings[0] ?? null;
  };
  /** 0-based index after the last list item of a group (right after its heading when it has none). */
  const appendPoint = (g: Group): number => {
    let at = g.heading.index + 1;
    for (let j = g.heading.index + 1; j <= g.ownEnd; j++) if (page.map[j]?.item) at = j + 1;
    return at;
  };

  if (listings.length > 0) {
    const first = listings[0] as (typeof listings)[number];
    const idx = first.line - 1;
    const parts = splitModuleLine(page, idx, first.module);
    if (!parts) throw new EditError(`cannot read the module line ${first.line}`);
    const from = groupOf(idx);
    const to = listings.length === 1 && from && from.state !== null && from.state !== state ? targetGroup(from) : null;
    const rendered = renderModuleLine(parts, state, agent, vocab);
    // Further listings of the same module are rewritten in place.
    for (const other of listings.slice(1)) {
      const p = splitModuleLine(page, other.line - 1, other.module);
      if (p) lines.set(other.line - 1, renderModuleLine(p, state, agent, vocab));
    }
    if (to) {
      const at = appendPoint(to);
      if (at > idx) {
        lines.insert(at, [rendered]);
        lines.splice(idx, 1, []);
      } else {
        lines.splice(idx, 1, []);
        lines.insert(at, [rendered]);
      }
    } else {
      lines.set(idx, rendered);
    }
    return lines.toString();
  }

  // Not listed: add it next to the other module lines, if there are any.
  if (doc.modules.length === 0) return text;
  const sample = [...doc.modules].sort((a, b) => b.line - a.line)[0] as (typeof doc.modules)[number];
  const parts = splitModuleLine(page, sample.line - 1, sample.module);
  if (!parts) return text;
  const rendered = renderModuleLine({ ...parts, name: module }, state, agent, vocab);
  const from = groupOf(sample.line - 1);
  if (from && from.state !== null) {
    const to = from.state === state ? from : targetGroup(from);
    if (to) {
      lines.insert(appendPoint(to), [rendered]);
      return lines.toString();
    }
  }
  lines.insert(sample.line, [rendered]);
  return lines.toString();
}
