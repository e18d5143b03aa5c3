// Zone arithmetic: which IANA names this runtime knows, a zone's offset at an instant, wall-clock time → instant.
// UTC and fixed offsets never touch Intl: creating the first Intl.DateTimeFormat loads ICU's zone data, tens of
// milliseconds of a run's start-up, and UTC is the common case. The IANA names of fixed zones (UTC and its aliases,
// Etc/GMT±N) are answered from a table, matched as Intl matches names (in any case); a unit test holds the table to
// Intl's own answers.
import { WORDS, normalWord, type Zone } from './zone-words.js';

/** The value text for messages: one line, short. */
export function quote(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** IANA names of UTC: the zone and its aliases (tzdata's "backward" links). */
export const UTC_ALIASES = ['UTC', 'Etc/UTC', 'UCT', 'Etc/UCT', 'Universal', 'Etc/Universal', 'Zulu', 'Etc/Zulu', 'GMT', 'Etc/GMT', 'GMT0', 'Etc/GMT0', 'GMT+0', 'Etc/GMT+0', 'GMT-0', 'Etc/GMT-0', 'Greenwich', 'Etc/Greenwich'];

/** Fixed zones by lower-case IANA name → minutes east of UTC. Etc/GMT±N has POSIX signs: Etc/GMT-5 is UTC+05:00. */
const FIXED_ZONES: ReadonlyMap<string, number> = new Map([
  ...UTC_ALIASES.map((n): [string, number] => [n.toLowerCase(), 0]),
  ...Array.from({ length: 14 }, (_, i): [string, number] => [`etc/gmt-${i + 1}`, (i + 1) * 60]),
  ...Array.from({ length: 12 }, (_, i): [string, number] => [`etc/gmt+${i + 1}`, -(i + 1) * 60])
]);

/** Minutes east of UTC when `tz` names a fixed zone (UTC, Etc/UTC, utc, Etc/GMT-5…), else undefined: no Intl. */
export function fixedOffset(tz: string): number | undefined {
  return tz.length <= 14 ? FIXED_ZONES.get(tz.toLowerCase()) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Zone arithmetic

export const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short'
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Does this runtime's Intl know the zone? A fixed zone is answered without Intl. */
export function intlKnows(tz: string): boolean {
  if (fixedOffset(tz) !== undefined) return true;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** The characters of IANA names; anything else (spaces, "+05:30" on runtimes that accept offsets) is refused. */
export const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,99}$/;

/**
 * Why `tz` is not usable as an IANA time zone name, or null when it is ("UTC", "Asia/Kolkata",
 * "America/New_York"). UTC and the other fixed zones are answered without Intl.
 */
export function timezoneProblem(tz: string): string | null {
  if (typeof tz !== 'string') return `${typeof tz} is not an IANA time zone (expected a name like Europe/Berlin or UTC)`;
  if (fixedOffset(tz) !== undefined) return null;
  const shown = quote(tz);
  if (tz !== tz.trim()) return `${shown} has spaces around it (expected a name like Europe/Berlin or UTC, without spaces)`;
  if (IANA_NAME.test(tz) && intlKnows(tz)) return null;
  // A zone word ("Pacific Time") is not a name Intl knows, but the table says which name was meant.
  const entry = tz.length <= 60 ? WORDS.get(normalWord(tz)) : undefined;
  const hint = entry && 'zone' in entry.meaning && 'iana' in entry.meaning.zone ? entry.meaning.zone.iana : 'Europe/Berlin or UTC';
  return `${shown} is not an IANA time zone (expected a name like ${hint})`;
}

/** Is `tz` an IANA time zone name this runtime knows ("UTC", "Asia/Kolkata", "America/New_York")? */
export function isValidTimezone(tz: string): boolean {
  return timezoneProblem(tz) === null;
}

/** The zone's offset from UTC at instant `t` (ms to add to UTC to get wall-clock time). */
export function offsetAt(t: number, tz: string): number {
  const fixed = fixedOffset(tz);
  return fixed !== undefined ? fixed * MINUTE : intlOffsetAt(t, tz);
}

/** offsetAt through Intl, for any zone Intl knows (the fixed zones' table is tested against it). */
export function intlOffsetAt(t: number, tz: string): number {
  const base = Math.floor(t / 1000) * 1000;
  const parts = new Map(formatter(tz).formatToParts(new Date(base)).map((p) => [p.type, p.value]));
  const n = (type: Intl.DateTimeFormatPartTypes, fallback: number): number => (parts.has(type) ? Number(parts.get(type)) : fallback);
  const year = parts.get('era')?.startsWith('B') ? 1 - n('year', 0) : n('year', 0);
  return utc(year, n('month', 1), n('day', 1), n('hour', 0) % 24, n('minute', 0), n('second', 0), 0) - base;
}

/** Date.UTC without its two-digit-year quirk. */
export function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

/**
 * The instant at which the wall clock in `tz` shows `wall` (wall-clock time encoded as if it were UTC).
 * Ambiguous times (clocks going back) take the earlier instant; skipped times (clocks going forward) are moved
 * forward by the gap — the "compatible" rule of Temporal and of most calendars.
 */
export function wallToInstant(wall: number, tz: string): number {
  const fixed = fixedOffset(tz);
  return fixed !== undefined ? wall - fixed * MINUTE : wallToInstantBy(wall, (t) => intlOffsetAt(t, tz));
}

/** wallToInstant for a zone given by its offset function (the fixed zones' shortcut is tested against it). */
export function wallToInstantBy(wall: number, offset: (t: number) => number): number {
  const before = offset(wall - DAY);
  const after = offset(wall + DAY);
  let best: number | null = null;
  for (const o of before === after ? [before] : [before, after]) {
    const t = wall - o;
    if (offset(t) === o && (best === null || t < best)) best = t;
  }
  return best ?? wall - before;
}

export function toInstant(wall: number, zone: Zone): number {
  return 'offset' in zone ? wall - zone.offset * MINUTE : wallToInstant(wall, zone.iana);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(utc(y, m + 1, 1, 0, 0, 0, 0) - DAY).getUTCDate();
}
