// Would a claim collide with another agent's live claim? Pure: claims document + config + time in, conflicts out.
// Who holds what comes from the engine's holders (holdersOf, holdingsOf; inFlightHoldings for the claims in flight
// on other branches), liveness from its board (buildBoard, inFlightBoard), matching from its pattern compiler, so
// the CLI refuses exactly what the action would later report as "claimed by another agent".
import { buildBoard } from '../engine/judge/evaluate.js';
import { holdersOf, holdingsOf, modulePatterns, type Holding } from '../engine/judge/holders.js';
import { inFlightBoard, inFlightHoldings } from '../engine/judge/in-flight.js';
import { activeUntil } from '../engine/judge/liveness.js';
import type { AgentSection, BoardEntry, ClaimsDocument, Config, TimeInterval } from '../engine/model.js';
import { agentKey } from '../engine/names.js';
import { compilePatterns } from '../engine/paths/index.js';

export interface ClaimRequest {
  module: string | null;
  files: readonly string[];
}

export interface Conflict {
  holder: string;
  /** The branch an in-flight claim is written on ("origin/codex/tracking"); null for the claims file's own. */
  branch: string | null;
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
  /** The holder's Started At and Last Checkin as written (a date alone is a whole day), when its claim has them. */
  started: TimeInterval | null;
  checkin: TimeInterval | null;
  /** Until when the claim is active (a push touching it an error), then in caution until staleAt. */
  activeUntil: string | null;
  staleAt: string | null;
  /** The line of the claims file (on `branch` when in flight) the holder's claim is read from, when known. */
  line: number | null;
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
  branch: string | null;
}

/** Each agent's modules and patterns, by agentKey, as the engine reads them (a duplicate section: the first counts). */
function holders(doc: ClaimsDocument, config: Config): Map<string, Holder> {
  const all = holdersOf(doc);
  const holdings = holdingsOf(all, config);
  return new Map([...all].map(([key, h]) => [key, { name: h.name, modules: h.modules, patterns: holdings.filter((x) => agentKey(x.agent) === key), branch: null }]));
}

/** An in-flight claim as a holder of its own: its module and patterns, on its branch. */
function inFlightHolder(section: AgentSection, config: Config): Holder {
  return { name: section.name, modules: !section.idle && section.module ? [section.module] : [], patterns: inFlightHoldings([section], config), branch: section.inFlight?.branch ?? null };
}

/**
 * Conflicts between a requested claim and every other agent's claims: those of the claims file, and those in flight
 * on other branches (`inFlight`, from the engine's inFlightClaims). `me`: every name the claimer goes by.
 */
export function findConflicts(
  doc: ClaimsDocument,
  config: Config,
  now: number,
  lastSeen: Record<string, string>,
  me: readonly string[],
  req: ClaimRequest,
  inFlight: readonly AgentSection[] = []
): ConflictReport {
  const board = buildBoard(doc, config, now, lastSeen);
  const state = new Map(board.map((b) => [agentKey(b.name), b]));
  const mine = new Set(me.map(agentKey));
  const blocking: Conflict[] = [];
  const other: Conflict[] = [];
  const moduleGlobs = req.module ? modulePatterns(config, req.module) : [];

  const judge = (h: Holder, entry: BoardEntry | undefined, section: AgentSection | null): void => {
    const st = entry?.state ?? 'uncertain';
    if (st === 'idle') return;
    const found: Conflict[] = [];
    const add = (item: string, via: string, module: string | null): void => {
      if (found.some((c) => c.item === item)) return;
      found.push({
        holder: h.name,
        branch: h.branch,
        state: st,
        item,
        via,
        module,
        workingOn: entry?.workingOn ?? null,
        startedAt: entry?.startedAt ?? null,
        lastCheckin: entry?.lastCheckin ?? null,
        lastSeenAt: entry?.lastSeenAt ?? null,
        started: section?.startedAt ?? null,
        checkin: section?.lastCheckin ?? null,
        activeUntil: entry?.staleAt ? new Date(activeUntil(Date.parse(entry.staleAt), config)).toISOString().replace('.000Z', 'Z') : null,
        staleAt: entry?.staleAt ?? null,
        line: entry?.line ?? null
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
  };

  // The claim the board judged by is the one at the entry's line: its times as written.
  const sectionAt = (entry: BoardEntry | undefined): AgentSection | null => doc.agents.find((a) => a.line === entry?.line) ?? null;
  for (const [key, h] of holders(doc, config)) if (!mine.has(key)) judge(h, state.get(key), sectionAt(state.get(key)));
  // Each in-flight claim is judged by its own check-in, on its own branch.
  const flying: BoardEntry[] = [];
  for (const section of inFlight) {
    const [entry] = inFlightBoard([section], config, now, lastSeen);
    if (entry) flying.push(entry);
    if (!mine.has(agentKey(section.name))) judge(inFlightHolder(section, config), entry, section);
  }
  return { blocking, other, board: [...board, ...flying] };
}
