// Each agent's last observed activity from a status file already read (read.ts parses it; this part needs no zod,
// so the check loads it whether or not there is a status file to parse).
import { FUTURE_TOLERANCE_MS } from '../judge/liveness.js';
import { plain } from '../text.js';
import { isIsoDateTime } from '../time/iso.js';
import type { StatusFile } from './schema.js';

export interface LastSeen {
  /** Agent → last seen (normalised ISO, UTC). */
  lastSeen: Record<string, string>;
  /** Values more than FUTURE_TOLERANCE_MS after `now`, as written (one line), dropped from `lastSeen`. */
  future: { agent: string; lastSeenAt: string }[];
}

/**
 * Each agent's last observed activity, from the previous status file's board: valid ISO times only, the latest per
 * agent. A value more than five minutes after `now` is dropped and returned in `future`: the file is repository
 * content anyone can push, and a "last seen in 2099" would otherwise keep that agent's claims alive until 2099 and be
 * copied into every later status file.
 */
export function lastSeenFrom(status: StatusFile | null, now: number): LastSeen {
  const seen = new Map<string, number>();
  const future: LastSeen['future'] = [];
  for (const a of status?.agents ?? []) {
    if (typeof a.name !== 'string' || !isIsoDateTime(a.lastSeenAt)) continue;
    const t = Date.parse(a.lastSeenAt);
    if (t > now + FUTURE_TOLERANCE_MS) {
      future.push({ agent: plain(a.name, 100), lastSeenAt: a.lastSeenAt });
      continue;
    }
    const prev = seen.get(a.name);
    if (prev === undefined || t > prev) seen.set(a.name, t);
  }
  // fromEntries defines own properties, so a name like "__proto__" stays a plain key.
  return { lastSeen: Object.fromEntries([...seen].map(([name, t]) => [name, new Date(t).toISOString()])), future };
}

/** The warning for a dropped future lastSeenAt: `AI_SYNC_STATUS.json: lastSeenAt 2099-… for X is in the future; ignored`. */
export function futureLastSeenWarning(statusFile: string, f: LastSeen['future'][number]): string {
  return `${statusFile}: lastSeenAt ${f.lastSeenAt} for ${f.agent} is in the future; ignored`;
}
