// identityConflictFindings: one warning per commit whose identity carries conflicts, naming both agents, the
// evidence for each, the rule that won and what to fix.
import { describe, expect, it } from '@jest/globals';
import { identityConflictFindings } from '../../../src/engine/judge/identity.js';
import type { ChangeCommit, Identity } from '../../../src/engine/model.js';

const SHA = 'abc1234def5678abc1234def5678abc1234def56';
const change = (identity: Identity, sha = SHA): ChangeCommit => ({ sha, message: 'x', identity, files: [] });

describe('identityConflictFindings', () => {
  it('a Claude Code author under an AI-Agent: ChatGPT Codex trailer: one warning, the trailer named as the winner', () => {
    const findings = identityConflictFindings([
      change({
        agent: 'ChatGPT Codex',
        rule: 'trailer',
        evidence: 'AI-Agent: ChatGPT Codex',
        conflicts: [{ agent: 'Claude Code', rule: 'name-author', evidence: 'Claude Code <noreply@anthropic.com>' }]
      })
    ]);
    expect(findings).toEqual([
      {
        kind: 'identity-conflict',
        severity: 'warning',
        file: null,
        agent: 'ChatGPT Codex',
        claimedBy: null,
        module: null,
        commit: SHA,
        checkin: null,
        age: null,
        staleAt: null,
        message:
          'Commit abc1234 is judged as ChatGPT Codex\'s (trailer "AI-Agent: ChatGPT Codex" wins over the author), but its author ' +
          '"Claude Code <noreply@anthropic.com>" is Claude Code; if that is wrong, fix the trailer.'
      }
    ]);
    // Key order is the documented one (findings-json and the status file keep it).
    expect(Object.keys(findings[0] as object)).toEqual(['kind', 'severity', 'file', 'agent', 'claimedBy', 'module', 'commit', 'checkin', 'age', 'staleAt', 'message']);
  });

  it('names every losing piece of evidence once per kind, in one line', () => {
    const [f] = identityConflictFindings([
      change({
        agent: 'Claude Code',
        rule: 'trailer',
        evidence: 'AI-Agent: Claude Code',
        conflicts: [
          { agent: 'ChatGPT Codex', rule: 'trailer', evidence: 'AI-Agent: Codex' },
          { agent: 'Gemini CLI', rule: 'alias-author', evidence: 'gemini <g@x>' },
          { agent: 'ChatGPT Codex', rule: 'name-committer', evidence: 'Codex "\n::error::x <c@x>' }
        ]
      })
    ]);
    expect(f?.message).toBe(
      'Commit abc1234 is judged as Claude Code\'s (trailer "AI-Agent: Claude Code" wins over the other trailer, the author and the committer), ' +
        'but another trailer "AI-Agent: Codex" names ChatGPT Codex, its author "gemini <g@x>" is Gemini CLI and ' +
        'its committer "Codex \\"\\n::error::x <c@x>" is ChatGPT Codex; if that is wrong, fix the trailer.'
    );
    expect(f?.message).not.toMatch(/[\r\n]/);
  });

  it('an author that won over a committer asks for a trailer; a branch that won over a trailer says either may be wrong', () => {
    const [byAuthor, byBranch] = identityConflictFindings([
      change({ agent: 'ChatGPT Codex', rule: 'alias-author', evidence: 'author …', conflicts: [{ agent: 'Claude Code', rule: 'alias-committer', evidence: 'Claude <c@x>' }] }),
      change({ agent: 'Claude Code', rule: 'branch', evidence: 'branch …', conflicts: [{ agent: 'ChatGPT Codex', rule: 'trailer', evidence: 'AI-Agent: Codex' }] }, 'b'.repeat(40))
    ]);
    expect(byAuthor?.message).toBe(
      'Commit abc1234 is judged as ChatGPT Codex\'s (the author wins over the committer), but its committer "Claude <c@x>" is Claude Code; ' +
        'if that is wrong, add an "AI-Agent:" trailer naming the agent that made it.'
    );
    expect(byBranch?.message).toBe(
      'Commit bbbbbbb is judged as Claude Code\'s (the branch wins over the trailer), but its trailer "AI-Agent: Codex" names ChatGPT Codex; ' +
        'if that is wrong, fix the trailer or rename the branch.'
    );
    expect(byBranch?.commit).toBe('b'.repeat(40));
  });

  it('commits without conflicts (or with an empty list, or unknown) give nothing', () => {
    expect(
      identityConflictFindings([
        change({ agent: 'Claude Code', rule: 'alias-author', evidence: 'a' }),
        change({ agent: 'Claude Code', rule: 'alias-author', evidence: 'a', conflicts: [] }),
        change({ agent: null, rule: 'unknown', evidence: 'u', conflicts: [{ agent: 'X', rule: 'trailer', evidence: 'AI-Agent: X' }] })
      ])
    ).toEqual([]);
  });
});
