import { describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import {
  ZONE_WORDS,
  formatIso,
  isNoTime,
  isValidTimezone,
  offsetAt,
  parseTime,
  readTime,
  timezoneProblem,
  type TimeReading
} from '../../../src/engine/time/index.js';
import { UTC_ALIASES, fixedOffset, intlKnows, intlOffsetAt, wallToInstant, wallToInstantBy } from '../../../src/engine/time/zones.js';

const iso = (s: string): number => Date.parse(s);

/** [input, zone, start (ISO), end (ISO, defaults to start), text] */
type Row = [string, string, string, string | null, string];

describe('parseTime: formats', () => {
  const rows: Row[] = [
    ['2025-12-03 15:00:00', 'UTC', '2025-12-03T15:00:00Z', null, '2025-12-03 15:00:00'],
    ['2025-12-03 15:00', 'UTC', '2025-12-03T15:00:00Z', null, '2025-12-03 15:00'],
    ['2025-12-03T15:00:00Z', 'UTC', '2025-12-03T15:00:00Z', null, '2025-12-03T15:00:00Z'],
    ['2025-12-03T15:00:00z', 'Asia/Tokyo', '2025-12-03T15:00:00Z', null, '2025-12-03T15:00:00z'],
    ['2025-12-03T15:00:00.250Z', 'UTC', '2025-12-03T15:00:00.250Z', null, '2025-12-03T15:00:00.250Z'],
    ['2025-12-03T15:00:00+05:30', 'UTC', '2025-12-03T09:30:00Z', null, '2025-12-03T15:00:00+05:30'],
    ['2025-12-03T15:00:00-0800', 'UTC', '2025-12-03T23:00:00Z', null, '2025-12-03T15:00:00-0800'],
    ['2025-12-03 15:00 +01', 'UTC', '2025-12-03T14:00:00Z', null, '2025-12-03 15:00 +01'],
    ['2025-12-03 15:00:00 UTC', 'America/Chicago', '2025-12-03T15:00:00Z', null, '2025-12-03 15:00:00 UTC'],
    ['2025-12-03 15:00 GMT', 'Europe/Paris', '2025-12-03T15:00:00Z', null, '2025-12-03 15:00 GMT'],
    ['2025-12-03 15:00 Z', 'Europe/Paris', '2025-12-03T15:00:00Z', null, '2025-12-03 15:00 Z'],
    ['2025-12-03 15:00 UTC+2', 'UTC', '2025-12-03T13:00:00Z', null, '2025-12-03 15:00 UTC+2'],
    ['2025-12-03 15:00 EST', 'UTC', '2025-12-03T20:00:00Z', null, '2025-12-03 15:00 EST'],
    ['2025-12-03 3:05 PM', 'UTC', '2025-12-03T15:05:00Z', null, '2025-12-03 3:05 PM'],
    ['2025-12-03 12:30 am', 'UTC', '2025-12-03T00:30:00Z', null, '2025-12-03 12:30 am'],
    ['2025/12/03 08:00', 'UTC', '2025-12-03T08:00:00Z', null, '2025/12/03 08:00'],
    ['2025-12-04', 'UTC', '2025-12-04T00:00:00Z', '2025-12-04T23:59:59.999Z', '2025-12-04'],
    ['2025-12-04 UTC', 'Asia/Tokyo', '2025-12-04T00:00:00Z', '2025-12-04T23:59:59.999Z', '2025-12-04 UTC'],
    ['2025-12-04 22:XX UTC', 'UTC', '2025-12-04T22:00:00Z', '2025-12-04T22:59:59.999Z', '2025-12-04 22:XX UTC'],
    ['2025-12-04 22:xx', 'UTC', '2025-12-04T22:00:00Z', '2025-12-04T22:59:59.999Z', '2025-12-04 22:xx'],
    ['2025-12-04 (now)', 'UTC', '2025-12-04T00:00:00Z', '2025-12-04T23:59:59.999Z', '2025-12-04'],
    ['2025-12-04 (estimate)', 'UTC', '2025-12-04T00:00:00Z', '2025-12-04T23:59:59.999Z', '2025-12-04'],
    ['2025-12-04 (2 hours estimate)', 'UTC', '2025-12-04T00:00:00Z', '2025-12-04T23:59:59.999Z', '2025-12-04'],
    ['2025-12-03 15:00:00 (per AI_HANDOFF.md)', 'UTC', '2025-12-03T15:00:00Z', null, '2025-12-03 15:00:00'],
    ['2025-12-03 15:00:00 - after the deploy', 'UTC', '2025-12-03T15:00:00Z', null, '2025-12-03 15:00:00'],
    ['**2025-12-03 15:00**', 'UTC', '2025-12-03T15:00:00Z', null, '2025-12-03 15:00'],
    ['`2025-12-03T15:00:00Z`', 'UTC', '2025-12-03T15:00:00Z', null, '2025-12-03T15:00:00Z'],
    ['  ~2025-12-03 15:00  ', 'UTC', '2025-12-03T15:00:00Z', null, '2025-12-03 15:00'],
    ['2024-02-29', 'UTC', '2024-02-29T00:00:00Z', '2024-02-29T23:59:59.999Z', '2024-02-29']
  ];
  it.each(rows)('%s in %s', (input, zone, start, end, text) => {
    const t = parseTime(input, zone);
    expect(t).not.toBeNull();
    expect(t!.start).toBe(iso(start));
    expect(t!.end).toBe(iso(end ?? start));
    expect(t!.text).toBe(text);
  });

  it('defaults to UTC', () => {
    expect(parseTime('2025-12-03 15:00')!.start).toBe(iso('2025-12-03T15:00:00Z'));
  });
});

describe('parseTime: nothing to read', () => {
  it.each([
    'N/A',
    'n/a',
    'Unknown',
    'Unknown (check with Codex)',
    'never',
    'None',
    'None.',
    '',
    '   ',
    '-',
    'TBD',
    'yesterday afternoon',
    'Dec 4, 2025',
    '12/04/2025'
  ])('%j → null', (input) => {
    expect(parseTime(input, 'UTC')).toBeNull();
  });

  it.each([
    '2025-02-30',
    '2025-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-12-03 25:00',
    '2025-12-03 24:00',
    '2025-12-03 15:60',
    '2025-12-03 15:00:61',
    '2025-12-03 13:00 PM',
    '2025-12-03 15:00 +15:00',
    '2025-12-041',
    '2025-12-03 15:00:00abc',
    '2025-12-04 22:XX:30'
  ])('invalid %j → null', (input) => {
    expect(parseTime(input, 'UTC')).toBeNull();
  });

  it('refuses ambiguous zone abbreviations rather than guessing', () => {
    expect(parseTime('2025-12-03 15:00 IST', 'UTC')).toBeNull();
    expect(parseTime('2025-12-03 15:00 BST', 'UTC')).toBeNull();
  });

  it('reads only the start of a very long value', () => {
    const t = parseTime(`2025-12-03 15:00 ${'x'.repeat(1_000_000)}`, 'UTC');
    expect(t!.start).toBe(iso('2025-12-03T15:00:00Z'));
    expect(parseTime(`2025-12-03 15:00${'x'.repeat(1_000_000)}`, 'UTC')).toBeNull(); // glued to text
    const u = parseTime(`2025-12-03 15:00 (${'note '.repeat(100_000)})`, 'UTC');
    expect(u!.start).toBe(iso('2025-12-03T15:00:00Z'));
  });
});

describe('parseTime: time zones', () => {
  it('converts wall-clock times in the given zone', () => {
    expect(parseTime('2025-12-03 15:00', 'Asia/Kolkata')!.start).toBe(iso('2025-12-03T09:30:00Z'));
    expect(parseTime('2025-12-03 15:00', 'Asia/Kathmandu')!.start).toBe(iso('2025-12-03T09:15:00Z'));
    expect(parseTime('2025-07-01 12:00', 'America/New_York')!.start).toBe(iso('2025-07-01T16:00:00Z'));
    expect(parseTime('2025-01-15 12:00', 'America/New_York')!.start).toBe(iso('2025-01-15T17:00:00Z'));
    expect(parseTime('2025-12-03 15:00', 'Australia/Lord_Howe')!.start).toBe(iso('2025-12-03T04:00:00Z'));
  });

  it('an explicit zone wins over the configured one', () => {
    expect(parseTime('2025-12-03T15:00:00Z', 'Asia/Kolkata')!.start).toBe(iso('2025-12-03T15:00:00Z'));
    expect(parseTime('2025-12-03 15:00 UTC', 'Asia/Kolkata')!.start).toBe(iso('2025-12-03T15:00:00Z'));
  });

  it('handles the spring-forward gap and the fall-back overlap (America/New_York)', () => {
    // 2025-03-09 02:30 does not exist: moved forward by the gap to 03:30 EDT.
    expect(parseTime('2025-03-09 02:30', 'America/New_York')!.start).toBe(iso('2025-03-09T07:30:00Z'));
    expect(parseTime('2025-03-09 03:30', 'America/New_York')!.start).toBe(iso('2025-03-09T07:30:00Z'));
    expect(parseTime('2025-03-09 01:59', 'America/New_York')!.start).toBe(iso('2025-03-09T06:59:00Z'));
    // 2025-11-02 01:30 happens twice: the earlier (EDT) instant.
    expect(parseTime('2025-11-02 01:30', 'America/New_York')!.start).toBe(iso('2025-11-02T05:30:00Z'));
    expect(parseTime('2025-11-02 02:30', 'America/New_York')!.start).toBe(iso('2025-11-02T07:30:00Z'));
  });

  it('a date-only value spans the whole local day, 23 or 25 hours on DST days', () => {
    const day = parseTime('2025-12-04', 'Asia/Kolkata')!;
    expect(day.start).toBe(iso('2025-12-03T18:30:00Z'));
    expect(day.end).toBe(iso('2025-12-04T18:29:59.999Z'));
    const spring = parseTime('2025-03-09', 'America/New_York')!;
    expect(spring.start).toBe(iso('2025-03-09T05:00:00Z'));
    expect(spring.end).toBe(iso('2025-03-10T03:59:59.999Z'));
    expect(spring.end - spring.start + 1).toBe(23 * 3_600_000);
    const fall = parseTime('2025-11-02 (now)', 'America/New_York')!;
    expect(fall.end - fall.start + 1).toBe(25 * 3_600_000);
  });

  it('a whole hour in a zone', () => {
    const h = parseTime('2025-12-04 22:XX', 'Europe/Berlin')!;
    expect(h.start).toBe(iso('2025-12-04T21:00:00Z'));
    expect(h.end).toBe(iso('2025-12-04T21:59:59.999Z'));
  });

  it('an unknown configured zone makes a time without a zone unreadable, never UTC; a written zone still reads', () => {
    expect(parseTime('2025-12-03 15:00', 'Mars/Olympus_Mons')).toBeNull();
    const r = readTime('2025-12-03 15:00', 'Mars/Olympus_Mons');
    expect(r.kind === 'unreadable' && r.reason).toMatch(/^no zone after "2025-12-03 15:00" and the configured zone is unusable: "Mars\/Olympus_Mons" is not an IANA time zone/);
    expect(parseTime('2025-12-03 15:00 UTC', 'Mars/Olympus_Mons')!.start).toBe(iso('2025-12-03T15:00:00Z'));
    expect(parseTime('2025-12-03 15:00 PST', 'Mars/Olympus_Mons')!.start).toBe(iso('2025-12-03T23:00:00Z'));
  });
});

describe('isValidTimezone', () => {
  it.each(['UTC', 'Etc/UTC', 'Asia/Kolkata', 'America/New_York', 'Europe/Berlin'])('%s is valid', (tz) => {
    expect(isValidTimezone(tz)).toBe(true);
  });
  it.each(['', 'Mars/Olympus_Mons', 'Not A Zone'])('%j is not', (tz) => {
    expect(isValidTimezone(tz)).toBe(false);
  });
  it('a very long name is not', () => {
    expect(isValidTimezone('x'.repeat(500))).toBe(false);
  });
});

describe('formatIso', () => {
  it('writes UTC with Z and drops zero milliseconds', () => {
    expect(formatIso(iso('2025-12-03T15:00:00Z'))).toBe('2025-12-03T15:00:00Z');
    expect(formatIso(iso('2025-12-03T15:00:00.250Z'))).toBe('2025-12-03T15:00:00.250Z');
    expect(formatIso(0)).toBe('1970-01-01T00:00:00Z');
  });
  it('round-trips through parseTime', () => {
    const t = iso('2031-06-07T08:09:10Z');
    expect(parseTime(formatIso(t), 'Asia/Tokyo')!.start).toBe(t);
  });
  it('rejects a non-time', () => {
    expect(() => formatIso(Number.NaN)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Zones written after a time (readTime)

/** The instant, or the reading itself when it is not a time (so a failing row shows the reason). */
const startOf = (r: TimeReading): number | TimeReading => (r.kind === 'time' ? r.interval.start : r);
/** The it.each body of an [input, start] table: `input`, read with `zone` configured, starts at `start`. */
const startsAt = (zone: string) => (input: string, start: string) => {
  expect(startOf(readTime(input, zone))).toBe(iso(start));
};
const reasonOf = (r: TimeReading): string => (r.kind === 'unreadable' ? r.reason : `not unreadable: ${JSON.stringify(r)}`);

/** ±HH:MM as minutes east of UTC. */
const offsetMinutes = (o: string): number => (o.startsWith('-') ? -1 : 1) * (Number(o.slice(1, 3)) * 60 + Number(o.slice(4, 6)));
const isOffset = (meaning: string): boolean => /^[+-]\d{2}:\d{2}$/.test(meaning);
const isAmbiguous = (meaning: string): boolean => meaning.startsWith('?');

/** Spellings of a table word a writer might use: as in the table, upper, lower, and title case. */
function spellings(word: string, exact: boolean): string[] {
  if (exact) return [word];
  const title = word.toLowerCase().replace(/(^|[ \-/])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
  return [...new Set([word, word.toUpperCase(), word.toLowerCase(), title])];
}

// Wall-clock arithmetic of the test's own, straight from Intl, so the reader is not checked against itself.
const testFormatters = new Map<string, Intl.DateTimeFormat>();
/** The wall clock in `tz` at instant `ms`, encoded as if it were UTC. */
function wallClock(ms: number, tz: string): number {
  let f = testFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    });
    testFormatters.set(tz, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
}
/** The instant a wall clock in `tz` shows `wall` (fine away from DST changes, which the callers keep to). */
function fromWall(wall: number, tz: string): number {
  let t = wall - (wallClock(wall, tz) - wall);
  t = wall - (wallClock(t, tz) - t);
  return t;
}

describe('readTime: IANA names after a time', () => {
  // [input, start]: winter and summer, so a name that did not follow DST fails one of them.
  it.each([
    ['2025-01-15 12:00:00 America/Los_Angeles', '2025-01-15T20:00:00Z'],
    ['2025-07-15 12:00:00 America/Los_Angeles', '2025-07-15T19:00:00Z'],
    ['2025-12-03 07:00:00 (America/Los_Angeles)', '2025-12-03T15:00:00Z'],
    ['2025-07-15 12:00:00 (America/Los_Angeles)', '2025-07-15T19:00:00Z'],
    ['2025-01-15 12:00:00 [Europe/Berlin]', '2025-01-15T11:00:00Z'],
    ['2025-07-15 12:00:00 [Europe/Berlin]', '2025-07-15T10:00:00Z'],
    ['2025-07-15T12:00:00[Europe/Berlin]', '2025-07-15T10:00:00Z'],
    ['2025-07-15 12:00 ( Europe/Berlin )', '2025-07-15T10:00:00Z'],
    ['2025-07-15 12:00 america/new_york', '2025-07-15T16:00:00Z'],
    ['2025-01-15 12:00 AMERICA/NEW_YORK', '2025-01-15T17:00:00Z'],
    ['2025-07-15 12:00 Asia/Kolkata', '2025-07-15T06:30:00Z'],
    ['2025-07-15 12:00 (America/Argentina/Buenos_Aires)', '2025-07-15T15:00:00Z'],
    ['2025-07-15 12:00 Etc/GMT+5', '2025-07-15T17:00:00Z'],
    ['2025-07-15 12:00 America/Port-au-Prince', '2025-07-15T16:00:00Z'],
    ['2025-01-15 12:00 PST8PDT', '2025-01-15T20:00:00Z'],
    ['2025-07-15 3:00 PM America/Chicago', '2025-07-15T20:00:00Z'],
    ['2025-03-09 02:30 America/New_York', '2025-03-09T07:30:00Z'] // skipped hour: moved forward, as without a zone
  ])('%s → %s', startsAt('Asia/Tokyo'));

  it('keeps the zone in the text and takes the closing bracket with it', () => {
    const r = readTime('2025-12-03 07:00:00 (America/Los_Angeles) (per AI_HANDOFF.md)');
    expect(r.kind === 'time' && r.interval.text).toBe('2025-12-03 07:00:00 (America/Los_Angeles)');
    const u = readTime('2025-12-03 07:00 (PST, roughly)');
    expect(u.kind === 'time' && u.interval.text).toBe('2025-12-03 07:00 PST');
  });
});

describe('readTime: Z, UTC, GMT and numeric offsets', () => {
  it.each([
    ['2025-12-03 15:00:00Z', '2025-12-03T15:00:00Z'],
    ['2025-12-03 15:00:00 z', '2025-12-03T15:00:00Z'],
    ['2025-12-03 15:00 utc', '2025-12-03T15:00:00Z'],
    ['2025-12-03 15:00 Gmt', '2025-12-03T15:00:00Z'],
    ['2025-12-03 15:00 UT', '2025-12-03T15:00:00Z'],
    ['2025-12-03 15:00 (UTC)', '2025-12-03T15:00:00Z'],
    ['2025-12-03 15:00 +05:30', '2025-12-03T09:30:00Z'],
    ['2025-12-03 15:00+0530', '2025-12-03T09:30:00Z'],
    ['2025-12-03 15:00 -08', '2025-12-03T23:00:00Z'],
    ['2025-12-03 15:00 (+05:30)', '2025-12-03T09:30:00Z'],
    ['2025-12-03 15:00 \u221203:00', '2025-12-03T18:00:00Z'],
    ['2025-12-03 15:00 +5:30', '2025-12-03T09:30:00Z'],
    ['2025-12-03 15:00 UTC+2', '2025-12-03T13:00:00Z'],
    ['2025-12-03 15:00 utc+2', '2025-12-03T13:00:00Z'],
    ['2025-12-03 15:00 UTC +2', '2025-12-03T13:00:00Z'],
    ['2025-12-03 15:00 GMT-8', '2025-12-03T23:00:00Z'],
    ['2025-12-03 15:00 UTC+05:30', '2025-12-03T09:30:00Z'],
    ['2025-12-03 15:00 UTC+0530', '2025-12-03T09:30:00Z'],
    ['2025-12-03 15:00 (UTC+2)', '2025-12-03T13:00:00Z'],
    ['2025-12-03 15:00 [GMT-8]', '2025-12-03T23:00:00Z'],
    ['2025-12-03 15:00 UTC\u22123', '2025-12-03T18:00:00Z'],
    ['2025-12-03 15:00 UTC-12', '2025-12-04T03:00:00Z'],
    ['2025-12-03 15:00 UTC+14', '2025-12-03T01:00:00Z'],
    ['2025-12-03 15:00 UTC - back soon', '2025-12-03T15:00:00Z']
  ])('%s → %s', startsAt('America/Chicago'));
});

describe('readTime: zone words and abbreviations', () => {
  it('every word in the table is one line: no duplicates, and every meaning is an offset, an IANA name or "?…"', () => {
    const seen = new Set<string>();
    for (const [word, meaning] of ZONE_WORDS) {
      const key = word.toUpperCase().split(/\s+/).join(' ');
      expect(seen.has(key) ? `duplicate ${word}` : key).toBe(key);
      seen.add(key);
      const ok = isOffset(meaning) || isAmbiguous(meaning) || isValidTimezone(meaning);
      expect(ok ? meaning : `bad meaning for ${word}: ${meaning}`).toBe(meaning);
    }
  });

  // Every fixed entry, in every spelling, bare and in parentheses, in summer: a fixed abbreviation ignores DST.
  const fixed = ZONE_WORDS.filter(([, meaning]) => isOffset(meaning)).flatMap(([word, meaning, match]) =>
    spellings(word, match === 'exact').flatMap((w) => [
      [`2025-07-15 12:00:00 ${w}`, meaning] as const,
      [`2025-07-15 12:00:00 (${w})`, meaning] as const
    ])
  );
  it.each(fixed)('%s is %s all year', (input, meaning) => {
    expect(startOf(readTime(input, 'Asia/Tokyo'))).toBe(Date.UTC(2025, 6, 15, 12) - offsetMinutes(meaning) * 60_000);
  });

  // Every generic entry, in every spelling, in winter and summer, against the test's own Intl arithmetic.
  const generic = ZONE_WORDS.filter(([, meaning]) => !isOffset(meaning) && !isAmbiguous(meaning)).flatMap(([word, meaning, match]) =>
    spellings(word, match === 'exact').flatMap((w) => [
      [`2025-01-15 12:00:00 ${w}`, meaning, Date.UTC(2025, 0, 15, 12)] as const,
      [`2025-07-15 12:00:00 [${w}]`, meaning, Date.UTC(2025, 6, 15, 12)] as const
    ])
  );
  it.each(generic)('%s follows %s', (input, tz, wall) => {
    expect(startOf(readTime(input, 'UTC'))).toBe(fromWall(wall, tz));
  });

  // Hand-checked values, so a wrong line in the table fails here too.
  it.each([
    ['2025-01-15 12:00 PST', '2025-01-15T20:00:00Z'],
    ['2025-07-15 12:00 PST', '2025-07-15T20:00:00Z'],
    ['2025-01-15 12:00 pdt', '2025-01-15T19:00:00Z'],
    ['2025-12-03 07:00:00 pst', '2025-12-03T15:00:00Z'],
    ['2025-01-15 12:00 Pacific Time', '2025-01-15T20:00:00Z'],
    ['2025-07-15 12:00 Pacific Time', '2025-07-15T19:00:00Z'],
    ['2025-07-15 12:00 pacific  time', '2025-07-15T19:00:00Z'],
    ['2025-07-15 12:00 PT', '2025-07-15T19:00:00Z'],
    ['2025-01-15 12:00 PT', '2025-01-15T20:00:00Z'],
    ['2025-07-15 12:00 Pacific Standard Time', '2025-07-15T20:00:00Z'],
    ['2025-01-15 12:00 Pacific Daylight Time', '2025-01-15T19:00:00Z'],
    ['2025-01-15 12:00 ET', '2025-01-15T17:00:00Z'],
    ['2025-07-15 12:00 et', '2025-07-15T16:00:00Z'],
    ['2025-07-15 12:00 Eastern Time', '2025-07-15T16:00:00Z'],
    ['2025-01-15 12:00 EST', '2025-01-15T17:00:00Z'],
    ['2025-07-15 12:00 EDT', '2025-07-15T16:00:00Z'],
    ['2025-01-15 12:00 Central Time', '2025-01-15T18:00:00Z'],
    ['2025-07-15 12:00 Central Time', '2025-07-15T17:00:00Z'],
    ['2025-07-15 12:00 CDT', '2025-07-15T17:00:00Z'],
    ['2025-01-15 12:00 Mountain Time', '2025-01-15T19:00:00Z'],
    ['2025-07-15 12:00 Mountain Time', '2025-07-15T18:00:00Z'],
    ['2025-07-15 12:00 MST', '2025-07-15T19:00:00Z'],
    ['2025-07-15 12:00 MDT', '2025-07-15T18:00:00Z'],
    ['2025-07-15 12:00 AKDT', '2025-07-15T20:00:00Z'],
    ['2025-01-15 12:00 HST', '2025-01-15T22:00:00Z'],
    ['2025-01-15 12:00 Central European Time', '2025-01-15T11:00:00Z'],
    ['2025-07-15 12:00 Central European Time', '2025-07-15T10:00:00Z'],
    ['2025-07-15 12:00 Central European Summer Time', '2025-07-15T10:00:00Z'],
    ['2025-07-15 12:00 CET', '2025-07-15T11:00:00Z'],
    ['2025-01-15 12:00 CEST', '2025-01-15T10:00:00Z'],
    ['2025-07-15 12:00 EEST', '2025-07-15T09:00:00Z'],
    ['2025-07-15 12:00 WEST', '2025-07-15T11:00:00Z'],
    ['2025-07-15 12:00 MSK', '2025-07-15T09:00:00Z'],
    ['2025-07-15 12:00 JST', '2025-07-15T03:00:00Z'],
    ['2025-07-15 12:00 KST', '2025-07-15T03:00:00Z'],
    ['2025-07-15 12:00 HKT', '2025-07-15T04:00:00Z'],
    ['2025-07-15 12:00 SGT', '2025-07-15T04:00:00Z'],
    ['2025-07-15 12:00 AEST', '2025-07-15T02:00:00Z'],
    ['2025-01-15 12:00 AEDT', '2025-01-15T01:00:00Z'],
    ['2025-07-15 12:00 ACST', '2025-07-15T02:30:00Z'],
    ['2025-01-15 12:00 ACDT', '2025-01-15T01:30:00Z'],
    ['2025-07-15 12:00 AWST', '2025-07-15T04:00:00Z'],
    ['2025-07-15 12:00 NZST', '2025-07-15T00:00:00Z'],
    ['2025-01-15 12:00 NZDT', '2025-01-14T23:00:00Z'],
    ['2025-01-15 12:00 Australian Eastern Time', '2025-01-15T01:00:00Z'],
    ['2025-07-15 12:00 Australian Eastern Time', '2025-07-15T02:00:00Z'],
    ['2025-07-15 12:00 UK Time', '2025-07-15T11:00:00Z'],
    ['2025-07-15 12:00 Greenwich Mean Time', '2025-07-15T12:00:00Z'],
    ['2025-07-15 12:00 Coordinated Universal Time', '2025-07-15T12:00:00Z'],
    ['2025-07-15 12:00 India Standard Time', '2025-07-15T06:30:00Z'],
    ['2025-07-15 12:00 NPT', '2025-07-15T06:15:00Z'],
    ['2025-07-15 12:00 NST', '2025-07-15T15:30:00Z'],
    ['2025-07-15 12:00 PST/PDT', '2025-07-15T19:00:00Z'],
    ['2025-07-15 7:00 pm PT', '2025-07-16T02:00:00Z']
  ])('%s → %s', startsAt('Asia/Tokyo'));

  it('an entry marked exact is a zone only as written; other spellings are ordinary words', () => {
    expect(startOf(readTime('2025-07-15 12:00 WEST', 'Asia/Tokyo'))).toBe(iso('2025-07-15T11:00:00Z'));
    expect(startOf(readTime('2025-07-15 12:00 west coast sync', 'Asia/Tokyo'))).toBe(iso('2025-07-15T03:00:00Z'));
    expect(startOf(readTime('2025-07-15 12:00 eat lunch first', 'Asia/Tokyo'))).toBe(iso('2025-07-15T03:00:00Z'));
  });

  it('a date-only value with a zone is that zone\'s whole day', () => {
    const pst = readTime('2025-12-04 PST', 'Asia/Tokyo');
    expect(pst.kind === 'time' && [pst.interval.start, pst.interval.end]).toEqual([iso('2025-12-04T08:00:00Z'), iso('2025-12-05T07:59:59.999Z')]);
    const la = readTime('2025-07-04 (America/Los_Angeles)', 'Asia/Tokyo');
    expect(la.kind === 'time' && [la.interval.start, la.interval.end]).toEqual([iso('2025-07-04T07:00:00Z'), iso('2025-07-05T06:59:59.999Z')]);
    const pt = readTime('2025-03-09 Pacific Time', 'UTC'); // spring forward: 23 hours
    expect(pt.kind === 'time' && pt.interval.end - pt.interval.start + 1).toBe(23 * 3_600_000);
    expect(startOf(readTime('2025-12-04 UTC+2', 'Asia/Tokyo'))).toBe(iso('2025-12-03T22:00:00Z'));
  });
});

describe('readTime: zones that cannot be read are unreadable, never UTC', () => {
  const ambiguous = ZONE_WORDS.filter(([, meaning]) => isAmbiguous(meaning)).flatMap(([word]) =>
    spellings(word, false).flatMap((w) => [`2025-12-03 15:00 ${w}`, `2025-12-03 15:00:00 (${w})`, `2025-12-03 ${w}`])
  );
  it.each(ambiguous)('%s is ambiguous, and the reason names it', (input) => {
    const written = /([A-Za-z]+)\)?$/.exec(input)![1]!;
    expect(reasonOf(readTime(input, 'UTC'))).toMatch(new RegExp(`^"${written}" is ambiguous \\(.+\\) — write an offset like \\+05:30 or an IANA name$`));
  });

  it('names the meanings of IST', () => {
    expect(reasonOf(readTime('2025-12-03 15:00 IST'))).toBe(
      '"IST" is ambiguous (India, Israel or Ireland) — write an offset like +05:30 or an IANA name'
    );
  });

  it.each([
    ['2025-12-03 07:00:00 (Mars/Olympus)', 'zone "Mars/Olympus" is not a known time zone — expected an IANA name like America/Los_Angeles, an offset like +05:30 or UTC'],
    ['2025-12-03 07:00:00 Mars/Olympus', 'zone "Mars/Olympus" is not a known time zone'],
    ['2025-12-03 07:00:00 [America/Atlantis]', 'zone "America/Atlantis" is not a known time zone'],
    ['2025-12-03 07:00:00 america/atlantis', 'zone "america/atlantis" is not a known time zone'],
    ['2025-12-04 Mars/Olympus', 'zone "Mars/Olympus" is not a known time zone'],
    ['2025-12-03 07:00:00 XYZT', 'zone "XYZT" is not a known time zone'],
    ['2025-12-03 07:00:00 (XYZT)', 'zone "XYZT" is not a known time zone'],
    ['2025-12-03 07:00 UTC+25', 'offset "UTC+25" is not a UTC offset — expected one from -12:00 to +14:00'],
    ['2025-12-03 07:00 GMT-13', 'offset "GMT-13" is not a UTC offset'],
    ['2025-12-03 07:00 (UTC+05:75)', 'offset "UTC+05:75" is not a UTC offset'],
    ['2025-12-03 07:00 +15:00', 'offset "+15:00" is not a UTC offset'],
    ['2025-12-03 07:00 +123', 'offset "+123" is not a UTC offset'],
    ['2025-12-04 -05:00', 'offset "-05:00" follows a date without a time — expected a time before it'],
    ['2025-12-04-05:00', 'offset "-05:00" follows a date without a time'],
    ['2025-12-03 07:00 UTC2', '"2" is glued to "2025-12-03 07:00 UTC" — expected a space before a note'],
    ['2025-12-03 07:00PST', '"PST" is glued to "2025-12-03 07:00" — expected a space before a note']
  ])('%s', (input, reason) => {
    expect(reasonOf(readTime(input, 'UTC')).startsWith(reason) ? reason : reasonOf(readTime(input, 'UTC'))).toBe(reason);
  });

  it.each([
    ['2025-02-30', '"2025-02-30" is not a calendar date — expected a day from 01 to 28 in 2025-02'],
    ['2024-02-30', '"2024-02-30" is not a calendar date — expected a day from 01 to 29 in 2024-02'],
    ['2025-13-01', '"2025-13-01" is not a calendar date — expected a month from 01 to 12'],
    ['2025-12-03 25:00', '"25:00" is not a time of day — expected hours 00-23 and minutes and seconds 00-59'],
    ['2025-12-03 13:00 PM', '"13:00 PM" has hour 13 with AM/PM — expected an hour from 1 to 12 before AM/PM'],
    ['2025-12-04 22:XX:30', '"22:XX:30" gives seconds of an unknown minute — expected 22:XX or a full time like 22:15:30'],
    ['2025-12-041', '"1" is glued to "2025-12-04" — expected a space before a note, or a zone like UTC or +05:30'],
    ['yesterday afternoon', '"yesterday afternoon" is not a time — expected a date like 2025-12-03 15:00:00, 2025-12-03T15:00:00Z or 2025-12-03'],
    ['12/04/2025', '"12/04/2025" puts the year last, so day and month could be either way round — expected the year first, like 2025-12-04']
  ])('%s: %s', (input, reason) => {
    expect(reasonOf(readTime(input))).toBe(reason);
  });

  it('every reason is one line, also for a value with a newline', () => {
    for (const input of ['2025-12-03 07:00 XYZT\nmore', 'not\na time', '2025-12-03 07:00 Mars/Olympus', '2025-12-031\n2']) {
      expect(reasonOf(readTime(input))).not.toMatch(/\n/);
    }
  });
});

describe('readTime: notes after a value are ignored', () => {
  // [input, start, text] in Asia/Tokyo (+09:00): a note misread as a zone would move the start.
  it.each([
    ['2025-12-03 15:00:00 (per AI_HANDOFF.md)', '2025-12-03T06:00:00Z', '2025-12-03 15:00:00'],
    ['2025-12-04 (now)', '2025-12-03T15:00:00Z', '2025-12-04'],
    ['2025-12-04 (2 hours estimate)', '2025-12-03T15:00:00Z', '2025-12-04'],
    ['2025-12-03 15:00 (estimate)', '2025-12-03T06:00:00Z', '2025-12-03 15:00'],
    ['2025-12-03 15:00 (Now)', '2025-12-03T06:00:00Z', '2025-12-03 15:00'],
    ['2025-12-03 15:00 — reason', '2025-12-03T06:00:00Z', '2025-12-03 15:00'],
    ['2025-12-03 15:00:00 - back soon', '2025-12-03T06:00:00Z', '2025-12-03 15:00:00'],
    ['2025-12-03 15:00 -- rebasing', '2025-12-03T06:00:00Z', '2025-12-03 15:00'],
    ['2025-12-03 15:00 +1 day', '2025-12-03T06:00:00Z', '2025-12-03 15:00'],
    ['2025-12-03 15:00 see docs/handoff.md', '2025-12-03T06:00:00Z', '2025-12-03 15:00'],
    ['2025-12-03 15:00 docs/handoff.md', '2025-12-03T06:00:00Z', '2025-12-03 15:00'],
    ['2025-12-03 15:00 Utah office', '2025-12-03T06:00:00Z', '2025-12-03 15:00'],
    ['2025-12-04 WIP', '2025-12-03T15:00:00Z', '2025-12-04'],
    ['2025-12-03 15:00 PST (per AI_HANDOFF.md)', '2025-12-03T23:00:00Z', '2025-12-03 15:00 PST'],
    ['2025-12-03 15:00 PST.', '2025-12-03T23:00:00Z', '2025-12-03 15:00 PST'],
    ['2025-12-03T15:00:00-08:00 (Pacific Time)', '2025-12-03T23:00:00Z', '2025-12-03T15:00:00-08:00']
  ])('%s', (input, start, text) => {
    const r = readTime(input, 'Asia/Tokyo');
    expect(r.kind === 'time' ? [r.interval.start, r.interval.text] : r).toEqual([iso(start), text]);
  });
});

describe('readTime and isNoTime: values that mean no time', () => {
  const words = ['', '   ', 'None', 'none.', 'N/A', 'n/a', '-', '—', 'Unknown', 'Unknown (check with Codex)', 'never', 'Never!', 'TBD', '**TBD**',
    '`pending`', 'not yet', 'Not yet.', 'not started', 'TBA', '?', '(none)', 'None - all done', 'n/k', 'not set'];
  it.each(words)('%j is none', (input) => {
    expect(isNoTime(input)).toBe(true);
    expect(readTime(input, 'UTC')).toEqual({ kind: 'none' });
    expect(parseTime(input, 'UTC')).toBeNull();
  });
  it.each(['yesterday', 'soon', 'Dec 4, 2025', 'nonexistent', 'never_mind_this', '2025-12-04'])('%j is not', (input) => {
    expect(isNoTime(input)).toBe(false);
    expect(readTime(input, 'UTC').kind).not.toBe('none');
  });
});

describe('parseTime is readTime\'s interval', () => {
  it.each(['2025-12-03 07:00:00 pst', '2025-12-04 (now)', '2025-12-03 15:00 IST', 'None', 'garbage'])('%s', (input) => {
    const r = readTime(input, 'Europe/Berlin');
    expect(parseTime(input, 'Europe/Berlin')).toEqual(r.kind === 'time' ? r.interval : null);
  });
});

describe('timezoneProblem', () => {
  it.each(['UTC', 'Etc/UTC', 'GMT', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5', 'america/new_york'])('%s is fine', (tz) => {
    expect(timezoneProblem(tz)).toBeNull();
    expect(isValidTimezone(tz)).toBe(true);
  });
  it.each([
    ['Mars/Olympus', '"Mars/Olympus" is not an IANA time zone (expected a name like Europe/Berlin or UTC)'],
    ['', '"" is not an IANA time zone (expected a name like Europe/Berlin or UTC)'],
    ['+05:30', '"+05:30" is not an IANA time zone (expected a name like Europe/Berlin or UTC)'],
    ['Pacific Time', '"Pacific Time" is not an IANA time zone (expected a name like America/Los_Angeles)'],
    [' UTC', '" UTC" has spaces around it (expected a name like Europe/Berlin or UTC, without spaces)']
  ])('%j: %s', (tz, reason) => {
    expect(timezoneProblem(tz)).toBe(reason);
    expect(isValidTimezone(tz)).toBe(false);
  });
  it('keeps a very long name out of the message', () => {
    const reason = timezoneProblem('x'.repeat(500))!;
    expect(reason).toMatch(/^"x{60}…" is not an IANA time zone/);
    expect(reason.length).toBeLessThan(150);
  });
});

describe('UTC and fixed offsets never touch Intl', () => {
  it('creates no Intl.DateTimeFormat for UTC or fixed-offset times, and does for an IANA zone', () => {
    const spy = jest.spyOn(Intl, 'DateTimeFormat');
    try {
      for (const zone of ['UTC', 'utc', 'Etc/UTC', 'Zulu', 'GMT0', 'Etc/GMT-5', 'etc/gmt+12']) {
        expect(isValidTimezone(zone)).toBe(true);
        expect(timezoneProblem(zone)).toBeNull();
        expect(offsetAt(0, zone)).toBe(fixedOffset(zone)! * 60_000);
      }
      for (const input of ['2025-12-03 15:00:00', '2025-12-04', '2025-12-04 22:XX', '2025-12-03T15:00:00Z', '2025-12-03 15:00 +05:30',
        '2025-12-03 15:00 UTC+2', '2025-12-03 15:00 PST', '2025-12-03 15:00 Pacific Standard Time', '2025-12-04 (now)', 'None', 'garbage',
        '2025-12-03 15:00 Etc/GMT+5', '2025-12-03 15:00 (Etc/UTC)', '2025-12-03 15:00 UCT']) {
        readTime(input);
        readTime(input, 'UTC');
        readTime(input, 'Etc/GMT-3');
        parseTime(input);
      }
      expect(spy).not.toHaveBeenCalled();
      // The spy does see the zone arithmetic: a zone not used before in this file needs a formatter.
      readTime('2025-12-03 15:00 Asia/Thimphu');
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('fixed zones without Intl give the answers Intl gives', () => {
  const etc = [...Array.from({ length: 14 }, (_, i) => `Etc/GMT-${i + 1}`), ...Array.from({ length: 12 }, (_, i) => `Etc/GMT+${i + 1}`)];
  const names = [...UTC_ALIASES, ...etc].flatMap((n) => [n, n.toLowerCase(), n.toUpperCase()]);
  /** Intl's own answer, bypassing the table. */
  const intl = (tz: string): boolean => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  };

  it('every name in the table is a zone Intl knows, in any case; names next to them are not in the table', () => {
    expect(names.filter((n) => !intl(n))).toEqual([]);
    expect(names.filter((n) => fixedOffset(n) === undefined)).toEqual([]);
    for (const n of ['Etc/GMT+13', 'Etc/GMT-15', 'Etc/GMT+00', 'UTC ', 'Europe/London', 'Africa/Abidjan', 'GMT+1', 'UT']) expect(fixedOffset(n)).toBeUndefined();
    expect(intl('Etc/GMT+13')).toBe(false);
    expect(intlKnows('Etc/GMT+13')).toBe(false);
  });

  it('property: offset and wall-clock conversion equal the Intl path at any instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2200, 0, 1) }), (zone, t) => {
        expect(offsetAt(t, zone)).toBe(intlOffsetAt(t, zone));
        expect(wallToInstant(t, zone)).toBe(wallToInstantBy(t, (x) => intlOffsetAt(x, zone)));
      }),
      { numRuns: 300 }
    );
  });

  it('property: a time read in a fixed zone, configured or written after it, is the wall time less the zone\'s offset', () => {
    const pad = (n: number): string => String(n).padStart(2, '0');
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.integer({ min: Date.UTC(1971, 0, 1) / 60_000, max: Date.UTC(2099, 0, 1) / 60_000 }), (zone, minutes) => {
        const wallMs = minutes * 60_000;
        const d = new Date(wallMs);
        const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
        const shift = fixedOffset(zone)! * 60_000;
        const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
        const hour = day + d.getUTCHours() * 3_600_000;
        const cases: [string, number, number][] = [
          [`${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`, wallMs - shift, wallMs - shift],
          [date, day - shift, day + 86_400_000 - 1 - shift],
          [`${date} ${pad(d.getUTCHours())}:XX`, hour - shift, hour + 3_600_000 - 1 - shift]
        ];
        for (const [text, start, end] of cases) {
          const configured = readTime(text, zone);
          expect(configured.kind === 'time' ? [configured.interval.start, configured.interval.end] : configured).toEqual([start, end]);
          if (text === date) continue; // a bare name after a date alone is a note, not a zone
          const written = readTime(`${text} ${zone}`, 'Asia/Tokyo');
          // Written after a time, an Area/Name in the table reads as that zone (some names without "/" are notes).
          if (zone.includes('/')) expect(written.kind === 'time' ? [written.interval.start, written.interval.end, written.interval.text] : written).toEqual([start, end, `${text} ${zone}`]);
          else if (written.kind === 'time' && written.interval.text.endsWith(zone)) expect([written.interval.start, written.interval.end]).toEqual([start, end]);
        }
      }),
      { numRuns: 300 }
    );
  });
});

describe('property: a time written with a zone reads back to its instant', () => {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const stamp = (wall: number): string => {
    const d = new Date(wall);
    return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  };
  /** [written zone, fixed offset in minutes or IANA name] */
  type Written = readonly [string, number | string];
  const fromTable: Written[] = ZONE_WORDS.filter(([, meaning]) => !isAmbiguous(meaning)).flatMap(([word, meaning, match]) =>
    spellings(word, match === 'exact').map((w): Written => [w, isOffset(meaning) ? offsetMinutes(meaning) : meaning])
  );
  const ianaNames = ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham'];
  const named: Written[] = ianaNames.flatMap((n) => [[n, n], [`(${n})`, n], [`[${n}]`, n]] as Written[]);
  const offsets: Written[] = [['+05:30', 330], ['-0800', -480], ['UTC+2', 120], ['GMT-8', -480], ['(UTC+05:45)', 345], ['UTC\u22123', -180], ['Z', 0]];
  const zones = [...fromTable, ...named, ...offsets];

  it('for random instants and zones from the table, IANA names and offsets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1971, 0, 1) / 1000, max: Date.UTC(2099, 11, 31) / 1000 }),
        fc.constantFrom(...zones),
        fc.constantFrom('UTC', 'Asia/Tokyo', 'America/Denver'),
        (seconds, [written, zone], configured) => {
          const t = seconds * 1000;
          let wall: number;
          if (typeof zone === 'number') wall = t + zone * 60_000;
          else {
            // A wall time near a DST change may exist twice; only unambiguous ones must round-trip exactly.
            fc.pre(wallClock(t - 3 * 3_600_000, zone) - (t - 3 * 3_600_000) === wallClock(t + 3 * 3_600_000, zone) - (t + 3 * 3_600_000));
            wall = wallClock(t, zone);
          }
          const text = `${stamp(wall)} ${written}`;
          const r = readTime(text, configured);
          expect(r.kind === 'time' ? [r.interval.start, r.interval.end, r.interval.text] : r).toEqual([t, t, text]);
        }
      ),
      { numRuns: 400 }
    );
  });
});
