// Shared by the MCP tests: the built CLI started as `node <cli> [global options] mcp` by the SDK's own stdio client
// (or by hand, for the raw protocol), in a clean environment, and closed after each test.
import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { buildCli, cleanEnv, makeWorld, type World } from '../helpers/cli.js';

export interface Session {
  client: Client;
  /** What the server wrote to stderr so far. */
  stderr(): string;
  /** A tool call's result (the SDK's CallToolResult, content as text). */
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult & { text: string }>;
}

export interface McpSuite {
  /** The built CLI's path (buildCli). */
  cli(): string;
  /** An MCP session with `node <cli> ...globalArgs mcp` started in `cwd`. */
  connect(cwd: string, opts?: { env?: Record<string, string>; args?: string[] }): Promise<Session>;
  world(files: Record<string, string | Buffer>): World;
}

/** The environment a client gives the server: the test's clean one, as strings only. */
export function serverEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(cleanEnv(extra))) if (v !== undefined) env[k] = v;
  return env;
}

export function textOf(r: CallToolResult): string {
  return r.content.map((c) => (c.type === 'text' ? c.text : `[${c.type}]`)).join('\n');
}

export function useMcp(): McpSuite {
  let cli = '';
  const open: Client[] = [];
  const worlds: World[] = [];
  beforeAll(() => {
    cli = buildCli();
  }, 180_000);
  afterEach(async () => {
    for (const c of open.splice(0)) await c.close();
  });
  afterAll(() => {
    for (const w of worlds.splice(0)) w.cleanup();
  });
  return {
    cli: () => cli,
    async connect(cwd, opts = {}) {
      const transport = new StdioClientTransport({
        command: process.execPath,
        args: [cli, ...(opts.args ?? []), 'mcp'],
        cwd,
        env: serverEnv(opts.env),
        stderr: 'pipe'
      });
      let stderr = '';
      transport.stderr?.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
      const client = new Client({ name: 'ai-sync-tests', version: '1.0.0' });
      await client.connect(transport);
      open.push(client);
      return {
        client,
        stderr: () => stderr,
        async call(name, args = {}) {
          const r = (await client.callTool({ name, arguments: args })) as CallToolResult;
          return { ...r, text: textOf(r) };
        }
      };
    },
    world(files) {
      const w = makeWorld(files);
      worlds.push(w);
      return w;
    }
  };
}
