import { describe, expect, it } from '@jest/globals';
import { formatIso, isValidTimezone, parseTime } from '../../src/engine/time.js';

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

  it('an unknown configured zone is read as UTC', () => {
    expect(parseTime('2025-12-03 15:00', 'Mars/Olympus_Mons')!.start).toBe(iso('2025-12-03T15:00:00Z'));
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
