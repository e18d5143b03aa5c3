// How alive a claim is: the later of the holder's Last Checkin and its last observed activity, judged against
// the active/stale thresholds. Times are intervals, so a date-only check-in that straddles a threshold is
// "uncertain" rather than silently one or the other.
import type { ClaimState, Config, TimeInterval } from '../model.js';
import { formatIso } from '../time/index.js';

const HOUR = 3_600_000;

export interface Liveness {
  state: Exclude<ClaimState, 'idle'>;
  /** Latest possible moment the holder was alive (epoch ms), or null when nothing is known. */
  latest: number | null;
  /** Text describing where the liveness came from, for messages. */
  source: string | null;
  /** Hours since `latest` (never negative), or null. */
  ageHours: number | null;
  /** When the claim stops blocking: latest + stale-hours, or null. */
  staleAt: number | null;
}

type Thresholds = Pick<Config, 'activeHours' | 'staleHours'>;

/**
 * Until when a claim that goes stale at `staleAt` is active (a change to its files an error; a warning after, in
 * caution, until `staleAt`). Both count from the same latest sign of life, so one is the other less the gap.
 */
export function activeUntil(staleAt: number, thresholds: Thresholds): number {
  return staleAt - (thresholds.staleHours - thresholds.activeHours) * HOUR;
}

function classify(ageMs: number, t: Thresholds): 'active' | 'caution' | 'stale' {
  if (ageMs < t.activeHours * HOUR) return 'active';
  if (ageMs < t.staleHours * HOUR) return 'caution';
  return 'stale';
}

/** A check-in this far ahead of the reference time is clock skew; further ahead, it cannot be trusted. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Combines a check-in interval and an observed activity time into one liveness judgement at `now`. `doubt` says
 * why the check-in cannot be trusted (unreadable, unknown zone, state unreadable); a check-in more than a few
 * minutes in the future is doubted too. A doubted claim is uncertain — never stale, never active forever — unless
 * activity observed within the active window proves it alive.
 */
export function liveness(
  checkin: TimeInterval | null,
  seenAt: number | null,
  now: number,
  thresholds: Thresholds,
  doubt: string | null = null
): Liveness {
  let why = doubt;
  if (why === null && checkin && checkin.start > now + FUTURE_TOLERANCE_MS) why = `its check-in ${checkin.text} is in the future`;
  if (why !== null) {
    const seen = seenAt !== null && Number.isFinite(seenAt) ? seenAt : null;
    if (seen !== null && classify(Math.max(0, now - seen), thresholds) === 'active') {
      return { state: 'active', latest: seen, source: `last activity ${formatIso(seen)}`, ageHours: Math.round((Math.max(0, now - seen) / HOUR) * 100) / 100, staleAt: seen + thresholds.staleHours * HOUR };
    }
    return { state: 'uncertain', latest: null, source: why, ageHours: null, staleAt: null };
  }
  let start: number | null = null;
  let end: number | null = null;
  let source: string | null = null;
  if (checkin) {
    start = checkin.start;
    end = checkin.end;
    source = `last check-in ${checkin.text}`;
  }
  if (seenAt !== null && Number.isFinite(seenAt) && (end === null || seenAt > (start ?? -Infinity))) {
    // Activity later than (part of) the check-in interval moves the lower bound up; later than all of it, both.
    if (end === null || seenAt >= end) source = `last activity ${formatIso(seenAt)}`;
    start = Math.max(start ?? seenAt, seenAt);
    end = Math.max(end ?? seenAt, seenAt);
  }
  if (start === null || end === null) {
    return { state: 'uncertain', latest: null, source: null, ageHours: null, staleAt: null };
  }
  // A future check-in (clock skew, typo) counts as "now": age never goes negative.
  const youngest = Math.max(0, now - end);
  const oldest = Math.max(0, now - start);
  const a = classify(youngest, thresholds);
  const b = classify(oldest, thresholds);
  return {
    state: a === b ? a : 'uncertain',
    latest: end,
    source,
    ageHours: Math.round((youngest / HOUR) * 100) / 100,
    staleAt: end + thresholds.staleHours * HOUR
  };
}
