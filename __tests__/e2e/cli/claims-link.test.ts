// The claims file as a symbolic link, in a real repository: verify (commits, read with git), status (the work tree)
// and claim follow a link to a file inside the repository, as the action does, and refuse any other in one line.
import { describe, expect, it } from '@jest/globals';
import { lstatSync, mkdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixture, git, NOW, read, type World, useCli } from '../helpers/cli.js';

const cli = useCli();
const FILE = 'AI_CURRENT_WORK.md';
const CLAIMED = 'backend/src/api/tracking/tracking.service.ts';
const env = { AI_SYNC_NOW: NOW };

/** A clone whose origin/main has AI_CURRENT_WORK.md as a link to `target` (docs/claims.md holds the claims). */
function linked(target: string): { w: World; repo: string } {
  const w = cli.world({ 'docs/claims.md': fixture('flat.md'), [CLAIMED]: 'v1\n', 'docs/readme.md': 'v1\n' });
  const repo = w.clone('worker');
  symlinkSync(target, path.join(repo, FILE));
  git(repo, ['add', '--', FILE]);
  git(repo, ['commit', '--quiet', '-m', 'chore: claims live in docs/']);
  git(repo, ['push', '--quiet', 'origin', 'main']);
  return { w, repo };
}

function plain(): { w: World; repo: string } {
  const w = cli.world({ [FILE]: fixture('flat.md'), [CLAIMED]: 'v1\n', 'docs/readme.md': 'v1\n' });
  return { w, repo: w.clone('worker') };
}

function claudeTouchesCodexFile(repo: string): void {
  writeFileSync(path.join(repo, CLAIMED), 'v2\n');
  git(repo, ['commit', '--quiet', '-am', 'fix: tracking\n\nAI-Agent: Claude Code']);
}

const OUTSIDE = 'ai-sync: AI_CURRENT_WORK.md is a symbolic link to "../../etc/passwd", outside the repository; ai-sync reads only files inside it\n';

describe('a symbolic link at the claims path', () => {
  it('inside the repository: verify follows it at every commit and fails with claimed-by-other exactly as with a regular file', async () => {
    const reference = plain();
    claudeTouchesCodexFile(reference.repo);
    const expected = JSON.parse((await cli.run(['verify', '--json'], { cwd: reference.repo, env })).stdout) as { findings: Record<string, unknown>[] };

    const { repo } = linked('docs/claims.md');
    claudeTouchesCodexFile(repo);
    const r = await cli.run(['verify', '--json'], { cwd: repo, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
    expect(json.findings).toEqual([expect.objectContaining({ kind: 'claimed-by-other', file: CLAIMED, agent: 'Claude Code', claimedBy: 'ChatGPT Codex' })]);
    const withoutCommit = (fs: Record<string, unknown>[]) => fs.map(({ commit: _c, ...f }) => f);
    expect(withoutCommit(json.findings)).toEqual(withoutCommit(expected.findings));
  });

  it('inside the repository: status reads the target in the work tree; claim --push edits the target and keeps the link', async () => {
    const { w, repo } = linked('docs/claims.md');
    const status = await cli.run(['status', '--json'], { cwd: repo, env });
    expect(status.code).toBe(0);
    expect(JSON.stringify(JSON.parse(status.stdout))).toContain('ChatGPT Codex');

    const claim = await cli.run(['claim', '--agent', 'Claude Code', '--files', 'docs/readme.md', '--push'], { cwd: repo, env });
    expect(claim.stderr).toBe('');
    expect(claim.code).toBe(0);
    // On origin the link is still a link (mode 120000, same target) and the claim landed in its target.
    expect(git(w.dir, ['--git-dir', w.origin, 'ls-tree', 'main', '--', FILE])).toMatch(/^120000 blob [0-9a-f]+\tAI_CURRENT_WORK\.md\n$/);
    expect(git(w.dir, ['--git-dir', w.origin, 'show', `main:${FILE}`])).toBe('docs/claims.md');
    expect(git(w.dir, ['--git-dir', w.origin, 'show', 'main:docs/claims.md'])).toMatch(/## Claude Code Status[\s\S]*- docs\/readme\.md/);
    expect(lstatSync(path.join(repo, FILE)).isSymbolicLink()).toBe(true);
    expect(read(repo, 'docs/claims.md')).toContain('- docs/readme.md');
  });

  it('outside the repository, committed: verify exits 2 with the one line, before judging anything', async () => {
    const { repo } = linked('../../etc/passwd');
    claudeTouchesCodexFile(repo);
    const r = await cli.run(['verify', '--json'], { cwd: repo, env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(OUTSIDE);
  });

  it('outside the repository, in the work tree (where readFile would follow it): status and claim exit 2, nothing written', async () => {
    const { w, repo } = plain();
    // Real claims outside the clone: following the link would "work", which is the danger.
    mkdirSync(path.join(w.dir, 'elsewhere'));
    writeFileSync(path.join(w.dir, 'elsewhere', 'claims.md'), fixture('flat.md'));
    git(repo, ['rm', '--quiet', '--', FILE]);
    symlinkSync('../elsewhere/claims.md', path.join(repo, FILE));
    const line = 'ai-sync: AI_CURRENT_WORK.md is a symbolic link to "../elsewhere/claims.md", outside the repository; ai-sync reads only files inside it\n';
    const status = await cli.run(['status'], { cwd: repo, env });
    expect(status.code).toBe(2);
    expect(status.stderr).toBe(line);
    const claim = await cli.run(['claim', '--agent', 'Claude Code', '--files', 'docs/readme.md'], { cwd: repo, env });
    expect(claim.code).toBe(2);
    expect(claim.stderr).toBe(line);
    expect(read(path.join(w.dir, 'elsewhere'), 'claims.md')).toBe(fixture('flat.md'));
    expect(readlinkSync(path.join(repo, FILE))).toBe('../elsewhere/claims.md');
  });

  it('a link to a link, and a dangling link, are refused in one line too', async () => {
    const { repo } = linked('docs/link.md');
    symlinkSync('claims.md', path.join(repo, 'docs/link.md'));
    const r = await cli.run(['status'], { cwd: repo, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ai-sync: AI_CURRENT_WORK.md is a symbolic link to "docs/link.md", itself a symbolic link; ai-sync follows one link, to a file inside the repository\n');
    // Committed without its target (docs/link.md is not in git): verify reads the commits and finds nothing there.
    claudeTouchesCodexFile(repo);
    const v = await cli.run(['verify'], { cwd: repo, env });
    expect(v.code).toBe(2);
    expect(v.stderr).toBe('ai-sync: AI_CURRENT_WORK.md is a symbolic link to "docs/link.md", which does not exist in the repository; ai-sync reads only files inside it\n');
  });
});
