// The merge drivers with real git: install-hooks registers them (git config + attributes), and `git merge` /
// `git rebase` of agents' claims commits then go through without conflicts, while the same line changed on both
// sides still conflicts; the status file keeps the newer lastUpdate. uninstall-hooks takes it all away again.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { buildStatus, serializeStatus } from '../../../src/report/status-file.js';
import { buildCli, fixture, git, gitResult, makeWorld, NOW, read, runCli, type World } from '../helpers/cli.js';

let cli: string;
const worlds: World[] = [];
const env = { AI_SYNC_NOW: NOW };
const CLAIMS = 'AI_CURRENT_WORK.md';
const STATUS = 'AI_SYNC_STATUS.json';

beforeAll(() => {
  cli = buildCli();
}, 180_000);
afterAll(() => {
  for (const w of worlds) w.cleanup();
});

function status(lastUpdate: string, author: string): string {
  return serializeStatus(
    buildStatus({ now: lastUpdate, lastAuthor: author, lastAgent: null, lastCommitMessage: 'x', lastCommit: '0'.repeat(40), ref: 'refs/heads/main', modifiedFiles: [], result: 'pass', findings: [], agents: [] })
  );
}

function world(): World {
  const w = makeWorld({ [CLAIMS]: fixture('flat.md'), [STATUS]: status('2025-12-04T08:00:00Z', 'seed'), 'docs/a.md': 'v1\n' });
  worlds.push(w);
  return w;
}

async function clone(w: World, name: string, agent: string | null, extra: string[] = []): Promise<string> {
  const r = w.clone(name);
  if (agent !== null) {
    const res = await runCli(cli, ['install-hooks', '--agent', agent, ...extra], { cwd: r, env });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
  }
  return r;
}

async function cliOk(r: string, args: string[]): Promise<void> {
  const res = await runCli(cli, args, { cwd: r, env });
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
}

function commitFile(r: string, file: string, content: string, message: string): void {
  writeFileSync(path.join(r, file), content);
  git(r, ['add', '--', file]);
  git(r, ['commit', '--quiet', '-m', message]);
}

/** A shell single-quoted string, as install-hooks writes paths into the driver command. */
const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const push = (r: string): void => void git(r, ['push', '--quiet', '--no-verify', 'origin', 'main']);
const hasMarkers = (t: string): boolean => /^(<{7}|={7}|>{7})/m.test(t);
const board = (t: string) => {
  const d = parseClaims(t);
  return {
    agents: Object.fromEntries(d.agents.map((a) => [a.name, { module: a.module, files: a.files.map((f) => f.pattern) }])),
    claims: Object.fromEntries(d.moduleClaims.map((m) => [m.module, m.agent])),
    states: Object.fromEntries(d.modules.map((m) => [m.module, m.state]))
  };
};

describe('install-hooks registers the merge drivers', () => {
  it('in git config (this CLI, quoted) and .git/info/attributes; idempotent; uninstall-hooks removes only its own', async () => {
    const w = world();
    const r = await clone(w, 'worker', null);
    const mine = '*.png binary\n';
    writeFileSync(path.join(r, '.git/info/attributes'), mine);
    const inst = await runCli(cli, ['install-hooks', '--agent', 'Claude Code'], { cwd: r, env });
    expect(inst.code).toBe(0);
    expect(inst.stdout).toContain('/AI_CURRENT_WORK.md merge=ai-sync-claims');
    const command = `exec ${q(process.execPath)} ${q(realpathSync(cli))} merge-driver`;
    expect(git(r, ['config', 'merge.ai-sync-claims.driver'])).toContain(`; then ${command} claims -- %O %A %B %L %P %X %Y; fi;`);
    expect(git(r, ['config', 'merge.ai-sync-status.driver'])).toContain(`; then ${command} status -- %O %A %B %L %P %X %Y; fi;`);
    const attributes = (): string => readFileSync(path.join(r, '.git/info/attributes'), 'utf8');
    const ours = '/AI_CURRENT_WORK.md merge=ai-sync-claims\n/AI_SYNC_STATUS.json merge=ai-sync-status\n';
    expect(attributes()).toMatch(new RegExp(`^\\*\\.png binary\\n# ai-sync merge drivers .*\\n${ours.replace(/\./g, '\\.')}$`));
    expect(git(r, ['check-attr', 'merge', '--', CLAIMS, STATUS])).toBe(`${CLAIMS}: merge: ai-sync-claims\n${STATUS}: merge: ai-sync-status\n`);

    expect((await runCli(cli, ['install-hooks', '--agent', 'Claude Code'], { cwd: r, env })).code).toBe(0);
    expect(attributes().split('merge=ai-sync-claims').length).toBe(2);

    const un = await runCli(cli, ['uninstall-hooks'], { cwd: r, env });
    expect(un.code).toBe(0);
    expect(un.stdout).toContain('removed the merge driver ai-sync-claims');
    expect(attributes()).toBe(mine);
    expect(gitResult(r, ['config', '--get-regexp', '^merge\\.']).code).not.toBe(0);
  });

  it('--attributes gitattributes writes .gitattributes (to commit) with the configured file paths', async () => {
    const w = world();
    const r = w.clone('worker');
    // A path with a space cannot be an attributes pattern: refused before anything is written.
    const refused = await runCli(cli, ['install-hooks', '--agent', 'Claude Code', '--attributes', 'gitattributes', '--claims-file', 'docs/Work Board.md'], { cwd: r, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('cannot route "docs/Work Board.md" to a merge driver');
    expect(existsSync(path.join(r, '.git/hooks/commit-msg'))).toBe(false);
    expect(existsSync(path.join(r, '.gitattributes'))).toBe(false);
    const r2 = w.clone('worker2');
    const res = await runCli(cli, ['install-hooks', '--agent', 'Claude Code', '--attributes', 'gitattributes', '--claims-file', 'docs/board[1].md'], { cwd: r2, env });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('commit .gitattributes');
    expect(read(r2, '.gitattributes')).toContain('/docs/board\\[1\\].md merge=ai-sync-claims\n');
    expect(git(r2, ['check-attr', 'merge', '--', 'docs/board[1].md'])).toBe('docs/board[1].md: merge: ai-sync-claims\n');
    expect(existsSync(path.join(r2, '.git/info/attributes')) ? readFileSync(path.join(r2, '.git/info/attributes'), 'utf8') : '').not.toContain('ai-sync');
    const kept = await runCli(cli, ['uninstall-hooks'], { cwd: r2, env });
    expect(kept.stdout).toContain('left .gitattributes alone');
    const gone = await runCli(cli, ['uninstall-hooks', '--attributes', 'gitattributes'], { cwd: r2, env });
    expect(gone.stdout).toContain('removed the ai-sync merge lines from .gitattributes');
    expect(read(r2, '.gitattributes')).toBe('');
  });
});

describe('agents claiming in parallel merge and rebase cleanly', () => {
  it('three agents: adjacent module lines, their own sections, a new section; git merge and git rebase', async () => {
    const w = world();
    const claude = await clone(w, 'claude', 'Claude Code');
    const codex = await clone(w, 'codex', 'ChatGPT Codex');
    const gemini = await clone(w, 'gemini', 'Gemini CLI');
    const plain = await clone(w, 'plain', null);

    await cliOk(claude, ['claim', '--agent', 'Claude Code', '--module', 'RoutesModule', '--files', 'docs/', '--commit']);
    await cliOk(codex, ['release', '--agent', 'ChatGPT Codex', '--module-state', 'complete', '--commit']);
    await cliOk(gemini, ['claim', '--agent', 'Gemini CLI', '--module', 'AnalyticsModule', '--files', 'web/', '--commit']);
    expect(gitResult(claude, ['push', '--quiet', 'origin', 'main'], env).code).toBe(0); // through the pre-push hook

    // Without the drivers, git's line merge conflicts on the adjacent module lines: the control case.
    git(plain, ['fetch', '--quiet', 'origin']);
    git(plain, ['fetch', '--quiet', codex, 'main:codex']);
    git(plain, ['checkout', '--quiet', '-b', 'control', 'codex']);
    expect(gitResult(plain, ['merge', '--no-edit', 'origin/main']).code).not.toBe(0);
    expect(hasMarkers(read(plain, CLAIMS))).toBe(true);

    // With them: a merge…
    git(codex, ['fetch', '--quiet', 'origin']);
    const merged = gitResult(codex, ['merge', '--no-edit', 'origin/main'], env);
    expect(merged.stderr).not.toContain('CONFLICT');
    expect(merged.code).toBe(0);
    expect(hasMarkers(read(codex, CLAIMS))).toBe(false);
    push(codex);

    // …and a rebase, on top of both.
    git(gemini, ['fetch', '--quiet', 'origin']);
    const rebased = gitResult(gemini, ['rebase', 'origin/main'], env);
    expect(rebased.stderr).not.toContain('CONFLICT');
    expect(rebased.code).toBe(0);
    const text = read(gemini, CLAIMS);
    expect(hasMarkers(text)).toBe(false);
    const b = board(text);
    expect(b.agents['Claude Code']).toEqual({ module: 'RoutesModule', files: ['docs/'] });
    expect(b.agents['ChatGPT Codex']?.files).toEqual([]);
    expect(b.agents['Gemini CLI']).toEqual({ module: 'AnalyticsModule', files: ['web/'] });
    expect(b.claims).toEqual({ RoutesModule: 'Claude Code', AnalyticsModule: 'Gemini CLI' });
    expect(b.states['TrackingModule']).toBe('complete');
    // Nothing else changed: the lines outside the sections and module list are the seed's.
    expect(text.slice(text.indexOf('## Rules'), text.indexOf('- ✅ AuthModule'))).toBe(fixture('flat.md').slice(fixture('flat.md').indexOf('## Rules'), fixture('flat.md').indexOf('- ✅ AuthModule')));
    push(gemini);
  });

  it('the same line changed on both sides still conflicts, in a merge and in a rebase, with both sides shown', async () => {
    const { b, line } = await sameLineBothSides('- ⚠️ RoutesModule - CLAIMED BY Claude Code', '- ⚠️ RoutesModule - CLAIMED BY ChatGPT Codex');

    const merged = gitResult(b, ['merge', '--no-edit', 'origin/main'], env);
    expect(merged.code).not.toBe(0);
    expect(merged.stdout + merged.stderr).toContain(`CONFLICT (content): Merge conflict in ${CLAIMS}`);
    expect(read(b, CLAIMS)).toContain('<<<<<<< ours\n- ⚠️ RoutesModule - CLAIMED BY ChatGPT Codex\n=======\n- ⚠️ RoutesModule - CLAIMED BY Claude Code\n>>>>>>> theirs\n');
    git(b, ['merge', '--abort']);

    const rebased = gitResult(b, ['rebase', 'origin/main'], env);
    expect(rebased.code).not.toBe(0);
    const text = read(b, CLAIMS);
    expect(text).toContain('CLAIMED BY Claude Code\n=======\n- ⚠️ RoutesModule - CLAIMED BY ChatGPT Codex\n>>>>>>>');
    git(b, ['rebase', '--abort']);
    expect(read(b, CLAIMS)).toBe(fixture('flat.md').replace(line, '- ⚠️ RoutesModule - CLAIMED BY ChatGPT Codex'));
  });
});

/** Two clones with hooks; the RoutesModule line changed to `ours` in a (pushed) and `theirs` in b (fetched). */
async function sameLineBothSides(ours: string, theirs: string) {
  const w = world();
  const a = await clone(w, 'a', 'Claude Code');
  const b = await clone(w, 'b', 'ChatGPT Codex');
  const line = '- 🔴 RoutesModule - Available (two type errors)';
  commitFile(a, CLAIMS, fixture('flat.md').replace(line, ours), 'a');
  commitFile(b, CLAIMS, fixture('flat.md').replace(line, theirs), 'b');
  push(a);
  git(b, ['fetch', '--quiet', 'origin']);
  return { w, a, b, line };
}

describe('when the CLI has gone away since install-hooks', () => {
  it('git merges the file as plain text (conflicts between markers), saying so', async () => {
    const { w, b } = await sameLineBothSides('A', 'B');
    const driver = git(b, ['config', 'merge.ai-sync-claims.driver']).trim();
    git(b, ['config', 'merge.ai-sync-claims.driver', driver.split(q(realpathSync(cli))).join(q(path.join(w.dir, 'gone', "it's.js")))]);
    const merged = gitResult(b, ['merge', '--no-edit', 'origin/main'], env);
    expect(merged.code).not.toBe(0);
    expect(merged.stderr).toContain("it's.js is gone; plain line merge (run ai-sync install-hooks again)");
    expect(read(b, CLAIMS)).toMatch(/^<{7} .*\nB\n={7}\nA\n>{7} /m);
  });
});

describe('the status file keeps the newer lastUpdate', () => {
  it('in a merge (newer on their side) and in a rebase (newer on the upstream)', async () => {
    const w = world();
    const a = await clone(w, 'a', 'Claude Code');
    const b = await clone(w, 'b', 'ChatGPT Codex');
    const newer = status('2025-12-04T10:00:00Z', 'a');
    const older = status('2025-12-04T09:00:00Z', 'b');
    commitFile(a, STATUS, newer, 'status (a)');
    commitFile(b, STATUS, older, 'status (b)');
    push(a);
    git(b, ['fetch', '--quiet', 'origin']);
    const merged = gitResult(b, ['merge', '--no-edit', 'origin/main'], env);
    expect(merged.code).toBe(0);
    expect(read(b, STATUS)).toBe(newer);
    git(b, ['reset', '--quiet', '--hard', 'HEAD~1']);
    expect(read(b, STATUS)).toBe(older);
    expect(gitResult(b, ['rebase', 'origin/main'], env).code).toBe(0);
    expect(read(b, STATUS)).toBe(newer);
    // The newest on our side of a merge wins too.
    const newest = status('2025-12-04T11:00:00Z', 'b');
    commitFile(b, STATUS, newest, 'status (b, newest)');
    commitFile(a, STATUS, status('2025-12-04T10:30:00Z', 'a'), 'status (a, later)');
    push(a);
    git(b, ['fetch', '--quiet', 'origin']);
    expect(gitResult(b, ['merge', '--no-edit', 'origin/main'], env).code).toBe(0);
    expect(read(b, STATUS)).toBe(newest);
  });

  it('an unreadable side conflicts, with both sides between markers', async () => {
    const w = world();
    const a = await clone(w, 'a', 'Claude Code');
    const b = await clone(w, 'b', 'ChatGPT Codex');
    commitFile(a, STATUS, '{ "not": "a status" }\n', 'broken status');
    commitFile(b, STATUS, status('2025-12-04T09:00:00Z', 'b'), 'status (b)');
    push(a);
    git(b, ['fetch', '--quiet', 'origin']);
    const merged = gitResult(b, ['merge', '--no-edit', 'origin/main'], env);
    expect(merged.code).not.toBe(0);
    expect(merged.stderr).toContain('cannot tell which status is newer (theirs:');
    expect(read(b, STATUS)).toBe(`<<<<<<< ours\n${status('2025-12-04T09:00:00Z', 'b')}=======\n{ "not": "a status" }\n>>>>>>> theirs\n`);
  });
});

describe('ai-sync merge-driver, called as git calls it', () => {
  function files(dir: string, o: string | Buffer, a: string | Buffer, b: string | Buffer): void {
    writeFileSync(path.join(dir, 'O'), o);
    writeFileSync(path.join(dir, 'A'), a);
    writeFileSync(path.join(dir, 'B'), b);
  }

  it('writes the merge into %A (exit 0), or both sides between markers of size %L with the labels (exit 1)', async () => {
    const w = world();
    const base = fixture('flat.md');
    const line = '- 🔴 AnalyticsModule - Available';
    files(w.dir, base, base.replace(line, '- ⚠️ AnalyticsModule - CLAIMED BY Gemini CLI'), base.replace('- ✅ AuthModule - Complete', '- ✅ AuthModule - Done'));
    const clean = await runCli(cli, ['merge-driver', 'claims', '--', 'O', 'A', 'B', '7', CLAIMS, '%X', '%Y'], { cwd: w.dir, env });
    expect(clean).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(read(w.dir, 'A')).toBe(base.replace(line, '- ⚠️ AnalyticsModule - CLAIMED BY Gemini CLI').replace('- ✅ AuthModule - Complete', '- ✅ AuthModule - Done'));

    files(w.dir, base, base.replace(line, `${line} X`), base.replace(line, `${line} Y`));
    const conflict = await runCli(cli, ['merge-driver', 'claims', '--', 'O', 'A', 'B', '9', CLAIMS, 'HEAD', 'topic'], { cwd: w.dir, env });
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toBe(`ai-sync merge-driver: ${CLAIMS}: 1 conflict left between markers\n`);
    expect(read(w.dir, 'A')).toContain(`<<<<<<<<< HEAD\n${line} X\n=========\n${line} Y\n>>>>>>>>> topic\n`);
    expect(readFileSync(path.join(w.dir, 'O'), 'utf8')).toBe(base); // only %A is written
    expect(readdirSync(w.dir).filter((f) => f.includes('ai-sync'))).toEqual([]); // no temporary file left
  });

  it('text that is not UTF-8 goes through git merge-file; a wrong kind is a usage error', async () => {
    const w = world();
    const latin = (s: string): Buffer => Buffer.from(s, 'latin1');
    files(w.dir, latin('caf\xe9\nb\nc\nd\n'), latin('caf\xe9 A\nb\nc\nd\n'), latin('caf\xe9\nb\nc\nd B\n'));
    const res = await runCli(cli, ['merge-driver', 'claims', '--', 'O', 'A', 'B'], { cwd: w.dir, env });
    expect(res.code).toBe(0);
    expect(readFileSync(path.join(w.dir, 'A'))).toEqual(latin('caf\xe9 A\nb\nc\nd B\n'));
    const bad = await runCli(cli, ['merge-driver', 'handoff', 'O', 'A', 'B'], { cwd: w.dir, env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage: ai-sync merge-driver claims|status');
    const help = await runCli(cli, ['merge-driver', '--help'], { cwd: w.dir, env });
    expect(help.stdout).toContain('Usage: ai-sync merge-driver claims|status');
  });
});
