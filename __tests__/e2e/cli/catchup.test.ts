// `ai-sync status --agent X` catches X up, in real repositories (a bare origin, a clone per agent): what Codex
// committed, released, claimed and wrote in the handoff notes after Claude's check-in, files Claude claims marked;
// nothing once Claude checks in again; the agent from git config; no check-in; the JSON; the git processes; and a
// history of hundreds of commits (made with fast-import) read up to the cap.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CatchUp } from '../../../src/engine/catchup/index.js';
import { emptyCatchUp } from '../../helpers/catchup.js';
import { cleanEnv, git, useCli, type Run, type World } from '../helpers/cli.js';

const cli = useCli();
const FILE = 'AI_CURRENT_WORK.md';
const CLAUDE = 'Claude Code';
const CODEX = 'ChatGPT Codex';
const at = (hhmm: string): string => `2025-12-04T${hhmm}:00Z`;

const section = (name: string, checkin: string, files: string[]): string =>
  [`## ${name} Status`, `**Currently Working On:** ${files.length > 0 ? 'work' : 'None'}`, `**Last Checkin:** ${checkin}`, '**Files Being Modified:**', ...(files.length > 0 ? files.map((f) => `- ${f}`) : ['- None']), ''].join('\n');
// Codex holds docs/guide.md from 09:00; Claude holds nothing yet.
const BOARD = ['# AI Current Work', '', section(CLAUDE, '2025-12-04 08:00:00', []), section(CODEX, '2025-12-04 09:00:00', ['docs/guide.md'])].join('\n');

/** A world whose first commit dates from 08:00 (before every check-in here), and a clone for each agent. */
function setup(): { w: World; codex: string; claude: string } {
  const w = cli.world({ [FILE]: BOARD, 'api/tracking.ts': 'v1\n', 'web/app.ts': 'v1\n', 'docs/guide.md': 'v1\n' });
  const seed = path.join(w.dir, 'seed');
  git(seed, ['commit', '--quiet', '--amend', '--no-edit', `--date=${at('08:00')}`], { GIT_COMMITTER_DATE: at('08:00') });
  git(seed, ['push', '--quiet', '--force', 'origin', 'main']);
  return { w, codex: w.clone('codex'), claude: w.clone('claude') };
}

/** The CLI at `now`, its commits dated `now` too (GIT_*_DATE), so --since sees the scenario's times. */
const run = (cwd: string, args: string[], now: string, env: Record<string, string> = {}): Promise<Run> =>
  cli.run(args, { cwd, env: { AI_SYNC_NOW: now, GIT_COMMITTER_DATE: now, GIT_AUTHOR_DATE: now, ...env } });

async function ok(cwd: string, args: string[], now: string, env: Record<string, string> = {}): Promise<Run> {
  const r = await run(cwd, args, now, env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

function commitWork(repo: string, files: Record<string, string>, message: string, when: string): void {
  for (const [f, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
    writeFileSync(path.join(repo, f), content);
    git(repo, ['add', '--', f]);
  }
  git(repo, ['commit', '--quiet', '-m', message], { GIT_COMMITTER_DATE: when, GIT_AUTHOR_DATE: when });
}

/** Claude claims api/tracking.ts at 10:00; then Codex releases docs/guide.md with a handoff note, claims
 *  web/app.ts, and commits to both api/tracking.ts (Claude's) and web/app.ts — all pushed to main. */
async function scenario(): Promise<{ w: World; codex: string; claude: string }> {
  const s = setup();
  await ok(s.claude, ['claim', '--agent', CLAUDE, '--files', 'api/tracking.ts', '--task', 'Tracking', '--push'], at('10:00'));
  git(s.codex, ['pull', '--quiet', '--ff-only']);
  await ok(s.codex, ['release', '--agent', CODEX, '--handoff', 'Guide rewritten; next: the web app', '--push'], at('10:20'));
  await ok(s.codex, ['claim', '--agent', CODEX, '--files', 'web/app.ts', '--task', 'Web app', '--push'], at('10:30'));
  commitWork(s.codex, { 'api/tracking.ts': 'v2\n', 'web/app.ts': 'v2\n' }, `feat: tracking shared types\n\nAI-Agent: ${CODEX}`, at('10:40'));
  git(s.codex, ['push', '--quiet', 'origin', 'main']);
  return s;
}

async function catchUpOf(repo: string, args: string[], now: string, env: Record<string, string> = {}): Promise<CatchUp | null> {
  const r = await ok(repo, ['status', '--json', ...args], now, env);
  return (JSON.parse(r.stdout) as { catchUp: CatchUp | null }).catchUp;
}

/** git processes one status run starts (GIT_TRACE), by command. */
async function gitProcesses(repo: string, args: string[], now: string, env: Record<string, string> = {}): Promise<string[]> {
  const trace = path.join(repo, '..', `trace-${Math.random().toString(36).slice(2)}.txt`);
  await ok(repo, ['status', ...args], now, { GIT_TRACE: trace, ...env });
  return readFileSync(trace, 'utf8')
    .split('\n')
    .flatMap((l) => /trace: built-in: git (\S+)/.exec(l)?.[1] ?? []);
}

describe('status --agent catches the agent up', () => {
  it('shows what others did since its check-in; nothing once it checks in again', async () => {
    const { claude } = await scenario();
    const text = await ok(claude, ['status', '--agent', CLAUDE, '--fetch'], at('12:10'));
    const top = text.stdout.split('\n\n')[0]?.split('\n') ?? [];
    expect(top[0]).toBe('Since your check-in at 2025-12-04 10:00:00 UTC (2h 10m ago) on origin/HEAD:');
    expect(top).toContain('  1 commit by others, 1 touching files you claim:');
    expect(top.find((l) => l.includes('feat: tracking shared types'))).toMatch(/^ {2}! 2025-12-04 10:40 {2}ChatGPT Codex {2}[0-9a-f]{7} {2}feat: tracking shared types$/);
    expect(top).toContain('      api/tracking.ts (yours), web/app.ts');
    expect(top).toContain('  2 commits by others only updated the claims, status or handoff file (below)');
    expect(top).toContain('    2025-12-04 10:20:00 - ChatGPT Codex: Guide rewritten; next: the web app');
    expect(top).toContain('    ChatGPT Codex took web/app.ts; released docs/guide.md (Web app)');
    // The board follows.
    expect(text.stdout).toContain('Claims (AI_CURRENT_WORK.md) at 2025-12-04 12:10:00 UTC');

    const json = await catchUpOf(claude, ['--agent', CLAUDE], at('12:10'));
    expect(json).toMatchObject({ agent: CLAUDE, since: at('10:00'), basis: 'checkin', ref: 'origin/HEAD', note: null, truncated: false });
    expect(json?.commits.map((c) => [c.by, c.at, c.subject, c.files, c.yours, c.bookkeeping])).toEqual([
      [CODEX, at('10:40'), 'feat: tracking shared types', ['api/tracking.ts', 'web/app.ts'], ['api/tracking.ts'], false],
      [CODEX, at('10:30'), expect.stringContaining('claim'), [FILE], [], true],
      [CODEX, at('10:20'), expect.stringContaining('release'), [FILE, 'AI_HANDOFF.md'], [], true]
    ]);
    expect(json?.handoff).toEqual([expect.objectContaining({ at: at('10:20'), agent: CODEX, lines: expect.arrayContaining(['Guide rewritten; next: the web app']) })]);
    expect(json?.claims).toEqual([{ agent: CODEX, taken: ['web/app.ts'], released: ['docs/guide.md'], modulesTaken: [], modulesReleased: [], workingOn: 'Web app' }]);

    // Claude pulls and checks in: nothing new since, so no block, and empty lists in the JSON.
    git(claude, ['pull', '--quiet', '--ff-only']);
    await ok(claude, ['checkin', '--agent', CLAUDE, '--push'], at('12:15'));
    const after = await ok(claude, ['status', '--agent', CLAUDE], at('12:20'));
    expect(after.stdout).not.toContain('Since your check-in');
    expect(after.stdout.startsWith('Branch main ↔ origin/main: up to date')).toBe(true);
    expect(await catchUpOf(claude, ['--agent', CLAUDE], at('12:20'))).toEqual(emptyCatchUp({ agent: CLAUDE, since: at('12:15') }));
  });

  it('knows the agent from AI_SYNC_AGENT or install-hooks (git config); without any, no catch-up', async () => {
    const { claude } = await scenario();
    git(claude, ['fetch', '--quiet']);
    expect(await catchUpOf(claude, [], at('12:10'))).toBeNull();
    expect((await ok(claude, ['status'], at('12:10'))).stdout).not.toContain('Since your');
    expect((await catchUpOf(claude, [], at('12:10'), { AI_SYNC_AGENT: CLAUDE }))?.commits).toHaveLength(3);
    git(claude, ['config', 'ai-sync.agent', CLAUDE]);
    const remembered = await ok(claude, ['status'], at('12:10'));
    expect(remembered.stdout.startsWith('Since your check-in at 2025-12-04 10:00:00 UTC')).toBe(true);
    // --agent still wins over the remembered one.
    expect((await catchUpOf(claude, ['--agent', CODEX], at('12:10')))?.agent).toBe(CODEX);
  });

  it('an agent with no check-in is told so, with the newest commits and notes instead (and a did-you-mean)', async () => {
    const { claude } = await scenario();
    git(claude, ['fetch', '--quiet']);
    const none = await catchUpOf(claude, ['--agent', 'Gemini'], at('12:10'));
    expect(none).toMatchObject({ basis: 'none', since: null });
    expect(none?.note).toBe('no check-in for "Gemini" in AI_CURRENT_WORK.md; showing the newest commits on origin/HEAD (the last 10) and handoff notes instead');
    // The newest commits, Claude's claim and the seed's commit among them (not Gemini's: it has none).
    expect(none?.commits.map((c) => c.by)).toEqual([CODEX, CODEX, CODEX, CLAUDE, 'Seed']);
    expect(none?.handoff.map((h) => h.agent)).toEqual([CODEX]);
    const typo = await ok(claude, ['status', '--agent', 'ClaudeCode'], at('12:10'));
    expect(typo.stdout.split('\n').slice(0, 2)).toEqual([
      'Catching up ClaudeCode on origin/HEAD (as of the last fetch)',
      '  no check-in for "ClaudeCode" in AI_CURRENT_WORK.md (did you mean "Claude Code"?); showing the newest commits on origin/HEAD (the last 10) and handoff notes instead'
    ]);
  });

  it('adds at most two git processes: a log, and a cat-file only when someone else landed something', async () => {
    const { claude } = await scenario();
    git(claude, ['fetch', '--quiet']);
    const plain = await gitProcesses(claude, [], at('12:10'));
    const caught = await gitProcesses(claude, ['--agent', CLAUDE], at('12:10'));
    const count = (cmds: string[], c: string): number => cmds.filter((x) => x === c).length;
    // Without an agent: status's own processes and the git config lookup (is an agent remembered?).
    expect(count(plain, 'config')).toBe(1);
    expect(count(caught, 'config')).toBe(0);
    expect(count(caught, 'log') - count(plain, 'log')).toBe(1);
    expect(count(caught, 'cat-file') - count(plain, 'cat-file')).toBe(1);
    expect(caught.length).toBe(plain.length + 1);
    expect(caught.length).toBeLessThanOrEqual(4); // rev-parse, for-each-ref, log, cat-file
    // Nothing landed since the check-in: the log alone.
    git(claude, ['pull', '--quiet', '--ff-only']);
    await ok(claude, ['checkin', '--agent', CLAUDE, '--push'], at('12:15'));
    const quiet = await gitProcesses(claude, ['--agent', CLAUDE], at('12:20'));
    expect(count(quiet, 'cat-file')).toBe(count(plain, 'cat-file'));
    expect(quiet.length).toBe(plain.length);
  });

  it('reads at most 200 commits of a long history, says so, and keeps the ones touching the agent’s files', async () => {
    const { w, claude } = await scenario();
    // 260 commits by Codex after the check-in, straight into origin with fast-import; every 50th touches Claude's file.
    const tip = git(w.origin, ['rev-parse', 'refs/heads/main']).trim();
    const start = Date.parse(at('11:00')) / 1000;
    const parts: string[] = [];
    for (let i = 0; i < 260; i++) {
      const file = i % 50 === 0 ? 'api/tracking.ts' : `bulk/f${i}.txt`;
      const msg = `chore: bulk ${i}\n\nAI-Agent: ${CODEX}\n`;
      parts.push(`commit refs/heads/main\ncommitter Codex <codex@example.com> ${start + i} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}`);
      if (i === 0) parts.push(`from ${tip}\n`);
      const content = `${i}\n`;
      parts.push(`M 100644 inline ${file}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: w.origin, env: cleanEnv(), input: parts.join(''), stdio: ['pipe', 'ignore', 'pipe'] });

    const text = await ok(claude, ['status', '--agent', CLAUDE, '--fetch'], at('12:10'));
    const json = await catchUpOf(claude, ['--agent', CLAUDE], at('12:10'));
    expect(json?.commits).toHaveLength(200);
    expect(json?.truncated).toBe(true);
    expect(json?.note).toBe('more than 200 commits landed since then: the newest 200 were read, and claims are compared over them only');
    expect(json?.commits[0]?.subject).toBe('chore: bulk 259');
    expect(json?.commits.filter((c) => c.yours.length > 0).map((c) => c.subject)).toEqual(['chore: bulk 250', 'chore: bulk 200', 'chore: bulk 150', 'chore: bulk 100']);
    const lines = text.stdout.split('\n');
    expect(lines).toContain('  200 commits by others, 4 touching files you claim (and older ones not read):');
    expect(lines.filter((l) => l.startsWith('  ! '))).toHaveLength(4);
    expect(lines).toContain('    … 192 more (ai-sync status --json)');
  });

  it('commit subjects, author names and file names from the history reach the terminal as one visible line each', async () => {
    const { codex, claude } = await scenario();
    const file = 'web/\x1b[2J\x1b]0;pwned\x07evil.ts';
    git(codex, ['config', 'user.name', 'Mallory \x1b[31mred']);
    commitWork(codex, { [file]: 'x\n' }, 'fix: \x1b[1A\x1b[2Kclean\rsneaky $(touch PWNED) `id`', at('11:00'));
    git(codex, ['push', '--quiet', 'origin', 'main']);
    const r = await ok(claude, ['status', '--agent', CLAUDE, '--fetch'], at('12:10'));
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('Mallory \\u{001B}[31mred');
    expect(r.stdout).toContain('fix: \\u{001B}[1A\\u{001B}[2Kclean sneaky $(touch PWNED) `id`');
    expect(r.stdout).toContain('web/\\u{001B}[2J\\u{001B}]0;pwned\\u{0007}evil.ts');
    // The JSON keeps the values as written (JSON escapes them).
    const json = await catchUpOf(claude, ['--agent', CLAUDE], at('12:10'));
    expect(json?.commits[0]).toMatchObject({ by: 'Mallory \x1b[31mred', files: [file] });
    expect(readdirSync(claude).filter((f) => f.includes('PWNED'))).toEqual([]);
  });

  it('a repository with no remote reads its local default branch and says there is nothing to fetch', async () => {
    // Agents sharing one machine: one repository, no remote, Claude on a branch of its own, Codex committing to main.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ai-sync-local-'));
    try {
      git(dir, ['init', '--quiet', '--initial-branch=main']);
      git(dir, ['config', 'user.name', 'Seed']);
      git(dir, ['config', 'user.email', 'seed@example.com']);
      git(dir, ['config', 'commit.gpgsign', 'false']);
      commitWork(dir, { [FILE]: BOARD, 'api/tracking.ts': 'v1\n', 'web/app.ts': 'v1\n' }, 'initial', at('08:00'));
      await ok(dir, ['claim', '--agent', CLAUDE, '--files', 'api/tracking.ts', '--task', 'Tracking'], at('10:00'));
      git(dir, ['commit', '--quiet', '-am', `chore: Claude claims\n\nAI-Agent: ${CLAUDE}`], { GIT_COMMITTER_DATE: at('10:00'), GIT_AUTHOR_DATE: at('10:00') });
      git(dir, ['branch', 'claude-work']);
      commitWork(dir, { 'api/tracking.ts': 'v2\n' }, `feat: tracking by Codex\n\nAI-Agent: ${CODEX}`, at('10:40'));
      git(dir, ['checkout', '--quiet', 'claude-work']);

      const r = await run(dir, ['status', '--agent', CLAUDE, '--fetch'], at('12:10'));
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toBe('Since your check-in at 2025-12-04 10:00:00 UTC (2h 10m ago) on main:');
      expect(lines.find((l) => l.includes('feat: tracking by Codex'))).toMatch(/^ {2}! 2025-12-04 10:40 {2}ChatGPT Codex /);
      expect(r.stdout).toContain('Branch claude-work: no remote (a local repository; its branches are read)');
      expect(r.stdout).toContain('--fetch: this repository has no remote, nothing to fetch (the local branches are read)');
      expect(r.stdout + r.stderr).not.toMatch(/origin|git fetch|as of the last fetch/);

      const json = JSON.parse((await ok(dir, ['status', '--json', '--agent', CLAUDE], at('12:10'))).stdout) as { git: { remote: string | null }; catchUp: CatchUp | null };
      expect(json.git.remote).toBeNull();
      expect(json.catchUp).toMatchObject({ ref: 'main', note: null });
      expect(json.catchUp?.commits.map((c) => c.subject)).toEqual(['feat: tracking by Codex']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
