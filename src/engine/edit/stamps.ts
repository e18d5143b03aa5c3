// Timestamps the editor writes, in the style the file already uses (seconds or minutes, zone or none).
import type { ClaimsDocument } from '../model.js';
import { labelsOf } from '../claims/vocabulary.js';
import { isValidTimezone, offsetAt, parseTime } from '../time/index.js';

// ---------------------------------------------------------------------------------------------------------------
// Timestamps

export interface StampStyle {
  /** `YYYY-MM-DD HH:MM:SS`, `YYYY-MM-DD HH:MM`, or ISO 8601 `YYYY-MM-DDTHH:MM:SS` with Z/offset. */
  kind: 'seconds' | 'minutes' | 'iso';
  /** Zone suffix: none (wall clock in the configured zone), ` UTC` (written in UTC), or a numeric offset. */
  zone: 'none' | 'utc' | 'offset';
}

export const DEFAULT_STAMP_STYLE: StampStyle = { kind: 'seconds', zone: 'none' };

/** The labels of time fields (Started At, Last Checkin and every other word the reader reads for them), in its order. */
export const STAMP_KEYS = labelsOf('started', 'checkin');

/** The timestamp format most used by the file's Started At / Last Checkin values (date-only values do not count). */
export function detectStampStyle(doc: ClaimsDocument): StampStyle {
  const votes = new Map<string, { style: StampStyle; n: number }>();
  for (const section of doc.agents) {
    for (const key of STAMP_KEYS) {
      const f = section.fields[key];
      if (!f) continue;
      const style = styleOf(f.value.replace(/^[*_`~\s]+/, ''));
      if (!style) continue;
      const k = `${style.kind}/${style.zone}`;
      const v = votes.get(k);
      if (v) v.n++;
      else votes.set(k, { style, n: 1 });
    }
  }
  let best: { style: StampStyle; n: number } | null = null;
  for (const v of votes.values()) if (!best || v.n > best.n) best = v;
  return best ? best.style : DEFAULT_STAMP_STYLE;
}

export function styleOf(value: string): StampStyle | null {
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})/.exec(value);
  if (iso) return { kind: 'iso', zone: iso[1] === 'Z' ? 'utc' : 'offset' };
  const m = /^\d{4}-\d{2}-\d{2}[ \t]+\d{2}:\d{2}(:\d{2})?(?![\d:])(.*)$/.exec(value);
  if (!m) return null;
  const rest = m[2] ?? '';
  const zone: StampStyle['zone'] = /^[ \t]*\(?(?:UTC|GMT|Z)\b/.test(rest) ? 'utc' : /^[ \t]?[+-]\d{2}:?\d{2}/.test(rest) ? 'offset' : 'none';
  return { kind: m[1] ? 'seconds' : 'minutes', zone };
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Wall-clock fields of instant `ms` in zone `tz` (the engine's own zone arithmetic, so both read alike). */
export function wallParts(ms: number, tz: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const w = new Date(Math.floor(ms / 1000) * 1000 + offsetAt(ms, tz));
  return { y: w.getUTCFullYear(), mo: w.getUTCMonth() + 1, d: w.getUTCDate(), h: w.getUTCHours(), mi: w.getUTCMinutes(), s: w.getUTCSeconds() };
}

export function offsetText(ms: number, tz: string, colon = true): string {
  const minutes = Math.round(offsetAt(ms, tz) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}${colon ? ':' : ''}${pad(a % 60)}`;
}

/**
 * A timestamp for the claims file: `now` in the configured zone, in the file's style (default
 * `YYYY-MM-DD HH:MM:SS`). Seconds (or minutes) are truncated, so the written time is never in the future. A wall
 * time that would read back differently (a repeated hour when clocks go back) gets an explicit offset.
 */
export function formatStamp(ms: number, timezone = 'UTC', style: StampStyle = DEFAULT_STAMP_STYLE): string {
  const tz = isValidTimezone(timezone) ? timezone : 'UTC';
  const zoneTz = style.zone === 'utc' ? 'UTC' : tz;
  const p = wallParts(ms, zoneTz);
  const date = `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
  const time = style.kind === 'minutes' ? `${pad(p.h)}:${pad(p.mi)}` : `${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
  if (style.kind === 'iso') {
    return `${date}T${time}${zoneTz === 'UTC' ? 'Z' : offsetText(ms, zoneTz)}`;
  }
  if (style.zone === 'utc') return `${date} ${time} UTC`;
  if (style.zone === 'offset') return `${date} ${time} ${offsetText(ms, zoneTz)}`;
  const stamp = `${date} ${time}`;
  const back = parseTime(stamp, zoneTz);
  const truncated = style.kind === 'minutes' ? Math.floor(ms / 60_000) * 60_000 : Math.floor(ms / 1000) * 1000;
  if (back && back.start !== truncated) return `${stamp} ${offsetText(ms, zoneTz)}`;
  return stamp;
}
