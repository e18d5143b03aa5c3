// In-flight claims in the judgement: their holdings (files, and modules through the config) carry the claim they
// came from, so a hit is judged by that claim's own check-in and says where it is written; and their board rows
// carry the branch and pull request.
import type { AgentSection, BoardEntry, Config } from '../model.js';
import { buildBoard } from './board.js';
import { modulePatterns, type Holding } from './holders.js';

export function inFlightHoldings(sections: readonly AgentSection[], config: Config): Holding[] {
  const out: Holding[] = [];
  for (const section of sections) {
    if (section.idle) continue;
    for (const f of section.files) out.push({ agent: section.name, module: section.module, pattern: f.pattern, section });
    if (section.module) for (const pattern of modulePatterns(config, section.module)) out.push({ agent: section.name, module: section.module, pattern, section });
  }
  return out;
}

/** One board row per in-flight claim, marked with where it is written. */
export function inFlightBoard(sections: readonly AgentSection[], config: Config, now: number, lastSeen: Record<string, string>): BoardEntry[] {
  return sections.flatMap((section) => {
    const where = section.inFlight;
    if (!where) return [];
    const [entry] = buildBoard({ agents: [section], moduleClaims: [], modules: [], overrides: [], diagnostics: [] }, config, now, lastSeen);
    if (!entry) return [];
    entry.branch = where.branch;
    if (where.pullRequest !== null) entry.pullRequest = where.pullRequest;
    return [entry];
  });
}
