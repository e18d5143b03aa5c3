// ai-sync status shows each claim's line, what could not be read, and with --explain how every line was read.
import { describe, expect, it } from '@jest/globals';
import { NOW, useCli } from '../helpers/cli.js';

const cli = useCli();
const env = { AI_SYNC_NOW: NOW };
const FILE = 'AI_CURRENT_WORK.md';

// NOW is 2025-12-04T12:00:00Z: Codex checked in an hour ago; a comment is never closed above Gemini's section.
const BOARD = [
  '# AI Current Work',
  '',
  'Some prose about the team.',
  '',
  '## ChatGPT Codex Status',
  '**Currently Working On:** tracking',
  '**Last Checkin:** 2025-12-04 11:00:00 UTC',
  '**Files Being Modified:**',
  '- `src/tracking/**`',
  '- see the ticket for details',
  '',
  '## Current Build Status',
  'All green.',
  '',
  '<!-- half-written note',
  '',
  '## Gemini CLI Status',
  '**Last Checkin:** 2025-12-04 11:30:00 UTC',
  '**Files Being Modified:**',
  '- `src/billing.ts`',
  ''
].join('\n');

interface Reading {
  line: number;
  kind: string;
  text: string;
  note: string;
}

describe('status', () => {
  it('lists each claim with its line and what could not be read; --explain says how each line was read', async () => {
    const w = cli.world({ [FILE]: BOARD });
    const dir = w.clone('a');

    const j = JSON.parse((await cli.run(['status', '--json', '--explain'], { cwd: dir, env })).stdout) as {
      agents: { name: string; line: number; state: string; uncertain?: string }[];
      unreadable: { line: number; found: string; expected: string; hides?: string[] }[];
      explain: Reading[];
    };
    expect(j.agents.map((a) => [a.name, a.line, a.state])).toEqual([
      ['ChatGPT Codex', 5, 'active'],
      ['Gemini CLI', 17, 'uncertain']
    ]);
    expect(j.unreadable).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 10, found: expect.stringContaining('see the ticket') }),
        expect.objectContaining({ line: 15, hides: ['Gemini CLI'] })
      ])
    );
    const at = (n: number): Reading | undefined => j.explain.find((r) => r.line === n);
    expect(at(3)).toMatchObject({ kind: 'skipped', note: 'text outside any claim' });
    expect(at(5)).toMatchObject({ kind: 'claim', note: expect.stringContaining('agent section of ChatGPT Codex') });
    expect(at(9)).toMatchObject({ kind: 'file', note: 'claims src/tracking/** for ChatGPT Codex' });
    expect(at(10)).toMatchObject({ kind: 'problem', note: expect.stringContaining('not read') });
    expect(at(1)).toMatchObject({ kind: 'skipped', note: 'title: not a claim' });
    expect(at(12)).toMatchObject({ kind: 'skipped', note: expect.stringContaining('names no agent') });
    expect(at(15)).toMatchObject({ kind: 'problem', note: expect.stringContaining('never closed') });
    expect(at(17)).toMatchObject({ kind: 'claim', note: expect.stringContaining('uncertain') });
    expect(j.explain.some((r) => r.line === 2 || r.line === 4)).toBe(false); // blank lines are left out

    // The text form: a LINE column, the uncertain reason, a "Not read" block and, with --explain, the readings.
    const plain = (await cli.run(['status'], { cwd: dir, env })).stdout;
    expect(plain).toMatch(/ChatGPT Codex {2}5 +active/);
    expect(plain).toContain("Gemini CLI's claim is uncertain:");
    expect(plain).toContain('Not read (could hold a claim)');
    expect(plain).toContain(`${FILE}:10: "see the ticket for details"`);
    expect(plain).not.toContain('How each line');
    expect(plain.split(`${FILE}:10:`)).toHaveLength(2); // said once, under "Not read", not again under "Warnings"
    const explained = (await cli.run(['status', '--explain'], { cwd: dir, env })).stdout;
    expect(explained).toContain(`How each line of ${FILE} was read`);
    expect(explained).toMatch(/ {3}9 file {5}- `src\/tracking\/\*\*`\n {7} {8} → claims src\/tracking\/\*\* for ChatGPT Codex/);
  });

  it('--explain on a repository without a claims file says there is nothing to read', async () => {
    const w = cli.world({ 'README.md': 'x\n' });
    const r = await cli.run(['status', '--explain'], { cwd: w.clone('a'), env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(nothing to read)');
  });
});
