// The terminal's words for a claim's times: "active until", "caution until", "stale after", as the action judges;
// clock times short on the same day; a check-in written as a date alone shown as that date.
import { describe, expect, it } from '@jest/globals';
import { checkinWords, claimWindow, clockTime } from '../../../src/report/terminal/text.js';

const NOW = Date.parse('2025-12-04T12:00:00Z');

describe('claim times', () => {
  it('clock times: the time alone today, with the date another day, in the zone', () => {
    expect(clockTime('2025-12-04T13:00:00Z', 'UTC', NOW)).toBe('13:00 UTC');
    expect(clockTime('2025-12-05T01:00:00Z', 'UTC', NOW)).toBe('2025-12-05 01:00 UTC');
    expect(clockTime('2025-12-04T20:00:00Z', 'Asia/Kolkata', NOW)).toBe('2025-12-05 01:30 Asia/Kolkata');
  });

  it('each state in the action\'s words', () => {
    const a = '2025-12-04T13:00:00Z';
    const s = '2025-12-04T15:00:00Z';
    expect(claimWindow('active', a, s, 'UTC', NOW)).toBe('active until 13:00 UTC (in 1h 00m), stale after 15:00 UTC');
    expect(claimWindow('caution', a, s, 'UTC', Date.parse('2025-12-04T14:00:00Z'))).toBe('caution until 15:00 UTC (in 1h 00m), stale after that');
    expect(claimWindow('stale', a, s, 'UTC', Date.parse('2025-12-04T16:30:00Z'))).toBe('stale since 15:00 UTC (1h 30m ago)');
    expect(claimWindow('uncertain', null, s, 'UTC', NOW)).toBe('age uncertain, stale after 15:00 UTC at the latest');
    expect(claimWindow('uncertain', null, null, 'UTC', NOW)).toBe('age uncertain');
    expect(claimWindow('idle', null, null, 'UTC', NOW)).toBe('claims nothing');
  });

  it('a date-only check-in is a date, a time is a time with its age', () => {
    const day = { start: Date.parse('2025-12-04T00:00:00Z'), end: Date.parse('2025-12-04T23:59:59Z'), text: '2025-12-04' };
    expect(checkinWords(day, 'UTC', NOW)).toBe('2025-12-04 (a date without a time of day)');
    expect(checkinWords({ start: NOW - 3_600_000, end: NOW - 3_600_000, text: '11:00' }, 'UTC', NOW)).toBe('11:00 UTC (1h 00m ago)');
    expect(checkinWords('2025-12-04T02:40:00Z', 'UTC', NOW)).toBe('02:40 UTC (9h 20m ago)');
    expect(checkinWords(null, 'UTC', NOW)).toBe('no readable check-in');
  });
});
