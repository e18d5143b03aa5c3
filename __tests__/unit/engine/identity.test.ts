import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/engine/config/index.js';
import {
  agentNames,
  identityEvidence,
  parsePerson,
  parseTrailers,
  resolveBranchIdentity,
  resolveIdentity,
  resolveLoginIdentity,
  withConflicts,
  type IdentityContext
} from '../../../src/engine/identity/index.js';
import type { CommitInfo, IdentityRule } from '../../../src/engine/model.js';

const config = parseConfig(
  `
agents:
  Claude Code:
    aliases: [Claude, "noreply@anthropic.com"]
    branches: ["claude/**"]
  ChatGPT Codex:
    aliases: [Codex, "*@openai.com", "chatgpt-codex-connector"]
    branches: ["codex/**"]
`,
  '.github/ai-sync.yml'
);
const noConfig = parseConfig(null, 'x.yml');

const human = { name: 'Jane Doe', email: 'jane@example.com' };
const webFlow = { name: 'GitHub', email: 'noreply@github.com' };

function commit(opts: { message?: string; author?: typeof human; committer?: typeof human } = {}): CommitInfo {
  return {
    sha: 'abc123',
    message: opts.message ?? 'Change things',
    author: opts.author ?? human,
    committer: opts.committer ?? opts.author ?? human
  };
}

const ctx = (over: Partial<IdentityContext> = {}): IdentityContext => ({
  config,
  agents: ['Claude Code', 'ChatGPT Codex', 'Gemini CLI'],
  branch: null,
  ...over
});

interface Case {
  name: string;
  commit: CommitInfo;
  ctx?: Partial<IdentityContext>;
  agent: string | null;
  rule: IdentityRule;
  evidence?: RegExp;
}

const cases: Case[] = [
  // 1. AI-Agent trailer
  { name: 'AI-Agent trailer, canonicalised', commit: commit({ message: 'Fix\n\nAI-Agent: claude code' }), agent: 'Claude Code', rule: 'trailer', evidence: /^AI-Agent: claude code$/ },
  { name: 'AI-Agent trailer via an alias', commit: commit({ message: 'Fix\n\nai-agent: Codex' }), agent: 'ChatGPT Codex', rule: 'trailer' },
  { name: 'AI-Agent trailer with Name <email>', commit: commit({ message: 'Fix\n\nAI-Agent: Someone <x@openai.com>' }), agent: 'ChatGPT Codex', rule: 'trailer' },
  { name: 'AI-Agent trailer naming an unknown agent keeps the name', commit: commit({ message: 'Fix\n\nAI-Agent:   Devin  ' }), agent: 'Devin', rule: 'trailer' },
  { name: 'AI-Agent trailer beats an alias author and the branch', commit: commit({ message: 'Fix\n\nAI-Agent: Gemini CLI', author: { name: 'Codex', email: 'codex@openai.com' } }), ctx: { branch: 'claude/x' }, agent: 'Gemini CLI', rule: 'trailer' },
  { name: 'an empty AI-Agent trailer is ignored', commit: commit({ message: 'Fix\n\nAI-Agent: \nSigned-off-by: Jane <jane@example.com>' }), agent: null, rule: 'unknown' },
  { name: 'AI-Agent outside the last paragraph does not count', commit: commit({ message: 'Fix\n\nAI-Agent: Claude Code\n\nMore text here.' }), agent: null, rule: 'unknown' },
  // 2. Aliases
  { name: 'alias: author name', commit: commit({ author: { name: 'codex', email: 'bot@example.com' } }), agent: 'ChatGPT Codex', rule: 'alias-author', evidence: /author codex <bot@example.com> matches alias "Codex"/ },
  { name: 'alias: author email, glob *@openai.com', commit: commit({ author: { name: 'Some Bot', email: 'Agent@OpenAI.com' } }), agent: 'ChatGPT Codex', rule: 'alias-author', evidence: /\*@openai\.com/ },
  { name: 'alias: a co-author', commit: commit({ message: 'Fix\n\nCo-authored-by: Someone <noreply@anthropic.com>' }), agent: 'Claude Code', rule: 'alias-co-author', evidence: /^Co-authored-by: Someone <noreply@anthropic.com> matches alias "noreply@anthropic.com"/ },
  { name: 'alias: the trailer key is case-insensitive, CRLF tolerated', commit: commit({ message: 'Fix\r\n\r\nCO-AUTHORED-BY: Claude <claude@example.com>\r\n' }), agent: 'Claude Code', rule: 'alias-co-author' },
  { name: 'alias: the committer', commit: commit({ committer: { name: 'Runner', email: 'x@openai.com' } }), agent: 'ChatGPT Codex', rule: 'alias-committer' },
  { name: 'alias: author before co-author', commit: commit({ author: { name: 'Codex', email: 'c@example.com' }, message: 'Fix\n\nCo-authored-by: Claude <noreply@anthropic.com>' }), agent: 'ChatGPT Codex', rule: 'alias-author' },
  { name: 'alias: co-author before committer', commit: commit({ committer: { name: 'Codex', email: 'c@example.com' }, message: 'Fix\n\nCo-authored-by: Claude <noreply@anthropic.com>' }), agent: 'Claude Code', rule: 'alias-co-author' },
  { name: 'alias beats a name match', commit: commit({ author: { name: 'Gemini', email: 'g@example.com' }, committer: { name: 'Claude', email: 'c@example.com' } }), agent: 'Claude Code', rule: 'alias-committer' },
  { name: 'alias beats the branch', commit: commit({ author: { name: 'Claude', email: 'c@example.com' } }), ctx: { branch: 'codex/feature' }, agent: 'Claude Code', rule: 'alias-author' },
  // 3. Names
  { name: 'trailer-only identity with a human author: Co-Authored-By: Claude → Claude Code (no config)', commit: commit({ message: 'Add tracking\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>' }), ctx: { config: noConfig }, agent: 'Claude Code', rule: 'name-co-author', evidence: /^Co-Authored-By: Claude <noreply@anthropic.com>/ },
  { name: 'name: author Codex → ChatGPT Codex (no config)', commit: commit({ author: { name: 'Codex', email: 'codex@example.com' } }), ctx: { config: noConfig }, agent: 'ChatGPT Codex', rule: 'name-author' },
  { name: 'name: equal to a section name, case-insensitive', commit: commit({ author: { name: 'gemini cli', email: 'g@example.com' } }), agent: 'Gemini CLI', rule: 'name-author' },
  { name: 'name: a word sequence of a section name', commit: commit({ author: { name: 'Gemini', email: 'g@example.com' } }), agent: 'Gemini CLI', rule: 'name-author' },
  { name: 'name: a [bot] suffix is ignored', commit: commit({ author: { name: 'gemini[bot]', email: '1+gemini[bot]@users.noreply.github.com' } }), agent: 'Gemini CLI', rule: 'name-author' },
  { name: 'name: author, then co-authors, then committer', commit: commit({ committer: { name: 'ChatGPT', email: 'x@example.com' }, message: 'Fix\n\nCo-authored-by: Gemini <g@example.com>' }), ctx: { config: noConfig }, agent: 'Gemini CLI', rule: 'name-co-author' },
  { name: 'name: committer last', commit: commit({ committer: { name: 'ChatGPT', email: 'x@example.com' } }), ctx: { config: noConfig }, agent: 'ChatGPT Codex', rule: 'name-committer' },
  { name: 'name: ambiguous (matches two agents) is skipped', commit: commit({ author: { name: 'Claude', email: 'c@example.com' } }), ctx: { config: noConfig, agents: ['Claude Code', 'Claude Desktop'] }, agent: null, rule: 'unknown' },
  { name: 'name: ambiguous author skipped, next candidate decides', commit: commit({ author: { name: 'Claude', email: 'c@example.com' }, message: 'x\n\nCo-authored-by: Desktop <d@example.com>' }), ctx: { config: noConfig, agents: ['Claude Code', 'Claude Desktop'] }, agent: 'Claude Desktop', rule: 'name-co-author' },
  { name: 'name: generic names never match ("GitHub" web-flow committer vs "GitHub Copilot")', commit: commit({ committer: webFlow }), ctx: { config: noConfig, agents: ['GitHub Copilot'] }, agent: null, rule: 'unknown' },
  { name: 'name: github-actions[bot] never matches', commit: commit({ author: { name: 'github-actions[bot]', email: 'x@users.noreply.github.com' } }), ctx: { config: noConfig, agents: ['GitHub Actions Agent'] }, agent: null, rule: 'unknown' },
  { name: 'name: "AI" / "bot" / "Code" never match', commit: commit({ author: { name: 'AI', email: 'a@x' }, committer: { name: 'Code', email: 'b@x' }, message: 'x\n\nCo-authored-by: bot <c@x>' }), ctx: { config: noConfig, agents: ['AI Bot Claude Code'] }, agent: null, rule: 'unknown' },
  { name: 'name: words shorter than 3 characters are not distinctive', commit: commit({ author: { name: 'Qx', email: 'q@x' } }), ctx: { config: noConfig, agents: ['Qx Agent'] }, agent: null, rule: 'unknown' },
  { name: 'name: part of a word is not a word', commit: commit({ author: { name: 'Claud', email: 'c@x' } }), ctx: { config: noConfig }, agent: null, rule: 'unknown' },
  { name: 'name: generic words in the name are dropped ("Cursor Agent" → Cursor)', commit: commit({ author: { name: 'Cursor Agent', email: 'cursoragent@cursor.com' } }), ctx: { config: noConfig, agents: ['Cursor', 'Claude Code'] }, agent: 'Cursor', rule: 'name-author' },
  { name: 'name: a human whose first name is an agent name does not match', commit: commit({ author: { name: 'Jules Martin', email: 'jules@example.com' } }), ctx: { config: noConfig, agents: ['Jules'] }, agent: null, rule: 'unknown' },
  { name: 'name: Copilot → GitHub Copilot, but the GitHub committer does not', commit: commit({ author: { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' }, committer: webFlow }), ctx: { config: noConfig, agents: ['GitHub Copilot'] }, agent: 'GitHub Copilot', rule: 'name-author' },
  { name: 'name beats the branch', commit: commit({ author: { name: 'Gemini', email: 'g@example.com' } }), ctx: { branch: 'claude/x' }, agent: 'Gemini CLI', rule: 'name-author' },
  // 4. Branch
  { name: 'branch-only identity', commit: commit(), ctx: { branch: 'codex/fix-tracking' }, agent: 'ChatGPT Codex', rule: 'branch', evidence: /branch "codex\/fix-tracking" matches "codex\/\*\*"/ },
  { name: 'branch: deep branch names', commit: commit(), ctx: { branch: 'claude/issue-12/try-2' }, agent: 'Claude Code', rule: 'branch' },
  { name: 'branch: no glob matches', commit: commit(), ctx: { branch: 'feature/claude' }, agent: null, rule: 'unknown' },
  // 5. Unknown
  { name: 'unknown: human author, no trailers, no branch', commit: commit({ message: 'Fix\n\nSigned-off-by: Jane Doe <jane@example.com>' }), agent: null, rule: 'unknown', evidence: /^no trailer, alias, name or branch matched$/ }
];

describe('resolveIdentity', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const id = resolveIdentity(c.commit, ctx(c.ctx));
    expect({ agent: id.agent, rule: id.rule }).toEqual({ agent: c.agent, rule: c.rule });
    if (c.evidence) expect(id.evidence).toMatch(c.evidence);
    expect(id.evidence).not.toBe('');
  });

  it('canonicalises config agents to the claims file spelling', () => {
    const id = resolveIdentity(commit({ author: { name: 'Claude', email: 'c@x' } }), ctx({ agents: ['claude code'] }));
    expect(id.agent).toBe('claude code');
  });

  it('tolerates a pathological alias glob and a long name', () => {
    const cfg = parseConfig(`agents:\n  X:\n    aliases: ["${'*a'.repeat(400)}b"]\n`, 'x.yml');
    const id = resolveIdentity(commit({ author: { name: 'a'.repeat(5000), email: 'a'.repeat(5000) } }), ctx({ config: cfg, agents: [] }));
    expect(id.agent).toBeNull();
  });
});

describe('parseTrailers', () => {
  it.each([
    ['only a title', 'Co-authored-by: Claude <a@b>', []],
    ['title and body, no trailers', 'Fix\n\nJust text.', []],
    ['trailer block', 'Fix\n\nBody\n\nCo-authored-by: A <a@x>\nAI-Agent: Claude', [
      { key: 'Co-authored-by', value: 'A <a@x>' },
      { key: 'AI-Agent', value: 'Claude' }
    ]],
    ['trailing blank lines and CRLF', 'Fix\r\n\r\nKey: v\r\n\r\n\r\n', [{ key: 'Key', value: 'v' }]],
    ['whitespace before the colon', 'Fix\n\nKey : v', [{ key: 'Key', value: 'v' }]],
    ['continuation lines', 'Fix\n\nKey: part one\n  part two\nOther: x', [
      { key: 'Key', value: 'part one part two' },
      { key: 'Other', value: 'x' }
    ]],
    ['a non-trailer line spoils the block', 'Fix\n\nCo-authored-by: A <a@x>\nGenerated by a tool', []],
    ['…unless a git-generated trailer and ≥ 25% trailers', 'Fix\n\nSome line\nSigned-off-by: A <a@x>\nCo-authored-by: B <b@x>', [
      { key: 'Signed-off-by', value: 'A <a@x>' },
      { key: 'Co-authored-by', value: 'B <b@x>' }
    ]],
    ['comment lines skipped', 'Fix\n\n# comment\nKey: v', [{ key: 'Key', value: 'v' }]],
    ['a key with spaces is no trailer', 'Fix\n\nNot a: trailer', []],
    ['only the last paragraph', 'Fix\n\nKey: one\n\nOther: two', [{ key: 'Other', value: 'two' }]]
  ])('%s', (_name, message, expected) => {
    expect(parseTrailers(message)).toEqual(expected);
  });

  it('parsePerson', () => {
    expect(parsePerson('Claude <noreply@anthropic.com>')).toEqual({ name: 'Claude', email: 'noreply@anthropic.com' });
    expect(parsePerson(' Codex ')).toEqual({ name: 'Codex', email: '' });
  });
});

describe('resolveLoginIdentity', () => {
  it.each([
    ['chatgpt-codex-connector[bot]', 'ChatGPT Codex'],
    ['Claude', 'Claude Code'],
    ['claude[bot]', 'Claude Code'],
    ['octocat', null],
    ['', null]
  ])('%s → %s', (login, agent) => {
    const id = resolveLoginIdentity(login, ctx());
    expect(id?.agent ?? null).toBe(agent);
    if (id) expect(id.rule).toBe('alias-login');
  });
});

describe('resolveBranchIdentity', () => {
  it('matches config branch globs', () => {
    expect(resolveBranchIdentity('claude/x', config)).toMatchObject({ agent: 'Claude Code', rule: 'branch' });
    expect(resolveBranchIdentity('refs/heads/codex/y', config)).toMatchObject({ agent: 'ChatGPT Codex', rule: 'branch' });
    expect(resolveBranchIdentity('main', config)).toBeNull();
    expect(resolveBranchIdentity(null, config)).toBeNull();
  });
});

describe('agentNames', () => {
  it('unions sections and config agents, deduplicated case-insensitively, claims spelling first', () => {
    expect(agentNames(config, ['claude code', 'Gemini CLI', 'Gemini CLI', ' '])).toEqual(['claude code', 'Gemini CLI', 'ChatGPT Codex']);
    expect(agentNames(noConfig, [])).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Conflicts: evidence naming another agent than the one the rules chose.

const claudeAuthor = { name: 'Claude Code', email: 'noreply@anthropic.com' };
const codexBot = { name: 'chatgpt-codex-connector', email: 'codex-bot@example.com' };

interface ConflictCase {
  name: string;
  commit: CommitInfo;
  cfg?: typeof config;
  agent: string | null;
  rule: IdentityRule;
  conflicts: { agent: string; rule: IdentityRule; evidence: string }[];
}

const conflictCases: ConflictCase[] = [
  { name: 'author Claude Code, trailer names Codex: the trailer wins, the author conflicts', commit: commit({ message: 'Fix\n\nAI-Agent: ChatGPT Codex', author: claudeAuthor }), agent: 'ChatGPT Codex', rule: 'trailer', conflicts: [{ agent: 'Claude Code', rule: 'alias-author', evidence: 'Claude Code <noreply@anthropic.com>' }] },
  { name: 'author conflict found by name alone (no config)', commit: commit({ message: 'Fix\n\nAI-Agent: ChatGPT Codex', author: claudeAuthor }), cfg: noConfig, agent: 'ChatGPT Codex', rule: 'trailer', conflicts: [{ agent: 'Claude Code', rule: 'name-author', evidence: 'Claude Code <noreply@anthropic.com>' }] },
  { name: 'person author, committer Codex bot, trailer names Claude: the committer conflicts', commit: commit({ message: 'Fix\n\nAI-Agent: Claude Code', committer: codexBot }), agent: 'Claude Code', rule: 'trailer', conflicts: [{ agent: 'ChatGPT Codex', rule: 'alias-committer', evidence: `${codexBot.name} <${codexBot.email}>` }] },
  { name: 'author Codex (alias), committer Claude: the author wins, the committer conflicts', commit: commit({ author: { name: 'Codex', email: 'codex@openai.com' }, committer: claudeAuthor }), agent: 'ChatGPT Codex', rule: 'alias-author', conflicts: [{ agent: 'Claude Code', rule: 'alias-committer', evidence: 'Claude Code <noreply@anthropic.com>' }] },
  { name: 'two AI-Agent trailers that disagree: the first wins, the second conflicts', commit: commit({ message: 'Fix\n\nAI-Agent: Claude Code\nAI-Agent: Codex' }), agent: 'Claude Code', rule: 'trailer', conflicts: [{ agent: 'ChatGPT Codex', rule: 'trailer', evidence: 'AI-Agent: Codex' }] },
  { name: 'a trailer naming an agent nobody configured still conflicts with a known author', commit: commit({ message: 'Fix\n\nAI-Agent: Devin', author: claudeAuthor }), agent: 'Devin', rule: 'trailer', conflicts: [{ agent: 'Claude Code', rule: 'alias-author', evidence: 'Claude Code <noreply@anthropic.com>' }] },
  { name: 'person author with Co-authored-by: Claude is normal (no conflict)', commit: commit({ message: 'Fix\n\nCo-authored-by: Claude <noreply@anthropic.com>' }), agent: 'Claude Code', rule: 'alias-co-author', conflicts: [] },
  { name: 'a co-author naming another agent than the trailer is not evidence (only deciding co-authors count)', commit: commit({ message: 'Fix\n\nAI-Agent: ChatGPT Codex\nCo-authored-by: Claude <noreply@anthropic.com>' }), agent: 'ChatGPT Codex', rule: 'trailer', conflicts: [] },
  { name: 'same agent through an alias: trailer "Claude", author Claude Code (no conflict)', commit: commit({ message: 'Fix\n\nAI-Agent: claude', author: claudeAuthor }), agent: 'Claude Code', rule: 'trailer', conflicts: [] },
  { name: 'two trailers naming the same agent differently (no conflict)', commit: commit({ message: 'Fix\n\nAI-Agent: Codex\nAI-Agent: chatgpt codex', author: { name: 'x', email: 'bot@openai.com' } }), agent: 'ChatGPT Codex', rule: 'trailer', conflicts: [] },
  { name: 'web-flow committer (GitHub) names no agent (no conflict)', commit: commit({ message: 'Fix\n\nAI-Agent: ChatGPT Codex', committer: webFlow }), agent: 'ChatGPT Codex', rule: 'trailer', conflicts: [] },
  { name: 'an unknown person: no evidence, no conflict', commit: commit(), agent: null, rule: 'unknown', conflicts: [] }
];

describe('resolveIdentity: conflicts', () => {
  it.each(conflictCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const id = resolveIdentity(c.commit, ctx(c.cfg ? { config: c.cfg } : {}));
    expect({ agent: id.agent, rule: id.rule }).toEqual({ agent: c.agent, rule: c.rule });
    if (c.conflicts.length === 0) expect(id.conflicts).toBeUndefined();
    else expect(id.conflicts).toEqual(c.conflicts);
  });

  it('lists every piece of evidence in message order, the committer only when it is not the author', () => {
    const ev = identityEvidence(commit({ message: 'Fix\n\nAI-Agent: Codex\nAI-Agent: Gemini', author: claudeAuthor }), ctx());
    expect(ev.map((e) => [e.rule, e.agent])).toEqual([
      ['trailer', 'ChatGPT Codex'],
      ['trailer', 'Gemini CLI'],
      ['alias-author', 'Claude Code']
    ]);
  });

  it('withConflicts leaves an unknown identity alone and keeps only other agents', () => {
    const ev = identityEvidence(commit({ message: 'Fix\n\nAI-Agent: Codex', author: claudeAuthor }), ctx());
    expect(withConflicts({ agent: null, rule: 'unknown', evidence: 'x' }, ev).conflicts).toBeUndefined();
    expect(withConflicts({ agent: 'claude code', rule: 'branch', evidence: 'b' }, ev).conflicts).toEqual([
      { agent: 'ChatGPT Codex', rule: 'trailer', evidence: 'AI-Agent: Codex' }
    ]);
  });
});
