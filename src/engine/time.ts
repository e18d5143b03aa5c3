// Reading the times agents write into claims files. They write them loosely ("2025-12-04 (now)", "22:XX UTC",
// "2025-12-03 15:00:00 (per AI_HANDOFF.md)"), so a time is read as an interval: a full timestamp is one instant,
// a date-only value its whole day, an "HH:XX" value its whole hour. Times without a zone are wall-clock times in
// the configured IANA zone, converted with Intl.DateTimeFormat (no dependency, correct across DST changes).
// Pure: no I/O, no clock.
import type { TimeInterval } from './model.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Only the start of a value matters; notes after it can be long and are never read. */
const MAX_TIME_TEXT = 300;

// Anchored at the start; every quantifier is bounded or over a disjoint class, so matching is linear.
//   1 year, 2 month, 3 day, 4 hour, 5 minute (or XX), 6 second, 7 fraction, 8 am/pm
const DATE_TIME =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:[Tt]|[ \t]{1,8}|[ \t]*,[ \t]*)(\d{1,2}):(\d{2}|[xX]{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:[ \t]{0,4}([aApP]\.?[mM]\.?))?)?/;

//   1 Z, 2 UTC/GMT, 3 its sign, 4 its hours, 5 its minutes, 6 bare sign, 7 bare hours, 8 bare minutes, 9 abbreviation
const ZONE =
  /^(?:[ \t]*([Zz])(?![A-Za-z0-9])|[ \t]{0,4}\(?(UTC|GMT|utc|gmt)(?:[ \t]?([+\-−])(\d{1,2})(?::?(\d{2}))?)?\)?(?![A-Za-z0-9])|[ \t]?([+\-−])(\d{2})(?::?(\d{2}))?(?![0-9])|[ \t]{1,4}\(?([A-Z]{2,5})\)?(?![A-Za-z0-9]))/;

/** Fixed-offset zone abbreviations that mean one thing (minutes east of UTC). Ambiguous ones (IST, BST, CST…
 *  would be China/Cuba/US) are deliberately missing: such a time is unreadable rather than misread. */
const ABBREVIATIONS: Record<string, number> = {
  UT: 0,
  WET: 0,
  EST: -300,
  EDT: -240,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
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

/** Is `tz` an IANA time zone name this runtime knows ("UTC", "Asia/Kolkata", "America/New_York")? */
export function isValidTimezone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.length === 0 || tz.length > 100) return false;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at instant `t` (ms to add to UTC to get wall-clock time). */
export function offsetAt(t: number, tz: string): number {
  const base = Math.floor(t / 1000) * 1000;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const p of formatter(tz).formatToParts(new Date(base))) {
    switch (p.type) {
      case 'year':
        year = Number(p.value);
        break;
      case 'month':
        month = Number(p.value);
        break;
      case 'day':
        day = Number(p.value);
        break;
      case 'hour':
        hour = Number(p.value) % 24;
        break;
      case 'minute':
        minute = Number(p.value);
        break;
      case 'second':
        second = Number(p.value);
        break;
      case 'era':
        bc = p.value.startsWith('B');
        break;
      default:
        break;
    }
  }
  if (bc) year = 1 - year;
  return utc(year, month, day, hour, minute, second, 0) - base;
}

/** Date.UTC without its two-digit-year quirk. */
function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
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
function wallToInstant(wall: number, tz: string): number {
  if (tz === 'UTC') return wall;
  const before = offsetAt(wall - DAY, tz);
  const after = offsetAt(wall + DAY, tz);
  let best: number | null = null;
  for (const o of before === after ? [before] : [before, after]) {
    const t = wall - o;
    if (offsetAt(t, tz) === o && (best === null || t < best)) best = t;
  }
  return best ?? wall - before;
}

function daysInMonth(y: number, m: number): number {
  return new Date(utc(y, m + 1, 1, 0, 0, 0, 0) - DAY).getUTCDate();
}

/** Strips wrapping decoration the writers put around times: `**`, backticks, `~`, "approx.". */
function unwrap(text: string): string {
  let s = text.length > MAX_TIME_TEXT ? text.slice(0, MAX_TIME_TEXT) : text;
  s = s.trim();
  let i = 0;
  while (i < s.length && '*_`~≈'.includes(s.charAt(i))) i++;
  s = s.slice(i).replace(/^(?:approx\.?|about|around|ca\.)[ \t]+/i, '');
  return s.trim();
}

/**
 * Reads a time as written in a claims file. Returns null for N/A, Unknown, never, None, "-", empty, unknown zone
 * abbreviations and anything that is not a valid calendar date/time. `timezone` is the IANA zone for times
 * written without one (an invalid zone is read as UTC; configuration validation reports it).
 */
export function parseTime(text: string, timezone = 'UTC'): TimeInterval | null {
  if (typeof text !== 'string') return null;
  const s = unwrap(text);
  const m = DATE_TIME.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;

  const hasTime = m[4] !== undefined;
  let hour = hasTime ? Number(m[4]) : 0;
  const wholeHour = hasTime && /^[xX]{2}$/.test(m[5] ?? '');
  const minute = hasTime && !wholeHour ? Number(m[5]) : 0;
  const second = m[6] !== undefined ? Number(m[6]) : 0;
  const millis = m[7] !== undefined ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const ampm = m[8]?.charAt(0).toLowerCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (wholeHour && m[6] !== undefined) return null; // "22:XX:30" means nothing

  // Zone: Z, UTC/GMT (with an optional offset), a numeric offset right after the time, or an abbreviation.
  let consumed = m[0].length;
  let offsetMinutes: number | null = null;
  const z = ZONE.exec(s.slice(consumed));
  if (z) {
    if (z[1] !== undefined) offsetMinutes = 0;
    else if (z[2] !== undefined) {
      offsetMinutes = 0;
      if (z[3] !== undefined) {
        const o = signedOffset(z[3], z[4], z[5]);
        if (o === null) return null;
        offsetMinutes = o;
      }
    } else if (z[6] !== undefined) {
      if (!hasTime) return null; // "2025-12-04-05:00" is not a date with an offset
      const o = signedOffset(z[6], z[7], z[8]);
      if (o === null) return null;
      offsetMinutes = o;
    } else if (z[9] !== undefined && hasTime) {
      const known = ABBREVIATIONS[z[9]];
      if (known === undefined) return null; // a zone we cannot know (IST, BST, …): unreadable, not misread
      offsetMinutes = known;
    }
    if (z[9] === undefined || hasTime) consumed += z[0].length;
  }
  // What follows must be a note, not more of a value ("2025-12-041", "15:00:00abc").
  const next = s.charAt(consumed);
  if (next !== '' && /[A-Za-z0-9]/.test(next)) return null;

  const zone = isValidTimezone(timezone) ? timezone : 'UTC';
  const toInstant = (h: number, mi: number, sec: number, ms: number): number => {
    const wall = utc(year, month, day, h, mi, sec, ms);
    return offsetMinutes !== null ? wall - offsetMinutes * MINUTE : wallToInstant(wall, zone);
  };

  let start: number;
  let end: number;
  if (!hasTime) {
    // The day runs to the next local midnight (23 or 25 hours on DST days).
    start = toInstant(0, 0, 0, 0);
    const nextMidnight = utc(year, month, day, 0, 0, 0, 0) + DAY;
    end = (offsetMinutes !== null ? nextMidnight - offsetMinutes * MINUTE : wallToInstant(nextMidnight, zone)) - 1;
  } else if (wholeHour) {
    start = toInstant(hour, 0, 0, 0);
    end = start + HOUR - 1;
  } else {
    start = toInstant(hour, minute, second, millis);
    end = start;
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  return { start, end, text: s.slice(0, consumed).trim() };
}

function signedOffset(sign: string, hours: string | undefined, minutes: string | undefined): number | null {
  const h = Number(hours ?? '0');
  const mi = Number(minutes ?? '0');
  if (h > 14 || mi > 59) return null;
  const v = h * 60 + mi;
  return sign === '+' ? v : -v;
}

/** ISO 8601 in UTC with `Z`; milliseconds only when non-zero ("2025-12-03T15:00:00Z"). */
export function formatIso(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`formatIso: not a time: ${String(ms)}`);
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
