// Agent names (src/engine/names.ts): when two names are one agent, the word match of names in commits, and the
// did-you-mean for a name that is no known agent.
import { describe, expect, it } from '@jest/globals';
import { agentByWords, agentKey, aliasKey, closestAgent, editDistance, nameWords, sameAgent } from '../../../src/engine/names.js';

describe('agentKey', () => {
  // name → key: case and spacing folded, one trailing role in parentheses dropped.
  const KEYS: Record<string, string> = {
    'Claude Code': 'claude code',
    '  Claude   Code  ': 'claude code',
    'Claude\tCode': 'claude code',
    'CLAUDE CODE': 'claude code',
    'Agent-A (Central Panel)': 'agent-a',
    'Agent-A(Central Panel)': 'agent-a',
    'Agent-A (Central Panel)  ': 'agent-a',
    'Codex (reviewer) (backup)': 'codex (reviewer)',
    '(Only a role)': '(only a role)',
    'Agent-A (': 'agent-a (',
    'Claude-Code': 'claude-code',
    '': ''
  };
  it.each(Object.entries(KEYS))('%j → %j', (name, key) => {
    expect(agentKey(name)).toBe(key);
  });
});

describe('sameAgent', () => {
  it.each<[string, string, boolean]>([
    ['Claude Code', 'claude code', true],
    ['Claude Code', ' Claude  Code ', true],
    ['Agent-A', 'Agent-A (Central Panel)', true],
    ['agent-a (lead)', 'AGENT-A (reviewer)', true],
    ['Claude Code', 'Claude', false],
    ['Claude Code', 'ClaudeCode', false],
    ['Claude Code', 'claude-code', false],
    ['Agent-A', 'Agent-B', false]
  ])('%j and %j: the same agent is %s (both ways)', (a, b, same) => {
    expect(sameAgent(a, b)).toBe(same);
    expect(sameAgent(b, a)).toBe(same);
  });
});

describe('aliasKey: aliases as config matches them (e-mails and globs, so no role or spacing rule)', () => {
  it('folds case and trims only', () => {
    expect(aliasKey('  NoReply@Anthropic.com ')).toBe('noreply@anthropic.com');
    expect(aliasKey('Bot (CI)')).toBe('bot (ci)');
    expect(aliasKey('a  b')).toBe('a  b');
  });
});

describe('the word match of names written in commits', () => {
  const known = ['Claude Code', 'ChatGPT Codex', 'Cursor'];

  it('splits names into lower-case words', () => {
    expect(nameWords('Claude-Code[bot]')).toEqual(['claude', 'code', 'bot']);
    expect(nameWords('  ')).toEqual([]);
  });

  const BY_WORDS: Record<string, string> = { 'claude-code': 'Claude Code', CLAUDE_CODE: 'Claude Code', claude: 'Claude Code', codex: 'ChatGPT Codex', 'Cursor Agent': 'Cursor' };
  it.each(Object.entries(BY_WORDS))('%j → %j', (name, agent) => {
    expect(agentByWords(name, known)).toBe(agent);
  });

  it.each(['code', 'bot', 'AI agent', 'GitHub', 'Jane Doe', 'cl', ''])('%j designates no agent', (name) => {
    expect(agentByWords(name, known)).toBeNull();
  });

  it('a word two agents share is not decisive', () => {
    expect(agentByWords('claude', ['Claude Code', 'Claude Desktop'])).toBeNull();
  });
});

describe('closestAgent (did you mean)', () => {
  const agents = [{ name: 'Claude Code', aliases: ['Claude', 'noreply@anthropic.com'] }, { name: 'ChatGPT Codex', aliases: ['Codex', '*@openai.com'] }, 'Gemini CLI', 'Agent-A'];

  it.each([
    ['ClaudeCode', 'Claude Code'],
    ['claude_code', 'Claude Code'],
    ['claude', 'Claude Code'],
    ['CLAUDE CODE', 'Claude Code'],
    ['Claude Code (Opus)', 'Claude Code'],
    ['Cluade Code', 'Claude Code'],
    ['Claud Code', 'Claude Code'],
    ['Claud', 'Claude Code'],
    ['codex', 'ChatGPT Codex'],
    ['Codx', 'ChatGPT Codex'],
    ['ChatGPT-Codex', 'ChatGPT Codex'],
    ['chatgpt', 'ChatGPT Codex'],
    ['gemini', 'Gemini CLI'],
    ['Gemni CLI', 'Gemini CLI'],
    ['agent-a', 'Agent-A'],
    ['AgentA', 'Agent-A']
  ])('%j → %j', (input, agent) => {
    expect(closestAgent(input, agents)).toBe(agent);
  });

  it.each([
    ['Agent-B', 'a short last word makes another agent, not a typo'],
    ['Copilot', 'nothing close'],
    ['Jane Doe', 'nothing close'],
    ['code', 'generic words only'],
    ['bot', 'generic words only'],
    ['AI Agent', 'generic words only'],
    ['cla', 'too short to guess'],
    ['noreply@anthropic.com', 'an e-mail alias is not a name'],
    ['openai.com', 'nor is a glob alias'],
    ['', 'nothing given'],
    ['Claude Desktop Pro', 'too far']
  ])('%j → null (%s)', (input) => {
    expect(closestAgent(input, agents)).toBeNull();
  });

  it('is null when two agents are equally close', () => {
    expect(closestAgent('claude', ['Claude Code', 'Claude Desktop'])).toBeNull();
    expect(closestAgent('Bob', ['Rob', 'Bop'])).toBeNull();
    expect(closestAgent('Worker', ['Worker-1', 'Worker-2'])).toBeNull();
  });

  it('answers with the agent, whichever of its names was close', () => {
    expect(closestAgent('Claud', [{ name: 'Claude Code', aliases: ['Claude'] }])).toBe('Claude Code');
    expect(closestAgent('Claude', [{ name: 'Claude Code', aliases: ['Claude'] }, { name: 'claude code (opus)' }])).toBe('Claude Code');
  });

  it('never answers from an empty list', () => {
    expect(closestAgent('Claude Code', [])).toBeNull();
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['claude', 'cluade', 2],
    ['codex', 'codx', 1]
  ])('%j ~ %j = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
