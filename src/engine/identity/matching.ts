// Does a name, an email or a login designate an agent: config aliases (globs, case-insensitive) and the agents'
// own names (equal, or a whole word sequence of exactly one agent's name; generic words never count).
import picomatch from 'picomatch';
import type { AgentConfig, Config } from '../model.js';

// ---------------------------------------------------------------------------------------------------------------
// Agent names

export const fold = (s: string) => s.trim().toLowerCase();

/** Union of the configured agents and the claims file's section names, deduplicated case-insensitively (the
 * claims file's spelling wins; sections first, in order, then configured agents not in the claims file). */
export function agentNames(config: Config, sections: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const name of [...sections, ...Object.keys(config.agents)]) {
    const trimmed = name.trim();
    if (trimmed === '' || seen.has(fold(trimmed))) continue;
    seen.add(fold(trimmed));
    out.push(trimmed);
  }
  return out;
}

export function canonical(name: string, known: readonly string[]): string {
  const f = fold(name);
  return known.find((k) => fold(k) === f) ?? name.trim();
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

export function aliasMatcher(agent: string, alias: string): AliasMatcher {
  const folded = fold(alias);
  if (!/[*?]/.test(folded)) return { agent, alias, test: (v) => fold(v) === folded };
  const chars = Array.from(folded);
  return { agent, alias, test: (v) => wildcard(chars, Array.from(fold(v))) };
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
// Names: equal to an agent's name, or a whole word (sequence) of exactly one agent's name.

/** Words that never identify an agent on their own ("GitHub", "github-actions[bot]", "bot", "AI", "Code"…). */
export const GENERIC_WORDS = new Set([
  'ai',
  'action',
  'actions',
  'agent',
  'agents',
  'app',
  'apps',
  'assistant',
  'auto',
  'bot',
  'bots',
  'ci',
  'cli',
  'code',
  'coder',
  'coding',
  'dev',
  'developer',
  'git',
  'github',
  'gitlab',
  'model',
  'noreply',
  'the',
  'user',
  'web',
  'flow'
]);

export const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

export function stripBot(name: string): string {
  return name.trim().replace(/\[bot\]$/i, '').trim();
}

export function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The one agent a name designates, or null (no match, or several: not decisive). */
export function agentByName(rawName: string, known: readonly string[]): string | null {
  const name = stripBot(rawName);
  const nw = words(name);
  if (nw.length === 0) return null;
  const key = nw.join(' ');
  const exact = known.filter((a) => words(a).join(' ') === key);
  if (exact.length === 1) return exact[0] as string;
  if (exact.length > 1) return null;
  // A part of an agent's name: the name's words, generic ones dropped ("Cursor Agent" → "cursor"), must hold a
  // distinctive word of three or more characters and appear as a run of whole words in exactly one agent's name.
  const core = nw.filter((w) => !GENERIC_WORDS.has(w));
  if (!core.some((w) => [...w].length >= 3)) return null;
  const partial = known.filter((a) => containsRun(words(a), core));
  return partial.length === 1 ? (partial[0] as string) : null;
}
