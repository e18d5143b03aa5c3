// The claims board: every agent with its claim, the line it came from, and how alive it is.
import type { BoardEntry, ClaimsDocument, Config } from '../model.js';
import { holderLiveness, holdersOf, iso, lastSeenMap } from './holders.js';

/** The claims board: every agent with its claim and how alive it is. */
export function buildBoard(claims: ClaimsDocument, config: Config, now: number, lastSeen: Record<string, string>): BoardEntry[] {
  const seen = lastSeenMap(lastSeen);
  const holders = holdersOf(claims);
  const board: BoardEntry[] = [];
  for (const [key, h] of holders) {
    const { live, section } = holderLiveness(h, key, seen, now, config);
    const liveSections = h.sections.filter((x) => !x.idle);
    const s = section ?? h.sections[0] ?? null;
    const idle = liveSections.length === 0 && h.modules.length === 0;
    const seenAt = seen.get(key);
    const files = [...new Set(liveSections.flatMap((x) => x.files.map((f) => f.pattern)))];
    const entry: BoardEntry = {
      name: h.name,
      workingOn: (section ?? liveSections[0])?.workingOn ?? s?.workingOn ?? null,
      module: h.modules.length > 0 ? h.modules.join(', ') : null,
      files,
      startedAt: iso(s?.startedAt?.start ?? null),
      lastCheckin: iso(s?.lastCheckin?.start ?? null),
      lastSeenAt: seenAt === undefined ? null : iso(seenAt),
      state: idle ? 'idle' : live.state,
      staleAt: idle ? null : iso(live.staleAt)
    };
    if (s) entry.line = s.line;
    if (!idle && live.state === 'uncertain') entry.uncertain = live.source ?? 'no readable check-in or observed activity';
    board.push(entry);
  }
  return board;
}
