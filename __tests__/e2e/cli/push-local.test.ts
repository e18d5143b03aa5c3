// --push leaves the local branch consistent (issue 13, friction 3): when the uncommitted local edit of the claims
// file is the pushed one (byte for byte, or the same edit made earlier with other times), the branch is
// fast-forwarded; when it holds other changes, the work tree is left alone and the message says exactly what to run.
import { describe, expect, it } from '@jest/globals';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { fixture, git, gitResult, NOW, read, useCli, type World } from '../helpers/cli.js';

const cli = useCli();
const env = { AI_SYNC_NOW: NOW };
const FILE = 'AI_CURRENT_WORK.md';

const originFile = (w: World): string => git(w.dir, ['--git-dir', w.origin, 'show', `main:${FILE}`]);
const head = (repo: string, rev = 'HEAD'): string => git(repo, ['rev-parse', rev]).trim();

describe('--push and the local branch', () => {
  it('claim, then the same claim with --push: fast-forwarded, nothing left to commit, git pull works', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md') });
    const c = w.clone('claude');
    const args = ['claim', '--agent', 'Claude Code', '--module', 'RoutesModule'];
    expect((await cli.run(args, { cwd: c, env })).code).toBe(0);
    const local = read(c, FILE);
    const r = await cli.run([...args, '--push'], { cwd: c, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(originFile(w)).toBe(local); // byte for byte what was already in the work tree
    // Before: "could not fast-forward (Your local changes … would be overwritten by merge)".
    expect(r.stdout).toContain(`your branch is fast-forwarded to it (your uncommitted edit of ${FILE} was this same edit, now as pushed)`);
    expect(head(c)).toBe(head(c, 'origin/main'));
    expect(git(c, ['status', '--porcelain'])).toBe('');
    expect(gitResult(c, ['pull', '--quiet']).code).toBe(0);
  });

  it('a check-in, then a check-in with --push a few minutes later: the same edit, fast-forwarded with the pushed time', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md') });
    const c = w.clone('codex');
    expect((await cli.run(['checkin', '--agent', 'ChatGPT Codex'], { cwd: c, env })).code).toBe(0);
    const r = await cli.run(['checkin', '--agent', 'ChatGPT Codex', '--push'], { cwd: c, env: { AI_SYNC_NOW: '2025-12-04T12:04:00Z' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('your branch is fast-forwarded to it');
    expect(read(c, FILE)).toContain('**Last Checkin:** 2025-12-04 12:04:00');
    expect(read(c, FILE)).toBe(originFile(w));
    expect(git(c, ['status', '--porcelain'])).toBe('');
  });

  it('other local changes: the work tree is left alone, and the commands it prints work as given', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md') });
    const c = w.clone('gemini');
    appendFileSync(path.join(c, FILE), '\nA note of my own.\n');
    const mine = read(c, FILE);
    const r = await cli.run(['claim', '--agent', 'Gemini CLI', '--files', 'docs/', '--push'], { cwd: c, env });
    expect(r.code).toBe(0);
    const commit = head(c, 'origin/main');
    expect(r.stdout).toContain(
      `pushed ${commit.slice(0, 12)} to origin/main; your branch was not fast-forwarded: your uncommitted changes to ${FILE} are not what was pushed ` +
        `(git diff ${commit.slice(0, 12)} -- ${FILE} shows them); ` +
        `to take the pushed file: git checkout HEAD -- ${FILE} && git merge --ff-only origin/main; ` +
        `to keep your changes on top: git stash push -- ${FILE} && git merge --ff-only origin/main && git stash pop\n`
    );
    expect(read(c, FILE)).toBe(mine); // untouched
    // "to keep your changes on top", run as printed (split on " && ", each an argument array).
    const keep = /to keep your changes on top: (.*)\n/.exec(r.stdout)?.[1] ?? '';
    for (const step of keep.split(' && ')) expect(gitResult(c, step.split(' ').slice(1)).code).toBe(0);
    expect(head(c)).toBe(commit);
    expect(read(c, FILE)).toBe(`${originFile(w)}\nA note of my own.\n`);
  });

  it('local commits: says to pull with --rebase (and --autostash when the claims file is edited too)', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md'), 'a.txt': '1\n' });
    const c = w.clone('cursor');
    appendFileSync(path.join(c, 'a.txt'), '2\n');
    git(c, ['commit', '--quiet', '-am', 'local work']);
    expect((await cli.run(['claim', '--agent', 'Cursor', '--files', 'a.txt'], { cwd: c, env })).code).toBe(0);
    const r = await cli.run(['claim', '--agent', 'Cursor', '--files', 'a.txt', '--push'], { cwd: c, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('your branch has commits that are not on origin/main: run "git pull --rebase --autostash" to get the claims commit locally');
    expect(gitResult(c, ['pull', '--quiet', '--rebase', '--autostash']).code).toBe(0);
    expect(git(c, ['status', '--porcelain'])).toBe('');
    expect(read(c, FILE)).toBe(originFile(w));
  });
});
