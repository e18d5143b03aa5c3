// Claims that structure cuts off: a rule under a heading, "* **" in a files list, a files list outside any section,
// and sections inside fences or comments. None may protect nothing in silence.
import { describe, expect, it } from '@jest/globals';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { explainClaims } from '../../../src/engine/claims/explain.js';
import type { Finding } from '../../../src/engine/model.js';
import { checkClaims, modifying } from '../../helpers/check.js';

const NOW = Date.parse('2025-12-03T16:00:00Z');
const claudeChanges = (path: string) => modifying([path], { message: 'feat: x\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n' });
const judge = (text: string, path = 'src/a.ts'): Finding[] => checkClaims(text, { commits: [claudeChanges(path)], configFile: 'c.yml', now: NOW }).evaluation.findings;

const files = (text: string, agent = 'ChatGPT Codex'): string[] => parseClaims(text).agents.find((a) => a.name === agent)?.files.map((f) => f.pattern) ?? [];

describe('structure that cuts a claim off', () => {
  it('a rule right under an agent heading is decoration: the fields below still belong to the section', () => {
    const text = ['## ChatGPT Codex Status', '---', '**Last Checkin:** 2025-12-03 15:00:00', '**Files Being Modified:**', '- src/a.ts'].join('\n');
    expect(files(text)).toEqual(['src/a.ts']);
    // (The author is unidentified here — no Claude Code section names the agent — so the hit is a warning.)
    expect(judge(text).map((f) => [f.kind, f.severity])).toContainEqual(['claimed-by-other', 'warning']);
  });

  it('"* **" in a files list is the claim ** (the whole repository), not a rule', () => {
    const text = ['## ChatGPT Codex Status', '**Last Checkin:** 2025-12-03 15:00:00', '**Files Being Modified:**', '* **', '* src/b.ts'].join('\n');
    expect(files(text)).toEqual(['**', 'src/b.ts']);
  });

  it('a note between the files label and the items does not end the list; prose after a blank line still does', () => {
    const noted = ['## ChatGPT Codex Status', '**Files Being Modified:**', 'Listed by module:', '- src/a.ts', '- see the ticket', '**Last Checkin:** 2025-12-03 15:00:00'].join('\n');
    expect(files(noted)).toEqual(['src/a.ts']);
    const ended = ['## ChatGPT Codex Status', '**Files Being Modified:**', '- src/a.ts', '', 'Later, maybe:', '- src/b.ts'].join('\n');
    expect(files(ended)).toEqual(['src/a.ts']);
  });

  it('a files list cut off by a rule, or outside any section, is reported where it starts', () => {
    const cut = ['## ChatGPT Codex Status', '**Last Checkin:** 2025-12-03 15:00:00', '**Files Being Modified:**', '---', '- src/a.ts'].join('\n');
    expect(parseClaims(cut).unreadable).toEqual([expect.objectContaining({ line: 4, found: expect.stringContaining('ends ChatGPT Codex') })]);
    expect(judge(cut).map((f) => [f.kind, f.severity, f.line])).toContainEqual(['claims-unreadable', 'warning', 4]);

    const loose = ['# Board', '', '**Files Being Modified:**', '- src/a.ts', '- src/b.ts'].join('\n');
    expect(parseClaims(loose).unreadable).toContainEqual(expect.objectContaining({ line: 3, found: '"Files Being Modified" with 2 path(s) outside any agent section, so they protect nothing' }));
    // A files label with nothing path-like under it is prose, not a lost claim.
    expect(parseClaims(['# Board', '**Files Being Modified:**', '- none yet'].join('\n')).unreadable?.some((u) => u.line === 2)).toBe(false);
  });
});

describe('claims inside fences and comments', () => {
  const section = (checkin: string, path = 'src/a.ts') => ['## ChatGPT Codex Status', `**Last Checkin:** ${checkin}`, '**Files Being Modified:**', `- ${path}`];

  it('a live section wrapped in a fence or comment is not a claim, but the run warns at its line', () => {
    for (const [open, close] of [
      ['```', '```'],
      ['<!--', '-->']
    ] as const) {
      const text = ['# Board', open, ...section('2025-12-03 15:30:00'), close].join('\n');
      const doc = parseClaims(text);
      expect(doc.agents).toEqual([]);
      expect(doc.hidden?.map((a) => [a.name, a.line])).toEqual([['ChatGPT Codex', 3]]);
      const f = judge(text, 'src/other.ts').filter((x) => x.kind === 'claims-unreadable');
      expect(f).toEqual([expect.objectContaining({ severity: 'warning', line: 3, claimedBy: 'ChatGPT Codex' })]);
      expect(f[0]?.message).toContain('inside a code fence or HTML comment reads like a live claim');
    }
  });

  it('a fence that cuts a section in two (heading inside, files outside) is found by the second reading', () => {
    const text = ['```', '## ChatGPT Codex Status', '**Last Checkin:** 2025-12-03 15:30:00', '**Files Being Modified:**', '```', '- src/a.ts'].join('\n');
    expect(judge(text).some((f) => f.kind === 'claims-unreadable' && f.severity === 'warning' && f.line === 2)).toBe(true);
  });

  it('stays quiet for templates and old examples: stale, placeholders, or undated paths the change does not touch', () => {
    const quiet = [
      ['```', ...section('2025-11-01 09:00:00'), '```'], // stale example
      ['```', ...section('[timestamp]', 'path/to/file.ts'), '```'], // template: undated, placeholder path
      ['```', '## [Agent Name] Status', '**Last Checkin:** [timestamp]', '**Files Being Modified:**', '- [files]', '```']
    ];
    for (const lines of quiet) expect(judge(lines.join('\n')).filter((f) => f.kind === 'claims-unreadable')).toEqual([]);
    // Undated, but it claims the very file the change touches: warned.
    const touched = ['```', ...section('[timestamp]', 'src/a.ts'), '```'].join('\n');
    expect(judge(touched).find((f) => f.kind === 'claims-unreadable')?.message).toContain('it claims src/a.ts, which this change touches');
  });

  it('a section read normally is not reported again as hidden', () => {
    const text = ['## ChatGPT Codex Status', '**Last Checkin:** 2025-12-03 15:30:00', '**Files Being Modified:**', '- src/a.ts', '', '```', 'npm test', '```'].join('\n');
    expect(parseClaims(text).hidden).toBeUndefined();
  });
});

describe('explainClaims', () => {
  it('gives every non-blank line one reading, and the reason for the skipped ones', () => {
    const text = ['# Board', '', '## ChatGPT Codex Status', '**Last Checkin:** 2025-12-03 15:30:00', '**Files Being Modified:**', '- src/a.ts', '```', '## Example Status', '```', 'Prose.'].join('\n');
    const r = explainClaims(text, parseClaims(text));
    expect(r.map((x) => [x.line, x.kind])).toEqual([
      [1, 'skipped'],
      [3, 'claim'],
      [4, 'field'],
      [5, 'field'],
      [6, 'file'],
      [7, 'hidden'],
      [8, 'hidden'],
      [9, 'hidden'],
      [10, 'field']
    ]);
    expect(r.find((x) => x.line === 6)?.note).toBe('claims src/a.ts for ChatGPT Codex');
    expect(r.find((x) => x.line === 10)?.note).toBe("part of ChatGPT Codex's claim"); // the section runs to the end
    expect(r.find((x) => x.line === 1)?.note).toBe('title: not a claim');
  });
});
