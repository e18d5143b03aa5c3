// Tool results: a run's text and document, an error's message, details and data, and a refusal's next steps.
import { describe, expect, it } from '@jest/globals';
import type { Conflict } from '../../../src/cli/conflicts.js';
import { CliError, EXIT } from '../../../src/cli/errors.js';
import { ConfigError } from '../../../src/engine/config/index.js';
import { asCliError, collect, toolResult } from '../../../src/mcp/collect.js';
import { freeAt, refusalLines, whereWritten } from '../../../src/mcp/refusal.js';

const NOW = Date.parse('2025-12-04T12:00:00Z');
const inv = { command: 'status', values: {}, positionals: [] };

const conflict = (over: Partial<Conflict> = {}): Conflict => ({
  holder: 'ChatGPT Codex',
  branch: null,
  state: 'active',
  item: 'src/a.ts',
  via: 'src/',
  module: null,
  workingOn: null,
  startedAt: null,
  lastCheckin: '2025-12-04T11:00:00Z',
  lastSeenAt: null,
  started: null,
  checkin: null,
  activeUntil: '2025-12-04T13:00:00Z',
  staleAt: '2025-12-04T15:00:00Z',
  line: 21,
  ...over
});

describe('collect + toolResult', () => {
  it('a run: its lines (stdout and stderr in order) as text, its document as structured content', async () => {
    const ran = await collect(async (_inv, io) => {
      io.out('one');
      io.err('two');
      io.result?.({ verdict: 'fail' });
      return EXIT.findings;
    }, inv);
    expect(ran).toMatchObject({ code: 1, lines: ['one', 'two'], error: null });
    expect(toolResult(ran)).toEqual({ content: [{ type: 'text', text: 'one\ntwo' }], structuredContent: { verdict: 'fail' } });
    // A document that is not an object is wrapped (structuredContent must be one).
    expect(toolResult({ code: 0, lines: [], doc: [1], error: null })).toEqual({ content: [{ type: 'text', text: '(no output)' }], structuredContent: { result: [1] } });
  });

  it('an error: message and details as the CLI prints them, its data and exit code as structured content', async () => {
    const ran = await collect(async () => {
      throw new CliError('refused: x', EXIT.refused, ['detail'], { refused: true, holders: [], conflicts: [] });
    }, inv);
    expect(toolResult(ran, ['more'])).toEqual({
      isError: true,
      content: [{ type: 'text', text: 'ai-sync: refused: x\n  detail\nmore' }],
      structuredContent: { refused: true, holders: [], conflicts: [], error: { message: 'refused: x', details: ['detail'], exitCode: 3, kind: 'refused' } }
    });
  });

  it('any other error becomes one line, never a stack', () => {
    expect(asCliError(new TypeError('bad thing\n    at x (y.js:1:2)')).message).toBe('bad thing');
    const config = asCliError(
      new ConfigError('.github/ai-sync.yml', [
        { line: 3, key: 'policy.stale-hours', message: 'expected a number' },
        { line: 5, key: 'agents', message: 'expected a map' }
      ])
    );
    expect([config.message, config.code]).toEqual(['.github/ai-sync.yml:3: policy.stale-hours: expected a number (and 1 more problem)', EXIT.usage]);
  });
});

describe('refusal', () => {
  it('says where each claim is written: the line here, on the upstream, or on a branch in flight', () => {
    expect(whereWritten(conflict(), 'AI_CURRENT_WORK.md', false)).toBe('AI_CURRENT_WORK.md line 21');
    expect(whereWritten(conflict(), 'AI_CURRENT_WORK.md', true)).toBe('AI_CURRENT_WORK.md line 21 as on the upstream branch');
    expect(whereWritten(conflict({ branch: 'origin/codex/x', line: null }), 'W.md', false)).toBe('W.md on branch origin/codex/x (in flight, not merged yet)');
  });

  it('frees at the latest stale time, unknown when one is unknown', () => {
    expect(freeAt([conflict(), conflict({ staleAt: '2025-12-04T16:00:00Z' })])).toBe('2025-12-04T16:00:00Z');
    expect(freeAt([conflict(), conflict({ staleAt: null })])).toBeNull();
  });

  it('names each holder once with what it holds, its check-in age and stale time, then the next calls', () => {
    const text = refusalLines(
      { refused: true, holders: ['ChatGPT Codex', 'Cursor'], conflicts: [conflict(), conflict({ item: 'src/b.ts', via: 'src/b.ts' }), conflict({ holder: 'Cursor', lastSeenAt: '2025-12-04T11:30:00Z', staleAt: null, line: 40 })] },
      { claimsFile: 'AI_CURRENT_WORK.md', now: NOW, args: { files: ['src/a.ts', 'src/b.ts'], replace: true } }
    ).join('\n');
    expect(text).toContain('- "ChatGPT Codex" (active) holds src/a.ts (via src/), src/b.ts\n  claim written in AI_CURRENT_WORK.md line 21\n  last check-in 2025-12-04T11:00:00Z (1h 00m ago); active until 2025-12-04T13:00:00Z (in 1h 00m), stale after 2025-12-04T15:00:00Z (in 3h 00m)');
    // The later of the check-in and the last push the action saw keeps a claim alive.
    expect(text).toContain('- "Cursor" (active) holds src/a.ts (via src/)\n  claim written in AI_CURRENT_WORK.md line 40\n  last check-in 2025-12-04T11:30:00Z (30m ago); stale time unknown');
    expect(text).toContain('1. Ask "ChatGPT Codex" / "Cursor" to release it');
    expect(text).toContain('2. Or ask "ChatGPT Codex" / "Cursor": the stale time cannot be told');
    expect(text).toContain('call claim with {"files":["src/a.ts","src/b.ts"],"force":true,"reason":"<why it cannot wait>","push":true}');
  });
});
