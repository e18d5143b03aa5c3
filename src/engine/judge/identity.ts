// Identity conflicts as findings: a commit whose evidence names two agents (a Claude Code author with an
// `AI-Agent: ChatGPT Codex` trailer) is still judged by the rule that won, but never silently: each such commit gets
// one warning naming both agents, what named each of them, and what to fix if the winner is the wrong one.
import { note } from './finding.js';
import { commitLabel, quote } from '../quote.js';
import type { ChangeCommit, Finding, IdentityEvidence, IdentityRule } from '../model.js';

type Source = 'trailer' | 'author' | 'committer' | 'co-author' | 'login' | 'branch' | 'unknown';

function sourceOf(rule: IdentityRule): Source {
  switch (rule) {
    case 'trailer':
      return 'trailer';
    case 'alias-author':
    case 'name-author':
      return 'author';
    case 'alias-committer':
    case 'name-committer':
      return 'committer';
    case 'alias-co-author':
    case 'name-co-author':
      return 'co-author';
    case 'alias-login':
      return 'login';
    case 'branch':
      return 'branch';
    default:
      return 'unknown';
  }
}

// Untrusted text (names, trailer values) is quoted as JSON: one line whatever it holds, quotes escaped.
const quoted = (s: string): string => quote(s, 200);

/** What decided, as the message names it: `trailer "AI-Agent: X"`, `the author`, `the branch`… */
function winnerText(rule: IdentityRule, evidence: string): string {
  switch (sourceOf(rule)) {
    case 'trailer':
      return `trailer ${quoted(evidence)}`;
    case 'author':
      return 'the author';
    case 'committer':
      return 'the committer';
    case 'co-author':
      return 'a Co-authored-by trailer';
    case 'login':
      return 'the pull request author';
    case 'branch':
      return 'the branch';
    default:
      return 'no evidence';
  }
}

/** A piece of evidence that lost: `its author "Name <email>" is Claude Code`. */
function loserText(e: IdentityEvidence, winnerIsTrailer: boolean): string {
  switch (sourceOf(e.rule)) {
    case 'trailer':
      return `${winnerIsTrailer ? 'another' : 'its'} trailer ${quoted(e.evidence)} names ${e.agent}`;
    case 'committer':
      return `its committer ${quoted(e.evidence)} is ${e.agent}`;
    default:
      return `its author ${quoted(e.evidence)} is ${e.agent}`;
  }
}

/** What lost, as a group: `the author`, `the other trailer`. */
function loserGroup(e: IdentityEvidence, winnerIsTrailer: boolean): string {
  const s = sourceOf(e.rule);
  if (s === 'trailer') return winnerIsTrailer ? 'the other trailer' : 'the trailer';
  return s === 'committer' ? 'the committer' : 'the author';
}

function fixText(rule: IdentityRule, conflicts: readonly IdentityEvidence[]): string {
  if (rule === 'trailer') return 'fix the trailer';
  // Only in pull requests can a trailer lose (to the head branch or the PR author): one of them is wrong.
  if (conflicts.some((c) => c.rule === 'trailer')) return rule === 'branch' ? 'fix the trailer or rename the branch' : 'fix the trailer';
  return 'add an "AI-Agent:" trailer naming the agent that made it';
}

const joinAnd = (xs: readonly string[]): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1] as string}`;

/** One `identity-conflict` warning per commit whose identity carries conflicts (commit order kept). */
export function identityConflictFindings(commits: readonly ChangeCommit[]): Finding[] {
  const out: Finding[] = [];
  for (const c of commits) {
    const { agent, rule, evidence, conflicts } = c.identity;
    if (agent === null || !conflicts || conflicts.length === 0) continue;
    const byTrailer = rule === 'trailer';
    const groups = [...new Set(conflicts.map((e) => loserGroup(e, byTrailer)))];
    const short = commitLabel(c.sha);
    out.push(
      note({
        kind: 'identity-conflict',
        severity: 'warning',
        file: null,
        agent,
        commit: c.sha,
        message:
          `Commit ${short} is judged as ${agent}'s (${winnerText(rule, evidence)} wins over ${joinAnd(groups)}), ` +
          `but ${joinAnd(conflicts.map((e) => loserText(e, byTrailer)))}; if that is wrong, ${fixText(rule, conflicts)}.`
      })
    );
  }
  return out;
}
