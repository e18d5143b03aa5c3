// Who holds what in one claims document: each agent's claims (sections, rows, lines) and modules, the patterns
// they claim, and how alive each claim is. Shared by the judgement of a change and the claims board.
import { agentKey } from '../names.js';
import { liveness, type Liveness } from './liveness.js';
import type { AgentSection, ClaimsDocument, Config } from '../model.js';
import { formatIso } from '../time/index.js';

export const iso = (ms: number | null): string | null => (ms === null ? null : formatIso(ms));

/** One claim entry: a path pattern held by an agent, possibly through a module, with the claim it came from. */
export interface Holding {
  agent: string;
  module: string | null;
  pattern: string;
  /** The section, table row or line that claims it; null for a module claimed on a module list line. */
  section: AgentSection | null;
}

/** Everything an agent holds in one claims document: its claims (sections, rows, lines), modules and patterns. */
export interface Holder {
  name: string;
  sections: AgentSection[];
  modules: string[];
}

export function holdersOf(doc: ClaimsDocument): Map<string, Holder> {
  const holders = new Map<string, Holder>();
  const get = (name: string): Holder => {
    const key = agentKey(name);
    let h = holders.get(key);
    if (!h) {
      h = { name, sections: [], modules: [] };
      holders.set(key, h);
    }
    return h;
  };
  for (const section of doc.agents) {
    const h = get(section.name);
    // A duplicate "## X Status" section: the parser already reported it; the first one counts. Rows, claim
    // sections and lines are claims of their own.
    const explicit = (section.source ?? 'section') === 'section';
    if (explicit && h.sections.some((x) => (x.source ?? 'section') === 'section')) continue;
    h.sections.push(section);
    if (!section.idle && section.module && !h.modules.some((m) => m.toLowerCase() === section.module?.toLowerCase())) h.modules.push(section.module);
  }
  for (const claim of doc.moduleClaims) {
    const h = get(claim.agent);
    if (!h.modules.some((m) => m.toLowerCase() === claim.module.toLowerCase())) h.modules.push(claim.module);
  }
  return holders;
}

/** Module name → configured globs, looked up case-insensitively. */
export function modulePatterns(config: Config, module: string): string[] {
  const wanted = module.toLowerCase();
  for (const [name, globs] of Object.entries(config.modules)) if (name.toLowerCase() === wanted) return globs;
  return [];
}

export function holdingsOf(holders: Map<string, Holder>, config: Config): Holding[] {
  const out: Holding[] = [];
  for (const h of holders.values()) {
    for (const section of h.sections) {
      if (section.idle) continue;
      for (const f of section.files) out.push({ agent: h.name, module: section.module, pattern: f.pattern, section });
    }
    for (const module of h.modules) {
      for (const pattern of modulePatterns(config, module)) out.push({ agent: h.name, module, pattern, section: null });
    }
  }
  return out;
}

/** Liveness of one claim: its own check-in and doubt, and its holder's observed activity. */
export function claimLiveness(section: AgentSection, key: string, lastSeen: Map<string, number>, now: number, config: Config): Liveness {
  return liveness(section.lastCheckin, lastSeen.get(key) ?? null, now, config, section.uncertain ?? null);
}

export const STATE_RANK: Record<Liveness['state'], number> = { active: 0, caution: 1, uncertain: 2, stale: 3 };

/** The most alive of an agent's live claims (what blocks most), or its activity alone when it has none. */
export function holderLiveness(h: Holder, key: string, lastSeen: Map<string, number>, now: number, config: Config): { live: Liveness; section: AgentSection | null } {
  let best: { live: Liveness; section: AgentSection | null } | null = null;
  for (const section of h.sections) {
    if (section.idle) continue;
    const live = claimLiveness(section, key, lastSeen, now, config);
    if (best === null || STATE_RANK[live.state] < STATE_RANK[best.live.state]) best = { live, section };
  }
  return best ?? { live: liveness(null, lastSeen.get(key) ?? null, now, config), section: null };
}

/** Liveness of every agent that appears in a document, keyed by agentKey. */
export function livenessOf(
  holders: Map<string, Holder>,
  lastSeen: Map<string, number>,
  now: number,
  config: Config
): Map<string, Liveness> {
  const out = new Map<string, Liveness>();
  for (const [key, h] of holders) out.set(key, holderLiveness(h, key, lastSeen, now, config).live);
  return out;
}

/** Observed activity per agent (future values were dropped where the status file is read: lastSeenFrom). */
export function lastSeenMap(lastSeen: Record<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, when] of Object.entries(lastSeen)) {
    const ms = Date.parse(when);
    if (Number.isFinite(ms)) out.set(agentKey(name), ms);
  }
  return out;
}
