// The emergency path (issue 13, friction 6): a refusal's hint is a command that runs as pasted (through a real
// POSIX shell here, with a name that needs quoting, from a subdirectory); `ai-sync emergency` says where the
// override is recorded (file:line) and which commits need "EMERGENCY:"; verify then names the recorded override
// for a commit without the prefix instead of repeating the plain conflict.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCli, cleanEnv, fixture, git, NOW, read, useCli } from '../helpers/cli.js';

const cli = useCli();
const env = { AI_SYNC_NOW: NOW };
const FILE = 'AI_CURRENT_WORK.md';
const AGENT = "O'Brien Bot";

/** `sh -c TEXT` in `cwd`, with an `ai-sync` on PATH that runs the built CLI: what a person pasting the hint gets. */
function paste(dir: string, cwd: string, text: string): { code: number; stdout: string } {
  const bin = path.join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'ai-sync'), `#!/bin/sh\nexec '${process.execPath}' '${buildCli()}' "$@"\n`);
  chmodSync(path.join(bin, 'ai-sync'), 0o755);
  const e = cleanEnv({ ...env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` });
  try {
    return { code: 0, stdout: execFileSync('sh', ['-c', text], { cwd, env: e, encoding: 'utf8' }) };
  } catch (err) {
    return { code: (err as { status?: number }).status ?? -1, stdout: String((err as { stdout?: string }).stdout ?? '') };
  }
}

describe('ai-sync emergency', () => {
  it('the refusal hint pastes as is; the override is located and explained; verify points at the missing prefix', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md'), 'backend/src/app.module.ts': 'v1\n', 'backend/src/api/tracking/t.ts': 'v1\n' });
    const c = w.clone('obrien');
    const sub = path.join(c, 'backend');

    // A fix made before thinking of the override.
    writeFileSync(path.join(c, 'backend/src/app.module.ts'), 'v2\n');
    git(c, ['commit', '--quiet', '-am', `fix: register tracking\n\nAI-Agent: ${AGENT}`]);
    const fix = git(c, ['rev-parse', 'HEAD']).trim();

    const refused = await cli.run(['claim', '--agent', AGENT, '--module', 'TrackingModule', '--files', 'src/app.module.ts'], { cwd: sub, env });
    expect(refused.code).toBe(3);
    const hint = refused.stderr.trimEnd().split('\n').pop()?.trim() ?? '';
    // Before: "ai-sync claim ... --force --reason "why"" — not a command.
    expect(hint).toBe(`ai-sync emergency --agent 'O'\\''Brien Bot' --module TrackingModule --files src/app.module.ts --reason 'describe the emergency'`);

    const r = paste(w.dir, sub, hint);
    expect(r.code).toBe(0);
    const text = read(c, FILE);
    const line = text.split('\n').indexOf(`### Emergency Override - 2025-12-04 12:00:00 - ${AGENT}`) + 1;
    expect(line).toBeGreaterThan(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toBe(
      `emergency override recorded at ${FILE}:${line} ("### Emergency Override - 2025-12-04 12:00:00 - ${AGENT}") over ChatGPT Codex's claim — active until 13:00 UTC (in 1h 00m), stale after 15:00 UTC; their claim stays in place`
    );
    expect(r.stdout).toContain(
      'every commit that changes backend/src/api/tracking/, backend/src/app.module.ts needs a message starting with "EMERGENCY:" (e.g. git commit -m \'EMERGENCY: what you fixed\')'
    );
    expect(r.stdout).toContain('the override counts for 24 h (until 2025-12-05 12:00 UTC)');
    expect(r.stdout).toContain(`not committed: commit ${FILE} so that the override is in the push that carries your EMERGENCY: commits (or use --push)`);
    // The commit made before is named: it needs rewording.
    expect(r.stdout).toContain('these commits of yours, not pushed yet, change covered files without the prefix');
    expect(r.stdout).toContain(`  ${fix.slice(0, 12)} fix: register tracking\n`);

    // Pushed without the prefix: verify names the recorded override instead of the plain conflict.
    git(c, ['commit', '--quiet', '-m', `chore: emergency override\n\nAI-Agent: ${AGENT}`, '--', FILE]);
    const unprefixed = await cli.run(['verify', '--json'], { cwd: c, env });
    expect(unprefixed.code).toBe(1);
    const findings = (JSON.parse(unprefixed.stdout) as { findings: { kind: string; severity: string; message: string }[] }).findings;
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([['claimed-by-other', 'error']]);
    expect(findings[0]?.message).toContain(
      `The Emergency Override of line ${line} (by ${AGENT}) covers it, but this commit's message does not start with "EMERGENCY:": reword it so that it does`
    );
    expect(findings[0]?.message).not.toContain('use the emergency procedure');

    // Reworded: the emergency goes through as a warning.
    git(c, ['reset', '--quiet', '--soft', 'HEAD~2']);
    git(c, ['commit', '--quiet', '-m', `EMERGENCY: register tracking\n\nAI-Agent: ${AGENT}`]);
    const reworded = await cli.run(['verify', '--json'], { cwd: c, env });
    expect(reworded.code).toBe(0);
    expect((JSON.parse(reworded.stdout) as { findings: { kind: string }[] }).findings.map((f) => f.kind)).toEqual(['emergency-override']);
  });

  it('needs --reason; with nothing held by others it claims as usual and says so; claim --force is the same path', async () => {
    const w = cli.world({ [FILE]: fixture('flat.md'), 'docs/a.md': 'x\n' });
    const c = w.clone('c');
    const none = await cli.run(['emergency', '--agent', 'Claude Code', '--files', 'docs/a.md'], { cwd: c, env });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('ai-sync: emergency needs --reason TEXT (it is written into the Emergency Override entry)\n');
    const free = await cli.run(['emergency', '--agent', 'Claude Code', '--files', 'docs/a.md', '--reason', 'x'], { cwd: c, env });
    expect(free.code).toBe(0);
    expect(free.stdout).toContain('claimed docs/a.md for Claude Code');
    expect(free.stdout).toContain("note: nothing asked for is held by another agent's live claim, so no emergency override was needed: claimed as usual");
    const forced = await cli.run(['claim', '--agent', 'Claude Code', '--module', 'TrackingModule', '--force', '--reason', 'outage'], { cwd: c, env });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^emergency override recorded at AI_CURRENT_WORK\.md:\d+ /);
    expect(forced.stdout).toContain('needs a message starting with "EMERGENCY:"');
  });
});
