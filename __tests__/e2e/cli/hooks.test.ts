// install-hooks / uninstall-hooks: the commit-msg trailer (once), the pre-push verify, chaining, core.hooksPath.
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixture, git, gitResult, NOW, useCli } from '../helpers/cli.js';

const cli = useCli();
const env = { AI_SYNC_NOW: NOW };

function repo(): string {
  const w = cli.world({ 'AI_CURRENT_WORK.md': fixture('flat.md'), 'backend/src/api/tracking/t.ts': 'v1\n', 'docs/a.md': 'v1\n' });
  return w.clone('worker');
}

function change(r: string, file: string, content: string): void {
  mkdirSync(path.dirname(path.join(r, file)), { recursive: true });
  writeFileSync(path.join(r, file), content);
  git(r, ['add', '--', file]);
}

const message = (r: string): string => git(r, ['log', '-1', '--format=%B']).trimEnd();
const count = (s: string, needle: string): number => s.split(needle).length - 1;

describe('commit-msg hook', () => {
  it('adds the AI-Agent trailer exactly once, also on --amend, with the name quoted safely', async () => {
    const r = repo();
    const agent = `Bot O'Brien $HOME "q"`;
    const inst = await cli.run(['install-hooks', '--agent', agent], { cwd: r, env });
    expect(inst.stderr).toBe('');
    expect(inst.code).toBe(0);
    const hook = readFileSync(path.join(r, '.git/hooks/commit-msg'), 'utf8');
    expect(hook).toContain(`ai_sync_agent='Bot O'\\''Brien $HOME "q"'`);
    expect(statSync(path.join(r, '.git/hooks/commit-msg')).mode & 0o111).not.toBe(0);

    change(r, 'docs/a.md', 'v2\n');
    git(r, ['commit', '--quiet', '-m', 'docs: one']);
    expect(message(r)).toBe(`docs: one\n\nAI-Agent: ${agent}`);
    git(r, ['commit', '--quiet', '--amend', '--no-edit']);
    expect(count(message(r), 'AI-Agent:')).toBe(1);
    git(r, ['commit', '--quiet', '--amend', '-m', 'docs: reworded\n\nbody text']);
    expect(message(r)).toBe(`docs: reworded\n\nbody text\n\nAI-Agent: ${agent}`);
    // A trailer already there (another agent named by hand) is left alone.
    change(r, 'docs/a.md', 'v3\n');
    git(r, ['commit', '--quiet', '-m', 'docs: two\n\nAI-Agent: Someone Else']);
    expect(message(r)).toBe('docs: two\n\nAI-Agent: Someone Else');
  });

  it('refuses agent names with a line break (exit 2) and writes nothing', async () => {
    const r = repo();
    const res = await cli.run(['install-hooks', '--agent', 'a\nb'], { cwd: r, env });
    expect(res.code).toBe(2);
    expect(existsSync(path.join(r, '.git/hooks/commit-msg'))).toBe(false);
  });
});

describe('pre-push hook', () => {
  it('runs verify: a push touching an active claim is blocked, a clean one goes through', async () => {
    const r = repo();
    expect((await cli.run(['install-hooks', '--agent', 'Claude Code'], { cwd: r, env })).code).toBe(0);
    change(r, 'docs/a.md', 'v2\n');
    git(r, ['commit', '--quiet', '-m', 'docs: fine']);
    const ok = gitResult(r, ['push', '--quiet', 'origin', 'main'], env);
    expect(ok.code).toBe(0);

    change(r, 'backend/src/api/tracking/t.ts', 'v2\n');
    git(r, ['commit', '--quiet', '-m', 'fix: tracking']);
    const blocked = gitResult(r, ['push', 'origin', 'main'], env);
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('claimed-by-other');
    expect(blocked.stderr).toContain('backend/src/api/tracking/t.ts');

    // A new branch (no remote tip yet) is judged from where it left the remote's history.
    git(r, ['checkout', '--quiet', '-b', 'topic']);
    const topic = gitResult(r, ['push', '-u', 'origin', 'topic'], env);
    expect(topic.code).not.toBe(0);
    expect(topic.stderr).toContain('claimed-by-other');
    git(r, ['reset', '--quiet', '--hard', 'HEAD~1']);
    expect(gitResult(r, ['push', '--quiet', '-u', 'origin', 'topic'], env).code).toBe(0);
  });
});

describe('chaining and uninstall', () => {
  it('runs the existing hooks first (their failure still blocks) and restores them on uninstall', async () => {
    const r = repo();
    const hooks = path.join(r, '.git/hooks');
    const oldCommitMsg = '#!/bin/sh\necho "old commit-msg ran" >> "$(git rev-parse --git-dir)/old-hooks.log"\nexit 0\n';
    const oldPrePush = '#!/bin/sh\ncat > "$(git rev-parse --git-dir)/old-pre-push.stdin"\n[ ! -f block-push ] || { echo "old pre-push says no" >&2; exit 7; }\n';
    writeFileSync(path.join(hooks, 'commit-msg'), oldCommitMsg, { mode: 0o755 });
    writeFileSync(path.join(hooks, 'pre-push'), oldPrePush, { mode: 0o755 });

    const inst = await cli.run(['install-hooks', '--agent', 'Claude Code'], { cwd: r, env });
    expect(inst.code).toBe(0);
    expect(inst.stdout).toContain('commit-msg.ai-sync-chained');
    expect(readFileSync(path.join(hooks, 'commit-msg.ai-sync-chained'), 'utf8')).toBe(oldCommitMsg);
    // Installing again keeps the chain (does not chain itself).
    expect((await cli.run(['install-hooks', '--agent', 'Claude Code'], { cwd: r, env })).code).toBe(0);
    expect(readFileSync(path.join(hooks, 'pre-push.ai-sync-chained'), 'utf8')).toBe(oldPrePush);

    change(r, 'docs/a.md', 'v2\n');
    git(r, ['commit', '--quiet', '-m', 'docs: chained']);
    expect(readFileSync(path.join(r, '.git/old-hooks.log'), 'utf8')).toBe('old commit-msg ran\n');
    expect(count(message(r), 'AI-Agent: Claude Code')).toBe(1);

    writeFileSync(path.join(r, 'block-push'), '');
    const blocked = gitResult(r, ['push', 'origin', 'main'], env);
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('old pre-push says no');
    // The chained hook got git's ref lines on stdin.
    expect(readFileSync(path.join(r, '.git/old-pre-push.stdin'), 'utf8')).toMatch(/^refs\/heads\/main [0-9a-f]{40} refs\/heads\/main [0-9a-f]{40}\n$/);
    rmSync(path.join(r, 'block-push'));
    expect(gitResult(r, ['push', '--quiet', 'origin', 'main'], env).code).toBe(0);

    const un = await cli.run(['uninstall-hooks'], { cwd: r, env });
    expect(un.code).toBe(0);
    expect(readFileSync(path.join(hooks, 'commit-msg'), 'utf8')).toBe(oldCommitMsg);
    expect(readFileSync(path.join(hooks, 'pre-push'), 'utf8')).toBe(oldPrePush);
    expect(existsSync(path.join(hooks, 'commit-msg.ai-sync-chained'))).toBe(false);
    // Uninstalling again leaves the user's hooks alone.
    const again = await cli.run(['uninstall-hooks'], { cwd: r, env });
    expect(again.stdout).toContain('left commit-msg alone');
    expect(readFileSync(path.join(hooks, 'commit-msg'), 'utf8')).toBe(oldCommitMsg);
  });

  it('respects core.hooksPath and removes its hooks entirely when nothing was chained', async () => {
    const r = repo();
    git(r, ['config', 'core.hooksPath', '.githooks']);
    expect((await cli.run(['install-hooks', '--agent', 'Claude Code'], { cwd: r, env })).code).toBe(0);
    expect(existsSync(path.join(r, '.githooks/commit-msg'))).toBe(true);
    expect(existsSync(path.join(r, '.git/hooks/commit-msg'))).toBe(false);
    change(r, 'docs/a.md', 'v2\n');
    git(r, ['commit', '--quiet', '-m', 'docs: x']);
    expect(message(r)).toContain('AI-Agent: Claude Code');
    expect((await cli.run(['uninstall-hooks'], { cwd: r, env })).code).toBe(0);
    expect(existsSync(path.join(r, '.githooks/commit-msg'))).toBe(false);
    expect(existsSync(path.join(r, '.githooks/pre-push'))).toBe(false);
  });
});

describe('the agent install-hooks remembers', () => {
  it('checkin acts for it without --agent; uninstall-hooks forgets it; --agent still wins', async () => {
    const r = repo();
    const before = await cli.run(['checkin'], { cwd: r, env });
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('or run ai-sync install-hooks --agent NAME once in this clone');

    const inst = await cli.run(['install-hooks', '--agent', 'ChatGPT Codex'], { cwd: r, env });
    expect(inst.stdout).toContain('claim, checkin and release in this clone act for ChatGPT Codex without --agent');
    expect(git(r, ['config', '--get', 'ai-sync.agent']).trim()).toBe('ChatGPT Codex');
    const checkin = await cli.run(['checkin'], { cwd: r, env });
    expect(checkin.stderr).toBe('');
    expect(checkin.stdout).toContain('checked in ChatGPT Codex');
    const other = await cli.run(['checkin', '--agent', 'Claude Code'], { cwd: r, env });
    expect(other.stdout).toContain('checked in Claude Code');

    const un = await cli.run(['uninstall-hooks'], { cwd: r, env });
    expect(un.stdout).toContain('forgot the agent of this clone');
    expect(gitResult(r, ['config', '--get', 'ai-sync.agent']).code).not.toBe(0);
    expect((await cli.run(['checkin'], { cwd: r, env })).code).toBe(2);
  });
});

describe('after install-hooks, every command knows the agent', () => {
  it('claim, checkin, release and verify work without --agent', async () => {
    const r = repo();
    expect((await cli.run(['install-hooks', '--agent', 'Claude Code'], { cwd: r, env })).code).toBe(0);
    const claim = await cli.run(['claim', '--files', 'docs/a.md', '--commit'], { cwd: r, env });
    expect(claim.stderr).toBe('');
    expect(claim.stdout).toContain('claimed docs/a.md for Claude Code');
    // The commit-msg hook named the agent on the claims commit too.
    expect(message(r)).toBe('chore(ai-sync): claim docs/a.md for Claude Code\n\nAI-Agent: Claude Code');
    expect((await cli.run(['checkin'], { cwd: r, env })).stdout).toContain('checked in Claude Code at 12:00 UTC');
    change(r, 'docs/a.md', 'v2\n');
    git(r, ['commit', '--quiet', '-m', 'docs: own claim']);
    const verify = await cli.run(['verify', '--json'], { cwd: r, env });
    expect(verify.code).toBe(0);
    const doc = JSON.parse(verify.stdout) as { verdict: string; commits: { agent: string | null }[] };
    expect(doc.verdict).toBe('pass');
    expect(doc.commits.map((c) => c.agent)).toEqual(['Claude Code', 'Claude Code']);
    // A claimed file of someone else fails verify, attributed to the remembered agent.
    change(r, 'backend/src/api/tracking/t.ts', 'v2\n');
    git(r, ['commit', '--quiet', '-m', 'fix: tracking']);
    const held = await cli.run(['verify', '--json'], { cwd: r, env });
    expect(held.code).toBe(1);
    expect((JSON.parse(held.stdout) as { findings: { agent: string; kind: string }[] }).findings).toEqual([expect.objectContaining({ kind: 'claimed-by-other', agent: 'Claude Code' })]);
    const release = await cli.run(['release', '--handoff', 'docs done'], { cwd: r, env });
    expect(release.stderr).toBe('');
    expect(release.stdout).toContain('released docs/a.md for Claude Code');
  });
});
