// The MCP `status` tool with `agent` catches the agent up as `ai-sync status --agent` does: the text starts with
// what changed since its check-in, and structuredContent carries `catchUp` (null without an agent).
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CatchUp } from '../../../src/engine/catchup/index.js';
import { git, runCli } from '../helpers/cli.js';
import { useMcp } from './connect.js';

const mcp = useMcp();
const FILE = 'AI_CURRENT_WORK.md';
const at = (hhmm: string): string => `2025-12-04T${hhmm}:00Z`;
const idle = (name: string): string => [`## ${name} Status`, '**Currently Working On:** None', '**Last Checkin:** 2025-12-04 08:00:00', '**Files Being Modified:**', '- None', ''].join('\n');

describe('status tool with an agent', () => {
  it('starts with what others did since the agent checked in', async () => {
    const w = mcp.world({ [FILE]: ['# AI Current Work', '', idle('Claude Code'), idle('ChatGPT Codex')].join('\n'), 'api/tracking.ts': 'v1\n' });
    const seed = path.join(w.dir, 'seed');
    // The first commit dates from before every check-in here.
    git(seed, ['commit', '--quiet', '--amend', '--no-edit', `--date=${at('08:00')}`], { GIT_COMMITTER_DATE: at('08:00') });
    git(seed, ['push', '--quiet', '--force', 'origin', 'main']);
    const codex = w.clone('codex');
    const claude = w.clone('claude');
    const dated = (t: string) => ({ AI_SYNC_NOW: t, GIT_COMMITTER_DATE: t, GIT_AUTHOR_DATE: t });
    const claimed = await runCli(mcp.cli(), ['claim', '--agent', 'Claude Code', '--files', 'api/tracking.ts', '--push'], { cwd: claude, env: dated(at('10:00')) });
    expect(claimed.code).toBe(0);
    git(codex, ['pull', '--quiet', '--ff-only']);
    writeFileSync(path.join(codex, 'api/tracking.ts'), 'v2\n');
    git(codex, ['commit', '--quiet', '-am', 'feat: tracking\n\nAI-Agent: ChatGPT Codex'], dated(at('10:40')));
    git(codex, ['push', '--quiet', 'origin', 'main']);

    const s = await mcp.connect(claude, { env: { AI_SYNC_NOW: at('12:10') } });
    const r = await s.call('status', { agent: 'Claude Code', fetch: true });
    expect(r.isError).toBeFalsy();
    expect(r.text.split('\n').slice(0, 4)).toEqual([
      'Since your check-in at 2025-12-04 10:00:00 UTC (2h 10m ago) on origin/HEAD:',
      '  1 commit by others, 1 touching files you claim:',
      expect.stringMatching(/^ {2}! 2025-12-04 10:40 {2}ChatGPT Codex {2}[0-9a-f]{7} {2}feat: tracking$/),
      '      api/tracking.ts (yours)'
    ]);
    const caught = (r.structuredContent as { catchUp: CatchUp | null }).catchUp;
    expect(caught?.commits.map((c) => [c.by, c.yours])).toEqual([['ChatGPT Codex', ['api/tracking.ts']]]);
    const plain = await s.call('status');
    expect((plain.structuredContent as { catchUp: CatchUp | null }).catchUp).toBeNull();
  });
});
