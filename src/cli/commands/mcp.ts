// ai-sync mcp: serve the Model Context Protocol over stdio (src/mcp/). The CLI loads this file only for this
// command, so no other command loads the MCP SDK.
import { globals, str } from '../context-base.js';
import { EXIT } from '../errors.js';
import { openRepo } from '../git.js';
import type { Invocation } from '../index.js';
import { serve } from '../../mcp/server.js';
import type { Values } from '../../mcp/tools.js';

/** The global options every tool call inherits from the launch (`ai-sync --cwd DIR --claims-file F mcp`). */
const INHERITED = ['claims-file', 'config', 'status-file', 'handoff-file', 'timezone'] as const;

export async function run(inv: Invocation): Promise<number> {
  const g = globals(inv.values); // a bad --timezone or file option fails now, not at every call
  const launch: Values = { cwd: g.cwd };
  for (const key of INHERITED) {
    const v = str(inv.values, key);
    if (v !== undefined) launch[key] = v;
  }
  // Said on stderr (the client's log): every call would fail with the same error, and no call says why it started.
  try {
    await openRepo(g.cwd);
  } catch (e) {
    process.stderr.write(`ai-sync mcp: warning: ${(e as Error).message}; every tool call will fail until the server runs in a repository (--cwd DIR)\n`);
  }
  if (process.stdin.isTTY) process.stderr.write('ai-sync mcp: speaks MCP on stdin/stdout, for an MCP client to start (see docs/mcp.md); Ctrl-C to stop\n');
  await serve(launch);
  return EXIT.ok;
}
