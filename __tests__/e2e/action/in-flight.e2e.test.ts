// The bundled action with claims in flight: claims written on open pull requests (drafts too) judged like landed
// ones, superseded ones not, the overlap radar between open pull requests, the request budget at 150 open pull
// requests, hostile titles and branch names escaped, and a failed or switched-off radar — through the API stand-in.
import { afterEach, describe, expect, it } from '@jest/globals';
import { runAction, type ActionRun } from '../../../test-support/action-run.js';
import { setGraphqlFaults } from '../../../test-support/github-standin/faults.js';
import { pullRequestEvent, pushEvent, type PullRecord } from '../../../test-support/github-standin/index.js';
import { openPulls, type OpenPull } from '../../../test-support/open-pulls.js';
import { CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, SEED_CLAIMS, SEED_FILES, iso, seedRig, type Rig } from '../../../test-support/seed-scenario.js';
import type { Finding } from '../../../src/engine/model.js';
import { COMMENT_MARKER } from '../../../src/report/comment.js';
import { markdownProblems } from '../../helpers/md-check.js';

const H = 3_600_000;
const CLAIMS = 'AI_CURRENT_WORK.md';
const ROUTES = 'backend/src/api/routes/routes.service.ts';
const CONFIG = 'agents:\n  ChatGPT Codex:\n    branches: ["codex/**"]\n  Claude Code:\n    branches: ["claude/**"]\n';

let rig: Rig | null = null;
afterEach(async () => {
  if (rig) {
    setGraphqlFaults(rig.si, null);
    expect(rig.si.violations).toEqual([]);
    await rig.close();
    rig = null;
  }
});

const findings = (run: ActionRun): Finding[] => JSON.parse(run.outputs['findings-json'] ?? 'null') as Finding[];

/** The seed's claims with ChatGPT Codex's files and check-in replaced. */
function codexClaims(checkin: string, files: string[]): string {
  return SEED_CLAIMS.replace(/(## ChatGPT Codex Status[\s\S]*?\*\*Files Being Modified:\*\*\n)[\s\S]*?\n(\n\*\*Last Checkin:\*\* )[^\n]*/, (_m, head: string, last: string) => `${head}${files.map((f) => `- ${f}`).join('\n')}\n${last}${checkin}`);
}

/** Codex's draft PR: it claims the routes service on its branch, checked in at 16:00, not merged. */
const CODEX_DRAFT: OpenPull = { branch: 'codex/routes', draft: true, title: 'Routes rework', files: { [CLAIMS]: codexClaims('2025-12-03 16:00:00', [ROUTES]), 'backend/src/api/routes/README.md': 'wip\n' } };

async function start(files: Record<string, string> = {}, config = CONFIG): Promise<Rig> {
  rig = await seedRig({ ...SEED_FILES, '.github/ai-sync.yml': config, ...files });
  return rig;
}

/** Claude Code pushes a change to `path` on main, 16:30. */
async function claudePushes(r: Rig, path = ROUTES) {
  r.fx.write(path, `// changed by Claude\n`);
  await r.fx.commit(`feat: routes\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
  const { before, after } = await r.fx.push('main');
  r.si.requests.length = 0;
  const payload = await pushEvent(r.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + 1.5 * H), standIn: r.si });
  const run = await runAction({ standIn: r.si, fixture: r.fx, eventName: 'push', payload, sha: after, ref: 'refs/heads/main' });
  // The action may have committed the status file on main: the clone follows.
  await r.fx.git(['fetch', '-q', 'origin']);
  await r.fx.git(['reset', '-q', '--hard', 'origin/main']);
  return run;
}

/** Judged pull requests are updated at 16:30, like the pushes. */
const NOW = iso(SEED_CHECKIN + 1.5 * H);

async function runPull(r: Rig, pull: PullRecord, inputs: Record<string, string> = {}) {
  const payload = await pullRequestEvent(r.fx, pull, 'opened', { standIn: r.si });
  const head = (payload as { pull_request: { head: { sha: string } } }).pull_request.head.sha;
  r.si.requests.length = 0;
  return runAction({ standIn: r.si, fixture: r.fx, eventName: 'pull_request', payload, sha: head, ref: `refs/pull/${pull.number}/merge`, inputs });
}

const graphqlRequests = (r: Rig): number => r.si.requests.filter((q) => q.operation === 'graphql').length;
const ourComment = (r: Rig, n: number): string => r.si.comments.list(n).find((c) => c.body.startsWith(COMMENT_MARKER))?.body ?? '';

describe('in-flight claims', () => {
  it("a claim on an open draft PR blocks another agent's push to main, and says where it is written; a PR whose claims cannot be read is a warning naming it", async () => {
    const r = await start();
    const [draft, broken] = await openPulls(r.fx, r.si, [CODEX_DRAFT, { branch: 'codex/binary', files: { [CLAIMS]: Buffer.from([0, 1, 2, 3]) } }]);
    const run = await claudePushes(r);
    expect(run.code).toBe(1);
    const hit = findings(run).find((f) => f.kind === 'claimed-by-other');
    expect(hit).toMatchObject({ severity: 'error', file: ROUTES, agent: 'Claude Code', claimedBy: 'ChatGPT Codex', pullRequest: draft!.number, branch: 'codex/routes' });
    expect(hit?.message).toContain(`claimed on PR #${draft!.number} (codex/routes), not merged yet`);
    expect(findings(run).find((f) => f.pullRequest === broken!.number)).toMatchObject({ kind: 'claims-unreadable', severity: 'warning', branch: 'codex/binary' });
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining(`claimed on PR #${draft!.number} (codex/routes), not merged yet`) }));
    expect(run.summary).toContain('### In flight (1 open pull request)');
    expect(run.summary).toMatch(/\| `#1` \| Routes rework \| draft \| `ChatGPT Codex` \| `codex\/routes` \| — \| `ChatGPT Codex` \|/);
    expect(markdownProblems(run.summary)).toEqual([]);
    // The snapshot (the first 100 open pull requests folded in), the status write.
    expect(r.si.requests.map((q) => q.operation)).toEqual(['graphql', 'repos/create-or-update-file-contents']);
  });

  it("blocks another agent's pull request, whose comment shows the claim, the overlap and the In flight table", async () => {
    const r = await start();
    const [draft, claude] = await openPulls(r.fx, r.si, [{ ...CODEX_DRAFT, files: { ...CODEX_DRAFT.files, [ROUTES]: '// Codex\n' } }, { branch: 'claude/routes', title: 'Routes fix', updatedAt: NOW, files: { [ROUTES]: '// Claude\n' } }]);
    const run = await runPull(r, claude!);
    expect(run.code).toBe(1);
    const fs = findings(run);
    expect(fs.find((f) => f.kind === 'claimed-by-other')).toMatchObject({ file: ROUTES, claimedBy: 'ChatGPT Codex', pullRequest: draft!.number });
    expect(fs.find((f) => f.kind === 'open-pr-overlap')).toMatchObject({ severity: 'warning', file: ROUTES, agent: 'ChatGPT Codex', pullRequest: draft!.number, branch: 'codex/routes' });
    const comment = ourComment(r, claude!.number);
    expect(comment).toContain('#### In flight (1 open pull request)');
    expect(comment).toContain('not merged yet');
    expect(markdownProblems(comment, { marker: true })).toEqual([]);
  });

  it("a PR's own claims never block it", async () => {
    const r = await start();
    const [draft] = await openPulls(r.fx, r.si, [{ ...CODEX_DRAFT, updatedAt: NOW, files: { ...CODEX_DRAFT.files, [ROUTES]: '// Codex\n' } }]);
    const run = await runPull(r, draft!, { 'pr-comment': 'never' });
    expect(findings(run).filter((f) => f.pullRequest !== undefined)).toEqual([]);
  });

  it('is superseded when the default branch has a later check-in by that agent: the push passes', async () => {
    const r = await start();
    await openPulls(r.fx, r.si, [CODEX_DRAFT]);
    r.fx.write(CLAIMS, codexClaims('2025-12-03 16:15:00', ['backend/src/api/tracking/services/tracking.service.ts']));
    await r.fx.commit('chore: Codex checks in', { author: HUMAN });
    await r.fx.push('main');
    const run = await claudePushes(r);
    expect(findings(run).filter((f) => f.kind === 'claimed-by-other')).toEqual([]);
    expect(findings(run).filter((f) => f.pullRequest !== undefined)).toEqual([]);
    expect(run.outputs.result).not.toBe('fail');
  });
});

describe('the overlap radar', () => {
  it('two PRs changing the same file each get open-pr-overlap naming the other', async () => {
    const r = await start();
    const [a, b] = await openPulls(r.fx, r.si, [
      { branch: 'codex/ui', title: 'UI A', files: { 'web/app.ts': 'a\n', 'package-lock.json': '{}\n' } },
      { branch: 'claude/ui', title: 'UI B', files: { 'web/app.ts': 'b\n', 'package-lock.json': '{"x":1}\n' } }
    ]);
    for (const [self, other] of [[a!, b!], [b!, a!]] as const) {
      const run = await runPull(r, self, { 'pr-comment': 'always' });
      const overlap = findings(run).filter((f) => f.kind === 'open-pr-overlap');
      expect(overlap.map((f) => [f.file, f.severity, f.pullRequest, f.branch])).toEqual([['web/app.ts', 'notice', other.number, other.head]]);
      expect(run.summary).toContain(`| \`#${other.number}\` | UI ${other.head === 'codex/ui' ? 'A' : 'B'} | — |`);
      expect(ourComment(r, self.number)).toContain('`web/app.ts`');
    }
  });

  it('150 open pull requests: the newest 100 (max-pull-requests) with the snapshot, the summary says how many were read; with a higher max, one request more', async () => {
    const r = await start();
    await openPulls(r.fx, r.si, Array.from({ length: 150 }, (_, i) => ({ branch: `feature/f${i}`, files: { [`src/f${i}.ts`]: `${i}\n` } })));
    const run = await claudePushes(r);
    // The newest 100 come with the snapshot: no request of their own.
    expect(graphqlRequests(r)).toBe(1);
    expect(run.summary).toContain('100 of 150 open pull requests read \\(max-pull-requests: 100\\)');
    expect(run.stdout).toContain('In flight: 100 open pull request(s) read in 1 request(s)');

    r.fx.write('.github/ai-sync.yml', `${CONFIG}radar:\n  max-pull-requests: 500\n`);
    await r.fx.commit('chore: read every open pull request', { author: HUMAN });
    await r.fx.push('main');
    const all = await claudePushes(r, 'README.md');
    expect(graphqlRequests(r)).toBe(2);
    expect(all.stdout).toContain('In flight: 150 open pull request(s) read in 2 request(s)');
    expect(all.summary).not.toContain('open pull requests read');
  }, 180_000); // 150 branches and pull requests to set up in the stand-in: slow on a loaded machine

  it('hostile titles, branch names and agent names are escaped in the summary and the comment', async () => {
    const r = await start();
    const hostileClaims = SEED_CLAIMS.replace('## Claude Code Status', '## Mallory <img src=x onerror=alert(1)> @admin | x Status\n\n**Currently Working On:** x\n**Last Checkin:** 2025-12-03 16:00:00\n**Files Being Modified:**\n- web/app.ts\n\n---\n\n## Claude Code Status');
    const [evil, claude] = await openPulls(r.fx, r.si, [
      { branch: 'evil/x|<script>@admin#1`', title: 'Fix <img src=x onerror=alert(1)> | @octocat #12 [link](http://evil.example) `code', files: { 'web/app.ts': 'evil\n', [CLAIMS]: hostileClaims } },
      { branch: 'claude/web', title: 'Web', updatedAt: NOW, files: { 'web/app.ts': 'claude\n' } }
    ]);
    const run = await runPull(r, claude!, { 'pr-comment': 'always' });
    expect(findings(run).some((f) => f.pullRequest === evil!.number)).toBe(true);
    const comment = ourComment(r, claude!.number);
    for (const md of [run.summary, comment]) {
      expect(md).toContain('In flight (1 open pull request)');
      expect(md).toContain('Fix &lt;img src=x onerror=alert\\(1\\)&gt; \\\\| ＠octocat ＃12');
      expect(md).toContain('`` evil/x\\|<script>@admin#1` ``');
    }
    expect(markdownProblems(run.summary)).toEqual([]);
    expect(markdownProblems(comment, { marker: true })).toEqual([]);
  });
});

describe('when the radar cannot or must not read', () => {
  it('a failed read of the open pull requests is a warning, not a crash and not a silent pass', async () => {
    const r = await start();
    await openPulls(r.fx, r.si, [CODEX_DRAFT]);
    setGraphqlFaults(r.si, { pullRequests: 'error' });
    const run = await claudePushes(r);
    expect(run.outputs.result).toBe('warn');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('The open pull requests could not be read (Something went wrong while executing your query') }));
    expect(findings(run).find((f) => f.kind === 'incomplete-changes')?.message).toContain('in-flight claims were not checked');
    expect(run.summary).toContain('The open pull requests could not be read');
    expect(run.outputs['status-committed']).toBe('true');
  });

  it('max-pull-requests: 0 makes no request at all for the radar', async () => {
    const r = await start({}, `${CONFIG}radar:\n  max-pull-requests: 0\n`);
    await openPulls(r.fx, r.si, [CODEX_DRAFT]);
    const run = await claudePushes(r);
    expect(r.si.requests.map((q) => q.operation)).toEqual(['graphql', 'repos/create-or-update-file-contents']);
    expect(run.summary).not.toContain('In flight');
    expect(findings(run).filter((f) => f.pullRequest !== undefined)).toEqual([]);
  });
});
