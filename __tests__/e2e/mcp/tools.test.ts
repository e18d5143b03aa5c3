// The MCP tools through the SDK's own client, against the built CLI in real repositories (a bare origin and
// clones): each tool runs the CLI command of the same name, so results match the CLI's, and a refusal says who,
// where, since when, until when and what to do next.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { codeBlocks } from '../../helpers/docs.js';
import { fixture, git, NOW, read, ROOT, runCli, type World } from '../helpers/cli.js';
import { useMcp } from './connect.js';

const mcp = useMcp();
const FILE = 'AI_CURRENT_WORK.md';
const env = { AI_SYNC_NOW: NOW };

const originFile = (w: World, file = FILE): string => git(w.dir, ['--git-dir', w.origin, 'show', `main:${file}`]);

function setup(): { w: World; repo: string } {
  const w = mcp.world({ [FILE]: fixture('flat.md'), 'backend/src/api/tracking/tracking.service.ts': 'x\n', 'backend/src/app.module.ts': 'x\n' });
  return { w, repo: w.clone('claude') };
}

describe('status', () => {
  it('is the CLI\'s board: the same text (no colour) and the document status --json prints', async () => {
    const { repo } = setup();
    const s = await mcp.connect(repo, { env });
    const r = await s.call('status');
    expect(r.isError).toBeFalsy();
    const cli = await runCli(mcp.cli(), ['status'], { cwd: repo, env });
    expect(r.text).toBe(cli.stdout.trimEnd());
    expect(r.text).toContain('ChatGPT Codex');
    expect(r.text).not.toContain('\x1b[');
    const json = await runCli(mcp.cli(), ['status', '--json'], { cwd: repo, env });
    expect(r.structuredContent).toEqual(JSON.parse(json.stdout));
    expect(r.structuredContent).toMatchObject({ claimsFile: FILE, agents: expect.arrayContaining([expect.objectContaining({ name: 'ChatGPT Codex', state: 'active' })]) });
    // The explain flag goes through.
    const explained = await s.call('status', { explain: true });
    expect((explained.structuredContent as { explain?: unknown[] }).explain?.length).toBeGreaterThan(0);
  });

  it('serves the board as a resource', async () => {
    const { repo } = setup();
    const s = await mcp.connect(repo, { env });
    const listed = await s.client.listResources();
    expect(listed.resources.map((x) => x.uri)).toEqual(['ai-sync://board']);
    const read = await s.client.readResource({ uri: 'ai-sync://board' });
    const first = read.contents[0] as { mimeType?: string; text?: string };
    expect(first.mimeType).toBe('application/json');
    expect(JSON.parse(first.text ?? 'null')).toMatchObject({ version: 1, agents: expect.arrayContaining([expect.objectContaining({ name: 'ChatGPT Codex' })]) });
  });
});

describe('claim', () => {
  it('refused: an error result naming the holder, where the claim is written, its check-in age, its stale time and the next calls', async () => {
    const { w, repo } = setup();
    const s = await mcp.connect(repo, { env });
    const args = { agent: 'Claude Code', module: 'TrackingModule', files: ['backend/src/app.module.ts'], push: true };
    const r = await s.call('claim', args);
    expect(r.isError).toBe(true);
    // First the CLI's own message, as the CLI prints it.
    const cli = await runCli(mcp.cli(), ['claim', '--agent', 'Claude Code', '--module', 'TrackingModule', '--files', 'backend/src/app.module.ts', '--push'], { cwd: repo, env });
    expect(cli.code).toBe(3);
    expect(r.text.startsWith(cli.stderr.trimEnd())).toBe(true);
    // Then everything an agent needs to act.
    expect(r.text).toContain('- "ChatGPT Codex" (active) holds module TrackingModule, backend/src/app.module.ts');
    expect(r.text).toContain(`claim written in ${FILE} line 21 as on the upstream branch`);
    expect(r.text).toContain('last check-in 2025-12-04T11:00:00Z (1h 00m ago); active until 2025-12-04T13:00:00Z (in 1h 00m), stale after 2025-12-04T15:00:00Z (in 3h 00m)');
    expect(r.text).toContain('Or wait until 2025-12-04T15:00:00Z (in 3h 00m)');
    const forced = /Emergency only .*: call claim with (\{.*\})\. That records an Emergency Override in AI_CURRENT_WORK\.md/.exec(r.text);
    expect(JSON.parse(forced?.[1] ?? 'null')).toEqual({ ...args, force: true, reason: '<why it cannot wait>', push: true });
    expect(r.structuredContent).toMatchObject({
      refused: true,
      holders: ['ChatGPT Codex'],
      conflicts: [
        expect.objectContaining({ holder: 'ChatGPT Codex', item: 'module TrackingModule', line: 21, staleAt: '2025-12-04T15:00:00Z', lastCheckin: '2025-12-04T11:00:00Z' }),
        expect.objectContaining({ item: 'backend/src/app.module.ts', line: 21 })
      ],
      error: { exitCode: 3, kind: 'refused', message: expect.stringContaining('claimed by ChatGPT Codex') }
    });
    expect(originFile(w)).toBe(fixture('flat.md'));
    expect(read(repo, FILE)).toBe(fixture('flat.md'));
    // docs/mcp.md shows this very refusal: what the server adds to the CLI's message is as documented.
    const shown = codeBlocks(readFileSync(path.join(ROOT, 'docs/mcp.md'), 'utf8')).find((b) => b.lang === 'text')?.text ?? '';
    const added = (t: string): string => t.slice(t.indexOf('Nothing was written.'));
    expect(added(shown).length).toBeGreaterThan(100);
    expect(added(r.text)).toBe(added(shown));
  });

  it('lands: pushed to the remote, for the agent the server was started with', async () => {
    const { w, repo } = setup();
    const s = await mcp.connect(repo, { env: { ...env, AI_SYNC_AGENT: 'Claude Code' } });
    const r = await s.call('claim', { module: 'RoutesModule', files: ['backend/src/api/routes/'], task: 'Re-enable routes', expected: '2h', push: true });
    expect(r.isError).toBeFalsy();
    expect(r.text).toContain('claimed RoutesModule (+1 file) for Claude Code');
    expect(r.text).toMatch(/pushed [0-9a-f]{12} to origin\/main/);
    const doc = parseClaims(originFile(w));
    const section = doc.agents.find((a) => a.name === 'Claude Code');
    expect(section).toMatchObject({ workingOn: 'Re-enable routes', module: 'RoutesModule', idle: false });
    expect(section?.files.map((f) => f.pattern)).toEqual(['backend/src/api/routes/']);
    expect(doc.moduleClaims).toContainEqual({ module: 'RoutesModule', agent: 'Claude Code', line: expect.any(Number) });
    const pushed = (r.structuredContent as { pushed: { commit: string } }).pushed.commit;
    expect(git(w.dir, ['--git-dir', w.origin, 'rev-parse', 'main']).trim()).toBe(pushed);
    expect(git(w.dir, ['--git-dir', w.origin, 'log', '-1', '--format=%B', 'main'])).toContain('AI-Agent: Claude Code');
    expect(r.structuredContent).toMatchObject({ version: 1, command: 'claim', agent: 'Claude Code', files: [FILE] });
  });

  it('refuses bad arguments with one clear line and no stack: wrong type, unknown key, path outside the repository', async () => {
    const { repo } = setup();
    const s = await mcp.connect(repo, { env });
    const wrongType = await s.call('claim', { agent: 'Claude Code', files: 'src/a.ts' });
    expect(wrongType.isError).toBe(true);
    expect(wrongType.text).toMatch(/Invalid arguments for tool claim: .*expected array, received string at files/);
    const unknown = await s.call('claim', { agent: 'Claude Code', file: ['src/a.ts'] });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain('Unrecognized key: "file"');
    const badState = await s.call('release', { agent: 'Claude Code', module_state: 'done' });
    expect(badState.isError).toBe(true);
    expect(badState.text).toContain('module_state');
    const outside = await s.call('claim', { agent: 'Claude Code', files: ['../elsewhere.ts'] });
    expect(outside.isError).toBe(true);
    expect(outside.text).toMatch(/^ai-sync: \.\.\/elsewhere\.ts is outside the repository /);
    expect(outside.structuredContent).toMatchObject({ error: { exitCode: 2, kind: 'usage' } });
    const force = await s.call('claim', { agent: 'Claude Code', module: 'TrackingModule', force: true });
    expect(force.text).toBe('ai-sync: --force needs --reason TEXT (it is written into the Emergency Override entry)');
    for (const r of [wrongType, unknown, badState, outside, force]) {
      expect(r.text.split('\n').length).toBe(1);
      expect(r.text).not.toMatch(/\n\s+at |\.js:\d+/);
    }
    expect(read(repo, FILE)).toBe(fixture('flat.md'));
  });

  it('without an agent anywhere, says how to give one', async () => {
    const { repo } = setup();
    const s = await mcp.connect(repo, { env });
    const r = await s.call('claim', { files: ['src/a.ts'] });
    expect(r.isError).toBe(true);
    expect(r.text).toContain('--agent NAME is required (or set AI_SYNC_AGENT');
    // install-hooks' remembered agent counts, as for the CLI.
    git(repo, ['config', 'ai-sync.agent', 'Claude Code']);
    const remembered = await s.call('claim', { files: ['src/a.ts'] });
    expect(remembered.isError).toBeFalsy();
    expect(remembered.text).toContain('claimed src/a.ts for Claude Code');
  });

  it('runs overlapping edits one at a time: two claims sent at once both land', async () => {
    const { repo } = setup();
    const s = await mcp.connect(repo, { env });
    const [a, b] = await Promise.all([
      s.call('claim', { agent: 'Claude Code', files: ['src/a.ts'] }),
      s.call('claim', { agent: 'Cursor', files: ['src/b.ts'] })
    ]);
    expect([a.isError, b.isError]).toEqual([undefined, undefined]);
    const doc = parseClaims(read(repo, FILE));
    expect(doc.agents.find((x) => x.name === 'Claude Code')?.files.map((f) => f.pattern)).toEqual(['src/a.ts']);
    expect(doc.agents.find((x) => x.name === 'Cursor')?.files.map((f) => f.pattern)).toEqual(['src/b.ts']);
  });
});

describe('checkin, release, verify', () => {
  it('check in, release with a handoff, all pushed', async () => {
    const { w, repo } = setup();
    const s = await mcp.connect(repo, { env: { ...env, AI_SYNC_AGENT: 'Claude Code' } });
    expect((await s.call('claim', { module: 'RoutesModule', push: true })).isError).toBeFalsy();

    const later = await mcp.connect(repo, { env: { AI_SYNC_NOW: '2025-12-04T12:40:00Z', AI_SYNC_AGENT: 'Claude Code' } });
    const checkin = await later.call('checkin', { push: true });
    expect(checkin.isError).toBeFalsy();
    expect(checkin.text).toContain('checked in Claude Code at 12:40 UTC: active until 14:40 UTC');
    expect(parseClaims(originFile(w)).agents.find((a) => a.name === 'Claude Code')?.lastCheckin?.start).toBe(Date.parse('2025-12-04T12:40:00Z'));

    const release = await later.call('release', { handoff: 'Routes re-enabled; tests next.', module_state: 'complete', push: true });
    expect(release.isError).toBeFalsy();
    expect(release.text).toContain('released RoutesModule for Claude Code (module list: complete)');
    const doc = parseClaims(originFile(w));
    expect(doc.agents.find((a) => a.name === 'Claude Code')?.idle).toBe(true);
    expect(doc.modules.find((m) => m.module === 'RoutesModule')?.state).toBe('complete');
    expect(originFile(w, 'AI_HANDOFF.md')).toContain('Routes re-enabled; tests next.');
    expect(release.structuredContent).toMatchObject({ command: 'release', files: [FILE, 'AI_HANDOFF.md'] });
  });

  it('verify: the verdict of the unpushed commits, as the CLI gives it', async () => {
    const { repo } = setup();
    const s = await mcp.connect(repo, { env });
    const clean = await s.call('verify', { agent: 'Claude Code' });
    expect(clean.isError).toBeFalsy();
    expect(clean.structuredContent).toMatchObject({ verdict: 'pass', commits: [] });

    // A commit on a file ChatGPT Codex holds, by Claude Code: the check after the push would fail.
    mkdirSync(path.join(repo, 'backend/src'), { recursive: true });
    writeFileSync(path.join(repo, 'backend/src/app.module.ts'), 'y\n');
    git(repo, ['commit', '--quiet', '-am', 'touch app.module']);
    const failing = await s.call('verify', { agent: 'Claude Code', base: 'origin/main' });
    const cli = await runCli(mcp.cli(), ['verify', '--agent', 'Claude Code', '--base', 'origin/main'], { cwd: repo, env });
    expect(cli.code).toBe(1);
    expect(failing.isError).toBeFalsy();
    expect(failing.text).toBe(`${cli.stdout}${cli.stderr}`.trimEnd());
    expect(failing.structuredContent).toMatchObject({
      verdict: 'fail',
      findings: expect.arrayContaining([expect.objectContaining({ file: 'backend/src/app.module.ts', severity: 'error' })])
    });
  });

  it('verify: beyond the findings a run lists, the result counts the rest (the CLI\'s `omitted`) and the text says so', async () => {
    const { repo } = setup();
    const s = await mcp.connect(repo, { env });
    const dir = path.join(repo, 'backend/src/api/tracking/gen');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 1_005; i++) writeFileSync(path.join(dir, `f-${i}.ts`), `${i}\n`);
    git(repo, ['add', '--', 'backend/src/api/tracking/gen']);
    git(repo, ['commit', '--quiet', '-m', 'feat: generated']);
    const r = await s.call('verify', { agent: 'Claude Code', base: 'origin/main' });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toMatchObject({ verdict: 'fail', omitted: { count: 5, bySeverity: { error: 5, warning: 0, notice: 0 } } });
    expect((r.structuredContent as { findings: unknown[] }).findings).toHaveLength(1_000);
    expect(r.text).toContain('5 more findings not shown (kinds: 5 claimed-by-other errors)');
  });
});
