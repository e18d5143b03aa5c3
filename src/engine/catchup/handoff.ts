// The handoff notes (AI_HANDOFF.md) as dated entries, and which of them are new to an agent since a time. An entry
// is a heading that starts with (or holds) a date — `### 2025-12-04 12:00:00 - Claude Code` as `release --handoff`
// writes it, `## 2025-12-03 - Codex` as agents write it by hand — and the lines under it up to the next heading of
// the same or a higher level. Headings without a date ("## Recent Changes (Latest First)") are containers.
import { Page } from '../edit/lines.js';
import { sameAgent } from '../names.js';
import { readTime } from '../time/index.js';
import type { TimeInterval } from '../model.js';

export interface HandoffEntryRead {
  /** 1-based line of the heading. */
  line: number;
  /** The heading's text as written (without the `#`s). */
  heading: string;
  /** When it was written, as the heading says; null when the date in it cannot be read. */
  time: TimeInterval | null;
  /** Who wrote it, as the heading names them (the text after the time); null when it names no one. */
  agent: string | null;
  /** The entry's lines, blank lines at both ends dropped. */
  body: string[];
}

/** A date the way claims files and stamps write it: 2025-12-04, 2025-12-04T10:00, 2025/12/04. */
const DATE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;
const SEPARATORS = /^[\s\-–—|:,·•]+/;

/** The agent a heading names after its time: up to the next separator ("Codex - session 2" → "Codex"). */
function agentAfter(rest: string): string | null {
  const first = rest.replace(SEPARATORS, '').split(/\s[-–—|]\s|:\s/)[0]?.replace(/[*_`[\]()]/g, '').trim() ?? '';
  return first === '' ? null : first;
}

/** The dated entries of a handoff file, in file order. */
export function readHandoff(text: string, timezone: string): HandoffEntryRead[] {
  const page = Page.markdown(text);
  const out: HandoffEntryRead[] = [];
  for (const h of page.headings) {
    const bare = h.text.replace(/[*_`]/g, '').trim();
    const m = DATE.exec(bare);
    if (!m) continue;
    const from = bare.slice(m.index);
    const reading = readTime(from, timezone);
    const time = reading.kind === 'time' ? reading.interval : null;
    const rest = time ? from.slice(time.text.length) : from.replace(/^\S+/, '');
    const before = bare.slice(0, m.index).replace(/[\s\-–—|:,([]+$/, '').trim();
    const agent = agentAfter(rest) ?? (before === '' ? null : before);
    const end = page.blockEnd(h);
    const body: string[] = [];
    for (let i = h.index + 1; i <= end; i++) body.push(page.lines.at(i));
    while (body.length > 0 && (body[0] ?? '').trim() === '') body.shift();
    while (body.length > 0 && (body[body.length - 1] ?? '').trim() === '') body.pop();
    out.push({ line: h.index + 1, heading: h.text.trim(), time, agent, body });
  }
  return out;
}

const key = (e: HandoffEntryRead): string => e.heading.replace(/\s+/g, ' ').toLowerCase();

export interface NewHandoffOptions {
  /** The check-in (epoch ms). */
  since: number;
  /** The file at the last commit before the check-in: null when it did not exist there. */
  before: string | null;
  after: string;
  timezone: string;
  /** The agent's own names: its own entries are not news to it. */
  self: readonly string[];
}

/**
 * The entries of `after` that are newer than `since`, newest first. An entry dated after `since` is new; one dated
 * before is not. One whose date cannot settle it (a date-only heading on the check-in's day, an unreadable time)
 * is new when it was not in the file before the check-in (by its heading), so a date-only note is shown once, not
 * all day. `changedWithoutEntry` says the file changed with no new entry at all (a note written some other way).
 */
export function newHandoffNotes(o: NewHandoffOptions): { entries: HandoffEntryRead[]; changedWithoutEntry: boolean } {
  const entries = readHandoff(o.after, o.timezone);
  const old = new Set(o.before === null ? [] : readHandoff(o.before, o.timezone).map(key));
  const fresh = entries.filter((e) => !old.has(key(e)));
  const isNew = (e: HandoffEntryRead): boolean => {
    if (e.time && e.time.start > o.since) return true;
    if (e.time && e.time.end < o.since) return false;
    return !old.has(key(e));
  };
  const mine = (e: HandoffEntryRead): boolean => e.agent !== null && o.self.some((n) => sameAgent(n, e.agent as string));
  const shown = entries.filter((e) => isNew(e) && !mine(e));
  return { entries: newestFirst(shown), changedWithoutEntry: fresh.length === 0 && (o.before ?? '') !== o.after };
}

/** Newest first by time (undated entries last, in file order). */
export function newestFirst(entries: readonly HandoffEntryRead[]): HandoffEntryRead[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const ta = a.e.time?.start ?? null;
      const tb = b.e.time?.start ?? null;
      if (ta !== tb) return ta === null ? 1 : tb === null ? -1 : tb - ta;
      return a.i - b.i;
    })
    .map((x) => x.e);
}

/** The newest `n` entries not written by the agent (for an agent with no check-in to compare against). */
export function latestHandoffNotes(text: string, timezone: string, self: readonly string[], n: number): HandoffEntryRead[] {
  const mine = (e: HandoffEntryRead): boolean => e.agent !== null && self.some((s) => sameAgent(s, e.agent as string));
  return newestFirst(readHandoff(text, timezone).filter((e) => !mine(e))).slice(0, n);
}
