// In-flight claims through git alone, in real repositories (a bare origin, three clones): a claim made on a pushed
// branch without a pull request is shown by status with its branch, refuses claim and fails verify naming the
// branch; merged branches, branches whose claims file equals main's, superseded claims and hostile names.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { branchScope, readBranches } from '../../../src/cli/branches.js';
import { openRepo, upstreamOf } from '../../../src/cli/git.js';
import { buildCli, git, makeWorld, NOW, runCli, type Run, type World } from '../helpers/cli.js';

let cli: string;
const worlds: World[] = [];
const FILE = 'AI_CURRENT_WORK.md';
const CODEX = 'ChatGPT Codex';
const CLAUDE = 'Claude Code';

const idle = (name: string, checkin: string): string =>
  [`## ${name} Status`, '**Currently Working On:** None', `**Last Checkin:** ${checkin}`, '**Files Being Modified:**', '- None', ''].join('\n');
const BOARD = ['# AI Current Work', '', idle(CODEX, '2025-12-04 09:00:00'), idle(CLAUDE, '2025-12-04 09:00:00')].join('\n');

beforeAll(() => {
  cli = buildCli();
}, 180_000);
afterAll(() => {
  for (const w of worlds) w.cleanup();
});

/** A bare origin with the claims file and a few source files; clones for Codex (a), Claude (b) and a third (c). */
function setup(): { w: World; a: string; b: string; c: string } {
  const w = makeWorld({ [FILE]: BOARD, 'api/tracking.ts': 'v1\n', 'web/app.ts': 'v1\n', 'docs/guide.md': 'v1\n' });
  worlds.push(w);
  return { w, a: w.clone('a'), b: w.clone('b'), c: w.clone('c') };
}

const run = (cwd: string, args: string[], now = NOW, env: Record<string, string> = {}): Promise<Run> => runCli(cli, args, { cwd, env: { AI_SYNC_NOW: now, ...env } });

function commitFile(repo: string, file: string, content: string, message: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), content);
  git(repo, ['add', '--', file]);
  git(repo, ['commit', '--quiet', '-m', message]);
}

/** Codex claims `files` on a new branch `branch` (claim --commit, at `now`), commits work on them, and pushes it. */
async function claimOnBranch(repo: string, branch: string, files: string[], now = '2025-12-04T11:50:00Z'): Promise<void> {
  git(repo, ['checkout', '--quiet', '-b', branch, 'origin/main']);
  const r = await run(repo, ['claim', '--agent', CODEX, '--files', ...files, '--commit'], now);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  for (const f of files) commitFile(repo, f, `${branch}\n`, `feat: work\n\nAI-Agent: ${CODEX}`);
  git(repo, ['push', '--quiet', '-u', 'origin', branch]);
}

interface Agent {
  name: string;
  state: string;
  files: string[];
  branch?: string;
  pullRequest?: number;
}
const statusJson = async (repo: string, args: string[] = []): Promise<{ agents: Agent[]; inFlight: { base: string | null; rows: { branch: string; sharedFiles: string[]; claims: string[] }[] }; warnings: string[] }> => {
  const r = await run(repo, ['status', '--json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

/** The in-flight sources of `repo`'s remote, read in process (cli/branches.ts) as status reads them. */
async function sources(repo: string): Promise<Awaited<ReturnType<typeof readBranches>>> {
  const r = await openRepo(repo);
  return readBranches(r, { ...branchScope(r, await upstreamOf(r)), claimsFile: FILE, max: 100, files: true });
}

describe('a claim on a pushed branch without a pull request', () => {
  it('status shows it with its branch, claim is refused naming the branch, verify fails with the branch', async () => {
    const { a, b } = setup();
    await claimOnBranch(a, 'codex/tracking', ['api/tracking.ts']);

    // status --fetch brings the branch in (git fetch --prune origin) and lists the claim with where it is written.
    const s = await statusJson(b, ['--fetch']);
    expect(s.agents.filter((x) => x.branch !== undefined)).toEqual([
      expect.objectContaining({ name: CODEX, branch: 'origin/codex/tracking', state: 'active', files: ['api/tracking.ts'] })
    ]);
    expect(s.agents.find((x) => x.branch === undefined && x.name === CODEX)?.state).toBe('idle'); // main's own claim
    expect(s.agents.every((x) => x.pullRequest === undefined)).toBe(true);
    expect(s.inFlight.base).toBe('origin/HEAD');
    const text = await run(b, ['status']);
    expect(text.stdout).toContain('In flight (claimed on branches not merged into origin/HEAD yet)');
    expect(text.stdout).toMatch(/ChatGPT Codex +origin\/codex\/tracking +\d+ +active/);
    expect(text.stdout).toContain('ChatGPT Codex on origin/codex/tracking files: api/tracking.ts');

    // claim refuses, naming the branch and the check-in (10 min before NOW).
    const refused = await run(b, ['claim', '--agent', CLAUDE, '--files', 'api/tracking.ts']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('refused: api/tracking.ts is claimed by ChatGPT Codex on origin/codex/tracking, not merged yet: active until 13:50 UTC (in 1h 50m), stale after 15:50 UTC');
    expect(refused.stderr).toContain('held by ChatGPT Codex on origin/codex/tracking, not merged yet; working on "api/tracking.ts"; started 11:50 UTC; last check-in 11:50 UTC (10m ago)');
    expect(readFileSync(path.join(b, FILE), 'utf8')).toBe(BOARD); // nothing written
    // Other files are free.
    const free = await run(b, ['claim', '--agent', CLAUDE, '--files', 'web/app.ts']);
    expect(free.stderr).toBe('');
    expect(free.code).toBe(0);
    git(b, ['checkout', '--quiet', '--', FILE]);

    // verify of a commit touching it fails, the finding naming the branch.
    commitFile(b, 'api/tracking.ts', 'v2\n', `fix: tracking\n\nAI-Agent: ${CLAUDE}`);
    const v = await run(b, ['verify', '--json']);
    expect(v.code).toBe(1);
    const findings = (JSON.parse(v.stdout) as { findings: Record<string, unknown>[] }).findings;
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'claimed-by-other', severity: 'error', file: 'api/tracking.ts', claimedBy: CODEX, branch: 'origin/codex/tracking' })
    ]);
    expect(findings[0]?.['message']).toContain('claimed on branch origin/codex/tracking, not merged yet');
    expect(findings[0]).not.toHaveProperty('pullRequest');

    // The holder's own branch is its own: Codex sees no in-flight claim of its own, and may verify its work.
    const own = await statusJson(a);
    expect(own.agents.filter((x) => x.branch !== undefined)).toEqual([]);
    expect((await run(a, ['verify'])).code).toBe(0);
  });

  it('the radar: the current branch and another branch change the same files', async () => {
    const { a, b } = setup();
    await claimOnBranch(a, 'codex/tracking', ['api/tracking.ts']);
    git(b, ['fetch', '--quiet', 'origin']);
    git(b, ['checkout', '--quiet', '-b', 'claude/web']);
    commitFile(b, 'api/tracking.ts', 'mine\n', `feat: b\n\nAI-Agent: ${CLAUDE}`);
    commitFile(b, 'web/app.ts', 'mine\n', `feat: b\n\nAI-Agent: ${CLAUDE}`);
    const s = await statusJson(b);
    expect(s.inFlight.rows).toEqual([expect.objectContaining({ branch: 'origin/codex/tracking', sharedFiles: ['api/tracking.ts'], claims: [CODEX] })]);
    const text = await run(b, ['status']);
    expect(text.stdout).toContain('Radar (files claude/web changes that other branches change too)');
    expect(text.stdout).toContain('also changed on origin/codex/tracking (ChatGPT Codex): api/tracking.ts');
  });
});

describe('which branches count', () => {
  it('a branch merged into main is skipped; one whose claims file equals main\'s is read but never parsed', async () => {
    const { a, b, c } = setup();
    // Merged: Codex's claim branch lands on main (a merge commit), then main moves on.
    await claimOnBranch(a, 'codex/merged', ['web/app.ts'], '2025-12-04T10:00:00Z');
    git(a, ['checkout', '--quiet', 'main']);
    git(a, ['merge', '--quiet', '--no-ff', '-m', 'merge codex/merged', 'codex/merged']);
    git(a, ['push', '--quiet', 'origin', 'main']);
    // Equal: a branch from the new main that never touches the claims file.
    git(c, ['fetch', '--quiet', 'origin']);
    git(c, ['checkout', '--quiet', '-b', 'claude/docs', 'origin/main']);
    commitFile(c, 'docs/guide.md', 'v2\n', `docs: guide\n\nAI-Agent: ${CLAUDE}`);
    git(c, ['push', '--quiet', '-u', 'origin', 'claude/docs']);
    // In flight: a claim on a branch of its own.
    await claimOnBranch(a, 'codex/tracking', ['api/tracking.ts']);

    git(b, ['fetch', '--quiet', 'origin']);
    git(b, ['merge', '--quiet', '--ff-only', 'origin/main']);
    const read = await sources(b);
    expect(read.input.sources.map((x) => x.branch).sort()).toEqual(['origin/claude/docs', 'origin/codex/tracking']);
    const docs = read.input.sources.find((x) => x.branch === 'origin/claude/docs');
    expect(docs).toMatchObject({ claimsText: null, problem: null, pullRequest: null, files: ['docs/guide.md'] });
    const tracking = read.input.sources.find((x) => x.branch === 'origin/codex/tracking');
    expect(tracking?.claimsText).toContain('api/tracking.ts');
    expect(tracking?.files?.sort()).toEqual([FILE, 'api/tracking.ts']);
    expect(read.input.self).toEqual({ pullRequest: null, branch: 'origin/main' });
    expect(read.baseClaims).toBe(git(b, ['show', `origin/main:${FILE}`]));

    // The merged claim is main's own now (active on main), not in flight.
    const s = await statusJson(b);
    expect(s.agents.filter((x) => x.branch !== undefined).map((x) => x.branch)).toEqual(['origin/codex/tracking']);
  });

  it('without origin/HEAD the default branch is origin/main; max-pull-requests bounds the branches read', async () => {
    const { a, b } = setup();
    await claimOnBranch(a, 'codex/one', ['api/tracking.ts']);
    await claimOnBranch(a, 'codex/two', ['web/app.ts']);
    git(b, ['fetch', '--quiet', 'origin']);
    git(b, ['remote', 'set-head', 'origin', '--delete']);
    const read = await sources(b);
    expect(read.base).toBe('refs/remotes/origin/main');
    expect(read.input.sources.map((x) => x.branch).sort()).toEqual(['origin/codex/one', 'origin/codex/two']);
    const r = await openRepo(b);
    const one = await readBranches(r, { remote: 'origin', self: null, claimsFile: FILE, max: 1, files: false });
    expect(one.input.sources).toHaveLength(1);
    expect(one.input.note).toBe('1 of 2 branches read (radar max-pull-requests)');
    expect(one.input.sources[0]?.files).toBeNull();
    const none = await readBranches(r, { remote: 'origin', self: null, claimsFile: FILE, max: 0, files: true });
    expect(none.input.sources).toEqual([]);
  });

  it('a claim superseded by a later check-in on main does not block', async () => {
    const { a, b } = setup();
    await claimOnBranch(a, 'codex/old', ['api/tracking.ts'], '2025-12-04T11:00:00Z');
    // Later, Codex claims something else on main (its section there checked in at 11:30).
    git(a, ['checkout', '--quiet', 'main']);
    const later = await run(a, ['claim', '--agent', CODEX, '--files', 'web/app.ts', '--push'], '2025-12-04T11:30:00Z');
    expect(later.code).toBe(0);

    git(b, ['pull', '--quiet', '--ff-only']);
    const s = await statusJson(b);
    expect(s.agents.filter((x) => x.branch !== undefined)).toEqual([]);
    const free = await run(b, ['claim', '--agent', CLAUDE, '--files', 'api/tracking.ts']);
    expect(free.stderr).toBe('');
    expect(free.code).toBe(0);
    // The landed claim still refuses.
    const held = await run(b, ['claim', '--agent', CLAUDE, '--files', 'web/app.ts']);
    expect(held.code).toBe(3);
    expect(held.stderr).toContain('is claimed by ChatGPT Codex: active until');
  });

  it('reads every branch in a constant number of git processes', async () => {
    const { a, b } = setup();
    await claimOnBranch(a, 'codex/one', ['api/tracking.ts']);
    const count = async (): Promise<number> => {
      const trace = path.join(b, '..', `trace-${Date.now()}-${Math.random()}.txt`);
      await run(b, ['status'], NOW, { GIT_TRACE: trace });
      return readFileSync(trace, 'utf8').split('\n').filter((l) => /trace: built-in: git /.test(l)).length;
    };
    git(b, ['fetch', '--quiet', 'origin']);
    const one = await count();
    for (const n of [2, 3, 4, 5]) await claimOnBranch(a, `codex/n${n}`, [`web/n${n}.ts`]);
    git(b, ['fetch', '--quiet', 'origin']);
    expect((await sources(b)).input.sources).toHaveLength(5);
    const five = await count();
    expect(five).toBe(one);
    // rev-parse, for-each-ref (upstream, ahead/behind and the remote's refs), for-each-ref --no-merged, cat-file,
    // rev-parse, diff-tree, and git config (is an agent remembered for this clone? then status catches it up:
    // __tests__/e2e/cli/catchup.test.ts counts that part).
    expect(one).toBeLessThanOrEqual(7);
  });
});

describe('hostile branch names never reach a shell', () => {
  it('quotes, ;, backticks, $(...) and unicode are shown verbatim and run nothing', async () => {
    const { w, a, b } = setup();
    const names = ['codex/x;touch${IFS}PWNED1;', 'codex/`touch${IFS}PWNED2`', 'codex/$(touch${IFS}PWNED3)', `codex/it's"q"`, 'codex/ünï-分支'];
    for (const [i, name] of names.entries()) await claimOnBranch(a, name, [`web/h${i}.ts`]);
    const s = await statusJson(b, ['--fetch']);
    expect(s.agents.filter((x) => x.branch !== undefined).map((x) => x.branch).sort()).toEqual(names.map((n) => `origin/${n}`).sort());
    const refused = await run(b, ['claim', '--agent', CLAUDE, '--files', 'web/h2.ts']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('held by ChatGPT Codex on origin/codex/$(touch${IFS}PWNED3), not merged yet');
    commitFile(b, 'web/h1.ts', 'x\n', `fix\n\nAI-Agent: ${CLAUDE}`);
    const v = await run(b, ['verify', '--json']);
    expect(v.code).toBe(1);
    expect(JSON.parse(v.stdout).findings[0]).toMatchObject({ branch: 'origin/codex/`touch${IFS}PWNED2`' });
    const planted = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).filter((f) => /PWNED/.test(path.basename(f)));
    // Refs are files under .git: only a work-tree file (or one where the CLI or jest runs) would be a command's doing.
    expect(planted(w.dir).filter((f) => !f.includes('.git'))).toEqual([]);
    expect(readdirSync(process.cwd()).filter((f) => /PWNED/.test(f))).toEqual([]);
  });
});
