// The questions status batches, answered the same batched or not: readRefs (one for-each-ref) against upstreamOf and
// aheadBehind (two processes) in every state of a branch; the default branch from a listing; readBranches from
// status's listing against readBranches listing on its own; configOf (no parser without a config file) against
// configFrom. Real repositories: a bare origin and clones.
import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultBranch, readBranches } from '../../../src/cli/branches.js';
import { configFrom, globals } from '../../../src/cli/context.js';
import { configOf } from '../../../src/cli/context-base.js';
import { aheadBehind, openRepo, parseTrack, readRefs, upstreamOf, type RemoteRef } from '../../../src/cli/git.js';
import { git, makeWorld, type World } from '../helpers/cli.js';

const worlds: World[] = [];
afterAll(() => {
  for (const w of worlds) w.cleanup();
});

const FILE = 'AI_CURRENT_WORK.md';
const BOARD = '# AI Current Work\n\n## Codex Status\n**Currently Working On:** None\n**Last Checkin:** 2025-12-04 09:00:00\n**Files Being Modified:**\n- None\n';

function setup(): { w: World; a: string; b: string } {
  const w = makeWorld({ [FILE]: BOARD, 'src/a.ts': 'v1\n' });
  worlds.push(w);
  return { w, a: w.clone('a'), b: w.clone('b') };
}

function commit(repo: string, file: string, content: string): void {
  writeFileSync(path.join(repo, file), content);
  git(repo, ['add', '--', file]);
  git(repo, ['commit', '--quiet', '-m', `change ${file}`]);
}

/** readRefs' upstream and counts, and what upstreamOf and aheadBehind answer, for the repository at `dir`. */
async function both(dir: string): Promise<{ batched: unknown; separate: unknown }> {
  const repo = await openRepo(dir);
  const refs = await readRefs(repo);
  return { batched: { upstream: refs.upstream, counts: refs.counts }, separate: { upstream: await upstreamOf(repo), counts: await aheadBehind(repo) } };
}

describe('readRefs answers as upstreamOf and aheadBehind do', () => {
  it('in step, ahead, behind, both, gone, without upstream, with a local upstream, detached', async () => {
    const { a, b } = setup();
    const states: Record<string, unknown> = {};
    const check = async (name: string): Promise<void> => {
      const r = await both(b);
      expect([name, r.batched]).toEqual([name, r.separate]);
      states[name] = r.batched;
    };
    await check('in step');
    commit(b, 'src/b.ts', 'b\n');
    await check('ahead');
    commit(a, 'src/a.ts', 'v2\n');
    git(a, ['push', '--quiet']);
    git(b, ['fetch', '--quiet']);
    await check('ahead and behind');
    git(b, ['reset', '--quiet', '--hard', 'origin/main~1']);
    await check('behind');
    git(b, ['checkout', '--quiet', '-b', 'topic']);
    await check('no upstream');
    git(b, ['push', '--quiet', '-u', 'origin', 'topic']);
    git(a, ['push', '--quiet', 'origin', '--delete', 'topic']);
    git(b, ['fetch', '--quiet', '--prune']);
    await check('gone');
    git(b, ['branch', '--quiet', '--set-upstream-to=main']);
    commit(b, 'src/c.ts', 'c\n');
    await check('local upstream');
    git(b, ['checkout', '--quiet', '--detach']);
    await check('detached');
    expect(states).toEqual({
      'in step': { upstream: expect.objectContaining({ short: 'origin/main', remote: 'origin' }), counts: { ahead: 0, behind: 0 } },
      ahead: { upstream: expect.objectContaining({ short: 'origin/main' }), counts: { ahead: 1, behind: 0 } },
      'ahead and behind': { upstream: expect.objectContaining({ short: 'origin/main' }), counts: { ahead: 1, behind: 1 } },
      behind: { upstream: expect.objectContaining({ short: 'origin/main' }), counts: { ahead: 0, behind: 1 } },
      'no upstream': { upstream: null, counts: null },
      gone: { upstream: expect.objectContaining({ short: 'origin/topic', ref: 'refs/remotes/origin/topic' }), counts: null },
      'local upstream': { upstream: expect.objectContaining({ remote: '.', short: 'main', ref: 'refs/heads/main' }), counts: { ahead: 1, behind: 0 } },
      detached: { upstream: null, counts: null }
    });
  });

  it('lists every remote-tracking ref, origin/HEAD as a symbolic ref', async () => {
    const { a, b } = setup();
    git(a, ['checkout', '--quiet', '-b', 'codex/x']);
    commit(a, 'src/x.ts', 'x\n');
    git(a, ['push', '--quiet', '-u', 'origin', 'codex/x']);
    git(b, ['fetch', '--quiet']);
    const refs = await readRefs(await openRepo(b));
    expect(refs.remotes.map((r) => r.ref).sort()).toEqual(['refs/remotes/origin/HEAD', 'refs/remotes/origin/codex/x', 'refs/remotes/origin/main']);
    expect(refs.remotes.find((r) => r.ref === 'refs/remotes/origin/HEAD')?.symref).toBe('refs/remotes/origin/main');
  });

  it('parseTrack reads what upstream:track,nobracket prints', () => {
    expect(parseTrack('')).toEqual({ ahead: 0, behind: 0 });
    expect(parseTrack('ahead 2')).toEqual({ ahead: 2, behind: 0 });
    expect(parseTrack('behind 3')).toEqual({ ahead: 0, behind: 3 });
    expect(parseTrack('ahead 2, behind 3')).toEqual({ ahead: 2, behind: 3 });
    expect(parseTrack('gone')).toBeNull();
    expect(parseTrack('ahead x')).toBeNull();
  });
});

describe('the default branch from a listing', () => {
  const ref = (r: string): RemoteRef => ({ ref: `refs/remotes/${r}`, oid: '0'.repeat(40), symref: null });
  it('is <remote>/HEAD, else main, else master, of that remote only', () => {
    expect(defaultBranch([ref('origin/main'), ref('origin/HEAD')], 'origin')).toBe('refs/remotes/origin/HEAD');
    expect(defaultBranch([ref('origin/master'), ref('origin/main')], 'origin')).toBe('refs/remotes/origin/main');
    expect(defaultBranch([ref('origin/master'), ref('fork/main')], 'origin')).toBe('refs/remotes/origin/master');
    expect(defaultBranch([ref('origin-fork/HEAD'), ref('origin/dev')], 'origin')).toBeNull();
  });
});

describe('readBranches from status\'s listing', () => {
  it('finds the same branches as on its own; with no other branch, it answers without the default branch\'s claims', async () => {
    const { a, b } = setup();
    const repo = await openRepo(b);
    const opts = { remote: 'origin', self: 'refs/remotes/origin/main', claimsFile: FILE, max: 100, files: true };
    const alone = await readBranches(repo, { ...opts, refs: (await readRefs(repo)).remotes });
    expect(alone).toEqual({ input: { sources: [], self: { pullRequest: null, branch: 'origin/main' }, note: null }, base: 'refs/remotes/origin/HEAD', baseClaims: null, mine: null });
    expect(alone.input).toEqual((await readBranches(repo, opts)).input);

    // A branch in flight, a merged one, one whose claims file is main's.
    git(a, ['checkout', '--quiet', '-b', 'codex/live']);
    commit(a, FILE, BOARD.replace('None\n**Last', 'src/a.ts\n**Last'));
    git(a, ['push', '--quiet', '-u', 'origin', 'codex/live']);
    git(a, ['checkout', '--quiet', '-b', 'codex/same', 'origin/main']);
    commit(a, 'src/s.ts', 's\n');
    git(a, ['push', '--quiet', '-u', 'origin', 'codex/same']);
    git(a, ['push', '--quiet', 'origin', 'origin/main:refs/heads/codex/merged']);
    git(b, ['fetch', '--quiet']);
    const listed = await readBranches(repo, { ...opts, refs: (await readRefs(repo)).remotes });
    expect(listed).toEqual(await readBranches(repo, opts));
    expect(listed.input.sources.map((s) => [s.branch, s.claimsText !== null, s.files]).sort()).toEqual([
      ['origin/codex/live', true, [FILE]],
      ['origin/codex/same', false, ['src/s.ts']]
    ]);
  });
});

describe('configOf', () => {
  it('gives what configFrom gives, with or without a config file and --timezone', async () => {
    for (const values of [{}, { timezone: 'Europe/Berlin' }]) {
      const g = globals(values);
      for (const text of [null, '', '  \n', '# only a comment\n', 'stale-hours: 6\n', 'timezone: Asia/Tokyo\n']) {
        expect([values, text, await configOf(text, g)]).toEqual([values, text, configFrom(text, g)]);
      }
    }
    await expect(configOf('stale-hours: -1\n', globals({}))).rejects.toThrow(/\.github\/ai-sync\.yml:1: stale-hours/);
  });
});
