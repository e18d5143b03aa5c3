// `ai-sync mcp` as a client sees it: the handshake, the tool list and its schemas, nothing but JSON-RPC on stdout,
// where it serves (its cwd, or --cwd; global options at launch), its help, and that no other command loads the SDK.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixture, NOW, ROOT, runCli } from '../helpers/cli.js';
import { serverEnv, useMcp } from './connect.js';

const mcp = useMcp();
const FILE = 'AI_CURRENT_WORK.md';
const env = { AI_SYNC_NOW: NOW };
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('handshake and tool list', () => {
  it('initializes as ai-sync at the package version, with instructions', async () => {
    const w = mcp.world({ [FILE]: fixture('flat.md') });
    const s = await mcp.connect(w.clone('a'), { env });
    expect(s.client.getServerVersion()).toEqual({ name: 'ai-sync', version: VERSION });
    expect(s.client.getServerCapabilities()).toMatchObject({ tools: expect.any(Object), resources: expect.any(Object) });
    expect(s.client.getInstructions()).toContain('claim');
    expect(s.stderr()).toBe('');
  });

  it('lists the five tools with strict input schemas, descriptions and hints', async () => {
    const w = mcp.world({ [FILE]: fixture('flat.md') });
    const s = await mcp.connect(w.clone('a'), { env });
    const { tools } = await s.client.listTools();
    expect(tools.map((t) => t.name)).toEqual(['status', 'claim', 'checkin', 'release', 'verify']);
    const by = Object.fromEntries(tools.map((t) => [t.name, t]));
    const props = (name: string): string[] => Object.keys(by[name]?.inputSchema.properties ?? {}).sort();
    expect(props('status')).toEqual(['agent', 'explain', 'fetch']);
    expect(props('claim')).toEqual(['agent', 'commit', 'expected', 'files', 'force', 'module', 'push', 'reason', 'replace', 'task']);
    expect(props('checkin')).toEqual(['agent', 'commit', 'push']);
    expect(props('release')).toEqual(['agent', 'commit', 'handoff', 'module_state', 'push']);
    expect(props('verify')).toEqual(['agent', 'base']);
    for (const t of tools) {
      expect(t.inputSchema).toMatchObject({ type: 'object', additionalProperties: false });
      expect(t.inputSchema.required ?? []).toEqual([]); // every argument is optional, as every CLI flag is
      expect(t.description?.length).toBeGreaterThan(80);
      for (const p of Object.values(t.inputSchema.properties ?? {})) expect((p as { description?: string }).description?.length).toBeGreaterThan(10);
    }
    expect(by['claim']?.inputSchema.properties?.['files']).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(by['release']?.inputSchema.properties?.['module_state']).toMatchObject({ enum: ['available', 'complete'] });
    expect(tools.filter((t) => t.annotations?.readOnlyHint === true).map((t) => t.name)).toEqual(['status', 'verify']);
    expect(tools.filter((t) => t.annotations?.readOnlyHint === false).map((t) => t.name)).toEqual(['claim', 'checkin', 'release']);
  });
});

/** Starts the server by hand, sends `messages` one per line, and returns every stdout line once all requests are answered. */
async function rawSession(cli: string, cwd: string, messages: object[]): Promise<{ lines: string[]; stderr: string; code: number | null }> {
  const child = spawn(process.execPath, [cli, 'mcp'], { cwd, env: serverEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  const wanted = new Set(messages.filter((m) => 'id' in m).map((m) => (m as { id: number }).id));
  let out = '';
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  const answered = new Promise<void>((resolve) => {
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString('utf8');
      for (const line of out.split('\n')) {
        try {
          wanted.delete((JSON.parse(line) as { id: number }).id);
        } catch {
          // a partial line: the rest comes with the next chunk
        }
      }
      if (wanted.size === 0) resolve();
    });
  });
  for (const m of messages) child.stdin.write(`${JSON.stringify(m)}\n`);
  await answered;
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.stdin.end(); // the client goes away: the server ends by itself
  const code = await exited;
  return { lines: out.split('\n').filter((l) => l !== ''), stderr, code };
}

describe('stdout carries protocol messages only', () => {
  it('every line a session writes is one JSON-RPC 2.0 message, and the server exits 0 when stdin closes', async () => {
    const w = mcp.world({ [FILE]: fixture('flat.md'), 'backend/src/app.module.ts': 'x\n' });
    const repo = w.clone('a');
    const call = (id: number, name: string, args: object): object => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
    const { lines, stderr, code } = await rawSession(mcp.cli(), repo, [
      { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } } },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      { jsonrpc: '2.0', id: 2, method: 'tools/list' },
      call(3, 'status', { fetch: true }),
      call(4, 'claim', { agent: 'Claude Code', module: 'TrackingModule', push: true }), // refused
      call(5, 'claim', { agent: 'Claude Code', files: ['src/new.ts'], push: true }), // lands: git fetch, commit, push
      call(6, 'claim', { agent: 'Claude Code', files: 42 }), // bad argument
      call(7, 'verify', {}),
      call(8, 'nope', {}),
      { jsonrpc: '2.0', id: 9, method: 'resources/read', params: { uri: 'ai-sync://board' } }
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const messages = lines.map((l) => JSON.parse(l) as { jsonrpc: string; id?: number; result?: { isError?: boolean }; error?: unknown });
    for (const m of messages) expect(m.jsonrpc).toBe('2.0');
    expect(messages.map((m) => m.id).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const byId = new Map(messages.map((m) => [m.id, m]));
    expect(byId.get(4)?.result?.isError).toBe(true);
    expect(byId.get(5)?.result?.isError).toBeUndefined();
    expect(byId.get(6)?.result?.isError).toBe(true);
    expect(byId.get(8)?.result?.isError ?? byId.get(8)?.error).toBeTruthy();
    expect(readFileSync(path.join(repo, FILE), 'utf8')).toContain('src/new.ts');
  });
});

describe('where it serves', () => {
  it('--cwd and the global options given at launch apply to every call', async () => {
    const w = mcp.world({ 'docs/WORK.md': fixture('flat.md') });
    const repo = w.clone('a');
    const s = await mcp.connect(w.dir, { env, args: ['--cwd', repo, '--claims-file', 'docs/WORK.md'] });
    const status = await s.call('status');
    expect(status.isError).toBeFalsy();
    expect(status.structuredContent).toMatchObject({ claimsFile: 'docs/WORK.md', claimsFileExists: true });
    const claim = await s.call('claim', { agent: 'Claude Code', files: ['src/a.ts'] });
    expect(claim.text).toContain('claimed src/a.ts for Claude Code in docs/WORK.md');
    expect(readFileSync(path.join(repo, 'docs/WORK.md'), 'utf8')).toContain('src/a.ts');
  });

  it('outside a repository: a warning on stderr at start, and each call says why it fails', async () => {
    const w = mcp.world({ [FILE]: fixture('flat.md') });
    const s = await mcp.connect(w.dir, { env });
    expect(s.stderr()).toContain(`ai-sync mcp: warning: not a git repository: ${w.dir}`);
    const r = await s.call('status');
    expect(r.isError).toBe(true);
    expect(r.text).toBe(`ai-sync: not a git repository: ${w.dir}`);
    expect(r.structuredContent).toMatchObject({ error: { exitCode: 4, kind: 'git' } });
  });

  it('a bad global option at launch fails at once, before serving', async () => {
    const w = mcp.world({ [FILE]: fixture('flat.md') });
    const r = await runCli(mcp.cli(), ['--timezone', 'Mars/Base', 'mcp'], { cwd: w.clone('a'), env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ai-sync: --timezone: .*Mars\/Base/);
  });
});

describe('help and loading', () => {
  it('ai-sync help mcp says how to run it, what it serves, and where the client set-up is', async () => {
    const w = mcp.world({ [FILE]: fixture('flat.md') });
    const help = await runCli(mcp.cli(), ['help', 'mcp'], { cwd: w.dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: ai-sync [--cwd DIR] [global options] mcp');
    for (const tool of ['status', 'claim', 'checkin', 'release', 'verify']) expect(help.stdout).toMatch(new RegExp(`^  ${tool} `, 'm'));
    expect(help.stdout).toContain('docs/mcp.md');
    expect(help.stdout).toContain('claude mcp add ai-sync');
    expect((await runCli(mcp.cli(), ['mcp', '--help'], { cwd: w.dir })).stdout).toBe(help.stdout);
    expect((await runCli(mcp.cli(), ['--help'], { cwd: w.dir })).stdout).toMatch(/^ {2}mcp {2,}serve/m);
    const extra = await runCli(mcp.cli(), ['mcp', 'now'], { cwd: w.dir });
    expect(extra.code).toBe(2);
    expect(extra.stderr).toBe('ai-sync: mcp takes no arguments, got "now" (see ai-sync mcp --help)\n');
  });

  it('only the mcp command loads the SDK: the chunks status, claim and verify load hold none of it', () => {
    const dir = path.dirname(mcp.cli());
    const entry = readFileSync(mcp.cli(), 'utf8');
    const chunks = (command: string): string[] => {
      const at = entry.indexOf(`case '${command}':`);
      expect(at).toBeGreaterThan(0);
      const body = entry.slice(at, entry.indexOf('.run(inv)', at));
      return [...body.matchAll(/\.e\((\d+)\)/g)].map((m) => readFileSync(path.join(dir, `${m[1]}.index.js`), 'utf8'));
    };
    const sdk = /StdioServerTransport|class McpServer/;
    expect(chunks('mcp').some((c) => sdk.test(c))).toBe(true); // the check sees what it looks for
    for (const command of ['status', 'claim', 'verify']) {
      const loaded = chunks(command);
      expect(loaded.length).toBeGreaterThan(0);
      expect(loaded.filter((c) => sdk.test(c))).toEqual([]);
    }
  });
});
