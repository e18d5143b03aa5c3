// The action's HTTP transport (src/action/github/transport.ts) against Node's own fetch, side by side on the same
// loopback servers: what Octokit reads (status, headers, body, final URL) must be the same, compressed answers
// decoded, redirects followed the same way, aborts and failures reported the same way; plus what fetch does not
// show: keep-alive reuse, and the runner's proxy variables (HTTP_PROXY / HTTPS_PROXY through CONNECT, NO_PROXY).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import zlib from 'node:zlib';
import { TIMEOUTS, closeIdleConnections, nodeFetch, type FetchInit } from '../../../src/action/github/transport.js';
import { startProxy, startTlsFront, type LoopbackProxy, type TlsFront } from '../helpers/proxy.js';

const JSON_BODY = JSON.stringify({ message: 'ok', items: Array.from({ length: 50 }, (_, i) => ({ i, name: `file-${i}.ts` })) });
const BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

interface Server {
  origin: string;
  connections: number;
  server: http.Server;
}

/** Reads the request body, then answers by path. */
function routes(other: () => string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '/').split('?')[0] as string;
      const json = { 'content-type': 'application/json; charset=utf-8' };
      const encoded = (encoding: string, data: Buffer) => res.writeHead(200, { ...json, 'content-encoding': encoding }).end(data);
      const loop = /^\/loop\/(\d+)$/.exec(path);
      if (loop) return void res.writeHead(302, { location: `/loop/${Number(loop[1]) + 1}` }).end();
      switch (path) {
        case '/json':
          res.setHeader('x-dup', ['a', 'b']);
          res.setHeader('set-cookie', ['a=1', 'b=2']);
          return void res.writeHead(200, json).end(JSON_BODY);
        case '/gzip':
          return encoded('gzip', zlib.gzipSync(JSON_BODY));
        case '/deflate':
          return encoded('deflate', zlib.deflateSync(JSON_BODY));
        case '/deflate-raw':
          return encoded('deflate', zlib.deflateRawSync(JSON_BODY));
        case '/br':
          return encoded('br', zlib.brotliCompressSync(JSON_BODY));
        case '/text':
          return void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('héllo\n');
        case '/bytes':
          return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(BYTES);
        case '/no-content':
          return void res.writeHead(204).end();
        case '/missing':
          return void res.writeHead(404, json).end(JSON.stringify({ message: 'Not Found' }));
        case '/echo':
          return void res.writeHead(200, json).end(
            JSON.stringify({
              method: req.method,
              url: req.url,
              body,
              contentType: req.headers['content-type'] ?? null,
              contentLength: req.headers['content-length'] ?? null,
              authorization: req.headers.authorization ?? null,
              acceptEncoding: req.headers['accept-encoding'] ?? null
            })
          );
        case '/to-echo-303':
          return void res.writeHead(303, { location: '/echo' }).end('see other');
        case '/to-echo-302':
          return void res.writeHead(302, { location: '/echo?from=302' }).end();
        case '/to-echo-307':
          return void res.writeHead(307, { location: '/echo' }).end();
        case '/relative':
          return void res.writeHead(301, { location: 'echo?x=1' }).end();
        case '/cross-origin':
          return void res.writeHead(307, { location: `${other()}/echo` }).end();
        case '/slow': {
          const t = setTimeout(() => res.writeHead(200, json).end('{}'), 3000);
          return void res.on('close', () => clearTimeout(t));
        }
        case '/stall-body': {
          res.writeHead(200, json);
          res.write('{"a":');
          const t = setTimeout(() => res.end('1}'), 3000);
          return void res.on('close', () => clearTimeout(t));
        }
        case '/reset':
          return void req.socket.destroy();
        case '/truncated':
          res.writeHead(200, { ...json, 'content-length': '100' });
          res.write('{"partial":');
          return void setTimeout(() => req.socket.destroy(), 20);
        default:
          res.writeHead(404).end();
      }
    });
  };
}

async function serve(other: () => string): Promise<Server> {
  const server = http.createServer(routes(other));
  const s: Server = { origin: '', connections: 0, server };
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    s.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('close', () => sockets.forEach((x) => x.destroy()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  s.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return s;
}

function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((r) => server.close(() => r()));
}

let a: Server;
let b: Server;
beforeAll(async () => {
  a = await serve(() => b.origin);
  b = await serve(() => a.origin);
});
afterAll(async () => {
  closeIdleConnections();
  await close(a.server);
  await close(b.server);
});
afterEach(() => closeIdleConnections());

type Fetchish = (url: string, init?: FetchInit) => Promise<{ status: number; statusText: string; url: string; redirected: boolean; headers: Iterable<[string, string]>; text(): Promise<string>; arrayBuffer(): Promise<ArrayBuffer> }>;
const viaFetch = fetch as unknown as Fetchish;
const viaNode = nodeFetch as unknown as Fetchish;

/** What Octokit reads of a response; the Date and connection headers vary between two requests. */
async function seen(f: Fetchish, path: string, init?: FetchInit, binary = false) {
  const r = await f(`${a.origin}${path}`, init);
  const headers = [...r.headers].filter(([k]) => !['date', 'connection', 'keep-alive'].includes(k));
  const body = binary ? Buffer.from(await r.arrayBuffer()).toString('hex') : await r.text();
  return { status: r.status, statusText: r.statusText, url: r.url, redirected: r.redirected, headers, body };
}

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string; cause?: { code?: string; message?: string } }> {
  try {
    await p;
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    return { name: err.name, message: err.message, ...(err.cause ? { cause: { code: err.cause.code, message: err.cause.message } } : {}) };
  }
  throw new Error('expected a failure');
}

/** A request as Octokit sends one. */
const octokitPost = (body: string): FetchInit => ({
  method: 'POST',
  headers: { accept: 'application/vnd.github.v3+json', authorization: 'token ghs_secret', 'content-type': 'application/json; charset=utf-8', 'user-agent': 'ai-sync' },
  body,
  duplex: 'half'
});

describe('what Octokit reads is what fetch gives', () => {
  it.each(['/json', '/gzip', '/deflate', '/deflate-raw', '/br', '/text', '/no-content', '/missing', '/to-echo-302', '/relative'])('GET %s', async (path) => {
    const ours = await seen(viaNode, path);
    expect(ours).toEqual(await seen(viaFetch, path));
    if (['/gzip', '/deflate', '/deflate-raw', '/br'].includes(path)) expect(JSON.parse(ours.body)).toEqual(JSON.parse(JSON_BODY));
  });

  it('binary bodies byte for byte', async () => {
    const ours = await seen(viaNode, '/bytes', undefined, true);
    expect(ours.body).toBe(BYTES.toString('hex'));
    expect(ours).toEqual(await seen(viaFetch, '/bytes', undefined, true));
  });

  it('repeated headers are joined, set-cookie listed once per value, as fetch lists them', async () => {
    const r = await nodeFetch(`${a.origin}/json`);
    expect(r.headers.get('x-dup')).toBe('a, b');
    expect([...r.headers].filter(([k]) => k === 'set-cookie')).toEqual([['set-cookie', 'a=1'], ['set-cookie', 'b=2']]);
  });

  it('request bodies and headers arrive as fetch sends them (a JSON POST, a string without a content type)', async () => {
    const body = JSON.stringify({ query: 'query { viewer { login } }', variables: { ü: 'ß' } });
    const ours = JSON.parse((await seen(viaNode, '/echo', octokitPost(body))).body);
    expect(ours).toEqual(JSON.parse((await seen(viaFetch, '/echo', octokitPost(body))).body));
    expect(ours).toMatchObject({ method: 'POST', body, contentLength: String(Buffer.byteLength(body)), authorization: 'token ghs_secret' });
    const plain = async (f: Fetchish) => JSON.parse((await seen(f, '/echo', { method: 'PUT', body: 'x' })).body);
    expect(await plain(viaNode)).toEqual(await plain(viaFetch));
  });

  it('redirects: 303 and 302 turn a POST into a GET without its body, 307 keeps both', async () => {
    for (const path of ['/to-echo-303', '/to-echo-302', '/to-echo-307']) {
      const ours = await seen(viaNode, path, octokitPost('{"a":1}'));
      expect(ours).toEqual(await seen(viaFetch, path, octokitPost('{"a":1}')));
      expect(ours.redirected).toBe(true);
    }
    expect(JSON.parse((await seen(viaNode, '/to-echo-307', octokitPost('{"a":1}'))).body)).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(JSON.parse((await seen(viaNode, '/to-echo-303', octokitPost('{"a":1}'))).body)).toMatchObject({ method: 'GET', body: '', contentType: null });
  });

  it('a redirect to another origin drops the authorization header', async () => {
    const ours = await seen(viaNode, '/cross-origin', octokitPost('{}'));
    expect(ours).toEqual(await seen(viaFetch, '/cross-origin', octokitPost('{}')));
    expect(ours.url).toBe(`${b.origin}/echo`);
    expect(JSON.parse(ours.body)).toMatchObject({ authorization: null, method: 'POST' });
  });

  it('redirect: manual hands over the redirect, error refuses it, and an endless loop stops after 20', async () => {
    const manual = await seen(viaNode, '/to-echo-302', { redirect: 'manual' });
    expect(manual).toEqual(await seen(viaFetch, '/to-echo-302', { redirect: 'manual' }));
    expect(manual.status).toBe(302);
    for (const init of [{ redirect: 'error' as const }, {}]) {
      const path = init.redirect ? '/to-echo-302' : '/loop/0';
      const ours = await failure(nodeFetch(`${a.origin}${path}`, init));
      expect(ours).toEqual(await failure(fetch(`${a.origin}${path}`, init)));
      expect(ours.message).toBe('fetch failed');
    }
  });
});

describe('failures and aborts are reported as fetch reports them', () => {
  it('a refused connection: TypeError "fetch failed" with the cause', async () => {
    const gone = await serve(() => a.origin);
    await close(gone.server);
    const ours = await failure(nodeFetch(`${gone.origin}/json`));
    expect(ours).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    expect(ours).toEqual(await failure(fetch(`${gone.origin}/json`)));
  });

  it('a connection reset before the answer: TypeError "fetch failed" with a cause, as fetch', async () => {
    const ours = await failure(nodeFetch(`${a.origin}/reset`));
    const theirs = await failure(fetch(`${a.origin}/reset`));
    expect([ours.name, ours.message, typeof ours.cause?.message]).toEqual([theirs.name, theirs.message, 'string']);
  });

  it('a body cut short fails the request (fetch would hand over a 200 whose body read fails)', async () => {
    const ours = await failure(nodeFetch(`${a.origin}/truncated`));
    expect(ours).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    const theirs = await fetch(`${a.origin}/truncated`);
    expect(theirs.status).toBe(200);
    await expect(theirs.text()).rejects.toThrow();
  });

  it('an aborted signal, before or during the request, and a timeout signal: the same errors as fetch', async () => {
    const pre = new AbortController();
    pre.abort();
    expect(await failure(nodeFetch(`${a.origin}/json`, { signal: pre.signal }))).toEqual(await failure(fetch(`${a.origin}/json`, { signal: pre.signal })));
    const during = async (f: Fetchish) => {
      const c = new AbortController();
      setTimeout(() => c.abort(), 100);
      return failure(f(`${a.origin}/slow`, { signal: c.signal }));
    };
    const ours = await during(viaNode);
    expect(ours).toMatchObject({ name: 'AbortError' });
    expect(ours).toEqual(await during(viaFetch));
    const timeout = async (f: Fetchish) => failure(f(`${a.origin}/slow`, { signal: AbortSignal.timeout(100) }));
    expect(await timeout(viaNode)).toEqual({ name: 'TimeoutError', message: expect.any(String) });
    expect((await timeout(viaNode)).name).toBe((await timeout(viaFetch)).name);
  });

  it('undici\'s timeouts: no headers in time, or a body that stalls, fail the request with undici\'s codes', async () => {
    const saved = { ...TIMEOUTS };
    try {
      TIMEOUTS.headersMs = 150;
      expect(await failure(nodeFetch(`${a.origin}/slow`))).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'UND_ERR_HEADERS_TIMEOUT' } });
      TIMEOUTS.headersMs = saved.headersMs;
      TIMEOUTS.bodyMs = 150;
      expect(await failure(nodeFetch(`${a.origin}/stall-body`))).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'UND_ERR_BODY_TIMEOUT' } });
      // Below the limits nothing changes.
      expect((await nodeFetch(`${a.origin}/json`)).status).toBe(200);
    } finally {
      Object.assign(TIMEOUTS, saved);
    }
  });

  it('a body is read once', async () => {
    const r = await nodeFetch(`${a.origin}/json`);
    await r.text();
    await expect(r.text()).rejects.toThrow(TypeError);
  });
});

describe('connections', () => {
  it('keeps the connection alive between requests', async () => {
    const fresh = await serve(() => a.origin);
    try {
      for (let i = 0; i < 3; i++) expect((await nodeFetch(`${fresh.origin}/json`)).status).toBe(200);
      expect(fresh.connections).toBe(1);
    } finally {
      closeIdleConnections();
      await close(fresh.server);
    }
  });
});

describe('the runner\'s proxy variables', () => {
  let proxy: LoopbackProxy;
  let front: TlsFront;
  const saved = { ...process.env };
  beforeAll(async () => {
    proxy = await startProxy();
    front = await startTlsFront(Number(new URL(a.origin).port));
  });
  afterEach(() => {
    for (const k of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy']) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    proxy.seen.length = 0;
  });
  afterAll(async () => {
    await proxy.close();
    await front.close();
  });

  it('HTTP_PROXY (either case) carries http requests, with its credentials; NO_PROXY bypasses it', async () => {
    process.env.HTTP_PROXY = proxy.url.replace('http://', 'http://user:p%40ss@');
    expect(JSON.parse(await (await nodeFetch(`${a.origin}/echo`, octokitPost('{"a":1}'))).text())).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(proxy.seen).toEqual([{ kind: 'forward', target: `POST ${a.origin}/echo`, proxyAuth: `Basic ${Buffer.from('user:p@ss').toString('base64')}` }]);
    delete process.env.HTTP_PROXY;
    process.env.http_proxy = proxy.url;
    expect((await nodeFetch(`${a.origin}/json`)).status).toBe(200);
    expect(proxy.seen).toHaveLength(2);
    process.env.no_proxy = 'example.com, 127.0.0.1';
    expect((await nodeFetch(`${a.origin}/json`)).status).toBe(200);
    expect(proxy.seen).toHaveLength(2);
  });

  it('HTTPS_PROXY tunnels https requests with CONNECT, and the certificate is still checked', async () => {
    process.env.HTTPS_PROXY = proxy.url;
    const ours = await failure(nodeFetch(`${front.origin}/json`));
    expect(proxy.seen).toEqual([{ kind: 'connect', target: front.origin.replace('https://', '') }]);
    // The self-signed certificate is refused through the tunnel exactly as fetch refuses it directly.
    const theirs = await failure(fetch(`${front.origin}/json`));
    expect(ours).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(ours.cause?.code).toBe(theirs.cause?.code);
    expect(ours.cause?.code).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY/);
  });

  it('an http proxy variable does not carry https requests, and no proxy variable means no proxy', async () => {
    process.env.HTTP_PROXY = proxy.url;
    await failure(nodeFetch(`${front.origin}/json`));
    expect((await nodeFetch(`${a.origin}/json`)).status).toBe(200);
    expect(proxy.seen.map((s) => s.kind)).toEqual(['forward']);
    delete process.env.HTTP_PROXY;
    expect((await nodeFetch(`${a.origin}/json`)).status).toBe(200);
    expect(proxy.seen).toHaveLength(1);
  });
});
