// Which agent made a commit. Real data: most agent commits carry a human author and name the agent only in a
// trailer (`Co-Authored-By: Claude <noreply@anthropic.com>`) or only in the branch (`codex/fix-x`). The rules, in
// order, each recorded in the result with what it matched:
//   1. `AI-Agent: <name>` trailer (our convention);
//   2. config aliases (globs allowed) against the author (name, then email), each Co-authored-by, the committer;
//   3. a name equal to an agent's name, or a whole word / word sequence of exactly one agent's name (generic words
//      such as "bot", "agent", "GitHub" never count; a name of only generic words never matches);
//   4. config branch globs against the head branch;
//   5. unknown.
// The first rule that matches decides, but it is not the only evidence a commit carries: an `AI-Agent:` trailer on a
// commit whose author is another known agent is a contradiction someone should see. `identityEvidence` lists every
// piece of evidence that names an agent (each `AI-Agent:` trailer, the author, the committer); the ones naming
// another agent than the winner become `Identity.conflicts`. Co-authors and the branch are not listed: a person's
// commit made with Claude Code's help carries `Co-authored-by: Claude` and is normal, and a branch is where work
// happens, not who did it. They still count when they are what decided.
// Two `AI-Agent:` trailers that disagree: the first one wins (what this resolver has always done, so attribution
// never changes under anyone's feet), and the others are conflicts.

import { formatPerson, parsePerson, parseTrailers, type Trailer } from './trailers.js';
import { type AliasMatcher, agentByName, agentNames, aliasFor, canonical, compiled, stripBot } from './matching.js';
import { aliasKey, nameWords, sameAgent } from '../names.js';

import type { CommitInfo, Config, Identity, IdentityEvidence, IdentityRule, Person } from '../model.js';
export { parsePerson, parseTrailers, type Trailer } from './trailers.js';
export { agentNames } from './matching.js';

export interface IdentityContext {
  config: Config;
  /** Agent names known from the claims file sections. */
  agents: readonly string[];
  /** Head branch, when known. */
  branch: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution

function identity(agent: string | null, rule: IdentityRule, evidence: string): Identity {
  return { agent, rule, evidence };
}

/** Head branch → agent via config `branches` globs. */
export function resolveBranchIdentity(branch: string | null | undefined, config: Config, known: readonly string[] = []): Identity | null {
  if (!branch) return null;
  const b = branch.trim().replace(/^refs\/heads\//, '');
  if (b === '') return null;
  for (const m of compiled(config).branches) {
    if (m.test(b)) {
      const agent = canonical(m.agent, known);
      return identity(agent, 'branch', `branch "${b}" matches "${m.glob}" (${agent})`);
    }
  }
  return null;
}

/** A pull request's author login → agent via config aliases (a `[bot]` suffix is ignored). */
export function resolveLoginIdentity(login: string, ctx: { config: Config; agents?: readonly string[] }): Identity | null {
  const known = agentNames(ctx.config, ctx.agents ?? []);
  const raw = login.trim();
  if (raw === '') return null;
  for (const candidate of [raw, stripBot(raw)]) {
    const m = aliasFor(ctx.config, candidate);
    if (m) {
      const agent = canonical(m.agent, known);
      return identity(agent, 'alias-login', `pull request author "${raw}" matches alias "${m.alias}" (${agent})`);
    }
  }
  return null;
}

/** Resolves an `AI-Agent:` value to a known agent where possible, else keeps it as written. */
function agentFromTrailer(value: string, config: Config, known: readonly string[]): string {
  const person = parsePerson(value);
  const name = person.name || value.trim();
  // Looser than sameAgent, on purpose: a trailer names its agent deliberately, so the same words are enough
  // ("claude-code" is "Claude Code"), where a name found elsewhere must designate exactly one agent (agentByName).
  const words = nameWords(name).join(' ');
  const direct = known.find((k) => sameAgent(k, name)) ?? known.find((k) => nameWords(k).join(' ') === words);
  if (direct) return direct;
  for (const candidate of [name, person.email]) {
    const m = aliasFor(config, candidate);
    if (m) return canonical(m.agent, known);
  }
  return agentByName(name, known) ?? name;
}

interface Parts {
  known: string[];
  trailers: Trailer[];
  author: Person;
  committer: Person;
}

function partsOf(commit: CommitInfo, ctx: IdentityContext): Parts {
  return {
    known: agentNames(ctx.config, ctx.agents),
    trailers: parseTrailers(commit.message ?? ''),
    author: { name: commit.author?.name ?? '', email: commit.author?.email ?? '' },
    committer: { name: commit.committer?.name ?? '', email: commit.committer?.email ?? '' }
  };
}

const isAgentTrailer = (t: Trailer): boolean => t.key.toLowerCase() === 'ai-agent' && t.value.trim() !== '';

/** The agent a person (author or committer) designates by alias, else by name, with the rule that matched. */
function personAgent(person: Person, config: Config, known: readonly string[], as: 'author' | 'committer'): IdentityEvidence | null {
  const m = aliasFor(config, person.name) ?? aliasFor(config, person.email);
  const agent = m ? canonical(m.agent, known) : agentByName(person.name, known);
  if (agent === null) return null;
  const rule: IdentityRule = m ? (as === 'author' ? 'alias-author' : 'alias-committer') : as === 'author' ? 'name-author' : 'name-committer';
  return { agent, rule, evidence: formatPerson(person) };
}

function evidenceOf(p: Parts, config: Config): IdentityEvidence[] {
  const out: IdentityEvidence[] = p.trailers
    .filter(isAgentTrailer)
    .map((t) => ({ agent: agentFromTrailer(t.value, config, p.known), rule: 'trailer' as const, evidence: `${t.key}: ${t.value}` }));
  const byAuthor = personAgent(p.author, config, p.known, 'author');
  if (byAuthor) out.push(byAuthor);
  // A committer who is the author says nothing new. People, not agents: compared as aliases are (aliasKey).
  const same = aliasKey(p.committer.name) === aliasKey(p.author.name) && aliasKey(p.committer.email) === aliasKey(p.author.email);
  const byCommitter = same ? null : personAgent(p.committer, config, p.known, 'committer');
  if (byCommitter) out.push(byCommitter);
  return out;
}

/**
 * Every piece of evidence on a commit that names an agent: each `AI-Agent:` trailer (in message order), the author,
 * the committer (when not the author). `evidence` is the text as written (`AI-Agent: X`, `Name <email>`).
 */
export function identityEvidence(commit: CommitInfo, ctx: IdentityContext): IdentityEvidence[] {
  return evidenceOf(partsOf(commit, ctx), ctx.config);
}

/** `id` with `conflicts` set to the evidence naming another agent than `id.agent` (unchanged when there is none). */
export function withConflicts(id: Identity, evidence: readonly IdentityEvidence[]): Identity {
  if (id.agent === null) return id;
  const winner = id.agent;
  const conflicts = evidence.filter((e) => !sameAgent(e.agent, winner));
  return conflicts.length > 0 ? { ...id, conflicts } : id;
}

export function resolveIdentity(commit: CommitInfo, ctx: IdentityContext): Identity {
  const p = partsOf(commit, ctx);
  return withConflicts(decide(p, ctx), evidenceOf(p, ctx.config));
}

/** The attribution rules, in order: the first match decides. */
function decide(p: Parts, ctx: IdentityContext): Identity {
  const { config } = ctx;
  const { known, trailers, author, committer } = p;
  const coAuthors = trailers
    .filter((t) => t.key.toLowerCase() === 'co-authored-by' && t.value !== '')
    .map((t) => ({ trailer: t, person: parsePerson(t.value) }));

  // 1. AI-Agent trailer (the first, when there are several).
  const declared = trailers.find(isAgentTrailer);
  if (declared) return identity(agentFromTrailer(declared.value, config, known), 'trailer', `${declared.key}: ${declared.value}`);

  // 2. Config aliases: author (name, then email), each co-author, committer.
  const viaAlias = (person: Person): AliasMatcher | null => aliasFor(config, person.name) ?? aliasFor(config, person.email);
  const aliased = (m: AliasMatcher, rule: IdentityRule, what: string): Identity => {
    const agent = canonical(m.agent, known);
    return identity(agent, rule, `${what} matches alias "${m.alias}" (${agent})`);
  };
  let m = viaAlias(author);
  if (m) return aliased(m, 'alias-author', `author ${formatPerson(author)}`);
  for (const co of coAuthors) {
    m = viaAlias(co.person);
    if (m) return aliased(m, 'alias-co-author', `${co.trailer.key}: ${co.trailer.value}`);
  }
  m = viaAlias(committer);
  if (m) return aliased(m, 'alias-committer', `committer ${formatPerson(committer)}`);

  // 3. Names: author, co-authors, committer.
  const named = (name: string, rule: IdentityRule, what: string): Identity | null => {
    const agent = agentByName(name, known);
    return agent ? identity(agent, rule, `${what} (name "${stripBot(name)}" → ${agent})`) : null;
  };
  const byName =
    named(author.name, 'name-author', `author ${formatPerson(author)}`) ??
    coAuthors.reduce<Identity | null>(
      (found, co) => found ?? named(co.person.name, 'name-co-author', `${co.trailer.key}: ${co.trailer.value}`),
      null
    ) ??
    named(committer.name, 'name-committer', `committer ${formatPerson(committer)}`);
  if (byName) return byName;

  // 4. Branch.
  const byBranch = resolveBranchIdentity(ctx.branch, config, known);
  if (byBranch) return byBranch;

  return identity(null, 'unknown', 'no trailer, alias, name or branch matched');
}
