// Octokit's HTTP: a fetch-compatible function (Octokit's `request.fetch`) over node:http / node:https with
// keep-alive agents. Node's global fetch loads and compiles its internal undici (and llhttp as WebAssembly) on
// first use, most of the cost of a run's first request; node:http is loaded anyway. What Octokit relies on behaves
// as with fetch: the same request headers (accept-encoding too) and bodies, compressed answers decoded, redirects
// followed (authorization dropped across origins), `signal` aborts, undici's timeouts, failures as
// `TypeError('fetch failed', { cause })` (Octokit reports the cause's message). One deliberate difference: the whole
// body is read before the response is handed over, so a connection lost mid-body is a failed request (retried),
// not a 200 with a truncated body. Proxies (HTTPS_PROXY, HTTP_PROXY, NO_PROXY…) are in proxy.ts, loaded only when set.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import zlib from 'node:zlib';

/** What Octokit passes (see @octokit/request's fetch-wrapper). */
export interface FetchInit {
  method?: string;
  headers?: Record<string, string> | Iterable<readonly [string, string]>;
  body?: unknown;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'manual' | 'error';
  duplex?: 'half';
  /** ai-sync's own, not fetch's: called when the request has been handed to the network, or can no longer be (again on each redirect and at close). */
  onWritten?: () => void;
}

/**
 * undici's defaults, which Node's fetch uses: a connection must open in 10 s, the answer's headers arrive within
 * 300 s of the request, and its body never pauses for 300 s. Tests shorten them.
 */
export const TIMEOUTS = { connectMs: 10_000, headersMs: 300_000, bodyMs: 300_000 };
/** An idle connection is kept 4 s, as undici keeps it (or the server's Keep-Alive hint less 1 s, when shorter). */
export const KEEP_ALIVE_MS = 4_000;
export const MAX_REDIRECTS = 20;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers that describe a request body: dropped when a redirect turns the request into a GET. */
const BODY_HEADERS = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'];
/** Dropped when a redirect leaves the origin, as fetch does: credentials are for the origin they were sent to. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY'];

/**
 * The response headers, as fetch's Headers reads them: names in lower case, sorted, repeated headers joined with
 * ", " — except set-cookie, listed once per value (get() still joins them).
 */
export class ResponseHeaders implements Iterable<[string, string]> {
  private readonly map = new Map<string, string>();
  private readonly list: [string, string][];
  constructor(raw: readonly string[]) {
    const cookies: string[] = [];
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = (raw[i] as string).toLowerCase();
      const value = (raw[i + 1] as string).trim();
      if (name === 'set-cookie') cookies.push(value);
      const had = this.map.get(name);
      this.map.set(name, had === undefined ? value : `${had}, ${value}`);
    }
    const names = [...this.map.keys()].sort();
    this.list = names.flatMap((n): [string, string][] => (n === 'set-cookie' ? cookies.map((c): [string, string] => [n, c]) : [[n, this.map.get(n) as string]]));
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  forEach(fn: (value: string, name: string) => void): void {
    for (const [k, v] of this.list) fn(v, k);
  }
  entries(): IterableIterator<[string, string]> {
    return this.list[Symbol.iterator]();
  }
  keys(): IterableIterator<string> {
    return this.list.map(([k]) => k)[Symbol.iterator]();
  }
  values(): IterableIterator<string> {
    return this.list.map(([, v]) => v)[Symbol.iterator]();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

/** What fetch resolves to, as far as anyone reads it: status, headers, the body once (text, json, bytes). */
export class TransportResponse {
  readonly ok: boolean;
  private used = false;
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    private readonly bytes: Buffer,
    readonly url: string,
    readonly redirected: boolean
  ) {
    this.ok = status >= 200 && status < 300;
  }
  get bodyUsed(): boolean {
    return this.used;
  }
  private take(): Buffer {
    if (this.used) throw new TypeError('Body is unusable: Body has already been read');
    this.used = true;
    return this.bytes;
  }
  async text(): Promise<string> {
    return new TextDecoder().decode(this.take());
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const b = this.take();
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }
  /** A web stream of the body (Octokit reads it only with parseSuccessResponseBody: false); null when empty. */
  get body(): ReadableStream<Uint8Array> | null {
    if (this.bytes.length === 0) return null;
    const bytes = this.take();
    return new ReadableStream({
      start(controller) {
        controller.enqueue(new Uint8Array(bytes));
        controller.close();
      }
    });
  }
}

/** A failed request, as fetch reports it. */
function failed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

function coded(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** The request body as bytes: a string (UTF-8), bytes, or a stream/async iterable of chunks (read whole). */
async function bodyBytes(body: unknown): Promise<Buffer | null> {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    const chunks: Buffer[] = [];
    for await (const c of body as AsyncIterable<unknown>) chunks.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c as Uint8Array));
    return Buffer.concat(chunks);
  }
  throw new TypeError(`unsupported request body: ${Object.prototype.toString.call(body)}`);
}

function headerRecord(init: FetchInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  if (!init) return out;
  const iterable = typeof (init as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function';
  const pairs = iterable ? (init as Iterable<readonly [string, string]>) : Object.entries(init as Record<string, string>);
  for (const [k, v] of pairs) {
    const name = k.toLowerCase();
    out[name] = out[name] === undefined ? String(v) : `${out[name]}, ${String(v)}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Agents

let direct: { http?: http.Agent; https?: https.Agent } = {};

function directAgent(url: URL): http.Agent {
  if (url.protocol === 'https:') return (direct.https ??= new https.Agent({ keepAlive: true, timeout: KEEP_ALIVE_MS }));
  return (direct.http ??= new http.Agent({ keepAlive: true, timeout: KEEP_ALIVE_MS }));
}

/** Is a proxy variable set at all? Only then is proxy.ts (and its packages) loaded. */
export function proxyConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return PROXY_VARIABLES.some((k) => (env[k] ?? '') !== '');
}

interface Route {
  agent: http.Agent;
  /** Extra request options: through a proxy, the certificate is checked against the URL's host (see below). */
  tls?: Pick<https.RequestOptions, 'checkServerIdentity'>;
}

async function routeFor(url: URL): Promise<Route> {
  if (proxyConfigured()) {
    const { proxyAgentFor } = await import(/* webpackChunkName: "proxy" */ './proxy.js');
    const agent = proxyAgentFor(url, { keepAlive: true, timeout: KEEP_ALIVE_MS });
    // https-proxy-agent starts TLS in the tunnel without the host, so for an IP address (no SNI name) Node would
    // check the certificate against "localhost"; the check is made against the URL's host, as a direct request does.
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (agent) return { agent, ...(url.protocol === 'https:' ? { tls: { checkServerIdentity: (_: string, cert: PeerCertificate) => checkServerIdentity(host, cert) } } : {}) };
  }
  return { agent: directAgent(url) };
}

/** Closes the idle keep-alive connections (tests; a run's process simply exits, the sockets are unref'd). */
export function closeIdleConnections(): void {
  direct.http?.destroy();
  direct.https?.destroy();
  direct = {};
}

// ---------------------------------------------------------------------------------------------------------------
// One exchange

interface Raw {
  status: number;
  statusText: string;
  rawHeaders: string[];
  location: string | undefined;
  bytes: Buffer;
}

/** Decodes a content-encoding (gzip, deflate, br, or a list of them, applied in order) as fetch does. */
async function decode(bytes: Buffer, encoding: string | undefined): Promise<Buffer> {
  if (!encoding || bytes.length === 0) return bytes;
  const codings = encoding
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .reverse();
  let out = bytes;
  for (const coding of codings) {
    const run = (f: (b: Buffer, o: zlib.ZlibOptions, cb: (e: Error | null, r: Buffer) => void) => void, opts: zlib.ZlibOptions = {}) =>
      new Promise<Buffer>((resolve, reject) => f(out, opts, (e, r) => (e ? reject(e) : resolve(r))));
    // Lenient about a missing end, as fetch is (its decoders flush with Z_SYNC_FLUSH).
    const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    if (coding === 'gzip' || coding === 'x-gzip') out = await run(zlib.gunzip, lenient);
    // "deflate" is zlib-wrapped by the standard, raw by some servers: the first byte tells (as undici checks).
    else if (coding === 'deflate') out = await run(((out[0] ?? 0) & 0x0f) === 0x08 ? zlib.inflate : zlib.inflateRaw, lenient);
    else if (coding === 'br') out = await run(zlib.brotliDecompress as typeof zlib.gunzip);
    else return out; // an unknown coding: the bytes as they came, as fetch hands them over
  }
  return out;
}

function exchange(url: URL, method: string, headers: Record<string, string>, body: Buffer | null, route: Route, signal: AbortSignal | null, onWritten?: () => void): Promise<Raw> {
  return new Promise<Raw>((resolve, reject) => {
    const timers = new Set<NodeJS.Timeout>();
    let settled = false;
    const cleanup = () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: unknown, isAbort = false) => {
      if (settled) return;
      settled = true;
      cleanup();
      req.destroy();
      reject(isAbort ? error : failed(error));
    };
    const timer = (ms: number, error: () => Error): NodeJS.Timeout => {
      const t = setTimeout(() => fail(error()), ms);
      t.unref();
      timers.add(t);
      return t;
    };
    const onAbort = () => fail(abortReason(signal as AbortSignal), true);
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, { method, headers: body ? { ...headers, 'content-length': String(body.length) } : headers, agent: route.agent, ...route.tls });
    const headersTimer = timer(TIMEOUTS.headersMs, () => coded('Headers Timeout Error', 'UND_ERR_HEADERS_TIMEOUT'));
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      const t = timer(TIMEOUTS.connectMs, () => coded(`Connect Timeout Error (${url.host})`, 'UND_ERR_CONNECT_TIMEOUT'));
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
        clearTimeout(t);
        timers.delete(t);
      });
    });
    req.on('error', (e) => fail(e));
    req.on('response', (res: IncomingMessage) => {
      clearTimeout(headersTimer);
      timers.delete(headersTimer);
      const chunks: Buffer[] = [];
      let idle = timer(TIMEOUTS.bodyMs, () => coded('Body Timeout Error', 'UND_ERR_BODY_TIMEOUT'));
      res.on('data', (c: Buffer) => {
        chunks.push(c);
        clearTimeout(idle);
        timers.delete(idle);
        idle = timer(TIMEOUTS.bodyMs, () => coded('Body Timeout Error', 'UND_ERR_BODY_TIMEOUT'));
      });
      res.on('error', (e) => fail(e));
      res.on('aborted', () => fail(coded('terminated: the connection closed before the whole answer arrived', 'ECONNRESET')));
      res.on('end', () => {
        if (settled) return;
        if (!res.complete) return fail(coded('terminated: the connection closed before the whole answer arrived', 'ECONNRESET'));
        const status = res.statusCode ?? 0;
        const raw = (bytes: Buffer): Raw => ({ status, statusText: res.statusMessage ?? '', rawHeaders: res.rawHeaders, location: res.headers.location, bytes });
        // No body to decode: HEAD, 204, 304, or a redirect about to be followed.
        const plain = method === 'HEAD' || status === 204 || status === 304 || REDIRECTS.has(status);
        decode(Buffer.concat(chunks), plain ? undefined : res.headers['content-encoding']).then(
          (bytes) => {
            if (settled) return;
            settled = true;
            cleanup();
            resolve(raw(bytes));
          },
          (e: unknown) => fail(e)
        );
      });
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    if (onWritten) {
      req.once('finish', onWritten);
      req.once('close', onWritten);
    }
    req.end(body ?? undefined);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// fetch

/** A fetch-compatible function over node:http / node:https, for Octokit's `request.fetch`. */
export async function nodeFetch(input: string | URL, init: FetchInit = {}): Promise<TransportResponse> {
  const signal = init.signal ?? null;
  if (signal?.aborted) throw abortReason(signal);
  let url: URL;
  try {
    url = new URL(String(input));
  } catch (e) {
    throw failed(e);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw failed(new Error(`unsupported protocol ${url.protocol}`));
  let method = (init.method ?? 'GET').toUpperCase();
  const headers = headerRecord(init.headers);
  let body = await bodyBytes(init.body);
  if (typeof init.body === 'string' && headers['content-type'] === undefined) headers['content-type'] = 'text/plain;charset=UTF-8';
  if (headers.accept === undefined) headers.accept = '*/*';
  const ownEncoding = headers['accept-encoding'] === undefined;
  const mode = init.redirect ?? 'follow';
  for (let redirects = 0; ; redirects++) {
    if (ownEncoding) headers['accept-encoding'] = url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate';
    let route: Route;
    try {
      route = await routeFor(url);
    } catch (e) {
      throw failed(e);
    }
    const raw = await exchange(url, method, headers, body, route, signal, init.onWritten);
    if (!REDIRECTS.has(raw.status) || raw.location === undefined || mode === 'manual') {
      return new TransportResponse(raw.status, raw.statusText, new ResponseHeaders(raw.rawHeaders), raw.bytes, url.href.replace(/#.*$/, ''), redirects > 0);
    }
    if (mode === 'error') throw failed(new Error('unexpected redirect'));
    if (redirects >= MAX_REDIRECTS) throw failed(new Error('redirect count exceeded'));
    let next: URL;
    try {
      next = new URL(raw.location, url);
    } catch (e) {
      throw failed(e);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw failed(new Error('URL scheme must be a HTTP(S) scheme'));
    if ((raw.status === 303 && method !== 'GET' && method !== 'HEAD') || ((raw.status === 301 || raw.status === 302) && method === 'POST')) {
      method = 'GET';
      body = null;
      for (const h of BODY_HEADERS) delete headers[h];
    }
    if (next.origin !== url.origin) for (const h of CREDENTIAL_HEADERS) delete headers[h];
    url = next;
  }
}
