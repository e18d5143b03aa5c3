// The push guard's two questions: is this push ai-sync's own status commit (skip it), and which commits edited the
// status file by hand (a warning each)?
import { describe, expect, it } from '@jest/globals';
import type { RawCommit } from '../../../src/engine/check.js';
import { isOwnCommit, isOwnStatusPush, statusHandEdits } from '../../../src/engine/judge/status-edits.js';

const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const DEV = { name: 'Chinar Dev', email: 'dev@example.com' };
const STATUS = 'AI_SYNC_STATUS.json';
const FILES = { status: STATUS, claims: 'AI_CURRENT_WORK.md' };

const raw = (o: Partial<RawCommit> & { paths?: string[] } = {}): RawCommit => ({
  sha: o.sha ?? 'a'.repeat(40),
  message: o.message ?? 'chore: update AI sync status [skip ci]',
  author: o.author ?? BOT,
  committer: o.committer ?? o.author ?? BOT,
  files: (o.paths ?? [STATUS]).map((path) => ({ path, status: 'modified' as const }))
});

describe('isOwnCommit / isOwnStatusPush', () => {
  it('ai-sync’s status commit (author and committer the configured committer) is skipped', () => {
    expect(isOwnStatusPush([raw()], STATUS, BOT)).toBe(true);
    // Email case does not matter; surrounding spaces neither.
    expect(isOwnCommit({ author: { name: ' github-actions[bot] ', email: BOT.email.toUpperCase() }, committer: BOT }, BOT)).toBe(true);
  });

  it('a status-only push by a person, or by the bot author with another committer, is not skipped', () => {
    expect(isOwnStatusPush([raw({ author: DEV })], STATUS, BOT)).toBe(false);
    expect(isOwnStatusPush([raw({ author: BOT, committer: DEV })], STATUS, BOT)).toBe(false);
    expect(isOwnStatusPush([raw(), raw({ author: DEV, sha: 'b'.repeat(40) })], STATUS, BOT)).toBe(false);
  });

  it('a custom committer input is what counts; the default bot is then a stranger', () => {
    const custom = { name: 'sync-bot', email: 'sync@example.com' };
    expect(isOwnStatusPush([raw({ author: custom })], STATUS, custom)).toBe(true);
    expect(isOwnStatusPush([raw()], STATUS, custom)).toBe(false);
  });

  it('the bot changing other files, or no files at all, is not a status push', () => {
    expect(isOwnStatusPush([raw({ paths: [STATUS, 'README.md'] })], STATUS, BOT)).toBe(false);
    expect(isOwnStatusPush([raw({ paths: [] })], STATUS, BOT)).toBe(false);
  });
});

describe('statusHandEdits', () => {
  const agentOf = (sha: string) => (sha === 'c'.repeat(40) ? 'Claude Code' : null);

  it('a person’s status-only commit is one warning naming them, the commit and who writes the file', () => {
    expect(statusHandEdits([raw({ author: DEV, sha: 'd'.repeat(40) })], FILES, BOT, agentOf)).toEqual([
      {
        kind: 'claim-tampered',
        severity: 'warning',
        file: STATUS,
        agent: null,
        claimedBy: null,
        module: null,
        commit: 'd'.repeat(40),
        checkin: null,
        age: null,
        staleAt: null,
        message:
          'AI_SYNC_STATUS.json was edited by hand in commit ddddddd by "Chinar Dev <dev@example.com>", not by ai-sync ' +
          '("github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>"); ai-sync writes that file itself ' +
          'and replaces the edit: change AI_CURRENT_WORK.md instead.'
      }
    ]);
  });

  it('inside a larger push too, with the commit’s agent; ai-sync’s own commits, merges and untouched files are not edits', () => {
    const found = statusHandEdits(
      [
        raw(),
        raw({ author: DEV, sha: 'c'.repeat(40), message: 'feat: x', paths: ['src/a.ts', STATUS] }),
        raw({ author: DEV, sha: 'e'.repeat(40), message: "Merge branch 'main' into feature" }),
        raw({ author: DEV, sha: 'f'.repeat(40), message: 'feat: y', paths: ['src/b.ts'] })
      ],
      FILES,
      BOT,
      agentOf
    );
    expect(found.map((f) => [f.commit, f.agent])).toEqual([['c'.repeat(40), 'Claude Code']]);
  });

  it('a renamed-away status file counts; a hostile name stays on one line', () => {
    const renamed: RawCommit = { ...raw({ author: { name: 'x\n::error::boom', email: 'x@y' } }), files: [{ path: 'old.json', previousPath: STATUS, status: 'renamed' }] };
    const [f] = statusHandEdits([renamed], FILES, BOT, agentOf);
    expect(f?.message).toContain('by "x\\n::error::boom <x@y>"');
    expect(f?.message).not.toMatch(/[\r\n]/);
  });
});
