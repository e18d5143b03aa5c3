// The bundled action behind the runner's proxy settings: with HTTP_PROXY every API request goes through a loopback
// proxy (absolute URLs), with HTTPS_PROXY through a CONNECT tunnel to the API served over TLS, and NO_PROXY
// bypasses both — the verdict and the status commit are the same every way.
import { describe, expect, it } from '@jest/globals';
import { runAction, type ActionRun } from '../../../test-support/action-run.js';
import { claudeTouchesCodexFile, type Rig } from '../../../test-support/seed-scenario.js';
import { startProxy, startTlsFront } from '../helpers/proxy.js';
import { useRigs } from '../helpers/rig.js';

const rigs = useRigs();

async function push(rig: Rig, env: Record<string, string>): Promise<ActionRun> {
  const p = await claudeTouchesCodexFile(rig, 1);
  return runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref, env });
}

/** The run's verdict and status commit: what must not depend on the way the requests went. */
function outcome(run: ActionRun) {
  return { code: run.code, result: run.outputs.result, violations: run.outputs.violations, committed: run.outputs['status-committed'], stderr: run.stderr };
}

const EXPECTED = { code: 1, result: 'fail', violations: '1', committed: 'true', stderr: '' };

describe('the action behind a proxy', () => {
  it('HTTP_PROXY: every request goes through the proxy; NO_PROXY=127.0.0.1 bypasses it', async () => {
    const proxy = await startProxy();
    try {
      const through = await rigs.seed();
      const run = await push(through, { HTTP_PROXY: proxy.url });
      expect(outcome(run)).toEqual(EXPECTED);
      expect(through.si.requests.length).toBeGreaterThanOrEqual(2);
      // One proxied request for every request the API answered, each for the API's own URL.
      expect(proxy.seen).toHaveLength(through.si.requests.length);
      expect(proxy.seen.map((s) => s.target)).toEqual(through.si.requests.map((q) => `${q.method} ${through.si.origin}${q.path}${Object.keys(q.query).length > 0 ? `?${new URLSearchParams(q.query)}` : ''}`));

      proxy.seen.length = 0;
      const bypass = await rigs.seed();
      const direct = await push(bypass, { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: 'github.example,127.0.0.1' });
      expect(outcome(direct)).toEqual(EXPECTED);
      expect(bypass.si.requests.length).toBeGreaterThanOrEqual(2);
      expect(proxy.seen).toEqual([]);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('HTTPS_PROXY: an https API is reached through a CONNECT tunnel, its certificate checked', async () => {
    const proxy = await startProxy();
    const rig = await rigs.seed();
    const front = await startTlsFront(Number(new URL(rig.si.origin).port));
    try {
      const env = { GITHUB_API_URL: front.origin, GITHUB_GRAPHQL_URL: `${front.origin}/graphql`, HTTPS_PROXY: proxy.url, https_proxy: proxy.url, NODE_EXTRA_CA_CERTS: front.caFile };
      const run = await push(rig, env);
      expect(outcome(run)).toEqual(EXPECTED);
      expect(rig.si.requests.length).toBeGreaterThanOrEqual(2);
      expect(proxy.seen.length).toBeGreaterThanOrEqual(1);
      expect(proxy.seen.every((s) => s.kind === 'connect' && s.target === front.origin.replace('https://', ''))).toBe(true);
      // Keep-alive: the tunnel is reused, not opened once per request.
      expect(proxy.seen.length).toBeLessThan(rig.si.requests.length);

      // Without the certificate the run fails, naming what it could not read: TLS is not switched off by the tunnel.
      const untrusted = await rigs.seed();
      const front2 = await startTlsFront(Number(new URL(untrusted.si.origin).port));
      try {
        const { NODE_EXTRA_CA_CERTS: _trusted, ...rest } = env;
        const refused = await push(untrusted, { ...rest, GITHUB_API_URL: front2.origin, GITHUB_GRAPHQL_URL: `${front2.origin}/graphql` });
        expect(refused.code).toBe(1);
        expect(refused.outputs['status-committed']).toBe('false');
        expect(refused.stdout).toMatch(/::error::could not read .* through the GitHub API \(no answer: .+\)/);
        expect(untrusted.si.requests).toEqual([]);
      } finally {
        await front2.close();
      }
    } finally {
      await front.close();
      await proxy.close();
    }
  }, 90_000);
});
