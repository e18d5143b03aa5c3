// One JSON POST to the notification webhook, with node:http(s) (no fetch: it costs start-up time, issue 14):
// bounded in time as a whole, retried on 5xx and on connection errors, never on 4xx. What it reports never holds
// the URL: Node's errors can name the host, the port or the path, so only their code is kept.
import { request as httpRequest, type ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface SendOptions {
  /** The whole budget, every attempt and pause included (ms). Default 10 s. */
  totalMs?: number;
  /** Pauses before the retries (ms); their count is the number of retries. Default 2 retries. */
  backoffMs?: readonly number[];
}

export type SendOutcome = { ok: true; status: number; attempts: number } | { ok: false; reason: string; attempts: number };

type Attempt = { status: number } | { error: string; retry: boolean };

/** A network error as a reason without the URL: a known code in words, any other code as such, else nothing. */
function describeError(error: unknown): { error: string; retry: boolean } {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? ((error as { code: string }).code) : '';
  switch (code) {
    case 'ECONNREFUSED':
      return { error: 'connection refused', retry: true };
    case 'ECONNRESET':
    case 'EPIPE':
      return { error: 'connection reset', retry: true };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { error: 'host not found', retry: true };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { error: 'host unreachable', retry: true };
  }
  if (/CERT|TLS|SSL|SELF_SIGNED/.test(code)) return { error: `TLS certificate not accepted (${code})`, retry: false };
  return { error: /^[A-Z0-9_]{1,40}$/.test(code) ? `network error (${code})` : 'network error', retry: true };
}

/** One POST; settles with the status code once the response starts, or with an error (the timeout included). */
function attempt(url: URL, body: string, timeoutMs: number): Promise<Attempt> {
  return new Promise((resolve) => {
    let settled = false;
    let req: ClientRequest | null = null;
    const settle = (a: Attempt): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(a);
    };
    // A receiver that never answers (or answers forever) is cut off: the socket is destroyed, nothing is left open.
    const timer = setTimeout(() => {
      settle({ error: `no answer within ${Math.round(timeoutMs / 100) / 10} s`, retry: false });
      req?.destroy();
    }, Math.max(1, timeoutMs));
    try {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      req = send(url, {
        method: 'POST',
        // No keep-alive: the run ends right after, and a pooled socket would only hold the process open.
        agent: false,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body, 'utf8'),
          'user-agent': 'ai-sync',
          connection: 'close'
        }
      });
      req.on('response', (res) => {
        // The body is not needed (Slack answers "ok"); it is drained, not read, and the socket let go.
        res.on('error', () => undefined);
        res.resume();
        settle({ status: res.statusCode ?? 0 });
        res.on('end', () => req?.destroy());
      });
      req.on('error', (error) => settle(describeError(error)));
      req.end(body, 'utf8');
    } catch (error) {
      settle(describeError(error));
    }
  });
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** POSTs `body` (JSON text) to `url`: 2xx is delivered; 5xx and connection errors are retried within the budget. */
export async function postJson(url: string, body: string, opts: SendOptions = {}): Promise<SendOutcome> {
  const totalMs = opts.totalMs ?? 10_000;
  const backoff = opts.backoffMs ?? [500, 1500];
  const deadline = Date.now() + totalMs;
  const target = new URL(url);
  let attempts = 0;
  for (;;) {
    attempts++;
    const a = await attempt(target, body, deadline - Date.now());
    const retried = (why: string): string => (attempts > 1 ? `${why} after ${attempts} attempts` : why);
    let reason: string;
    let retry: boolean;
    if ('status' in a) {
      if (a.status >= 200 && a.status < 300) return { ok: true, status: a.status, attempts };
      reason = retried(`HTTP ${a.status}${a.status >= 300 && a.status < 400 ? ' (redirects are not followed)' : ''}`);
      retry = a.status >= 500;
    } else {
      reason = retried(a.error);
      retry = a.retry;
    }
    const wait = backoff[attempts - 1];
    if (!retry || wait === undefined || Date.now() + wait >= deadline) return { ok: false, reason, attempts };
    await pause(wait);
  }
}
