import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { check, type CheckInput, type RawCommit } from '../../../src/engine/check.js';
import { ConfigError } from '../../../src/engine/config/index.js';
import { buildStatus, serializeStatus } from '../../../src/report/status-file.js';

const SEED = readFileSync(new URL('../../../example/AI_CURRENT_WORK.md', import.meta.url), 'utf8');
const CLAIMED = 'backend/src/api/tracking/services/tracking.service.ts';
const HUMAN = { name: 'Dev Person', email: 'dev@example.com' };
const T = Date.parse('2025-12-03T15:00:00Z');
const H = 3_600_000;

const commit = (message: string, files = [CLAIMED], sha = 'a'.repeat(40)): RawCommit => ({
  sha,
  message,
  author: HUMAN,
  committer: HUMAN,
  files: files.map((path) => ({ path, status: 'modified' as const }))
});

function input(over: Partial<CheckInput> = {}): CheckInput {
  return {
    commits: [commit('feat: x\n\nCo-Authored-By: Claude <noreply@anthropic.com>')],
    claimsBeforeText: SEED,
    claimsAfterText: SEED,
    configText: null,
    configFile: '.github/ai-sync.yml',
    statusText: null,
    branch: null,
    now: T + H,
    files: { claims: 'AI_CURRENT_WORK.md', status: 'AI_SYNC_STATUS.json', handoff: 'AI_HANDOFF.md' },
    ...over
  };
}

describe('check: the embedded example end to end through the engine', () => {
  it('Claude Code (trailer only) touching Codex’s file an hour after its check-in fails', () => {
    const r = check(input());
    expect(r.commits[0]?.identity).toMatchObject({ agent: 'Claude Code', rule: 'name-co-author' });
    expect(r.evaluation.verdict).toBe('fail');
    expect(r.evaluation.findings.map((f) => [f.kind, f.claimedBy, f.module])).toEqual([['claimed-by-other', 'ChatGPT Codex', 'TrackingModule']]);
    expect(r.warnings).toEqual([]);
  });

  it('the previous status file’s lastSeenAt counts as activity', () => {
    const board = check(input()).evaluation.board.map((b) => (b.name === 'ChatGPT Codex' ? { ...b, lastSeenAt: new Date(T + 4 * H).toISOString() } : b));
    const status = serializeStatus(
      buildStatus({ now: new Date(T + 4 * H).toISOString(), lastAuthor: 'x', lastAgent: null, lastCommitMessage: 'x', lastCommit: 'b'.repeat(40), ref: 'refs/heads/main', modifiedFiles: [], result: 'pass', findings: [], agents: board })
    );
    expect(check(input({ now: T + 5 * H })).evaluation.findings[0]?.kind).toBe('stale-claim');
    const seen = check(input({ now: T + 5 * H, statusText: status }));
    expect(seen.warnings).toEqual([]);
    expect(seen.evaluation.findings[0]).toMatchObject({ kind: 'claimed-by-other', age: 1 });
  });

  it('an unreadable previous status file is a warning naming the file', () => {
    const r = check(input({ statusText: '{ not json' }));
    expect(r.warnings).toEqual([expect.stringMatching(/^AI_SYNC_STATUS\.json: /)]);
    expect(r.evaluation.verdict).toBe('fail');
  });

  it('input overrides beat the config and are validated', () => {
    expect(check(input({ overrides: { activeHours: 0.5 } })).evaluation.findings[0]?.kind).toBe('claim-caution');
    expect(() => check(input({ overrides: { activeHours: 5, staleHours: 4 } }))).toThrow(/active-hours \(5\) must be .* less than stale-hours \(4\)/);
  });

  it('an invalid config throws a ConfigError with file and line', () => {
    expect(() => check(input({ configText: 'policy:\n  unknown-author: maybe\n' }))).toThrow(ConfigError);
    expect(() => check(input({ configText: 'policy:\n  unknown-author: maybe\n' }))).toThrow(/\.github\/ai-sync\.yml:2/);
  });

  it('a missing claims file is a warning and nothing is claimed', () => {
    const r = check(input({ claimsBeforeText: null, claimsAfterText: null }));
    expect(r.evaluation.verdict).toBe('pass');
    expect(r.warnings).toEqual(['AI_CURRENT_WORK.md does not exist: no claims to check against.']);
  });
});

describe('check: a pull request is one agent’s work', () => {
  const config = 'agents:\n  Claude Code:\n    branches: ["claude/**"]\n  ChatGPT Codex:\n    aliases: ["codex-bot"]\n';
  it('the head branch decides first', () => {
    const r = check(input({ configText: config, branch: 'claude/x', pullRequest: { author: 'codex-bot' }, commits: [commit('AI-Agent: ChatGPT Codex')] }));
    expect(r.commits[0]?.identity).toMatchObject({ agent: 'Claude Code', rule: 'branch' });
  });
  it('then the PR author through aliases', () => {
    const r = check(input({ configText: config, branch: 'feature/x', pullRequest: { author: 'codex-bot' } }));
    expect(r.commits[0]?.identity).toMatchObject({ agent: 'ChatGPT Codex', rule: 'alias-login' });
    expect(r.evaluation.findings).toEqual([]); // Codex touching its own claim
  });
  it('then the head commit’s own identity', () => {
    const r = check(input({ configText: config, branch: 'feature/x', pullRequest: { author: 'someone' } }));
    expect(r.commits[0]?.identity.agent).toBe('Claude Code');
  });
});

describe('check: identity conflicts and a future lastSeenAt', () => {
  const CLAUDE = { name: 'Claude Code', email: 'noreply@anthropic.com' };
  const conflicting = (sha = 'c'.repeat(40)): RawCommit => ({ ...commit('feat: x\n\nAI-Agent: ChatGPT Codex', [CLAIMED], sha), author: CLAUDE, committer: CLAUDE });

  it('a push: the trailer still decides, the conflict is a warning and raises the verdict from pass to warn', () => {
    const r = check(input({ commits: [conflicting()] }));
    expect(r.commits[0]?.identity).toMatchObject({ agent: 'ChatGPT Codex', rule: 'trailer', conflicts: [{ agent: 'Claude Code' }] });
    expect(r.evaluation.findings.map((f) => [f.kind, f.severity, f.agent, f.commit])).toEqual([['identity-conflict', 'warning', 'ChatGPT Codex', 'c'.repeat(40)]]);
    expect(r.evaluation.verdict).toBe('warn');
  });

  it('a pull request: the head commit’s evidence counts against the branch’s agent', () => {
    const config = 'agents:\n  Claude Code:\n    branches: ["claude/**"]\n';
    const r = check(input({ configText: config, branch: 'claude/x', pullRequest: { author: null }, commits: [conflicting()] }));
    expect(r.commits[0]?.identity).toMatchObject({ agent: 'Claude Code', rule: 'branch' });
    const conflict = r.evaluation.findings.find((f) => f.kind === 'identity-conflict');
    expect(conflict?.message).toMatch(/judged as Claude Code's \(the branch wins over the trailer\), but its trailer "AI-Agent: ChatGPT Codex" names ChatGPT Codex/);
    expect(r.evaluation.verdict).toBe('fail'); // Claude touching Codex's fresh claim: the error stays
  });

  it('a lastSeenAt in 2099 is dropped with a warning; the claim is judged on its check-in alone', () => {
    const board = check(input()).evaluation.board.map((b) => (b.name === 'ChatGPT Codex' ? { ...b, lastSeenAt: '2099-01-01T00:00:00Z' } : b));
    const status = serializeStatus(
      buildStatus({ now: '2025-12-03T16:00:00Z', lastAuthor: 'x', lastAgent: null, lastCommitMessage: 'x', lastCommit: 'b'.repeat(40), ref: 'refs/heads/main', modifiedFiles: [], result: 'pass', findings: [], agents: board })
    );
    const r = check(input({ now: T + 5 * H, statusText: status }));
    expect(r.warnings).toEqual(['AI_SYNC_STATUS.json: lastSeenAt 2099-01-01T00:00:00Z for ChatGPT Codex is in the future; ignored']);
    expect(r.evaluation.findings.map((f) => [f.kind, f.severity])).toEqual([['stale-claim', 'notice']]);
    expect(JSON.stringify(r.evaluation.board)).not.toContain('2099');
  });
});
