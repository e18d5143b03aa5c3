// Loopback network pieces for the transport and proxy suites (not a test file): an HTTP proxy that forwards
// absolute-URL requests and tunnels CONNECT, recording what it saw, and a TLS front that serves a loopback HTTP
// server over https with a self-signed certificate for 127.0.0.1 (made with openssl, trusted by the child through
// NODE_EXTRA_CA_CERTS). Everything listens on 127.0.0.1 only and is closed by the caller.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';

export interface Seen {
  /** 'forward': an absolute-URL request (http target); 'connect': a CONNECT tunnel (https target). */
  kind: 'forward' | 'connect';
  /** `GET http://127.0.0.1:1234/path` or `127.0.0.1:5678`. */
  target: string;
  /** The Proxy-Authorization header the client sent, if any. */
  proxyAuth?: string;
}

export interface LoopbackProxy {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Closes a server and every connection still open on it (keep-alive sockets, tunnels). */
function closer(server: net.Server, sockets: Set<Socket>): () => Promise<void> {
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

/** A forwarding HTTP proxy on loopback. Only 127.0.0.1 targets are served: anything else gets a 403. */
/** Pipes the two sockets into each other. */
function pipeBoth(client: Socket, upstream: Socket): void {
  upstream.pipe(client);
  client.pipe(upstream);
}

/** An error on either side ends the other; the upstream socket is tracked until it closes (closer() ends the rest). */
function tieErrors(client: Socket, upstream: Socket, sockets: Set<Socket>): void {
  upstream.on('error', () => client.destroy());
  client.on('error', () => upstream.destroy());
  sockets.add(upstream);
  upstream.on('close', () => sockets.delete(upstream));
}

export async function startProxy(): Promise<LoopbackProxy> {
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const auth = req.headers['proxy-authorization'];
    seen.push({ kind: 'forward', target: `${req.method} ${req.url}`, ...(auth ? { proxyAuth: String(auth) } : {}) });
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.hostname !== '127.0.0.1') {
      res.writeHead(403).end();
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = http.request(target, { method: req.method, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const auth = req.headers['proxy-authorization'];
    seen.push({ kind: 'connect', target: req.url ?? '', ...(auth ? { proxyAuth: String(auth) } : {}) });
    const [host, port] = (req.url ?? '').split(':');
    if (host !== '127.0.0.1') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      pipeBoth(client, upstream);
    });
    tieErrors(client, upstream, sockets);
  });
  const close = closer(server, sockets);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, seen, close };
}

export interface TlsFront {
  /** `https://127.0.0.1:<port>`. */
  origin: string;
  /** PEM file of the self-signed certificate, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  close(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1 (openssl), valid for a day. */
export function selfSignedCertificate(): { keyFile: string; certFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ai-sync-tls-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { stdio: 'ignore' }
  );
  return { keyFile, certFile };
}

/** Serves the loopback HTTP server at `targetPort` over TLS: every TLS connection is piped to it. */
export async function startTlsFront(targetPort: number): Promise<TlsFront> {
  const { keyFile, certFile } = selfSignedCertificate();
  const sockets = new Set<Socket>();
  const server = tls.createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    pipeBoth(client, upstream);
    tieErrors(client, upstream, sockets);
  });
  const close = closer(server, sockets);
  const port = await listen(server);
  return { origin: `https://127.0.0.1:${port}`, caFile: certFile, close };
}
