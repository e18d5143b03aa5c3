// Reading the times agents write into claims files. They write them loosely ("2025-12-04 (now)", "22:XX UTC",
// "2025-12-03 07:00:00 pst", "2025-12-03 15:00:00 (per AI_HANDOFF.md)"), so a time is read as an interval: a full
// timestamp is one instant, a date-only value its whole day, an "HH:XX" value its whole hour. A zone written after
// the value wins; otherwise the value is wall-clock time in the configured IANA zone, converted with
// Intl.DateTimeFormat (no dependency, correct across DST changes). What cannot be read for certain is reported as
// unreadable with a reason — never guessed, and never quietly taken as UTC. Pure: no I/O, no clock.
import type { TimeInterval } from './model.js';

// ---------------------------------------------------------------------------------------------------------------
// Zone words
//
// ZONE_WORDS is every word, abbreviation or phrase read as a zone after a time (or after a date). One line each:
//
//   ['PST', '-08:00']                          a fixed offset: PST is −08:00 in July too (summer is PDT)
//   ['Pacific Time', 'America/Los_Angeles']    an IANA zone: follows daylight saving (−08:00 or −07:00)
//   ['IST', '? India, Israel or Ireland']      ambiguous: a time with it is unreadable; the text says why
//   ['WEST', '+01:00', 'exact']                only as written: "west" in lower case is an ordinary word
//
// Words match in any case ("pst", "Pacific time") with any spaces between them, bare or in () or [] brackets,
// unless marked 'exact'. The rule behind the choices: a fixed abbreviation (PST, CEST) is its offset; a generic
// name (PT, Pacific Time, Central European Time) is the IANA zone whose rules it names; an abbreviation in
// current use for two different offsets is ambiguous. Where a second meaning exists but is rare in writing, the
// common one is taken and the other is named in the comment on the line.
// UTC, GMT, UT and Z (with offsets: UTC+2, GMT-8, UTC+05:30), numeric offsets (+05:30, +0530, -08) and IANA names
// (America/Los_Angeles, Etc/GMT+5, PST8PDT) are grammar, not words, and need no line here.

/** [word, meaning, 'exact'?] — see the comment above. */
export type ZoneWord = readonly [word: string, meaning: string, match?: 'exact'];

export const ZONE_WORDS: readonly ZoneWord[] = [
  // North America
  ['PST', '-08:00'], // also Philippine Standard Time in tzdata; in English text it is Pacific
  ['PDT', '-07:00'],
  ['PT', 'America/Los_Angeles'],
  ['PST/PDT', 'America/Los_Angeles'],
  ['Pacific', 'America/Los_Angeles', 'exact'],
  ['Pacific Time', 'America/Los_Angeles'],
  ['Pacific Standard Time', '-08:00'],
  ['Pacific Daylight Time', '-07:00'],
  ['MST', '-07:00'], // Malaysia writes MYT
  ['MDT', '-06:00'],
  ['MT', 'America/Denver'], // Arizona's no-DST Mountain time is America/Phoenix: write it or MST
  ['MST/MDT', 'America/Denver'],
  ['Mountain', 'America/Denver', 'exact'],
  ['Mountain Time', 'America/Denver'],
  ['Mountain Standard Time', '-07:00'],
  ['Mountain Daylight Time', '-06:00'],
  ['CST', '? US Central −06:00, China +08:00 or Cuba −05:00'],
  ['CDT', '-05:00'], // Cuba's daylight time is also CDT in tzdata, rare in writing
  ['CT', 'America/Chicago'],
  ['CST/CDT', 'America/Chicago'],
  ['Central', 'America/Chicago', 'exact'],
  ['Central Time', 'America/Chicago'],
  ['Central Standard Time', '-06:00'],
  ['Central Daylight Time', '-05:00'],
  ['EST', '-05:00'],
  ['EDT', '-04:00'],
  ['ET', 'America/New_York'],
  ['EST/EDT', 'America/New_York'],
  ['Eastern', 'America/New_York', 'exact'],
  ['Eastern Time', 'America/New_York'],
  ['Eastern Standard Time', '-05:00'],
  ['Eastern Daylight Time', '-04:00'],
  ['AKST', '-09:00'],
  ['AKDT', '-08:00'],
  ['Alaska Time', 'America/Anchorage'],
  ['Alaska Standard Time', '-09:00'],
  ['Alaska Daylight Time', '-08:00'],
  ['HST', '-10:00'],
  ['HDT', '-09:00'], // Hawaii-Aleutian daylight time (Adak); Hawaii itself has no DST
  ['Hawaii Time', 'Pacific/Honolulu'],
  ['Hawaii Standard Time', '-10:00'],
  ['Hawaii-Aleutian Standard Time', '-10:00'],
  ['AST', '? Atlantic −04:00 or Arabia +03:00'],
  ['ADT', '-03:00'], // Atlantic daylight; Arabia has no daylight time
  ['Atlantic Time', 'America/Halifax'],
  ['Atlantic Standard Time', '-04:00'],
  ['Atlantic Daylight Time', '-03:00'],
  ['NST', '-03:30'],
  ['NDT', '-02:30'],
  ['Newfoundland Time', 'America/St_Johns'],
  // Europe
  ['WET', '+00:00', 'exact'],
  ['WEST', '+01:00', 'exact'],
  ['Western European Time', 'Europe/Lisbon'],
  ['Western European Summer Time', '+01:00'],
  ['BST', '? British Summer Time +01:00 or Bangladesh +06:00'],
  ['British Summer Time', '+01:00'],
  ['UK Time', 'Europe/London'],
  ['IST', '? India, Israel or Ireland'],
  ['Irish Standard Time', '+01:00'],
  ['CET', '+01:00'],
  ['CEST', '+02:00'],
  ['MEZ', '+01:00'],
  ['MESZ', '+02:00'],
  ['CET/CEST', 'Europe/Paris'],
  ['Central European Time', 'Europe/Paris'],
  ['Central European Standard Time', '+01:00'],
  ['Central European Summer Time', '+02:00'],
  ['EET', '+02:00'],
  ['EEST', '+03:00'],
  ['EET/EEST', 'Europe/Athens'],
  ['Eastern European Time', 'Europe/Athens'],
  ['Eastern European Standard Time', '+02:00'],
  ['Eastern European Summer Time', '+03:00'],
  ['MSK', '+03:00'],
  ['Moscow Time', 'Europe/Moscow'],
  ['Greenwich Mean Time', '+00:00'],
  ['Coordinated Universal Time', '+00:00'],
  ['Universal Time', '+00:00'],
  // Africa
  ['WAT', '+01:00', 'exact'],
  ['CAT', '+02:00', 'exact'],
  ['EAT', '+03:00', 'exact'],
  ['SAST', '+02:00'],
  // Asia
  ['GST', '? Gulf +04:00 or South Georgia −02:00'],
  ['Gulf Standard Time', '+04:00'],
  ['Arabia Standard Time', '+03:00'],
  ['IDT', '+03:00'], // Israel daylight time
  ['Israel Standard Time', '+02:00'],
  ['Israel Daylight Time', '+03:00'],
  ['PKT', '+05:00'],
  ['India Standard Time', '+05:30'],
  ['Indian Standard Time', '+05:30'],
  ['NPT', '+05:45'],
  ['ICT', '+07:00'],
  ['WIB', '+07:00'],
  ['HKT', '+08:00'],
  ['SGT', '+08:00'],
  ['PHT', '+08:00'],
  ['China Standard Time', '+08:00'],
  ['SST', '? Samoa −11:00 or Singapore +08:00'],
  ['JST', '+09:00'],
  ['Japan Standard Time', '+09:00'],
  ['KST', '+09:00'],
  ['Korea Standard Time', '+09:00'],
  // Oceania
  ['AWST', '+08:00'],
  ['Australian Western Standard Time', '+08:00'],
  ['ACST', '+09:30'],
  ['ACDT', '+10:30'],
  ['Australian Central Standard Time', '+09:30'],
  ['Australian Central Daylight Time', '+10:30'],
  ['ACT', '? Australian Central +09:30 or Acre −05:00'],
  ['AEST', '+10:00'],
  ['AEDT', '+11:00'],
  ['AET', 'Australia/Sydney'],
  ['Australian Eastern Time', 'Australia/Sydney'],
  ['Australian Eastern Standard Time', '+10:00'],
  ['Australian Eastern Daylight Time', '+11:00'],
  ['NZST', '+12:00'],
  ['NZDT', '+13:00'],
  ['NZT', 'Pacific/Auckland'],
  ['New Zealand Time', 'Pacific/Auckland'],
  ['New Zealand Standard Time', '+12:00'],
  ['New Zealand Daylight Time', '+13:00'],
  // Other abbreviations written for two offsets
  ['AMT', '? Amazon −04:00 or Armenia +04:00'],
  ['ECT', '? Ecuador −05:00 or Eastern Caribbean −04:00'],
  ['WST', '? Western Australia +08:00 or Samoa +13:00']
];

// ---------------------------------------------------------------------------------------------------------------
// Types and constants

export type TimeReading = { kind: 'time'; interval: TimeInterval } | { kind: 'none' } | { kind: 'unreadable'; reason: string };

/** Where a zone came from: a fixed offset (minutes east of UTC) or an IANA name. */
type Zone = { offset: number } | { iana: string };

/** A word's meaning, parsed once from ZONE_WORDS. */
type WordMeaning = { zone: Zone } | { ambiguous: string };

interface WordEntry {
  word: string;
  exact: boolean;
  meaning: WordMeaning;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Only the start of a value matters; notes after it can be long and are never read. */
const MAX_TIME_TEXT = 300;

/** Real offsets run from −12:00 (Baker Island) to +14:00 (Kiribati). */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

/** IANA names for UTC handled without Intl: UTC is the common case and must cost nothing at start-up. */
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT']);

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

const normalWord = (s: string): string => s.trim().split(/[ \t]+/).join(' ').toUpperCase();

const WORDS: ReadonlyMap<string, WordEntry> = (() => {
  const map = new Map<string, WordEntry>();
  for (const [word, meaning, match] of ZONE_WORDS) {
    let m: WordMeaning;
    if (meaning.startsWith('?')) m = { ambiguous: meaning.slice(1).trim() };
    else if (/^[+-]\d{2}:\d{2}$/.test(meaning)) {
      const minutes = Number(meaning.slice(1, 3)) * 60 + Number(meaning.slice(4, 6));
      m = { zone: { offset: meaning.startsWith('-') ? -minutes : minutes } };
    } else m = { zone: { iana: meaning } };
    map.set(normalWord(word), { word, exact: match === 'exact', meaning: m });
  }
  return map;
})();

/** The most words in one table entry: how far ahead a phrase is looked for. */
const MAX_WORDS = Math.max(...ZONE_WORDS.map(([w]) => normalWord(w).split(' ').length));

// ---------------------------------------------------------------------------------------------------------------
// Zone arithmetic

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

/** Does this runtime's Intl know the zone? Only called for names that are not UTC. */
function intlKnows(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** The characters of IANA names; anything else (spaces, "+05:30" on runtimes that accept offsets) is refused. */
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,99}$/;

/**
 * Why `tz` is not usable as an IANA time zone name, or null when it is ("UTC", "Asia/Kolkata",
 * "America/New_York"). UTC is answered without Intl.
 */
export function timezoneProblem(tz: string): string | null {
  if (typeof tz !== 'string') return `${typeof tz} is not an IANA time zone (expected a name like Europe/Berlin or UTC)`;
  if (UTC_NAMES.has(tz)) return null;
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
  if (UTC_NAMES.has(tz)) return 0;
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
  if (UTC_NAMES.has(tz)) return wall;
  const before = offsetAt(wall - DAY, tz);
  const after = offsetAt(wall + DAY, tz);
  let best: number | null = null;
  for (const o of before === after ? [before] : [before, after]) {
    const t = wall - o;
    if (offsetAt(t, tz) === o && (best === null || t < best)) best = t;
  }
  return best ?? wall - before;
}

function toInstant(wall: number, zone: Zone): number {
  return 'offset' in zone ? wall - zone.offset * MINUTE : wallToInstant(wall, zone.iana);
}

function daysInMonth(y: number, m: number): number {
  return new Date(utc(y, m + 1, 1, 0, 0, 0, 0) - DAY).getUTCDate();
}

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

/** The value text for messages: one line, short. */
function quote(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

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
    if (IANA_NAME.test(token) && intlKnows(token)) return found({ iana: token }, first.end);
    return { problem: unknownZone(token) };
  }
  if (hasTime && tokenEnds && CAPS_ZONE.test(token)) {
    // Legacy IANA names in capitals (PRC, NZ, EST5EDT) before giving up.
    if (intlKnows(token)) return found({ iana: token }, first.end);
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
    if (UTC_NAMES.has(timezone)) zone = { offset: 0 };
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
