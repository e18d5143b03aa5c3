// Would a claim collide with another agent's live claim? Pure: claims document + config + time in, conflicts out.
// Liveness comes from the engine's board (buildBoard), matching from the engine's pattern compiler, so the CLI
// refuses exactly what the action would later report as "claimed by another agent".
import { agentKey } from '../engine/edit/index.js';
import { buildBoard } from '../engine/judge/evaluate.js';
import type { BoardEntry, ClaimsDocument, Config } from '../engine/model.js';
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

export function modulePatterns(config: Config, module: string): string[] {
  const wanted = module.toLowerCase();
  for (const [name, globs] of Object.entries(config.modules)) if (name.toLowerCase() === wanted) return globs;
  return [];
}

interface Holder {
  name: string;
  modules: string[];
  patterns: { pattern: string; module: string | null }[];
}

function holders(doc: ClaimsDocument, config: Config): Map<string, Holder> {
  const out = new Map<string, Holder>();
  const get = (name: string): Holder => {
    const key = agentKey(name);
    let h = out.get(key);
    if (!h) out.set(key, (h = { name, modules: [], patterns: [] }));
    return h;
  };
  const seen = new Set<string>();
  for (const s of doc.agents) {
    if (seen.has(agentKey(s.name))) continue; // a duplicate section: the first counts (as in the engine)
    seen.add(agentKey(s.name));
    const h = get(s.name);
    if (s.idle) continue;
    if (s.module) h.modules.push(s.module);
    for (const f of s.files) h.patterns.push({ pattern: f.pattern, module: s.module });
  }
  for (const c of doc.moduleClaims) {
    const h = get(c.agent);
    if (!h.modules.some((m) => m.toLowerCase() === c.module.toLowerCase())) h.modules.push(c.module);
  }
  for (const h of out.values()) {
    for (const m of h.modules) for (const g of modulePatterns(config, m)) h.patterns.push({ pattern: g, module: m });
  }
  return out;
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
