// How alive a claim is: the later of the holder's Last Checkin and its last observed activity, judged against
// the active/stale thresholds. Times are intervals, so a date-only check-in that straddles a threshold is
// "uncertain" rather than silently one or the other.
import type { ClaimState, Config, TimeInterval } from './model.js';
import { formatIso } from './time.js';

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

function classify(ageMs: number, t: Thresholds): 'active' | 'caution' | 'stale' {
  if (ageMs < t.activeHours * HOUR) return 'active';
  if (ageMs < t.staleHours * HOUR) return 'caution';
  return 'stale';
}

/** Combines a check-in interval and an observed activity time into one liveness judgement at `now`. */
export function liveness(
  checkin: TimeInterval | null,
  seenAt: number | null,
  now: number,
  thresholds: Thresholds
): Liveness {
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
