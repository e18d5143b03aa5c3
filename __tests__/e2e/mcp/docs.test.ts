// docs/mcp.md holds: every tool and argument the server has is documented, the client configurations are the
// shapes those clients read, and the documented command (with --cwd ${workspaceFolder}) starts a working server.
import { describe, expect, it } from '@jest/globals';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { codeBlocks } from '../../helpers/docs.js';
import { TOOLS } from '../../../src/mcp/tools.js';
import { fixture, NOW, ROOT } from '../helpers/cli.js';
import { serverEnv, useMcp } from './connect.js';

const mcp = useMcp();
const DOC = readFileSync(path.join(ROOT, 'docs/mcp.md'), 'utf8');
const PLACEHOLDER = '/abs/path/to/ai-sync/dist/cli/index.js';
const blocks = codeBlocks(DOC);
const json = blocks.filter((b) => b.lang === 'json').map((b) => JSON.parse(b.text) as Record<string, unknown>);

type Server = { type?: string; command: string; args: string[]; env?: Record<string, string> };
const servers = (key: 'mcpServers' | 'servers'): Server[] =>
  json.map((j) => (j[key] as Record<string, Server> | undefined)?.['ai-sync']).filter((s): s is Server => s !== undefined);

describe('docs/mcp.md', () => {
  it('documents every tool with every argument it takes', () => {
    for (const tool of TOOLS) {
      const row = DOC.split('\n').find((l) => l.startsWith(`| \`${tool.name}\` |`));
      expect([tool.name, row !== undefined]).toEqual([tool.name, true]);
      const documented = [...(row ?? '').split('|')[2]!.matchAll(/`(\w+)`/g)].map((m) => m[1]).sort();
      const shape = (tool.input as unknown as { shape: Record<string, unknown> }).shape;
      expect([tool.name, documented]).toEqual([tool.name, Object.keys(shape).sort()]);
    }
  });

  it('gives each client the shape it reads: mcpServers (Claude Code, Cursor), servers with type stdio (VS Code), [mcp_servers.*] (Codex)', () => {
    expect(servers('mcpServers').length).toBe(2);
    expect(servers('servers')).toEqual([expect.objectContaining({ type: 'stdio', command: 'node' })]);
    for (const s of [...servers('mcpServers'), ...servers('servers')]) {
      expect(s.args[0]).toBe(PLACEHOLDER);
      expect(s.args.at(-1)).toBe('mcp');
      expect(Object.keys(s.env ?? {})).toEqual(['AI_SYNC_AGENT']);
    }
    const toml = blocks.find((b) => b.lang === 'toml')?.text ?? '';
    expect(toml).toMatch(/^\[mcp_servers\.ai-sync\]$/m);
    expect(toml).toContain(`args = ["${PLACEHOLDER}", "mcp"]`);
    const sh = blocks.filter((b) => b.lang === 'sh').map((b) => b.text.trim());
    // The server name before --env: some Claude Code versions read `--env K=V NAME` as two variables.
    expect(sh).toContain(`claude mcp add ai-sync --env AI_SYNC_AGENT="Claude Code" -- node ${PLACEHOLDER} mcp`);
  });

  it('the documented command, with --cwd ${workspaceFolder}, serves that repository wherever the client starts it', async () => {
    const vscode = servers('servers')[0] as Server;
    const w = mcp.world({ 'AI_CURRENT_WORK.md': fixture('flat.md') });
    const repo = w.clone('ws');
    const args = vscode.args.map((a) => a.replace(PLACEHOLDER, mcp.cli()).replace('${workspaceFolder}', repo));
    const transport = new StdioClientTransport({ command: process.execPath, args, cwd: w.dir, env: serverEnv({ AI_SYNC_NOW: NOW, ...vscode.env }), stderr: 'pipe' });
    const client = new Client({ name: 'docs', version: '1.0.0' });
    await client.connect(transport);
    try {
      const r = (await client.callTool({ name: 'claim', arguments: { files: ['src/a.ts'] } })) as { isError?: boolean; content: { text: string }[] };
      expect(r.isError).toBeUndefined();
      expect(r.content[0]?.text).toContain('claimed src/a.ts for GitHub Copilot');
      expect(readFileSync(path.join(repo, 'AI_CURRENT_WORK.md'), 'utf8')).toContain('## GitHub Copilot');
    } finally {
      await client.close();
    }
  });
});
