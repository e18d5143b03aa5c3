// claim adds to the agent's claim by default, --replace replaces it (saying what it released), a claim that adds
// nothing says so, the task / start / expected time are kept unless told, and --json prints the EditResult
// (issue 13, frictions 1, 7 and 8).
import { describe, expect, it } from '@jest/globals';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { fixture, git, NOW, read, useCli } from '../helpers/cli.js';

const cli = useCli();
const env = { AI_SYNC_NOW: NOW };
const FILE = 'AI_CURRENT_WORK.md';
const CODEX = 'ChatGPT Codex';
const files = { [FILE]: fixture('flat.md'), 'README.md': '# r\n', 'backend/src/api/routes/r.ts': 'x\n' };

const section = (text: string, name = CODEX) => parseClaims(text).agents.find((a) => a.name === name);

describe('claim adds to the claim', () => {
  it('a second claim keeps the files, the module, the task and the start time, and changes only what it adds', async () => {
    const c = cli.world(files).clone('codex');
    const before = read(c, FILE);
    const r = await cli.run(['claim', '--agent', CODEX, '--files', 'README.md'], { cwd: c, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Before: the whole claim was replaced and TrackingModule set Available, saying only "claimed README.md".
    expect(r.stdout).toContain(`claimed README.md for ${CODEX} in ${FILE}\n`);
    expect(r.stdout).toContain(
      `  ${CODEX}'s claim now: module TrackingModule; files backend/src/api/tracking/, backend/src/app.module.ts, README.md; working on "Tracking schema alignment"\n`
    );
    expect(r.stdout).toContain('  checked in 12:00 UTC: active until 14:00 UTC (in 2h 00m), stale after 16:00 UTC unless checked in again\n');
    const after = read(c, FILE);
    // One line added under the kept items (the note of app.module.ts stays), one line changed: Last Checkin.
    const lines = after.split('\n');
    expect(lines.slice(26, 31)).toEqual(['**Files Being Modified:**', '- backend/src/api/tracking/', '- backend/src/app.module.ts (to register the module)', '- README.md', '']);
    expect(lines.length).toBe(before.split('\n').length + 1);
    expect(after.replace('- README.md\n', '').replace('**Last Checkin:** 2025-12-04 12:00:00', '**Last Checkin:** 2025-12-04 11:00:00')).toBe(before);
    const s = section(after);
    expect(s).toMatchObject({ workingOn: 'Tracking schema alignment', module: 'TrackingModule', expectedCompletion: 'today' });
    expect(s?.startedAt?.text).toBe('2025-12-04 10:30:00');
    expect(parseClaims(after).moduleClaims).toEqual([{ module: 'TrackingModule', agent: CODEX, line: expect.any(Number) }]);

    // The same claim again adds nothing, and says so (it is a check-in).
    const again = await cli.run(['claim', '--agent', CODEX, '--files', 'README.md', '--module', 'TrackingModule'], { cwd: c, env: { AI_SYNC_NOW: '2025-12-04T12:30:00Z' } });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^nothing new to claim: ChatGPT Codex already claims module TrackingModule; files backend\/src\/api\/tracking\/, backend\/src\/app\.module\.ts, README\.md; checked in 12:30 UTC/);
    expect(read(c, FILE)).toBe(after.replace('2025-12-04 12:00:00', '2025-12-04 12:30:00'));

    // --task changes the task only.
    const task = await cli.run(['claim', '--agent', CODEX, '--files', 'README.md', '--task', 'Docs too'], { cwd: c, env });
    expect(task.stdout).toContain(`updated ${CODEX}'s claim in ${FILE}`);
    expect(section(read(c, FILE))).toMatchObject({ workingOn: 'Docs too', module: 'TrackingModule', expectedCompletion: 'today' });
    expect(section(read(c, FILE))?.startedAt?.text).toBe('2025-12-04 10:30:00');
  });

  it('a second module is held too, on the module list; without a module list it asks for --replace', async () => {
    const c = cli.world(files).clone('codex');
    const r = await cli.run(['claim', '--agent', CODEX, '--module', 'RoutesModule'], { cwd: c, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${CODEX}'s claim now: modules TrackingModule, RoutesModule; files backend/src/api/tracking/, backend/src/app.module.ts`);
    const doc = parseClaims(read(c, FILE));
    expect(doc.moduleClaims.map((m) => [m.module, m.agent])).toEqual([
      ['RoutesModule', CODEX],
      ['TrackingModule', CODEX]
    ]);
    expect(section(read(c, FILE))?.module).toBe('TrackingModule');
    // The board (and so a refusal) sees both.
    const status = JSON.parse((await cli.run(['status', '--json'], { cwd: c, env })).stdout) as { agents: { name: string; module: string }[] };
    expect(status.agents.find((a) => a.name === CODEX)?.module).toBe('TrackingModule, RoutesModule');
    const refused = await cli.run(['claim', '--agent', 'Claude Code', '--module', 'RoutesModule'], { cwd: c, env });
    expect(refused.code).toBe(3);
    // release frees both.
    const released = await cli.run(['release', '--agent', CODEX], { cwd: c, env });
    expect(released.stdout).toContain('released TrackingModule, RoutesModule for ChatGPT Codex');

    const list = cli.world({ [FILE]: fixture('list-fields.md') }).clone('x');
    const first = await cli.run(['claim', '--agent', 'Claude', '--module', 'LexerModule'], { cwd: list, env });
    expect(first.code).toBe(0);
    const second = await cli.run(['claim', '--agent', 'Claude', '--module', 'ParserModule'], { cwd: list, env });
    expect(second.code).toBe(2);
    expect(second.stderr).toBe(
      `ai-sync: Claude already claims module LexerModule, and ${FILE} has no module list to hold a second one: run with --replace to claim ParserModule instead (releasing LexerModule), or release LexerModule first\n`
    );
  });
});

describe('--replace', () => {
  it('replaces the claim and prints each file and module released', async () => {
    const c = cli.world(files).clone('codex');
    const r = await cli.run(['claim', '--agent', CODEX, '--replace', '--files', 'README.md', 'backend/src/app.module.ts'], { cwd: c, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  released '))).toEqual(['  released backend/src/api/tracking/', '  released module TrackingModule (module list: available)']);
    expect(r.stdout).toContain(`claimed README.md for ${CODEX} in ${FILE} (replacing the claim)`);
    const text = read(c, FILE);
    const s = section(text);
    expect(s?.files.map((f) => f.pattern)).toEqual(['backend/src/app.module.ts', 'README.md']);
    expect(text).toContain('- backend/src/app.module.ts (to register the module)'); // a kept item keeps its note
    expect(s?.module).toBeNull();
    expect(s?.workingOn).toBe('Tracking schema alignment'); // written by the agent: kept
    expect(parseClaims(text).moduleClaims).toEqual([]);
    expect(parseClaims(text).modules.find((m) => m.module === 'TrackingModule')?.state).toBe('available');
  });

  it('a task ai-sync wrote itself follows the claim', async () => {
    const c = cli.world(files).clone('claude');
    expect((await cli.run(['claim', '--agent', 'Claude Code', '--module', 'RoutesModule'], { cwd: c, env })).code).toBe(0);
    expect(section(read(c, FILE), 'Claude Code')?.workingOn).toBe('RoutesModule');
    const r = await cli.run(['claim', '--agent', 'Claude Code', '--replace', '--module', 'AnalyticsModule'], { cwd: c, env });
    expect(r.stdout).toContain('  released module RoutesModule (module list: available)');
    expect(section(read(c, FILE), 'Claude Code')).toMatchObject({ workingOn: 'AnalyticsModule', module: 'AnalyticsModule' });
  });
});

describe('--json', () => {
  it('claim, checkin, release and emergency print their EditResult and nothing else', async () => {
    const w = cli.world(files);
    const c = w.clone('claude');
    const claim = await cli.run(['claim', '--agent', 'Claude Code', '--module', 'RoutesModule', '--files', 'backend/src/api/routes/', '--json', '--commit'], { cwd: c, env });
    expect(claim.code).toBe(0);
    const doc = JSON.parse(claim.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({
      version: 1,
      command: 'claim',
      agent: 'Claude Code',
      files: [FILE],
      subject: 'chore(ai-sync): claim RoutesModule (+1 file) for Claude Code',
      warnings: [],
      committed: git(c, ['rev-parse', '--short', 'HEAD']).trim(),
      pushed: null,
      claim: { modules: ['RoutesModule'], files: ['backend/src/api/routes/'], added: { modules: ['RoutesModule'], files: ['backend/src/api/routes/'] }, released: { modules: [], files: [] } }
    });
    expect((doc['lines'] as string[])[0]).toBe(`claimed RoutesModule (+1 file) for Claude Code in ${FILE}`);

    const checkin = JSON.parse((await cli.run(['checkin', '--agent', 'Claude Code', '--json'], { cwd: c, env })).stdout) as Record<string, unknown>;
    expect(checkin).toMatchObject({ command: 'checkin', agent: 'Claude Code', files: [FILE], committed: null, pushed: null });
    const emergency = await cli.run(['emergency', '--agent', 'Claude Code', '--module', 'TrackingModule', '--reason', 'outage', '--json', '--push'], { cwd: c, env });
    expect(emergency.code).toBe(0);
    const e = JSON.parse(emergency.stdout) as { command: string; pushed: { upstream: string }; override: { file: string; entries: { line: number; holder: string }[]; covers: string[]; prefix: string } };
    expect(e).toMatchObject({ command: 'emergency', pushed: { upstream: 'origin/main' }, override: { file: FILE, prefix: 'EMERGENCY:', covers: ['backend/src/api/tracking/', 'backend/src/app.module.ts'] } });
    expect(e.override.entries).toEqual([{ line: expect.any(Number), heading: '### Emergency Override - 2025-12-04 12:00:00 - Claude Code', holder: CODEX, module: 'TrackingModule' }]);
    const release = JSON.parse((await cli.run(['release', '--agent', 'Claude Code', '--json', '--handoff', 'done'], { cwd: c, env })).stdout) as Record<string, unknown>;
    expect(release).toMatchObject({ command: 'release', files: [FILE, 'AI_HANDOFF.md'] });
  });
});
