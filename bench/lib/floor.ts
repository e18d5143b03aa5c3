// The floor of a run: a bare Node process sending the same requests the action sends, through node:http. The
// requests of one run of the action are recorded by a loopback forwarder in front of the stand-in (method, path,
// headers, body, in order); the floor process replays them one after the other on a keep-alive connection and
// reads every answer, against the same stand-in, reset the same way. What the action spends above it is its own:
// loading, reading the event, judging, the write limiter's spacing — not the API's time, which both pay.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';

export interface RecordedCall {
  method: string;
  /** Path and query, as sent. */
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface Recorder {
  /** The origin to give the action as GITHUB_API_URL. */
  url: string;
  calls: RecordedCall[];
  close(): Promise<void>;
}

/** A forwarder on 127.0.0.1 that records each request and passes it on to `target` (the stand-in's origin). */
export async function startRecorder(target: string): Promise<Recorder> {
  const calls: RecordedCall[] = [];
  const to = new URL(target);
  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'connection') headers[k] = v;
      calls.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers, body: body.toString('utf8') });
      const up = http.request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: { ...headers, host: to.host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      up.on('error', () => res.destroy());
      up.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      })
  };
}

/**
 * The floor process's program (ESM, for `node --input-type=module -e`): sends the calls in `file` to `origin` in
 * order through node:http with a keep-alive agent, reads each answer whole, and exits 1 on a status ≥ 400.
 */
export function floorProgram(file: string, origin: string): string {
  return `import http from 'node:http';import { readFileSync } from 'node:fs';
const calls = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));
const agent = new http.Agent({ keepAlive: true });
for (const c of calls) {
  const status = await new Promise((ok, ko) => {
    const req = http.request(${JSON.stringify(origin)} + c.path, { method: c.method, headers: c.headers, agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => ok(res.statusCode));
    });
    req.on('error', ko);
    req.end(c.body === '' ? undefined : c.body);
  });
  if (status >= 400) { console.error(c.method + ' ' + c.path + ' → ' + status); process.exit(1); }
}`;
}

/** Writes the recorded calls for the floor process (content-length is set by node:http again, so dropped here). */
export function writeCalls(file: string, calls: readonly RecordedCall[]): void {
  const clean = calls.map((c) => ({ ...c, headers: Object.fromEntries(Object.entries(c.headers).filter(([k]) => k !== 'content-length')) }));
  writeFileSync(file, JSON.stringify(clean));
}
