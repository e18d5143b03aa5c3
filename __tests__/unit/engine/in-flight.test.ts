// In-flight claims and the overlap radar in the engine: claims written on open pull requests judged like landed
// ones (with where they are written), superseded and own claims never blocking, overlaps between open PRs.
import { describe, expect, it } from '@jest/globals';
import { check, type CheckInput, type RawCommit } from '../../../src/engine/check.js';
import type { Finding, InFlightInput, InFlightSource } from '../../../src/engine/model.js';

const NOW = Date.parse('2025-12-03T16:00:00Z');
const FILES = { claims: 'AI_CURRENT_WORK.md', status: 'AI_SYNC_STATUS.json', handoff: 'AI_HANDOFF.md' };

const section = (name: string, checkin: string, files: string[]) =>
  [`## ${name} Status`, `**Currently Working On:** work`, `**Last Checkin:** ${checkin}`, '**Files Being Modified:**', ...files.map((f) => `- ${f}`), ''].join('\n');
const board = (...sections: string[]) => ['# AI Current Work', '', ...sections].join('\n');

const LANDED = board(section('Claude Code', '2025-12-03 15:30:00', ['web/']), section('ChatGPT Codex', '2025-12-03 09:00:00', ['docs/old.md']));
// Codex claims api/tracking.ts on its PR #12, checked in 30 minutes ago: not on main yet.
const CODEX_HEAD = board(section('Claude Code', '2025-12-03 15:30:00', ['web/']), section('ChatGPT Codex', '2025-12-03 15:30:00', ['api/tracking.ts']));

const byClaude = (paths: string[]): RawCommit => ({
  sha: 'a'.repeat(40),
  message: 'feat: x\n\nAI-Agent: Claude Code\n',
  author: { name: 'Dev', email: 'dev@example.com' },
  committer: { name: 'Dev', email: 'dev@example.com' },
  files: paths.map((path) => ({ path, status: 'modified' as const }))
});

const source = (o: Partial<InFlightSource> & Pick<InFlightSource, 'branch'>): InFlightSource => ({
  pullRequest: null,
  title: null,
  author: null,
  draft: false,
  claimsText: null,
  files: null,
  problem: null,
  ...o
});

function run(paths: string[], inFlight: InFlightInput, extra: Partial<CheckInput> = {}): Finding[] {
  return check({
    commits: [byClaude(paths)],
    claimsBeforeText: LANDED,
    claimsAfterText: LANDED,
    configText: null,
    configFile: '.github/ai-sync.yml',
    statusText: null,
    branch: null,
    now: NOW,
    files: FILES,
    inFlight,
    ...extra
  }).evaluation.findings;
}

const codexPr = source({ branch: 'codex/tracking', pullRequest: 12, draft: true, claimsText: CODEX_HEAD, files: ['api/tracking.ts', 'AI_CURRENT_WORK.md'] });
const pushToMain: InFlightInput['self'] = { pullRequest: null, branch: null };

describe('in-flight claims', () => {
  it("a claim made on an open draft PR blocks another agent's push to main, and says where it is written", () => {
    const f = run(['api/tracking.ts'], { sources: [codexPr], self: pushToMain, note: null });
    const hit = f.find((x) => x.kind === 'claimed-by-other');
    expect(hit).toMatchObject({ severity: 'error', file: 'api/tracking.ts', claimedBy: 'ChatGPT Codex', pullRequest: 12, branch: 'codex/tracking' });
    expect(hit?.message).toContain('claimed on PR #12 (codex/tracking), not merged yet');
  });

  it('without the in-flight input the same push passes (the claim is only on the branch)', () => {
    const f = check({ commits: [byClaude(['api/tracking.ts'])], claimsBeforeText: LANDED, claimsAfterText: LANDED, configText: null, configFile: 'c.yml', statusText: null, branch: null, now: NOW, files: FILES });
    expect(f.evaluation.findings.filter((x) => x.kind === 'claimed-by-other')).toEqual([]);
  });

  it('a section the PR does not change is not in flight (the landed claim judges it)', () => {
    const f = run(['web/app.ts'], { sources: [codexPr], self: pushToMain, note: null });
    expect(f.filter((x) => x.pullRequest !== undefined)).toEqual([]);
  });

  it("is superseded when the default branch has a later check-in for that agent", () => {
    const newer = board(section('Claude Code', '2025-12-03 15:30:00', ['web/']), section('ChatGPT Codex', '2025-12-03 15:45:00', ['docs/old.md']));
    const f = run(['api/tracking.ts'], { sources: [codexPr], self: pushToMain, note: null }, { claimsBeforeText: newer, claimsAfterText: newer });
    expect(f.filter((x) => x.kind === 'claimed-by-other')).toEqual([]);
  });

  it("a PR's own claims never block that PR", () => {
    const f = run(['api/tracking.ts'], { sources: [codexPr], self: { pullRequest: 12, branch: 'codex/tracking' }, note: null });
    expect(f.filter((x) => x.kind === 'claimed-by-other')).toEqual([]);
  });

  it('stale and uncertain in-flight claims are judged like landed ones', () => {
    const old = source({ ...codexPr, claimsText: board(section('ChatGPT Codex', '2025-12-03 10:00:00', ['api/tracking.ts'])) });
    expect(run(['api/tracking.ts'], { sources: [old], self: pushToMain, note: null }).find((x) => x.pullRequest === 12)).toMatchObject({ kind: 'stale-claim', severity: 'notice' });
    const ist = source({ ...codexPr, claimsText: board(section('ChatGPT Codex', '2025-12-03 20:30:00 IST', ['api/tracking.ts'])) });
    expect(run(['api/tracking.ts'], { sources: [ist], self: pushToMain, note: null }).find((x) => x.pullRequest === 12)).toMatchObject({ kind: 'uncertain-claim', severity: 'warning' });
  });

  it('the board shows in-flight claims with their branch and pull request', () => {
    const r = check({ commits: [byClaude(['x.ts'])], claimsBeforeText: LANDED, claimsAfterText: LANDED, configText: null, configFile: 'c.yml', statusText: null, branch: null, now: NOW, files: FILES, inFlight: { sources: [codexPr], self: pushToMain, note: null } });
    expect(r.evaluation.board.find((b) => b.branch === 'codex/tracking')).toMatchObject({ name: 'ChatGPT Codex', pullRequest: 12, files: ['api/tracking.ts'], state: 'active' });
  });
});

describe('overlap radar', () => {
  const other = source({ branch: 'gemini/ui', pullRequest: 7, author: 'someone', files: ['web/app.ts', 'package-lock.json', 'AI_CURRENT_WORK.md'] });
  const ownPr: InFlightInput['self'] = { pullRequest: 3, branch: 'claude/web' };

  it('a file two open PRs change is a notice; lock files and the coordination files are not', () => {
    const f = run(['web/app.ts', 'package-lock.json', 'AI_CURRENT_WORK.md'], { sources: [other], self: ownPr, note: null }).filter((x) => x.kind === 'open-pr-overlap');
    expect(f.map((x) => [x.file, x.severity, x.pullRequest, x.branch])).toEqual([['web/app.ts', 'notice', 7, 'gemini/ui']]);
  });

  it("is a warning when the other PR's agent claims the file there", () => {
    const f = run(['api/tracking.ts'], { sources: [codexPr], self: ownPr, note: null }).filter((x) => x.kind === 'open-pr-overlap');
    expect(f).toEqual([expect.objectContaining({ severity: 'warning', file: 'api/tracking.ts', agent: 'ChatGPT Codex', claimedBy: 'ChatGPT Codex', pullRequest: 12 })]);
  });

  it('speaks on pull requests only; a push to main gets no overlap findings', () => {
    expect(run(['web/app.ts'], { sources: [other], self: pushToMain, note: null }).filter((x) => x.kind === 'open-pr-overlap')).toEqual([]);
  });

  it('a PR whose claims could not be read is a warning naming it; a failed read of all PRs is a warning too', () => {
    const broken = source({ branch: 'x/y', pullRequest: 9, problem: 'the claims file is binary' });
    expect(run(['a.ts'], { sources: [broken], self: ownPr, note: null }).find((x) => x.pullRequest === 9)).toMatchObject({ kind: 'claims-unreadable', severity: 'warning' });
    const failed = run(['a.ts'], { sources: [], self: ownPr, note: null, failed: 'HTTP 502' });
    expect(failed.find((x) => x.kind === 'incomplete-changes')?.message).toContain('HTTP 502');
  });

  it('the In flight rows name the other PRs, their agents and the shared files; the note says how many were read', () => {
    const r = check({ commits: [byClaude(['web/app.ts', 'api/tracking.ts'])], claimsBeforeText: LANDED, claimsAfterText: LANDED, configText: null, configFile: 'c.yml', statusText: null, branch: 'claude/web', now: NOW, files: FILES, pullRequest: { author: null }, inFlight: { sources: [codexPr, other], self: ownPr, note: '100 of 150 open pull requests read (max-pull-requests: 100)' } });
    expect(r.evaluation.inFlight?.note).toBe('100 of 150 open pull requests read (max-pull-requests: 100)');
    expect(r.evaluation.inFlight?.rows.map((x) => [x.pullRequest, x.agent, x.sharedFiles, x.claims])).toEqual([
      [12, 'ChatGPT Codex', ['api/tracking.ts'], ['ChatGPT Codex']],
      [7, null, ['web/app.ts'], []]
    ]);
  });

  it('radar.ignore replaces the default list', () => {
    const f = run(['package-lock.json'], { sources: [other], self: ownPr, note: null }, { configText: 'radar:\n  ignore: ["web/**"]\n' }).filter((x) => x.kind === 'open-pr-overlap');
    expect(f.map((x) => x.file)).toEqual(['package-lock.json']);
  });
});

describe('agents of remote-tracking branches', () => {
  it("a config branch glob names the agent of origin/codex/x (the remote's name is not part of the branch)", () => {
    const config = 'agents:\n  ChatGPT Codex:\n    branches: ["codex/**"]\n';
    const branch = source({ branch: 'origin/codex/x', remote: 'origin', files: ['web/app.ts'] });
    const r = check({ commits: [byClaude(['web/app.ts'])], claimsBeforeText: LANDED, claimsAfterText: LANDED, configText: config, configFile: 'c.yml', statusText: null, branch: 'claude/web', now: NOW, files: FILES, pullRequest: { author: null }, inFlight: { sources: [branch], self: { pullRequest: 3, branch: 'claude/web' }, note: null } });
    expect(r.evaluation.inFlight?.rows.map((x) => [x.branch, x.agent])).toEqual([['origin/codex/x', 'ChatGPT Codex']]);
    const noRemote = check({ commits: [byClaude(['web/app.ts'])], claimsBeforeText: LANDED, claimsAfterText: LANDED, configText: config, configFile: 'c.yml', statusText: null, branch: 'claude/web', now: NOW, files: FILES, pullRequest: { author: null }, inFlight: { sources: [{ ...branch, remote: undefined }], self: { pullRequest: 3, branch: 'claude/web' }, note: null } });
    expect(noRemote.evaluation.inFlight?.rows.map((x) => x.agent)).toEqual([null]);
  });
});
