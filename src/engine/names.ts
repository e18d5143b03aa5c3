// Agent names, in one place: when two names are the same agent (agentKey, sameAgent), the looser match of names
// written in commits (nameWords, agentByWords), how aliases compare (aliasKey), and which agent a misspelt name
// most likely meant (closestAgent, the CLI's did-you-mean). Pure.

// ---------------------------------------------------------------------------------------------------------------
// The same agent

/** Case-insensitive key of an agent name; a role in parentheses is decoration ("Agent-A (Central Panel)" = "Agent-A"). */
export function agentKey(name: string): string {
  let s = name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s.endsWith(')')) {
    const open = s.lastIndexOf('(');
    if (open > 0) s = s.slice(0, open).trim();
  }
  return s;
}

/** Do two names designate the same agent ("claude code" and "Claude  Code (Opus)")? */
export const sameAgent = (a: string, b: string): boolean => agentKey(a) === agentKey(b);

/**
 * Key of an alias as config `aliases` match it: trimmed, case-insensitive, nothing more. Deliberately stricter than
 * agentKey: an alias may be an e-mail address or a glob (`*@openai.com`), where spaces and parentheses are part of
 * what is matched, not decoration.
 */
export const aliasKey = (s: string): string => s.trim().toLowerCase();

// ---------------------------------------------------------------------------------------------------------------
// Names by their words: the looser match for names written in commits ("claude-code", "Claude Code[bot]")

/** The words of a name, lower case, punctuation dropped: "Claude-Code[bot]" → claude, code, bot. */
export const nameWords = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

/** Words that never identify an agent on their own ("GitHub", "github-actions[bot]", "bot", "AI", "Code"…). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
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

/** Does `needle` stand in `haystack` as a run of whole, consecutive words? */
export function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The one agent of `known` a name designates by its words, or null (no match, or several: not decisive). Equal
 * words ("claude-code" → "Claude Code"), else a part of one agent's name: the name's words, generic ones dropped
 * ("Cursor Agent" → "cursor"), must hold a distinctive word of three or more characters and stand as a run of whole
 * words in exactly one agent's name ("claude" → "Claude Code").
 */
export function agentByWords(name: string, known: readonly string[]): string | null {
  const nw = nameWords(name);
  if (nw.length === 0) return null;
  const key = nw.join(' ');
  const exact = known.filter((a) => nameWords(a).join(' ') === key);
  if (exact.length === 1) return exact[0] as string;
  if (exact.length > 1) return null;
  const core = nw.filter((w) => !GENERIC_WORDS.has(w));
  if (!core.some((w) => [...w].length >= 3)) return null;
  const partial = known.filter((a) => containsRun(nameWords(a), core));
  return partial.length === 1 ? (partial[0] as string) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Did you mean

/** Levenshtein distance (insertions, deletions, substitutions), for did-you-mean suggestions (agents; config keys). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] as number;
      row[j] = Math.min(up + 1, (row[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length] as number;
}

/** An agent and the other names it goes by (config aliases). */
export interface AgentNames {
  name: string;
  aliases?: readonly string[];
}

/** Edits a misspelling may hold: none in a name of three characters or fewer, one up to seven, then two. */
const typoBudget = (key: string): number => (key.length <= 3 ? 0 : key.length <= 7 ? 1 : 2);

/** "Agent-A" and "Agent-B", "Worker 1" and "Worker 2": names that differ only in a short last word are different agents. */
function differentBySuffix(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length < 2 || wa.length !== wb.length) return false;
  const last = wa.length - 1;
  return wa.slice(0, last).join(' ') === wb.slice(0, last).join(' ') && (wa[last] as string).length <= 2 && (wb[last] as string).length <= 2;
}

/**
 * The agent a name most likely meant, or null when none is close enough (conservative: null rather than a guess,
 * and null when two agents are equally close). In order: the same agent by name or alias; equal but for spacing and
 * punctuation ("ClaudeCode" → "Claude Code"); a distinctive word run of exactly one agent's name ("claude" →
 * "Claude Code", see agentByWords); a small misspelling of a name or alias ("Cluade Code", "Codx"), never of a
 * short last word ("Agent-B" is not a misspelt "Agent-A"). A name of generic words only ("code", "bot") means no
 * agent in particular. E-mail and glob aliases are not names and are skipped.
 */
export function closestAgent(input: string, candidates: readonly (string | AgentNames)[]): string | null {
  const agents = candidates.map((c) => (typeof c === 'string' ? { name: c, aliases: [] as readonly string[] } : { name: c.name, aliases: c.aliases ?? [] }));
  const entries = agents.flatMap((a) => [a.name, ...a.aliases.filter((x) => !/[@*?]/.test(x))].map((written) => ({ agent: a.name, written })));
  const one = (hits: readonly { agent: string }[]): string | null => {
    const keys = new Set(hits.map((h) => agentKey(h.agent)));
    return keys.size === 1 ? (hits[0] as { agent: string }).agent : null;
  };
  const key = agentKey(input);
  const same = entries.filter((e) => agentKey(e.written) === key);
  if (same.length > 0) return one(same);
  // Only generic words ("code", "bot", "AI agent"): whatever it is close to, it does not say which agent.
  if (nameWords(key).every((w) => GENERIC_WORDS.has(w))) return null;
  const squash = (s: string) => nameWords(agentKey(s)).join('');
  const squashed = entries.filter((e) => squash(e.written) === squash(input));
  if (squashed.length > 0) return one(squashed);
  const byWords = agentByWords(key, [...new Set(entries.map((e) => e.written))]);
  if (byWords !== null) return one(entries.filter((e) => e.written === byWords));
  let best: { agent: string }[] = [];
  let bestDistance = Infinity;
  for (const e of entries) {
    const k = agentKey(e.written);
    if (differentBySuffix(key, k)) continue;
    const d = editDistance(key, k);
    if (d > Math.min(typoBudget(key), typoBudget(k))) continue;
    if (d === bestDistance) best.push(e);
    else if (d < bestDistance) {
      best = [e];
      bestDistance = d;
    }
  }
  return best.length > 0 ? one(best) : null;
}
