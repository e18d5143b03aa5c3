// What claim, status and verify say (issue 13, frictions 2, 4 and 7): one vocabulary of times as the action judges
// (active until, caution until, stale after), a date-only check-in shown as a date, warnings for paths and modules
// no one knows (claimed anyway), and a heading that names an agent without being read as its claim.
import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { fixture, git, NOW, read, useCli } from '../helpers/cli.js';

const cli = useCli();
const env = { AI_SYNC_NOW: NOW };
const FILE = 'AI_CURRENT_WORK.md';

describe('times in the action\'s words', () => {
  it('a caution claim is "caution until" its stale time, not "caution since" its check-in', async () => {
    const c = cli.world({ [FILE]: fixture('flat.md') }).clone('c');
    // 13:30: Codex's 11:00 check-in is past active-hours (2 h) and before stale-hours (4 h).
    const r = await cli.run(['claim', '--agent', 'Claude Code', '--module', 'TrackingModule'], { cwd: c, env: { AI_SYNC_NOW: '2025-12-04T13:30:00Z' } });
    expect(r.code).toBe(3);
    const [first, ...details] = r.stderr.trimEnd().split('\n');
    expect(first).toBe('ai-sync: refused: module TrackingModule is claimed by ChatGPT Codex: caution until 15:00 UTC (in 1h 30m), stale after that');
    expect(details[0]).toBe(
      '  module TrackingModule: held by ChatGPT Codex; working on "Tracking schema alignment"; started 10:30 UTC; last check-in 11:00 UTC (2h 30m ago); caution until 15:00 UTC (in 1h 30m), stale after that'
    );
    expect(r.stderr).toContain('a push that changes a claimed file is an error while the claim is active, a warning while in caution, a notice once stale');
    expect(r.stderr).not.toMatch(/blocks until|since 2025|caution since/);
  });

  it('status and verify use the same words', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md'), 'backend/src/api/tracking/t.ts': 'v1\n' });
    const c = w.clone('c');
    const status = await cli.run(['status'], { cwd: c, env });
    expect(status.stdout).toContain("ChatGPT Codex's claim: active until 13:00 UTC (in 1h 00m), stale after 15:00 UTC unless checked in again");
    expect(status.stdout).not.toContain('blocks');
    const json = JSON.parse((await cli.run(['status', '--json'], { cwd: c, env })).stdout) as { agents: { name: string; activeUntil: string | null }[] };
    expect(json.agents.find((a) => a.name === 'ChatGPT Codex')?.activeUntil).toBe('2025-12-04T13:00:00Z');

    writeFileSync(path.join(c, 'backend/src/api/tracking/t.ts'), 'v2\n');
    git(c, ['commit', '--quiet', '-am', 'fix: tracking\n\nAI-Agent: Claude Code']);
    const active = JSON.parse((await cli.run(['verify', '--json'], { cwd: c, env })).stdout) as { findings: { kind: string; message: string }[] };
    expect(active.findings.map((f) => f.kind)).toEqual(['claimed-by-other']);
    expect(active.findings[0]?.message).toContain('the claim is active until 2025-12-04T13:00:00Z, stale after 2025-12-04T15:00:00Z.');
    expect(active.findings[0]?.message).not.toContain('blocks until');
    const caution = JSON.parse((await cli.run(['verify', '--json'], { cwd: c, env: { AI_SYNC_NOW: '2025-12-04T13:30:00Z' } })).stdout) as { findings: { kind: string; message: string }[] };
    expect(caution.findings.map((f) => f.kind)).toEqual(['claim-caution']);
    expect(caution.findings[0]?.message).toContain('the claim is in caution until 2025-12-04T15:00:00Z (stale after that)');
  });

  it('a date-only check-in is shown as a date, not as midnight with an age', async () => {
    const config = 'timezone: Asia/Kolkata\nmodules:\n  BillingModule: ["backend/src/api/billing/**"]\n';
    const c = cli.world({ [FILE]: fixture('grouped.md'), '.github/ai-sync.yml': config }).clone('c');
    // Claude Code's "2025-12-04 (now)" is uncertain at NOW: the claim does not refuse, the note says why.
    const r = await cli.run(['claim', '--agent', 'Gemini CLI', '--files', 'backend/src/api/billing/billing.service.ts'], { cwd: c, env });
    expect(r.code).toBe(0);
    const note = r.stdout.split('\n').find((l) => l.startsWith('note: backend/src/api/billing/billing.service.ts: held by Claude Code'));
    expect(note).toContain('last check-in 2025-12-04 (a date without a time of day)');
    expect(note).toContain('age uncertain, stale after 2025-12-05 03:59 Asia/Kolkata at the latest');
    expect(note).not.toMatch(/00:00|ago/);

    // The status board shows the day, and an age that is at most the time since that day began.
    const board = (await cli.run(['status'], { cwd: c, env })).stdout.split('\n');
    const row = board.find((l) => /^ {2}Claude Code\s/.test(l));
    expect(row).toMatch(/ 2025-12-04 +≤ \d+h \d\dm /);
    expect(row).not.toContain('00:00');
    const json = JSON.parse((await cli.run(['status', '--json'], { cwd: c, env })).stdout) as { agents: { name: string; checkinDateOnly?: boolean }[] };
    expect(json.agents.find((a) => a.name === 'Claude Code')?.checkinDateOnly).toBe(true);
    expect(json.agents.find((a) => a.name !== 'Claude Code' && a.checkinDateOnly)).toBeUndefined();
  });
});

describe('paths and modules no one knows are claimed, with a warning', () => {
  const files = { [FILE]: fixture('flat.md'), 'web/src/checkout/Cart.tsx': 'x\n', '.github/ai-sync.yml': 'modules:\n  PaymentsModule: ["web/src/payments/**"]\n' };

  it('a misspelt path gets a did-you-mean, a new file "does not exist yet", a glob that matches nothing says so', async () => {
    const c = cli.world(files).clone('c');
    const r = await cli.run(['claim', '--agent', 'Claude Code', '--files', 'src/chekout/Cart.tsx', 'docs/new.md', 'src/**/*.vue'], { cwd: path.join(c, 'web'), env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('warning: '));
    expect(warnings).toEqual([
      'warning: web/src/chekout/Cart.tsx does not exist yet (did you mean web/src/checkout/Cart.tsx?); claimed anyway (a claim on a new file is fine)',
      'warning: web/docs/new.md does not exist yet; claimed anyway (a claim on a new file is fine)',
      'warning: web/src/**/*.vue matches no file yet; claimed anyway (it covers the files it will match)'
    ]);
    const s = parseClaims(read(c, FILE)).agents.find((a) => a.name === 'Claude Code');
    expect(s?.files.map((f) => f.pattern)).toEqual(['web/src/chekout/Cart.tsx', 'web/docs/new.md', 'web/src/**/*.vue']);
    const json = JSON.parse((await cli.run(['claim', '--agent', 'Claude Code', '--files', 'web/src/chekout/', '--json'], { cwd: c, env })).stdout) as { warnings: string[] };
    expect(json.warnings).toEqual(['warning: web/src/chekout/ does not exist yet (did you mean web/src/checkout/?); claimed anyway (a claim on a new file is fine)']);
  });

  it('a misspelt module gets a did-you-mean, an unknown one is new; known ones and existing files get no warning', async () => {
    const c = cli.world(files).clone('c');
    const typo = await cli.run(['claim', '--agent', 'Claude Code', '--module', 'PaymentsModul'], { cwd: c, env });
    expect(typo.code).toBe(0);
    expect(typo.stdout).toContain(`warning: module PaymentsModul is neither in the config's modules nor in ${FILE}'s module list (did you mean PaymentsModule?); claimed as written\n`);
    const fresh = await cli.run(['claim', '--agent', 'Gemini CLI', '--module', 'ShippingModule'], { cwd: c, env });
    expect(fresh.stdout).toContain(`warning: ShippingModule is a new module (neither in the config's modules nor in ${FILE}'s module list); claimed as written\n`);
    const known = await cli.run(['claim', '--agent', 'Cursor', '--module', 'AnalyticsModule', '--files', 'web/src/checkout/Cart.tsx'], { cwd: c, env });
    expect(known.code).toBe(0);
    expect(known.stdout).not.toContain('warning');
    // A tracked file deleted in the work tree is a claim to finish the deletion: no warning either.
    rmSync(path.join(c, 'web/src/checkout/Cart.tsx'));
    const deleted = await cli.run(['claim', '--agent', 'Cursor', '--files', 'web/src/checkout/Cart.tsx'], { cwd: c, env });
    expect(deleted.stdout).not.toContain('warning');
  });
});

describe('a heading that names an agent', () => {
  const board = (claude: string): string =>
    fixture('flat.md').replace(/## Claude Code Status\n[\s\S]*?\n---\n/, `${claude}\n---\n`);

  it('without a claim under it is reported, and claim does not start a second section beside it', async () => {
    const text = board('## Claude Code\n\nBilling work, see backend/src/api/billing/.\n');
    const c = cli.world({ [FILE]: text }).clone('c');
    const explain = await cli.run(['status', '--explain'], { cwd: c, env });
    expect(explain.stdout).toMatch(/ {5}8 skipped +## Claude Code\n +→ heading with no claim under it/);

    const r = await cli.run(['claim', '--agent', 'Claude Code', '--files', 'backend/src/api/billing/'], { cwd: c, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `ai-sync: ${FILE}:8 has the heading "## Claude Code", which is not read as Claude Code's claim (an agent section needs "Status" in its heading, or a state, check-in or files field under it): ` +
        'rename it to "## Claude Code Status" (or remove it), then claim again; ai-sync does not start a second section for Claude Code\n'
    );
    expect(read(c, FILE)).toBe(text);
    const checkin = await cli.run(['checkin', '--agent', 'Claude Code'], { cwd: c, env });
    expect(checkin.code).toBe(2);
    expect(checkin.stderr).toContain(`${FILE}:8 has the heading "## Claude Code", which is not read as Claude Code's claim`);
  });

  it('with fields under it is the agent\'s section, and claim edits it', async () => {
    const text = board('## Claude Code\n\n**Currently Working On:** Billing\n**Files Being Modified:**\n- backend/src/api/billing/\n\n**Last Checkin:** 2025-12-04 11:30:00\n');
    const c = cli.world({ [FILE]: text }).clone('c');
    const r = await cli.run(['claim', '--agent', 'Claude Code', '--files', 'backend/src/api/refunds/'], { cwd: c, env });
    expect(r.code).toBe(0);
    const after = read(c, FILE);
    expect(after).not.toContain('## Claude Code Status');
    expect(parseClaims(after).agents.find((a) => a.name === 'Claude Code')?.files.map((f) => f.pattern)).toEqual(['backend/src/api/billing/', 'backend/src/api/refunds/']);
  });
});
