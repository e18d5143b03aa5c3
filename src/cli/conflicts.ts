// Would a claim collide with another agent's live claim? Pure: claims document + config + time in, conflicts out.
// Who holds what comes from the engine's holders (holdersOf, holdingsOf), liveness from its board (buildBoard),
// matching from its pattern compiler, so the CLI refuses exactly what the action would later report as "claimed by
// another agent".
import { buildBoard } from '../engine/judge/evaluate.js';
import { holdersOf, holdingsOf, modulePatterns, type Holding } from '../engine/judge/holders.js';
import type { BoardEntry, ClaimsDocument, Config } from '../engine/model.js';
import { agentKey } from '../engine/names.js';
import { compilePatterns } from '../engine/paths/index.js';

export interface ClaimRequest {
  module: string | null;
  files: readonly string[];
}

export interface Conflict {
  holder: string;
  state: BoardEntry['state'];
  /** What was asked for: a path, or "module X". */
  item: string;
  /** What of the holder's it collides with: a pattern, or "module X". */
  via: string;
  module: string | null;
  workingOn: string | null;
  startedAt: string | null;
  lastCheckin: string | null;
  lastSeenAt: string | null;
  staleAt: string | null;
}

export interface ConflictReport {
  /** Blocking: the holder's claim is active or caution. */
  blocking: Conflict[];
  /** Not blocking (stale or uncertain claims), worth telling. */
  other: Conflict[];
  board: BoardEntry[];
}

const literal = (p: string): string => p.replace(/\/+$/, '');

/** Two claim patterns overlap when either matches the other's literal text (a path under/over a directory or glob). */
export function patternsOverlap(a: string, b: string): boolean {
  if (literal(a) === literal(b)) return true;
  const ia = compilePatterns([{ pattern: a, owner: true }]);
  const ib = compilePatterns([{ pattern: b, owner: true }]);
  return ia.match(literal(b)).length > 0 || ib.match(literal(a)).length > 0;
}

interface Holder {
  name: string;
  modules: string[];
  patterns: Holding[];
}

/** Each agent's modules and patterns, by agentKey, as the engine reads them (a duplicate section: the first counts). */
function holders(doc: ClaimsDocument, config: Config): Map<string, Holder> {
  const all = holdersOf(doc);
  const holdings = holdingsOf(all, config);
  return new Map([...all].map(([key, h]) => [key, { name: h.name, modules: h.modules, patterns: holdings.filter((x) => agentKey(x.agent) === key) }]));
}

/** Conflicts between a requested claim and every other agent's claims. `me`: every name the claimer goes by. */
export function findConflicts(
  doc: ClaimsDocument,
  config: Config,
  now: number,
  lastSeen: Record<string, string>,
  me: readonly string[],
  req: ClaimRequest
): ConflictReport {
  const board = buildBoard(doc, config, now, lastSeen);
  const state = new Map(board.map((b) => [agentKey(b.name), b]));
  const mine = new Set(me.map(agentKey));
  const blocking: Conflict[] = [];
  const other: Conflict[] = [];
  const moduleGlobs = req.module ? modulePatterns(config, req.module) : [];

  for (const [key, h] of holders(doc, config)) {
    if (mine.has(key)) continue;
    const entry = state.get(key);
    const st = entry?.state ?? 'uncertain';
    if (st === 'idle') continue;
    const found: Conflict[] = [];
    const add = (item: string, via: string, module: string | null): void => {
      if (found.some((c) => c.item === item)) return;
      found.push({
        holder: h.name,
        state: st,
        item,
        via,
        module,
        workingOn: entry?.workingOn ?? null,
        startedAt: entry?.startedAt ?? null,
        lastCheckin: entry?.lastCheckin ?? null,
        lastSeenAt: entry?.lastSeenAt ?? null,
        staleAt: entry?.staleAt ?? null
      });
    };
    if (req.module) {
      const m = h.modules.find((x) => x.toLowerCase() === req.module?.toLowerCase());
      if (m) add(`module ${req.module}`, `module ${m}`, m);
    }
    for (const path of req.files) {
      const hit = h.patterns.find((p) => patternsOverlap(path, p.pattern));
      if (hit) add(path, hit.module && modulePatterns(config, hit.module).includes(hit.pattern) ? `module ${hit.module} (${hit.pattern})` : hit.pattern, hit.module);
    }
    if (req.module && !found.some((c) => c.item === `module ${req.module}`)) {
      for (const g of moduleGlobs) {
        const hit = h.patterns.find((p) => patternsOverlap(g, p.pattern));
        if (hit) {
          add(`module ${req.module}`, hit.pattern, hit.module);
          break;
        }
      }
    }
    if (st === 'active' || st === 'caution') blocking.push(...found);
    else other.push(...found);
  }
  return { blocking, other, board };
}
