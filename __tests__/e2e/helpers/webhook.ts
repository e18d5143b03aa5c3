// A notification webhook receiver on 127.0.0.1 for the e2e suites (not a test file): it records every POST and
// answers as told — 200, another status, or never (a hanging receiver). Its URL carries a recognisable secret path,
// so a suite can check that no log, output, summary, comment or status file ever shows it.
import { afterEach } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer = { status: number } | 'hang';

export interface Received {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface Receiver {
  /** The webhook URL (with its secret path). */
  url: string;
  /** The secret part alone, as it could leak on its own. */
  secret: string;
  /** Every request, in order. */
  received: Received[];
  /** How the next requests are answered (default 200). */
  answer(a: Answer): void;
  close(): Promise<void>;
}

export const SECRET_PATH = 'T0SECRETX/B0SECRETY/xoxWebhookKey1234567890';

export async function startReceiver(): Promise<Receiver> {
  let answer: Answer = { status: 200 };
  const received: Received[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // kept as text: the test sees what arrived
      }
      received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      if (answer === 'hang') return; // never answers; close() cuts the connection
      res.writeHead(answer.status, { 'content-type': 'text/plain' });
      res.end(answer.status < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/${SECRET_PATH}`,
    secret: SECRET_PATH,
    received,
    answer: (a) => {
      answer = a;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

/** A URL on 127.0.0.1 where nothing listens: a port a server had, then gave back. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/hooks/${SECRET_PATH}`;
}

/** Receivers for this file's tests, closed after each test. */
export function useReceivers(): () => Promise<Receiver> {
  const open: Receiver[] = [];
  afterEach(async () => {
    for (const r of open.splice(0)) await r.close();
  });
  return async () => {
    const r = await startReceiver();
    open.push(r);
    return r;
  };
}
