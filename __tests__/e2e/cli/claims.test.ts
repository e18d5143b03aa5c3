// claim / checkin / release / status through the built CLI, in real repositories (bare origin + clones).
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { checkClaims, modifying } from '../../helpers/check.js';
import { changedLines, fixture, git, NOW, read, type World, useCli } from '../helpers/cli.js';

const cli = useCli();
const env = { AI_SYNC_NOW: NOW };
const FILE = 'AI_CURRENT_WORK.md';

const originFile = (w: World, file = FILE): string => git(w.dir, ['--git-dir', w.origin, 'show', `main:${file}`]);

describe('claim → refusal → release → claim', () => {
  it('refuses a held module and file, then lets the other agent claim after the release', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md'), 'backend/src/api/tracking/tracking.service.ts': 'x\n' });
    const claude = w.clone('claude');
    const codex = w.clone('codex');

    // ChatGPT Codex checked in at 11:00 (1 h before NOW): active until 15:00.
    const refused = await cli.run(['claim', '--agent', 'Claude Code', '--module', 'TrackingModule', '--push'], { cwd: claude, env });
    expect(refused.code).toBe(3);
    expect(refused.stdout).toBe('');
    const [first, ...details] = refused.stderr.trimEnd().split('\n');
    // In the action's words: a push touching it is an error until 13:00 (active), a warning until 15:00 (caution).
    expect(first).toBe('ai-sync: refused: module TrackingModule is claimed by ChatGPT Codex: active until 13:00 UTC (in 1h 00m), stale after 15:00 UTC');
    expect(details.join('\n')).toContain('started 10:30 UTC'); // Started At
    expect(details.join('\n')).toContain('last check-in 11:00 UTC (1h 00m ago)');
    expect(details.join('\n')).not.toContain('since');
    expect(originFile(w)).toBe(fixture('flat.md')); // nothing pushed

    // A file under the held directory, and a directory over a held file, are refused too.
    const under = await cli.run(['claim', '--agent', 'Claude Code', '--files', 'backend/src/api/tracking/dto/x.ts'], { cwd: claude, env });
    expect(under.code).toBe(3);
    expect(under.stderr).toContain('via backend/src/api/tracking/');
    const over = await cli.run(['claim', '--agent', 'Claude Code', '--files', 'backend/'], { cwd: claude, env });
    expect(over.code).toBe(3);
    expect(read(claude, FILE)).toBe(fixture('flat.md'));

    // The holder releases (with a handoff note) and pushes.
    const released = await cli.run(['release', '--agent', 'ChatGPT Codex', '--handoff', 'Tracking DTOs aligned; app.module registration left.', '--push'], { cwd: codex, env });
    expect(released.stderr).toBe('');
    expect(released.code).toBe(0);
    expect(released.stdout).toContain('released TrackingModule for ChatGPT Codex');
    const afterRelease = parseClaims(originFile(w));
    expect(afterRelease.agents.find((a) => a.name === 'ChatGPT Codex')?.idle).toBe(true);
    expect(afterRelease.moduleClaims).toEqual([]);
    expect(afterRelease.modules.find((m) => m.module === 'TrackingModule')?.state).toBe('available');
    expect(originFile(w, 'AI_HANDOFF.md')).toContain('Tracking DTOs aligned');
    expect(git(codex, ['log', '-1', '--format=%B'])).toBe('chore(ai-sync): release TrackingModule for ChatGPT Codex\n\nAI-Agent: ChatGPT Codex\n\n');

    // Now Claude Code may claim it (its clone is behind: --push works on the fetched upstream).
    const claimed = await cli.run(
      ['claim', '--agent', 'Claude Code', '--module', 'TrackingModule', '--files', 'backend/src/api/tracking/', '--task', 'Register tracking', '--push'],
      { cwd: claude, env }
    );
    expect(claimed.stderr).toBe('');
    expect(claimed.code).toBe(0);
    const doc = parseClaims(originFile(w));
    const section = doc.agents.find((a) => a.name === 'Claude Code');
    expect(section).toMatchObject({ workingOn: 'Register tracking', module: 'TrackingModule', idle: false });
    expect(section?.files.map((f) => f.pattern)).toEqual(['backend/src/api/tracking/']);
    expect(section?.lastCheckin?.start).toBe(Date.parse(NOW));
    expect(doc.moduleClaims).toEqual([{ module: 'TrackingModule', agent: 'Claude Code', line: expect.any(Number) }]);
    // The clone had no local commits: it was fast-forwarded to the pushed claim.
    expect(read(claude, FILE)).toBe(originFile(w));

    // And the former holder is now the one refused (--push judges the upstream's claims, not its stale clone).
    const back = await cli.run(['claim', '--agent', 'ChatGPT Codex', '--module', 'TrackingModule', '--push'], { cwd: codex, env });
    expect(back.code).toBe(3);
    expect(back.stderr).toContain('claimed by Claude Code');
  });

  it('lets a stale claim be taken, with a note', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md') });
    const claude = w.clone('claude');
    // 16:00: Codex's 11:00 check-in is 5 h old (stale-hours 4).
    const r = await cli.run(['claim', '--agent', 'Claude Code', '--module', 'TrackingModule'], { cwd: claude, env: { AI_SYNC_NOW: '2025-12-04T16:00:00Z' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/note: module TrackingModule: held by ChatGPT Codex; .*; stale since 15:00 UTC \(1h 00m ago\)/);
    const doc = parseClaims(read(claude, FILE));
    expect(doc.moduleClaims.map((m) => m.agent)).toEqual(['Claude Code']);
  });
});

describe('checkin', () => {
  it('changes exactly one line, byte for byte', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md') });
    const codex = w.clone('codex');
    const before = read(codex, FILE);
    const r = await cli.run(['checkin', '--agent', 'chatgpt codex', '--commit'], { cwd: codex, env: { AI_SYNC_NOW: '2025-12-04T13:45:30Z' } });
    expect(r.code).toBe(0);
    const after = read(codex, FILE);
    expect(changedLines(before, after)).toEqual([31]);
    expect(after.split('\n')[30]).toBe('**Last Checkin:** 2025-12-04 13:45:30');
    expect(Buffer.byteLength(after) - Buffer.byteLength(before)).toBe(0);
    // Only the claims file was committed, with the trailer.
    expect(git(codex, ['show', '--name-only', '--format=%s', 'HEAD']).trim().split('\n')).toEqual(['chore(ai-sync): check in ChatGPT Codex', '', FILE]);
  });

  it('resolves a short name the way the engine resolves an AI-Agent trailer ("codex" → "ChatGPT Codex")', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md') });
    const codex = w.clone('codex');
    const r = await cli.run(['checkin', '--agent', 'codex'], { cwd: codex, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('checked in ChatGPT Codex');
    expect(changedLines(fixture('flat.md'), read(codex, FILE))).toEqual([31]);
  });

  it('refuses an agent without a section (exit 2)', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md') });
    const r = await cli.run(['checkin', '--agent', 'Nobody'], { cwd: w.clone('x'), env });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('emergency override', () => {
  it('--force --reason records an override entry that the engine reads as one', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md') });
    const claude = w.clone('claude');
    const noReason = await cli.run(['claim', '--agent', 'Claude Code', '--module', 'TrackingModule', '--force'], { cwd: claude, env });
    expect(noReason.code).toBe(2);

    const r = await cli.run(
      ['claim', '--agent', 'Claude Code', '--module', 'TrackingModule', '--files', 'backend/src/app.module.ts', '--task', 'Hotfix tracking crash', '--force', '--reason', 'production outage', '--push'],
      { cwd: claude, env }
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('emergency override recorded');
    const text = originFile(w);
    expect(text).toContain(
      [
        '### Emergency Override - 2025-12-04 12:00:00 - Claude Code',
        '- **Reason:** production outage',
        '- **Module:** TrackingModule',
        '- **Original Owner:** ChatGPT Codex',
        '- **Action Taken:** Hotfix tracking crash (files: backend/src/app.module.ts)'
      ].join('\n')
    );
    // Placed in the existing "## Emergency Override" section, before its closing rule.
    const lines = text.split('\n');
    const heading = lines.indexOf('## Emergency Override');
    const entry = lines.indexOf('### Emergency Override - 2025-12-04 12:00:00 - Claude Code');
    expect(entry).toBeGreaterThan(heading);
    expect(lines.slice(heading, entry).filter((l) => l === '---')).toHaveLength(0);
    // The action-side parser reads it, and the holder's claim and Claude's section are untouched.
    const doc = parseClaims(text);
    expect(doc.overrides).toHaveLength(1);
    expect(doc.overrides[0]).toMatchObject({ by: 'Claude Code', module: 'TrackingModule', originalOwner: 'ChatGPT Codex', reason: 'production outage' });
    expect(doc.overrides[0]?.date?.start).toBe(Date.parse(NOW));
    expect(doc.agents.find((a) => a.name === 'Claude Code')?.idle).toBe(true);
    expect(doc.moduleClaims).toEqual([{ module: 'TrackingModule', agent: 'ChatGPT Codex', line: expect.any(Number) }]);

    // And the engine lets an EMERGENCY commit through on it (warning, not error).
    const a = { name: 'A', email: 'a@example.com' };
    const emergency = modifying(['backend/src/app.module.ts'], { sha: 'e1', message: 'EMERGENCY: fix tracking crash\n\nAI-Agent: Claude Code', author: a, committer: a });
    const result = checkClaims(text, { commits: [emergency], now: Date.parse(NOW) + 60_000 });
    expect(result.evaluation.findings.map((f) => [f.kind, f.severity])).toEqual([['emergency-override', 'warning']]);
  });

  it('creates an "## Emergency Overrides" section when the file has none', async () => {
    const w = cli.world({ [FILE]: fixture('list-fields.md') });
    const claude = w.clone('claude');
    const r = await cli.run(['claim', '--agent', 'Claude', '--files', 'src/parser/lexer.ts', '--force', '--reason', 'broken build'], { cwd: claude, env });
    expect(r.code).toBe(0);
    const text = read(claude, FILE);
    expect(text.startsWith(fixture('list-fields.md'))).toBe(true);
    expect(text.slice(fixture('list-fields.md').length)).toBe(
      '\n## Emergency Overrides\n\n### Emergency Override - 2025-12-04T12:00:00Z - Claude\n- **Reason:** broken build\n- **Module:** N/A\n- **Original Owner:** Codex\n- **Action Taken:** Emergency change (files: src/parser/lexer.ts)\n'
    );
    expect(parseClaims(text).overrides[0]).toMatchObject({ by: 'Claude', originalOwner: 'Codex' });
  });
});

describe('file formats', () => {
  it('keeps a CRLF file CRLF after claim (and commits it as such)', async () => {
    const crlf = fixture('flat.md').replace(/\n/g, '\r\n');
    const w = cli.world({ [FILE]: crlf });
    const claude = w.clone('claude');
    expect(read(claude, FILE)).toBe(crlf);
    const r = await cli.run(['claim', '--agent', 'Claude Code', '--module', 'RoutesModule', '--files', 'backend/src/api/routes/', '--commit'], { cwd: claude, env });
    expect(r.code).toBe(0);
    const after = read(claude, FILE);
    expect(after).not.toMatch(/[^\r]\n/);
    expect(after.split('\r\n')).toHaveLength(crlf.split('\r\n').length); // "- None" became one path
    expect(git(claude, ['show', `HEAD:${FILE}`])).toBe(after);
    const doc = parseClaims(after);
    expect(doc.agents.find((a) => a.name === 'Claude Code')).toMatchObject({ module: 'RoutesModule' });
    expect(doc.moduleClaims.map((m) => [m.module, m.agent])).toEqual([
      ['RoutesModule', 'Claude Code'],
      ['TrackingModule', 'ChatGPT Codex']
    ]);
    // Outside the edited lines, nothing changed.
    const routes = crlf.split('\r\n').indexOf('- 🔴 RoutesModule - Available (two type errors)') + 1;
    expect(changedLines(crlf, after)).toEqual([10, 11, 12, 15, 17, routes]);
  });

  it('keeps a missing final newline and creates the file when absent', async () => {
    const w = cli.world({ 'notes.txt': 'x\n', 'AI_CURRENT_WORK.md': fixture('no-newline.md') });
    const c = w.clone('c');
    expect((await cli.run(['checkin', '--agent', 'Claude Code'], { cwd: c, env })).code).toBe(0);
    expect(read(c, FILE)).toBe(fixture('no-newline.md').replace('2025-12-01 10:00:00', '2025-12-04 12:00:00'));

    const other = cli.world({ 'notes.txt': 'x\n' });
    const d = other.clone('d');
    const r = await cli.run(['claim', '--agent', 'Codex', '--files', 'src/'], { cwd: d, env: { AI_SYNC_AGENT: 'ignored', ...env } });
    expect(r.code).toBe(0);
    const doc = parseClaims(read(d, FILE));
    expect(doc.agents.map((a) => [a.name, a.files.map((f) => f.pattern)])).toEqual([['Codex', ['src/']]]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('takes the agent from AI_SYNC_AGENT and paths relative to the current directory', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md'), 'web/app/page.tsx': 'x\n' });
    const c = w.clone('c');
    const r = await cli.run(['claim', '--files', 'app/page.tsx', 'app/layout.tsx'], { cwd: path.join(c, 'web'), env: { AI_SYNC_AGENT: 'Claude Code', ...env } });
    expect(r.code).toBe(0);
    const section = parseClaims(read(c, FILE)).agents.find((a) => a.name === 'Claude Code');
    expect(section?.files.map((f) => f.pattern)).toEqual(['web/app/page.tsx', 'web/app/layout.tsx']);
  });

  it('uses the configured time zone and module globs', async () => {
    const config = 'timezone: Asia/Kolkata\nmodules:\n  BillingModule: ["backend/src/api/billing/**"]\n';
    const w = cli.world({ [FILE]: fixture('grouped.md'), '.github/ai-sync.yml': config });
    const c = w.clone('c');
    // Claude Code's date-only check-in "2025-12-04" is uncertain at NOW (not blocking); Gemini CLI claims a module.
    const mine = await cli.run(['claim', '--agent', 'Gemini CLI', '--module', 'RoutesModule'], { cwd: c, env });
    expect(mine.code).toBe(0);
    // 12:00Z is 17:30 in Kolkata; the file's style is HH:MM (from "2025-12-02 09:15").
    expect(read(c, FILE)).toContain('**Last Checkin:** 2025-12-04 17:30');
    const moved = read(c, FILE).split('\n');
    // RoutesModule moved from the Available group to the Claimed group.
    const claimedGroup = moved.indexOf('### ⚠️ Claimed (Do Not Touch)');
    expect(moved[claimedGroup + 2]).toBe('- **RoutesModule** - CLAIMED BY Gemini CLI');
    expect(moved).not.toContain('- **RoutesModule** - small fixes');
    // Once Claude Code checks in, a file inside BillingModule's configured glob is refused.
    const fresh = await cli.run(['checkin', '--agent', 'Claude Code'], { cwd: c, env });
    expect(fresh.code).toBe(0);
    const refused = await cli.run(['claim', '--agent', 'Gemini CLI', '--files', 'backend/src/api/billing/invoice.ts'], { cwd: c, env });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('Claude Code');
  });
});

describe('status', () => {
  it('--json has the documented shape and reports being behind', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md') });
    const a = w.clone('a');
    const b = w.clone('b');
    expect((await cli.run(['claim', '--agent', 'Claude Code', '--module', 'RoutesModule', '--push'], { cwd: b, env })).code).toBe(0);
    const r = await cli.run(['status', '--json', '--fetch'], { cwd: a, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(s).sort()).toEqual(
      ['agents', 'catchUp', 'claimsFile', 'claimsFileExists', 'diagnostics', 'git', 'inFlight', 'lastStatus', 'modules', 'now', 'overrides', 'timezone', 'unreadable', 'version', 'warnings'].sort()
    );
    expect(s['catchUp']).toBeNull(); // no agent known: no catch-up (__tests__/e2e/cli/catchup.test.ts)
    expect(s).toMatchObject({ version: 1, now: NOW, timezone: 'UTC', claimsFile: FILE, claimsFileExists: true, lastStatus: null });
    expect(s['git']).toEqual({ branch: 'main', remote: 'origin', upstream: 'origin/main', ahead: 0, behind: 1, fetched: true });
    expect(s['unreadable']).toEqual([]);
    expect(s['agents']).toEqual([
      {
        name: 'Claude Code',
        workingOn: null,
        module: null,
        files: [],
        startedAt: null,
        lastCheckin: '2025-12-04T08:00:00Z',
        lastSeenAt: null,
        state: 'idle',
        staleAt: null,
        line: 8,
        ageHours: 4,
        activeUntil: null
      },
      {
        name: 'ChatGPT Codex',
        workingOn: 'Tracking schema alignment',
        module: 'TrackingModule',
        files: ['backend/src/api/tracking/', 'backend/src/app.module.ts'],
        startedAt: '2025-12-04T10:30:00Z',
        lastCheckin: '2025-12-04T11:00:00Z',
        lastSeenAt: null,
        state: 'active',
        staleAt: '2025-12-04T15:00:00Z',
        line: 21,
        ageHours: 1,
        activeUntil: '2025-12-04T13:00:00Z'
      }
    ]);
    expect(s['modules']).toEqual([
      { module: 'AuthModule', state: 'complete', agent: null, line: expect.any(Number) },
      { module: 'RoutesModule', state: 'available', agent: null, line: expect.any(Number) },
      { module: 'TrackingModule', state: 'claimed', agent: 'ChatGPT Codex', line: expect.any(Number) },
      { module: 'AnalyticsModule', state: 'available', agent: null, line: expect.any(Number) }
    ]);

    // The human form: aligned, no colour when not a terminal, "pull first".
    const text = await cli.run(['status'], { cwd: a, env });
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain('\x1b[');
    expect(text.stdout).toContain('1 behind — pull first: git pull --rebase');
    expect(text.stdout).toMatch(/ChatGPT Codex {2}21 +active {2}2025-12-04 11:00/);
    expect(text.stdout).toContain('(as of the last fetch; --fetch to refresh)');
    expect((await cli.run(['status', '--fetch'], { cwd: a, env })).stdout).toContain('(just fetched)');
  });

  it('shows the last status file written by the action', async () => {
    const status = {
      schemaVersion: 1,
      lastUpdate: '2025-12-04T11:30:00Z',
      lastAuthor: 'Jane Doe',
      lastAgent: 'ChatGPT Codex',
      lastCommitMessage: 'feat: tracking dto',
      lastCommit: 'abcdef1234567890abcdef1234567890abcdef12',
      ref: 'refs/heads/main',
      modifiedFiles: ['backend/src/api/tracking/dto.ts'],
      needsSync: true,
      result: 'warn',
      findings: [],
      agents: [{ name: 'ChatGPT Codex', workingOn: null, module: null, files: [], startedAt: null, lastCheckin: null, lastSeenAt: '2025-12-04T11:30:00Z', state: 'active', staleAt: null }]
    };
    const w = cli.world({ [FILE]: fixture('flat.md'), 'AI_SYNC_STATUS.json': JSON.stringify(status) });
    const a = w.clone('a');
    const j = JSON.parse((await cli.run(['status', '--json'], { cwd: a, env })).stdout) as { lastStatus: { lastAgent: string }; agents: { name: string; lastSeenAt: string | null; staleAt: string | null }[] };
    expect(j.lastStatus.lastAgent).toBe('ChatGPT Codex');
    // Activity seen after the check-in extends the claim.
    expect(j.agents.find((x) => x.name === 'ChatGPT Codex')).toMatchObject({ lastSeenAt: '2025-12-04T11:30:00Z', staleAt: '2025-12-04T15:30:00Z' });
    const text = (await cli.run(['status'], { cwd: a, env })).stdout;
    expect(text).toContain('"feat: tracking dto" by Jane Doe (agent ChatGPT Codex)');
  });
});

describe('usage and errors', () => {
  const cases: [string, string[], number, RegExp][] = [
    ['no command', [], 2, /no command/],
    ['unknown command', ['frobnicate'], 2, /unknown command "frobnicate"/],
    ['unknown option', ['status', '--bogus'], 2, /Unknown option '--bogus'/],
    ['option of another command', ['status', '--module', 'x'], 2, /status does not take --module/],
    ['missing agent', ['claim', '--module', 'X'], 2, /--agent NAME is required/],
    ['nothing to claim', ['claim', '--agent', 'A'], 2, /needs --module/],
    ['bad module state', ['release', '--agent', 'A', '--module-state', 'done'], 2, /available or complete/],
    ['path with a space', ['claim', '--agent', 'A', '--files', 'my file.ts'], 2, /spaces/],
    ['path outside', ['claim', '--agent', 'A', '--files', '../x'], 2, /outside the repository/],
    ['bare word path', ['claim', '--agent', 'A', '--files', 'scripts'], 2, /would not read it as a path/],
    ['bad agent name', ['claim', '--agent', 'a:b', '--module', 'M'], 2, /cannot hold/],
    ['bad time zone', ['status', '--timezone', 'Mars/Olympus'], 2, /"Mars\/Olympus" is not an IANA time zone/]
  ];
  let repo: string;
  beforeAll(() => {
    repo = cli.world({ [FILE]: fixture('flat.md') }).clone('u');
  });
  it.each(cases)('%s → exit %s, one line', async (_name, args, code, message) => {
    const r = await cli.run(args, { cwd: repo, env });
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ai-sync: /);
    expect(lines[0]).toMatch(message);
  });

  it('an invalid config is exit 2 naming file:line', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md'), '.github/ai-sync.yml': 'active-hours: 2\nstale-hours: soon\n' });
    const r = await cli.run(['status'], { cwd: w.clone('c'), env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ai-sync: \.github\/ai-sync\.yml:2: stale-hours/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('outside a repository is exit 4', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'ai-sync-norepo-')), 'not-a-repo');
    mkdirSync(dir, { recursive: true });
    const r = await cli.run(['status'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^ai-sync: not a git repository/);
  });

  it('--push without an upstream is exit 4', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md') });
    const c = w.clone('c');
    git(c, ['checkout', '--quiet', '-b', 'topic']);
    const r = await cli.run(['checkin', '--agent', 'Claude Code', '--push'], { cwd: c, env });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/no upstream/);
  });

  it('--version and --help', async () => {
    const pkg = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
    expect((await cli.run(['--version'], { cwd: repo })).stdout).toBe(`${pkg.version}\n`);
    const help = await cli.run(['--help'], { cwd: repo });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    for (const c of ['status', 'claim', 'emergency', 'checkin', 'release', 'verify', 'install-hooks', 'uninstall-hooks']) {
      const r = await cli.run([c, '--help'], { cwd: repo });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: ai-sync ${c}`);
      expect(r.stdout).toContain('Example');
    }
  });
});
