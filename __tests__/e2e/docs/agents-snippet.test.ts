// The lines the README gives agents to paste into CLAUDE.md / AGENTS.md work as pasted: every command in them is
// run, placeholders filled in, in a real repository with a bare origin and another agent's live claim, in the order
// an agent follows them — and each does what the snippet says it does.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { words } from '../../helpers/docs.js';
import { fixture, git, NOW, ROOT, useCli } from '../helpers/cli.js';

const cli = useCli();
const SNIPPET = readFileSync(path.join(ROOT, 'examples/AGENTS-snippet.md'), 'utf8');
const NPX = 'npx -y github:ai-sync/ai-sync#v1';
const FILL: Record<string, string> = {
  '<your name>': 'Claude Code',
  '<paths or dir/>': 'web/src/cart/',
  '<what>': 'Cart totals',
  '<what changed, what is next>': 'Cart totals fixed; next: tests',
  '<paths>': 'backend/src/app.module.ts',
  '<why>': 'the app does not start'
};

/** The snippet's commands in order: inline code spans that start with the npx line. */
function commands(): string[] {
  return [...SNIPPET.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] as string).filter((c) => c.startsWith(`${NPX} `));
}

const fill = (command: string): string => Object.entries(FILL).reduce((c, [k, v]) => c.split(k).join(v), command);

describe('the CLAUDE.md / AGENTS.md snippet', () => {
  it('names each step once, through the same npx line, with only known placeholders', () => {
    const steps = commands().map((c) => words(c)[3]);
    expect(steps).toEqual(['status', 'claim', 'checkin', 'verify', 'release', 'emergency']);
    for (const c of commands()) expect(fill(c)).not.toMatch(/<[^>]*>/);
  });

  it('runs as pasted, in order, in a repository where another agent holds a claim', async () => {
    const w = cli.world({ 'AI_CURRENT_WORK.md': fixture('flat.md'), 'backend/src/app.module.ts': 'x\n', 'web/src/cart/total.ts': 'x\n' });
    const repo = w.clone('claude');
    const env = { AI_SYNC_NOW: NOW };
    const origin = (file: string): string => git(w.dir, ['--git-dir', w.origin, 'show', `main:${file}`]);
    const out: Record<string, string> = {};
    for (const pasted of commands()) {
      // `npx -y github:…` fetches this package and runs its bin: here, the same CLI built from this tree.
      const argv = words(fill(pasted)).slice(3);
      const r = await cli.run(argv, { cwd: repo, env });
      expect({ command: argv.slice(0, 1), code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ command: argv.slice(0, 1), code: 0, stderr: '' });
      out[argv[0] as string] = r.stdout;
      git(repo, ['pull', '-q', '--ff-only']);
    }
    // status: the board, with the other agent's claim.
    expect(out['status']).toContain('ChatGPT Codex');
    // claim --push landed on the origin; release --handoff left a note there; emergency recorded the override.
    const claims = origin('AI_CURRENT_WORK.md');
    expect(claims).toMatch(/Emergency Override[^\n]*Claude Code/);
    expect(origin('AI_HANDOFF.md')).toContain('Cart totals fixed; next: tests');
    // emergency says exactly what to do next: which commits need the prefix, and where the override is.
    expect(out['emergency']).toContain('EMERGENCY:');
    expect(out['emergency']).toMatch(/AI_CURRENT_WORK\.md:\d+/);
  });
});
