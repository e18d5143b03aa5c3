// Runs the bundled action exactly as a runner does: `node dist/index.js` in a child process, inputs as
// INPUT_* variables, the event in GITHUB_EVENT_PATH, outputs and summary in files, the API on loopback.
// Asynchronous on purpose: the API stand-in lives in the calling process.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RepoFixture, StandIn } from './github-standin/index.js';
import { inputEnvName, readOutputs, runnerEnv, writeEventFile } from './github-standin/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ACTION = join(ROOT, 'dist', 'index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands the action printed: `::error file=…,title=…::message`. */
  annotations: { level: string; props: Record<string, string>; message: string }[];
}

export interface RunOptions {
  standIn: StandIn;
  fixture: RepoFixture;
  eventName: string;
  payload: unknown;
  sha: string;
  ref: string;
  inputs?: Record<string, string>;
  /** Extra environment (e.g. ACTIONS_STEP_DEBUG=true), merged last. */
  env?: Record<string, string>;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProp = (s: string): string => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

export function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const out: ActionRun['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = unescapeProp(kv.slice(i + 1));
    }
    out.push({ level: m[1] as string, props, message: unescapeData(m[3] ?? '') });
  }
  return out;
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const eventPath = writeEventFile(o.payload);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ...runnerEnv({ standIn: o.standIn, eventName: o.eventName, eventPath, sha: o.sha, ref: o.ref, workspace: o.fixture.workDir }),
    [inputEnvName('token')]: o.standIn.token,
    ...Object.fromEntries(Object.entries(o.inputs ?? {}).map(([k, v]) => [inputEnvName(k), v])),
    ...(o.env ?? {})
  };
  const child = spawn(process.execPath, [ACTION], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await new Promise<number>((res, rej) => {
    child.on('error', rej);
    child.on('close', (c) => res(c ?? -1));
  });
  return {
    code,
    stdout,
    stderr,
    outputs: readOutputs(env.GITHUB_OUTPUT as string),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8'),
    annotations: parseAnnotations(stdout)
  };
}
