// Editing module list lines ("- ⚠️ TrackingModule - CLAIMED BY Codex"): claim, release or complete a module in
// the group and with the emoji the file already uses.
import type { ClaimsDocument } from '../model.js';
import { EditError, LIST_ITEM, Lines, isRule, structure, type HeadingInfo, type Structure } from './lines.js';

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

export function splitModuleLine(line: string, module: string): ModuleLineParts | null {
  const li = LIST_ITEM.exec(line);
  if (!li) return null;
  const bullet = li[0];
  const body = line.slice(bullet.length);
  let k = body.indexOf(module);
  if (k < 0) k = body.toLowerCase().indexOf(module.toLowerCase());
  if (k < 0) return null;
  let before = body.slice(0, k);
  let open = '';
  const markup = /(\*\*|__|`)$/.exec(before);
  if (markup) {
    open = markup[1] as string;
    before = before.slice(0, -open.length);
  }
  let after = body.slice(k + module.length);
  let close = '';
  if (open && after.startsWith(open)) {
    close = open;
    after = after.slice(open.length);
  }
  const sep = /^(?:[ \t]*[-–—:][ \t]*|[ \t]+)/.exec(after)?.[0] ?? '';
  return { bullet, emoji: before, open, name: body.slice(k, k + module.length), close, sep, rest: after.slice(sep.length) };
}

export function moduleDescription(state: ModuleLineState, agent: string | null): string {
  if (state === 'claimed') return `CLAIMED BY ${agent ?? 'unknown'}`;
  return state === 'available' ? 'Available' : 'Complete';
}

/** Leading decoration (emoji) the file uses on module lines of each state. */
export function emojiVocabulary(lines: Lines, doc: ClaimsDocument): Partial<Record<ModuleLineState, string>> {
  const out: Partial<Record<ModuleLineState, string>> = {};
  for (const m of doc.modules) {
    if (m.state === 'other' || out[m.state]) continue;
    const parts = splitModuleLine(lines.at(m.line - 1), m.module);
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
  heading: HeadingInfo;
  state: ModuleLineState | null;
  /** 0-based last line of the heading's whole section (before the next heading of the same or a higher level, or a rule). */
  end: number;
  /** 0-based last line before the first sub-heading (the group's own lines). */
  ownEnd: number;
}

export function groupState(text: string): ModuleLineState | null {
  const t = text.replace(/[*_`]/g, '').toLowerCase();
  if (/\bclaimed\b/.test(t)) return 'claimed';
  if (/\bcomplete(?:d)?\b/.test(t)) return 'complete';
  if (/\bavailable\b/.test(t)) return 'available';
  return null;
}

export function groups(lines: Lines, s: Structure): Group[] {
  return s.headings.map((h, n) => {
    let end = lines.length - 1;
    const next = s.headings.slice(n + 1).find((o) => o.level <= h.level);
    if (next) end = next.index - 1;
    for (let j = h.index + 1; j <= end; j++) {
      if (!s.inFence[j] && isRule(lines.at(j))) {
        end = j - 1;
        break;
      }
    }
    const sub = s.headings.find((o) => o.index > h.index && o.index <= end);
    return { heading: h, state: groupState(h.text), end, ownEnd: sub ? sub.index - 1 : end };
  });
}

/** Only emoji/symbols (no letters, digits, checkbox brackets): decoration we may swap for another state's. */
export function isDecoration(s: string): boolean {
  return s.trim() !== '' && !/[\p{L}\p{N}[\]]/u.test(s.replace(/[\u00c0-\u024f\u0370-\u03ff]/gu, ''));
}

/**
 * Sets a module's list line to claimed (by `agent`), available or complete, in the line's own style. When the
 * file groups modules under state headings ("### ⚠️ Claimed", "### 🔴 Available …") the line moves to the group
 * of the new state. A module not listed yet is added after the other module lines (or to its state's group); a
 * file without any module list is left as it is.
 */
export function setModuleLine(text: string, doc: ClaimsDocument, module: string, state: ModuleLineState, agent: string | null): string {
  const lines = new Lines(text);
  const listings = doc.modules.filter((m) => m.module.toLowerCase() === module.toLowerCase());
  const vocab = emojiVocabulary(lines, doc);
  const s = structure(lines);
  const all = groups(lines, s);
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
    for (let j = g.heading.index + 1; j <= g.ownEnd; j++) if (!s.inFence[j] && LIST_ITEM.test(lines.at(j))) at = j + 1;
    return at;
  };

  if (listings.length > 0) {
    const first = listings[0] as (typeof listings)[number];
    const idx = first.line - 1;
    const parts = splitModuleLine(lines.at(idx), first.module);
    if (!parts) throw new EditError(`cannot read the module line ${first.line}`);
    const from = groupOf(idx);
    const to = listings.length === 1 && from && from.state !== null && from.state !== state ? targetGroup(from) : null;
    const rendered = renderModuleLine(parts, state, agent, vocab);
    // Further listings of the same module are rewritten in place.
    for (const other of listings.slice(1)) {
      const p = splitModuleLine(lines.at(other.line - 1), other.module);
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
  const parts = splitModuleLine(lines.at(sample.line - 1), sample.module);
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
