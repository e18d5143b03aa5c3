// The ai-sync MCP server: the five tools (src/mcp/tools.ts), each running the CLI command of the same name in the
// server's workspace with the global options given at launch, and the claims board as a resource. Edits run one at
// a time (lock.ts); stdout carries protocol messages only (channel.ts).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { now as clock } from '../cli/context.js';
import type { Invocation } from '../cli/index.js';
import { VERSION } from '../cli/version.js';
import { protocolChannel } from './channel.js';
import { collect, toolResult, type Command } from './collect.js';
import { ToolLock } from './lock.js';
import { isRefusal, refusalLines } from './refusal.js';
import { INSTRUCTIONS, TOOLS, type ToolDef, type ToolName, type Values } from './tools.js';

export const BOARD_URI = 'ai-sync://board';

/** The command a tool runs, loaded when first called (as the CLI loads only the command it runs). */
async function commandFor(name: ToolName): Promise<Command> {
  switch (name) {
    case 'status':
      return (await import('../cli/commands/status.js')).run;
    case 'claim':
    case 'checkin':
    case 'release':
      return (await import('../cli/commands/edit.js')).run;
    case 'verify':
      return (await import('../cli/commands/verify.js')).run;
  }
}

/** `launch`: the global options given at launch (cwd resolved), applied to every call. */
export function createServer(launch: Values): McpServer {
  const server = new McpServer({ name: 'ai-sync', version: VERSION }, { instructions: INSTRUCTIONS });
  const lock = new ToolLock();
  const claimsFile = typeof launch['claims-file'] === 'string' ? launch['claims-file'] : 'AI_CURRENT_WORK.md';

  const call = async (def: ToolDef, args: Record<string, unknown>): Promise<CallToolResult> => {
    const inv: Invocation = { command: def.name, values: { ...def.values(args), ...launch }, positionals: [] };
    const command = await commandFor(def.name);
    const ran = await (def.edits ? lock.exclusive(() => collect(command, inv)) : lock.shared(() => collect(command, inv)));
    if (ran.error && isRefusal(ran.error.data)) {
      return toolResult(ran, refusalLines(ran.error.data, { claimsFile, now: safeNow(), args }));
    }
    return toolResult(ran);
  };

  for (const def of TOOLS) {
    server.registerTool(
      def.name,
      { title: def.title, description: def.description, inputSchema: def.input, annotations: def.annotations },
      (args: Record<string, unknown>) => call(def, args)
    );
  }

  server.registerResource(
    'board',
    BOARD_URI,
    {
      title: 'Claims board',
      description: 'The status tool\'s document as JSON: every agent\'s claim and state, the module list, claims in flight, the last check.',
      mimeType: 'application/json'
    },
    async (uri) => {
      const command = await commandFor('status');
      const ran = await lock.shared(() => collect(command, { command: 'status', values: { ...launch }, positionals: [] }));
      if (ran.error) throw new Error(`ai-sync: ${ran.error.message}`);
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(ran.doc ?? null, null, 2) }] };
    }
  );
  return server;
}

/** The reference time for the refusal's "in 2h" (AI_SYNC_NOW was already checked by the command that refused). */
function safeNow(): number {
  try {
    return clock();
  } catch {
    return Date.now();
  }
}

/** Serves over stdin/stdout until the client closes stdin. */
export async function serve(launch: Values): Promise<void> {
  const server = createServer(launch);
  const transport = new StdioServerTransport(process.stdin, protocolChannel());
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve;
  });
  server.server.onerror = (e) => void process.stderr.write(`ai-sync mcp: ${e.message.split('\n')[0] ?? ''}\n`);
  process.stdin.once('end', () => void server.close());
  await server.connect(transport);
  await closed;
}
