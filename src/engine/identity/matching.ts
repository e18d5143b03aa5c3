// Does a name, an email or a login designate an agent: config aliases (globs, case-insensitive) and the agents'
// own names (equal, or a whole word sequence of exactly one agent's name; generic words never count).
import picomatch from 'picomatch';
import type { AgentConfig, Config } from '../model.js';
import { agentByWords, agentKey, aliasKey, sameAgent } from '../names.js';

// ---------------------------------------------------------------------------------------------------------------
// Agent names

/** Union of the configured agents and the claims file's section names, one per agent (sameAgent: the claims
 * file's spelling wins; sections first, in order, then configured agents not in the claims file). */
export function agentNames(config: Config, sections: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const name of [...sections, ...Object.keys(config.agents)]) {
    const trimmed = name.trim();
    if (trimmed === '' || seen.has(agentKey(trimmed))) continue;
    seen.add(agentKey(trimmed));
    out.push(trimmed);
  }
  return out;
}

/** The known spelling of an agent's name, else the name as written. */
export function canonical(name: string, known: readonly string[]): string {
  return known.find((k) => sameAgent(k, name)) ?? name.trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Aliases: names or emails, `*` any run of characters, `?` one character, case-insensitive, whole value.

/** Linear-ish wildcard match (no backtracking blow-up): the classic two-pointer algorithm over code points. */
export function wildcard(pattern: readonly string[], text: readonly string[]): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    const pc = pattern[p];
    if (pc !== undefined && pc !== '*' && (pc === '?' || pc === text[t])) {
      p++;
      t++;
    } else if (pc === '*') {
      star = p++;
      mark = t;
    } else if (star !== -1) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

export interface AliasMatcher {
  agent: string;
  alias: string;
  test: (value: string) => boolean;
}

/** Aliases compare by aliasKey, not sameAgent: they may be e-mail addresses or globs (see src/engine/names.ts). */
export function aliasMatcher(agent: string, alias: string): AliasMatcher {
  const folded = aliasKey(alias);
  if (!/[*?]/.test(folded)) return { agent, alias, test: (v) => aliasKey(v) === folded };
  const chars = Array.from(folded);
  return { agent, alias, test: (v) => wildcard(chars, Array.from(aliasKey(v))) };
}

export interface BranchMatcher {
  agent: string;
  glob: string;
  test: (branch: string) => boolean;
}

export interface Compiled {
  aliases: AliasMatcher[];
  branches: BranchMatcher[];
}

// Keyed by the agents record, which survives shallow copies of the config (input overrides).
export const compiledByAgents = new WeakMap<Config['agents'], Compiled>();

export function compiled(config: Config): Compiled {
  let c = compiledByAgents.get(config.agents);
  if (c) return c;
  c = { aliases: [], branches: [] };
  for (const [agent, settings] of Object.entries(config.agents) as [string, AgentConfig][]) {
    for (const alias of settings.aliases ?? []) if (alias.trim() !== '') c.aliases.push(aliasMatcher(agent, alias));
    for (const glob of settings.branches ?? []) {
      if (glob.trim() === '') continue;
      const isMatch = picomatch(glob.trim(), { dot: true });
      c.branches.push({ agent, glob, test: (b) => b === glob.trim() || isMatch(b) });
    }
  }
  compiledByAgents.set(config.agents, c);
  return c;
}

export function aliasFor(config: Config, value: string): AliasMatcher | null {
  if (value.trim() === '') return null;
  for (const m of compiled(config).aliases) if (m.test(value)) return m;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Names: equal to an agent's name, or a whole word (sequence) of exactly one agent's name (src/engine/names.ts).

export function stripBot(name: string): string {
  return name.trim().replace(/\[bot\]$/i, '').trim();
}

/** The one agent a name designates, or null (no match, or several: not decisive). "claude[bot]" is "claude". */
export function agentByName(rawName: string, known: readonly string[]): string | null {
  return agentByWords(stripBot(rawName), known);
}
