// ai-sync verify judges local commits exactly as the action will: same check() on the same data.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { check, type CheckInput, type RawCommit } from '../../../src/engine/check.js';
import type { ChangedFile, FileStatus } from '../../../src/engine/model.js';
import { fixture, git, gitResult, NOW, type World, useCli } from '../helpers/cli.js';

const cli = useCli();
const FILE = 'AI_CURRENT_WORK.md';
const env = { AI_SYNC_NOW: NOW };

function setup(clone = 'worker', extra: Record<string, string> = {}): { w: World; repo: string } {
  const w = cli.world({ [FILE]: fixture('flat.md'), 'backend/src/api/tracking/tracking.service.ts': 'v1\n', 'docs/readme.md': 'v1\n', ...extra });
  return { w, repo: w.clone(clone) };
}

function commitFile(repo: string, file: string, content: string, message: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), content);
  git(repo, ['add', '--', file]);
  git(repo, ['commit', '--quiet', '-m', message]);
}

/** check() fed by plain git plumbing in the test (independent of the CLI's own git reading). */
function directCheck(repo: string, base: string): ReturnType<typeof check> {
  const shas = git(repo, ['rev-list', '--reverse', '--first-parent', `${base}..HEAD`]).split('\n').filter(Boolean);
  const commits: RawCommit[] = shas.map((sha) => {
    const [an, ae, cn, ce] = git(repo, ['show', '-s', '--format=%an%n%ae%n%cn%n%ce', sha]).split('\n');
    const message = git(repo, ['show', '-s', '--format=%B', sha]).replace(/\s+$/, '');
    const status: Record<string, FileStatus> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed' };
    const tokens = git(repo, ['diff-tree', '-z', '--no-commit-id', '-r', '--name-status', '-M', `${sha}^`, sha]).split('\0').filter((t) => t !== '');
    const files: ChangedFile[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const letter = (tokens[i] as string)[0] as string;
      if (letter === 'R') {
        files.push({ path: tokens[i + 2] as string, status: 'renamed', previousPath: tokens[i + 1] as string });
        i += 2;
      } else {
        files.push({ path: tokens[++i] as string, status: status[letter] ?? 'modified' });
      }
    }
    const raw: RawCommit = { sha, message, author: { name: an ?? '', email: ae ?? '' }, committer: { name: cn ?? '', email: ce ?? '' }, files };
    if (files.some((f) => f.path === FILE)) raw.claimsText = git(repo, ['show', `${sha}:${FILE}`]);
    return raw;
  });
  const show = (rev: string, file: string): string | null => {
    const r = gitResult(repo, ['show', `${rev}:${file}`]);
    return r.code === 0 ? r.stdout : null;
  };
  const input: CheckInput = {
    commits,
    claimsBeforeText: show(base, FILE),
    claimsAfterText: show('HEAD', FILE),
    configText: null,
    configFile: '.github/ai-sync.yml',
    statusText: show(base, 'AI_SYNC_STATUS.json'),
    branch: null,
    now: Date.parse(NOW),
    files: { claims: FILE, status: 'AI_SYNC_STATUS.json', handoff: 'AI_HANDOFF.md' }
  };
  return check(input);
}

describe('verify', () => {
  it("a commit touching another agent's active claim fails (exit 1), and matches check() exactly", async () => {
    const { repo } = setup();
    commitFile(repo, 'docs/readme.md', 'v2\n', 'docs: tweak\n\nAI-Agent: Claude Code');
    commitFile(repo, 'backend/src/api/tracking/tracking.service.ts', 'v2\n', 'fix: tracking\n\nAI-Agent: Claude Code');
    const r = await cli.run(['verify', '--json'], { cwd: repo, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { verdict: string; findings: unknown[]; commits: { sha: string; agent: string }[]; board: unknown[]; base: string; head: string };
    expect(json.verdict).toBe('fail');
    expect(json.findings).toEqual([
      expect.objectContaining({
        kind: 'claimed-by-other',
        severity: 'error',
        file: 'backend/src/api/tracking/tracking.service.ts',
        agent: 'Claude Code',
        claimedBy: 'ChatGPT Codex',
        staleAt: '2025-12-04T15:00:00Z'
      })
    ]);
    expect(json.base).toBe(git(repo, ['rev-parse', 'origin/main']).trim());
    expect(json.head).toBe(git(repo, ['rev-parse', 'HEAD']).trim());
    expect(json.commits.map((c) => c.agent)).toEqual(['Claude Code', 'Claude Code']);

    const direct = directCheck(repo, 'origin/main');
    expect(json.findings).toEqual(direct.evaluation.findings);
    expect(json.board).toEqual(direct.evaluation.board);
    expect(json.verdict).toBe(direct.evaluation.verdict);

    // The human form names the finding and the file.
    const text = await cli.run(['verify'], { cwd: repo, env });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/FAIL/);
    expect(text.stdout).toContain('error claimed-by-other backend/src/api/tracking/tracking.service.ts');
    expect(text.stderr).toBe('ai-sync: verify found errors: fix them (see above) before pushing\n');
  });

  it('--agent attributes commits without a trailer; own claimed files pass (exit 0)', async () => {
    const { repo } = setup();
    // Unknown author (no trailer, no alias): only a warning by default; --agent makes it Claude Code's.
    commitFile(repo, 'backend/src/api/tracking/tracking.service.ts', 'v2\n', 'fix: tracking');
    const unknown = await cli.run(['verify', '--json'], { cwd: repo, env });
    expect(unknown.code).toBe(0);
    expect(JSON.parse(unknown.stdout).findings[0]).toMatchObject({ kind: 'claimed-by-other', severity: 'warning', agent: null });
    const forced = await cli.run(['verify', '--json', '--agent', 'Claude Code'], { cwd: repo, env });
    expect(forced.code).toBe(1);
    expect(JSON.parse(forced.stdout).findings[0]).toMatchObject({ kind: 'claimed-by-other', severity: 'error', agent: 'Claude Code' });
    // The holder itself may change its files.
    const own = await cli.run(['verify', '--agent', 'ChatGPT Codex'], { cwd: repo, env });
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/1 commit by ChatGPT Codex: PASS/);
  });

  it('own claim made with claim --push, then work on it: exit 0', async () => {
    const { repo } = setup();
    expect((await cli.run(['claim', '--agent', 'Claude Code', '--files', 'docs/', '--push'], { cwd: repo, env })).code).toBe(0);
    commitFile(repo, 'docs/readme.md', 'v2\n', 'docs: rewrite');
    const r = await cli.run(['verify', '--agent', 'Claude Code', '--json'], { cwd: repo, env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'pass', findings: [] });
  });

  it('reads file names with spaces, newlines and unicode, and renames, safely', async () => {
    const { repo } = setup();
    const odd = 'backend/src/api/tracking/we ird\nname ü.ts';
    commitFile(repo, odd, 'x\n', 'feat: odd names\n\nAI-Agent: Claude Code');
    git(repo, ['mv', 'docs/readme.md', 'docs/read me é.md']);
    git(repo, ['commit', '--quiet', '-m', 'docs: rename\n\nAI-Agent: Claude Code']);
    const r = await cli.run(['verify', '--json'], { cwd: repo, env });
    const json = JSON.parse(r.stdout) as { commits: { files: ChangedFile[] }[]; findings: { file: string }[] };
    expect(json.commits.map((c) => c.files)).toEqual([
      [{ path: odd, status: 'added' }],
      [{ path: 'docs/read me é.md', status: 'renamed', previousPath: 'docs/readme.md' }]
    ]);
    expect(json.findings.map((f) => f.file)).toEqual([odd]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toEqual(directCheck(repo, 'origin/main').evaluation.findings);
  });

  it("editing another agent's section is reported per commit (claims file read after each commit)", async () => {
    const { repo } = setup();
    const text = fixture('flat.md').replace('**Last Checkin:** 2025-12-04 11:00:00', '**Last Checkin:** 2025-12-01 11:00:00');
    commitFile(repo, FILE, text, 'chore: tidy\n\nAI-Agent: Claude Code');
    const r = await cli.run(['verify', '--json', '--base', 'origin/main'], { cwd: repo, env });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { findings: { kind: string; claimedBy: string }[] };
    expect(json.findings).toEqual([expect.objectContaining({ kind: 'claim-tampered', claimedBy: 'ChatGPT Codex' })]);
    expect(json.findings).toEqual(directCheck(repo, 'origin/main').evaluation.findings);
  });

  it('a change with more findings than a run lists: the first 1,000 listed, `omitted` counts the rest, the verdict is every finding\'s', async () => {
    const { repo } = setup();
    const dir = path.join(repo, 'backend/src/api/tracking/gen');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 1_030; i++) writeFileSync(path.join(dir, `f-${String(i).padStart(4, '0')}.ts`), `${i}\n`);
    git(repo, ['add', '--', 'backend/src/api/tracking/gen']);
    git(repo, ['commit', '--quiet', '-m', 'feat: generated\n\nAI-Agent: Claude Code']);
    const r = await cli.run(['verify', '--json'], { cwd: repo, env });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { verdict: string; findings: { file: string }[]; omitted?: unknown };
    expect(json.verdict).toBe('fail');
    expect(json.findings).toHaveLength(1_000);
    expect(json.findings[0]?.file).toBe('backend/src/api/tracking/gen/f-0000.ts');
    expect(json.omitted).toEqual({ count: 30, bySeverity: { error: 30, warning: 0, notice: 0 }, byKind: [{ kind: 'claimed-by-other', severity: 'error', count: 30 }] });
    const direct = directCheck(repo, 'origin/main');
    expect(json.findings).toEqual(direct.evaluation.findings);
    expect(json.omitted).toEqual(direct.evaluation.omitted);
    const text = await cli.run(['verify'], { cwd: repo, env });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('  … 30 more findings not shown (kinds: 30 claimed-by-other errors): a run lists only its 1000 most important findings');
  });

  it('usage: no upstream → exit 2 asking for --base; a bad --base → exit 2', async () => {
    const { repo } = setup();
    git(repo, ['checkout', '--quiet', '-b', 'local-only']);
    const r = await cli.run(['verify'], { cwd: repo, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no upstream: pass --base REF/);
    const bad = await cli.run(['verify', '--base', 'nope'], { cwd: repo, env });
    expect(bad.code).toBe(2);
    const ok = await cli.run(['verify', '--base', 'main'], { cwd: repo, env });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/0 commits/);
  });
});
