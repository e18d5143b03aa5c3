// Spawning and timing child processes (asynchronously: the API stand-in lives in this process).
import { spawn } from 'node:child_process';

export interface Timed {
  /** Wall time from spawn to the child's exit, in ms. */
  ms: number;
  code: number;
  stdout: string;
  stderr: string;
}

export function timed(cmd: string, args: readonly string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    let exitAt = 0n;
    const child = spawn(cmd, args, { env: opts.env ?? process.env, cwd: opts.cwd, stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    if (opts.input !== undefined) child.stdin?.end(opts.input);
    child.on('error', reject);
    child.on('exit', () => (exitAt = process.hrtime.bigint()));
    child.on('close', (code) => resolve({ ms: Number((exitAt || process.hrtime.bigint()) - t0) / 1e6, code: code ?? -1, stdout, stderr }));
  });
}

/** Runs a child that prints one JSON line last on stdout; returns it parsed. */
export async function jsonChild<T>(cmd: string, args: readonly string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<T & { wallMs: number }> {
  const r = await timed(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(-2000)}`);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return { ...(JSON.parse(last) as T), wallMs: r.ms };
}
