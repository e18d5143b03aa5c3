// Plain-text building blocks for the terminal reporter: colours (when the caller says the stream takes them),
// aligned columns, times in the configured zone, durations. Pure: whether colour is on is the CLI's question.
import { formatStamp } from '../../engine/edit/index.js';

const CODES = { red: 31, green: 32, yellow: 33, magenta: 35, cyan: 36, dim: 2, bold: 1 } as const;
export type Colour = keyof typeof CODES;

export function painter(enabled: boolean): (colour: Colour | null, s: string) => string {
  return (colour, s) => (enabled && colour ? `\x1b[${CODES[colour]}m${s}\x1b[0m` : s);
}

/** Display width: code points, emoji and CJK counted as two columns (good enough for names and paths). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xfe0f || (cp >= 0x300 && cp <= 0x36f)) continue;
    w += cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0x1f300 && cp <= 0x1faff)) ? 2 : 1;
  }
  return w;
}

/** Aligned columns (two spaces apart, last column not padded). `paint` colours cells after padding. */
export function table(rows: readonly (readonly string[])[], colour?: (row: number, col: number, cell: string) => string): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  return rows.map((r, ri) =>
    r
      .map((c, i) => {
        const padded = i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c));
        return colour ? colour(ri, i, padded) : padded;
      })
      .join('  ')
      .trimEnd()
  );
}

/** "2025-12-03 19:00:00 UTC" / "2025-12-03 20:30:00 Asia/Kolkata". */
export function displayTime(t: string | number | null, tz: string): string {
  if (t === null) return '-';
  const ms = typeof t === 'number' ? t : Date.parse(t);
  if (!Number.isFinite(ms)) return String(t);
  return `${formatStamp(ms, tz, { kind: 'seconds', zone: 'none' })} ${tz}`;
}

/** Short time-of-day form for tables: "2025-12-03 19:00". */
export function shortTime(t: string | null, tz: string): string {
  if (t === null) return '-';
  const ms = Date.parse(t);
  if (!Number.isFinite(ms)) return t;
  return formatStamp(ms, tz, { kind: 'minutes', zone: 'none' }).replace(/ [+-]\d\d:\d\d$/, '');
}

/** "45m", "3h 05m", "2d 4h". */
export function duration(ms: number): string {
  const m = Math.max(0, Math.round(ms / 60_000));
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h ${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
}

/** "3h 05m ago" / "in 20m". */
export function relative(t: string | null, now: number): string {
  if (t === null) return '';
  const ms = Date.parse(t);
  if (!Number.isFinite(ms)) return '';
  return ms <= now ? `${duration(now - ms)} ago` : `in ${duration(ms - now)}`;
}

/** "14:00 UTC" on the same day as `now` (in the zone), else "2025-12-05 14:00 UTC". */
export function clockTime(t: string | number, tz: string, now: number): string {
  const ms = typeof t === 'number' ? t : Date.parse(t);
  if (!Number.isFinite(ms)) return String(t);
  const stamp = formatStamp(ms, tz, { kind: 'minutes', zone: 'none' }).replace(/ [+-]\d\d:\d\d$/, '');
  const today = formatStamp(now, tz, { kind: 'minutes', zone: 'none' }).slice(0, 10);
  return `${stamp.startsWith(today) ? stamp.slice(11) : stamp} ${tz}`;
}

/** A check-in as written: a date alone (a day, not midnight) stays a date; a time is a time with its age. */
export function checkinWords(c: { start: number; end: number; text: string } | string | null, tz: string, now: number): string {
  if (c === null) return 'no readable check-in';
  if (typeof c !== 'string' && c.end - c.start >= 3_600_000) return `${c.text.trim()} (a date without a time of day)`;
  const at = typeof c === 'string' ? c : new Date(c.start).toISOString();
  return `${clockTime(at, tz, now)} (${relative(at, now)})`;
}

export type ClaimStateWord = 'active' | 'caution' | 'stale' | 'uncertain' | 'idle';

/**
 * A claim's times in the action's words (it judges a change to a claimed file an error while the claim is active,
 * a warning while in caution, a notice once stale): "active until 14:00 UTC (in 2h 00m), stale after 16:00 UTC",
 * "caution until 16:00 UTC (in 1h 00m), stale after that", "stale since 16:00 UTC (2h 00m ago)".
 */
export function claimWindow(state: ClaimStateWord, activeUntil: string | number | null, staleAt: string | number | null, tz: string, now: number): string {
  const iso = (t: string | number): string => (typeof t === 'number' ? new Date(t).toISOString() : t);
  const at = (t: string | number): string => `${clockTime(t, tz, now)} (${relative(iso(t), now)})`;
  if (state === 'idle') return 'claims nothing';
  if (staleAt === null) return state === 'uncertain' ? 'age uncertain' : `${state}, stale time unknown`;
  if (state === 'stale') return `stale since ${at(staleAt)}`;
  if (state === 'uncertain') return `age uncertain, stale after ${clockTime(staleAt, tz, now)} at the latest`;
  if (state === 'caution') return `caution until ${at(staleAt)}, stale after that`;
  return `${activeUntil === null ? 'active' : `active until ${at(activeUntil)}`}, stale after ${clockTime(staleAt, tz, now)}`;
}
