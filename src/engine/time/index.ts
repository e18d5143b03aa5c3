// Reading the times agents write into claims files. They write them loosely ("2025-12-04 (now)", "22:XX UTC",
// "2025-12-03 07:00:00 pst", "2025-12-03 15:00:00 (per AI_HANDOFF.md)"), so a time is read as an interval: a full
// timestamp is one instant, a date-only value its whole day, an "HH:XX" value its whole hour. A zone written after
// the value wins; otherwise the value is wall-clock time in the configured IANA zone, converted with
// Intl.DateTimeFormat (no dependency, correct across DST changes). What cannot be read for certain is reported as
// unreadable with a reason — never guessed, and never quietly taken as UTC. Pure: no I/O, no clock.
import type { TimeInterval } from '../model.js';
import { MAX_WORDS, WORDS, normalWord, type Zone } from './zone-words.js';
import { DAY, HOUR, IANA_NAME, daysInMonth, fixedOffset, intlKnows, quote, timezoneProblem, toInstant, utc } from './zones.js';
export { fixedOffset, isValidTimezone, offsetAt, timezoneProblem } from './zones.js';
export { ZONE_WORDS, type ZoneWord } from './zone-words.js';

// ---------------------------------------------------------------------------------------------------------------
// Types and constants

export type TimeReading = { kind: 'time'; interval: TimeInterval } | { kind: 'none' } | { kind: 'unreadable'; reason: string };

/** Only the start of a value matters; notes after it can be long and are never read. */
const MAX_TIME_TEXT = 300;

/** Real offsets run from −12:00 (Baker Island) to +14:00 (Kiribati). */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

/** The top-level areas of IANA names: a lower-case "america/new_york" is still a zone, "docs/handoff" is not. */
const IANA_AREAS = new Set([
  'africa',
  'america',
  'antarctica',
  'arctic',
  'asia',
  'atlantic',
  'australia',
  'europe',
  'indian',
  'pacific',
  'etc',
  'us',
  'canada',
  'brazil',
  'chile',
  'mexico'
]);

const EXPECTED_ZONE = 'expected an IANA name like America/Los_Angeles, an offset like +05:30 or UTC';
const EXPECTED_DATE = 'expected a date like 2025-12-03 15:00:00, 2025-12-03T15:00:00Z or 2025-12-03';

// ---------------------------------------------------------------------------------------------------------------
// "No time" words

/** Values of a time field that mean "no time", compared after markup, notes and final dots are dropped. */
const NO_TIME_WORDS = new Set([
  '',
  '-',
  '--',
  '—',
  '–',
  '?',
  '??',
  'none',
  'none yet',
  'none currently',
  'n/a',
  'na',
  'n.a',
  'n/k',
  'not applicable',
  'nothing',
  'nothing yet',
  'null',
  'nil',
  'no',
  'empty',
  'idle',
  'no files',
  'not working on anything',
  'unknown',
  'never',
  'tbd',
  'tba',
  'tbc',
  'pending',
  'not started',
  'not yet',
  'not set',
  'unset'
]);

/** Does `text` say there is no time ("None", "N/A", "-", "Unknown (ask Codex)", "**TBD**", "not yet.")? */
export function isNoTime(text: string): boolean {
  if (typeof text !== 'string') return false;
  let s = text.length > MAX_TIME_TEXT ? text.slice(0, MAX_TIME_TEXT) : text;
  // Emphasis and code marks; an underscore only at a word edge, so snake_case survives.
  s = s.replace(/[*`]|~~/g, '').replace(/(^|[^A-Za-z0-9])_+|_+(?=[^A-Za-z0-9]|$)/g, '$1').trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  // A note after the value: " (…)", " - …", " — …", " – …", " -- …".
  let cut = s.length;
  for (const sep of [' (', ' - ', ' — ', ' – ', ' -- ']) {
    const k = s.indexOf(sep);
    if (k >= 0 && k < cut) cut = k;
  }
  s = s.slice(0, cut).trim();
  while (s.endsWith('.') || s.endsWith('!')) s = s.slice(0, -1).trimEnd();
  return NO_TIME_WORDS.has(s.toLowerCase().split(/[ \t]+/).join(' '));
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

// Anchored at the start; every quantifier is bounded or over a disjoint class, so matching is linear.
//   1 year, 2 month, 3 day, 4 hour, 5 minute (or XX), 6 second, 7 fraction, 8 am/pm (not the "Am" of "America")
const DATE_TIME =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:[Tt]|[ \t]{1,8}|[ \t]*,[ \t]*)(\d{1,2}):(\d{2}|[xX]{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:[ \t]{0,4}([aApP]\.?[mM]\.?)(?![A-Za-z]))?)?/;

/** UTC, GMT or UT, and an offset after it: 1 the word, 2 sign, 3 digits, 4 minutes after a colon. */
const UTC_WORD = /^(UTC|GMT|UT)(?![A-Za-z])(?:[ \t]?([+\-\u2212])(\d{1,6})(?::(\d{1,3}))?)?/i;

/** A bare offset: 1 sign, 2 digits, 3 minutes after a colon. */
const BARE_OFFSET = /^([+\-\u2212])(\d{1,6})(?::(\d{1,3}))?/;

/** One word of a zone name or phrase: letters first, then IANA name characters ("Hawaii-Aleutian", "Etc/GMT+5"). */
const WORD = /^[A-Za-z][A-Za-z0-9_+\-/]{0,60}/;

/** Shapes of unknown tokens that are zones, not notes, when they follow a time. */
const CAPS_ZONE = /^[A-Z]{2,5}$|^[A-Z]{3,4}\d{1,2}(?:[A-Z]{3,4})?$/;

/** The zone written after a value, if any, and where its text ends; or why it cannot be read. */
type ZoneScan = { zone: Zone | null; end: number; text: string } | { problem: string };

/**
 * Minutes east of UTC for a written offset, 'none' when the digits are not offset-shaped (a bare "+1"), or a
 * problem. `bare` is an offset without UTC/GMT before it, which needs two digits or a colon.
 */
function offsetMinutes(sign: string, digits: string, colonMinutes: string | undefined, bare: boolean): number | 'none' | 'bad' {
  let h: number;
  let mi: number;
  if (colonMinutes !== undefined) {
    if (digits.length > 2 || colonMinutes.length !== 2) return 'bad';
    h = Number(digits);
    mi = Number(colonMinutes);
  } else if (digits.length === 4) {
    h = Number(digits.slice(0, 2));
    mi = Number(digits.slice(2));
  } else if (digits.length === 2 || (digits.length === 1 && !bare)) {
    h = Number(digits);
    mi = 0;
  } else if (digits.length === 1) return 'none';
  else return 'bad';
  if (mi > 59) return 'bad';
  const v = (sign === '+' ? 1 : -1) * (h * 60 + mi);
  return v < MIN_OFFSET || v > MAX_OFFSET ? 'bad' : v;
}

function offsetProblem(written: string): string {
  return `offset "${written}" is not a UTC offset — expected one from -12:00 to +14:00 like +05:30, +0530, -08 or UTC-8`;
}

function unknownZone(written: string): string {
  return `zone ${quote(written)} is not a known time zone — ${EXPECTED_ZONE}`;
}

/**
 * Reads the zone right after a date or time at `from` in `s`. Only zone-shaped tokens are zones; an ordinary word
 * or a parenthesised note ("(now)", "(per AI_HANDOFF.md)") is a note and gives no zone. A zone-shaped token that
 * is not known (an Area/City name Intl does not know, an all-caps word after a time) is a problem, never a note.
 */
function scanZone(s: string, from: number, hasTime: boolean): ZoneScan {
  let p = from;
  let spaces = 0;
  while (spaces < 4 && (s.charAt(p) === ' ' || s.charAt(p) === '\t')) {
    p++;
    spaces++;
  }
  const opener = s.charAt(p);
  const bracketed = opener === '(' || opener === '[';
  if (bracketed) {
    p++;
    while (s.charAt(p) === ' ') p++;
  }
  /** A zone found at [p, end): its closing bracket goes with it; an unclosed "(PST, roughly" leaves the "(" out. */
  const found = (zone: Zone, end: number): ZoneScan => {
    if (!bracketed) return { zone, end, text: s.slice(0, end) };
    let q = end;
    while (s.charAt(q) === ' ') q++;
    if (s.charAt(q) === (opener === '(' ? ')' : ']')) return { zone, end: q + 1, text: s.slice(0, q + 1) };
    return { zone, end, text: `${s.slice(0, from)} ${s.slice(p, end)}` };
  };
  const none: ZoneScan = { zone: null, end: from, text: s.slice(0, from) };
  const rest = s.slice(p, p + 80);

  // Z, glued or spaced ("15:00:00Z", "15:00 Z").
  if ((rest.charAt(0) === 'Z' || rest.charAt(0) === 'z') && !/[A-Za-z0-9]/.test(rest.charAt(1))) {
    return found({ offset: 0 }, p + 1);
  }

  const u = UTC_WORD.exec(rest);
  if (u) {
    if (u[2] === undefined) return found({ offset: 0 }, p + u[0].length);
    const o = offsetMinutes(u[2] === '\u2212' ? '-' : u[2], u[3]!, u[4], false);
    if (typeof o !== 'number') return { problem: offsetProblem(u[0]) };
    return found({ offset: o }, p + u[0].length);
  }

  const b = BARE_OFFSET.exec(rest);
  if (b) {
    const o = offsetMinutes(b[1] === '\u2212' ? '-' : b[1]!, b[2]!, b[3], true);
    if (o === 'none') return none;
    if (o === 'bad') return { problem: offsetProblem(b[0]) };
    if (!hasTime) {
      return { problem: `offset "${b[0]}" follows a date without a time — expected a time before it, like 2025-12-04 09:00 ${b[0]}, or a zone name` };
    }
    return found({ offset: o }, p + b[0].length);
  }

  // Words: the longest phrase in the table, then the shapes of names not in it.
  if (spaces === 0 && !bracketed) return none; // "15:00abc" is glued text, judged by the caller
  const words: { text: string; end: number }[] = [];
  let q = p;
  while (words.length < MAX_WORDS) {
    const w = WORD.exec(s.slice(q, q + 62));
    if (!w) break;
    words.push({ text: w[0], end: q + w[0].length });
    q += w[0].length;
    let gap = 0;
    while (gap < 4 && (s.charAt(q + gap) === ' ' || s.charAt(q + gap) === '\t')) gap++;
    if (gap === 0) break;
    q += gap;
  }
  if (words.length === 0) return none;
  for (let n = words.length; n >= 1; n--) {
    const written = s.slice(p, words[n - 1]!.end);
    const entry = WORDS.get(normalWord(written));
    if (!entry) continue;
    if (entry.exact && written.split(/[ \t]+/).join(' ') !== entry.word) continue; // "west" is a word, not WEST
    if ('ambiguous' in entry.meaning) {
      return { problem: `${quote(written)} is ambiguous (${entry.meaning.ambiguous}) — write an offset like +05:30 or an IANA name` };
    }
    return found(entry.meaning.zone, words[n - 1]!.end);
  }

  const first = words[0]!;
  const token = first.text;
  // A whole token ends at a space, a bracket or a full stop; "docs/handoff.md" runs on past its dot.
  const after = s.charAt(first.end);
  const tokenEnds = !/[A-Za-z0-9_+\-/.]/.test(after) || (after === '.' && !/[A-Za-z0-9]/.test(s.charAt(first.end + 1)));
  if (token.includes('/')) {
    const segments = token.split('/');
    const areaShaped = IANA_AREAS.has(segments[0]!.toLowerCase()) || segments.every((seg) => /^[A-Z]/.test(seg));
    if (!areaShaped || !tokenEnds) return none;
    if (IANA_NAME.test(token) && intlKnows(token)) {
      const fixed = fixedOffset(token);
      return found(fixed !== undefined ? { offset: fixed } : { iana: token }, first.end);
    }
    return { problem: unknownZone(token) };
  }
  if (hasTime && tokenEnds && CAPS_ZONE.test(token)) {
    // Legacy IANA names in capitals (PRC, NZ, EST5EDT) before giving up.
    if (intlKnows(token)) {
      const fixed = fixedOffset(token);
      return found(fixed !== undefined ? { offset: fixed } : { iana: token }, first.end);
    }
    return { problem: unknownZone(token) };
  }
  return none;
}

/** Why a value that does not start with a date is not a time. */
function notADate(s: string): string {
  const shown = quote(s);
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?![0-9])/.test(s)) {
    return `${shown} puts the year last, so day and month could be either way round — expected the year first, like 2025-12-04`;
  }
  return `${shown} is not a time — ${EXPECTED_DATE}`;
}

const unreadable = (reason: string): TimeReading => ({ kind: 'unreadable', reason });

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
 * Reads a time as written in a claims file: a time interval, 'none' for values that mean no time (N/A, Unknown,
 * never, None, "-", empty…), or 'unreadable' with a one-line reason (an unknown or ambiguous zone, a date that
 * does not exist, text that is not a time). `timezone` is the IANA zone for times written without one; when it
 * is not a valid zone such a time is unreadable (a written zone still reads).
 */
export function readTime(text: string, timezone = 'UTC'): TimeReading {
  if (typeof text !== 'string') return unreadable(`${typeof text} is not a time — ${EXPECTED_DATE}`);
  const s = unwrap(text);
  const m = DATE_TIME.exec(s);
  if (!m) return isNoTime(text) ? { kind: 'none' } : unreadable(notADate(s));
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const dateLength = m[1]!.length + m[2]!.length + m[3]!.length + 2;
  const date = s.slice(0, dateLength);
  if (month < 1 || month > 12) return unreadable(`"${date}" is not a calendar date — expected a month from 01 to 12`);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return unreadable(`"${date}" is not a calendar date — expected a day from 01 to ${last} in ${m[1]}-${m[2]}`);

  const hasTime = m[4] !== undefined;
  const clock = m[0].slice(dateLength).replace(/^[ \t]*[Tt,]?[ \t]*/, '');
  let hour = hasTime ? Number(m[4]) : 0;
  const wholeHour = hasTime && /^[xX]{2}$/.test(m[5] ?? '');
  const minute = hasTime && !wholeHour ? Number(m[5]) : 0;
  const second = m[6] !== undefined ? Number(m[6]) : 0;
  const millis = m[7] !== undefined ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const ampm = m[8]?.charAt(0).toLowerCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return unreadable(`"${clock}" has hour ${hour} with AM/PM — expected an hour from 1 to 12 before AM/PM`);
    hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return unreadable(`"${clock}" is not a time of day — expected hours 00-23 and minutes and seconds 00-59`);
  }
  if (wholeHour && m[6] !== undefined) {
    return unreadable(`"${clock}" gives seconds of an unknown minute — expected ${m[4]}:XX or a full time like ${m[4]}:15:30`);
  }

  const z = scanZone(s, m[0].length, hasTime);
  if ('problem' in z) return unreadable(z.problem);
  // What follows must be a note, not more of the value ("2025-12-041", "15:00:00abc").
  const glued = /^[A-Za-z0-9]+/.exec(s.slice(z.end, z.end + 40));
  if (glued) {
    return unreadable(`"${glued[0]}" is glued to ${quote(s.slice(0, z.end))} — expected a space before a note, or a zone like UTC or +05:30`);
  }

  let zone = z.zone;
  if (zone === null) {
    const fixed = fixedOffset(timezone);
    if (fixed !== undefined) zone = { offset: fixed };
    else {
      const problem = timezoneProblem(timezone);
      if (problem) return unreadable(`no zone after ${quote(s.slice(0, z.end))} and the configured zone is unusable: ${problem}`);
      zone = { iana: timezone };
    }
  }

  let start: number;
  let end: number;
  if (!hasTime) {
    // The day runs to the next local midnight (23 or 25 hours on DST days).
    const midnight = utc(year, month, day, 0, 0, 0, 0);
    start = toInstant(midnight, zone);
    end = toInstant(midnight + DAY, zone) - 1;
  } else if (wholeHour) {
    start = toInstant(utc(year, month, day, hour, 0, 0, 0), zone);
    end = start + HOUR - 1;
  } else {
    start = toInstant(utc(year, month, day, hour, minute, second, millis), zone);
    end = start;
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) return unreadable(`${quote(date)} is outside the dates this reader handles — ${EXPECTED_DATE}`);
  return { kind: 'time', interval: { start, end, text: z.text.trim() } };
}

/**
 * The interval of a time as written in a claims file, or null when there is none or it cannot be read (see
 * readTime, which says which and why).
 */
export function parseTime(text: string, timezone = 'UTC'): TimeInterval | null {
  const r = readTime(text, timezone);
  return r.kind === 'time' ? r.interval : null;
}

/** ISO 8601 in UTC with `Z`; milliseconds only when non-zero ("2025-12-03T15:00:00Z"). */
export function formatIso(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`formatIso: not a time: ${String(ms)}`);
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
