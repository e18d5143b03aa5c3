// The run's client, in process against a loopback node:http server: it takes the throttling plugin's limiters from
// limiters.ts (passed as `global`, `retryLimiter` and `write`, though the plugin's types name only `write`) and
// Bottleneck's yields from limiter-yield.ts, so a request waits one zero-delay timer (the retry plugin's Bottleneck
// starting its job), not three limiters' worth. Should a new plugin version stop reading those options, this count
// goes up and this test fails.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '../../../src/action/github/client.js';
import { closeIdleConnections } from '../../../src/action/github/transport.js';
import { recordTimerDelays } from '../../helpers/timers.js';

let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(req.url === '/graphql' ? { data: { viewer: { login: 'octocat' } } } : { name: 'r', full_name: 'o/r' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  closeIdleConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createClient: the throttling plugin uses our limiters', () => {
  it('a REST read, a GraphQL query and a REST write each wait one zero-delay timer', async () => {
    const api = createClient('ghs_test_token_0123456789', base);
    await api.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }); // warms up (first-time setup of the plugins)
    const timers = recordTimerDelays();
    try {
      const zero = async (call: () => Promise<unknown>): Promise<number> => {
        timers.clear();
        await call();
        return timers.zeroDelay();
      };
      expect(await zero(() => api.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }))).toBe(1);
      expect(await zero(() => api.graphql('query { viewer { login } }'))).toBe(1);
      expect(await zero(() => api.request('PATCH /repos/{owner}/{repo}', { owner: 'o', repo: 'r', description: 'x' }))).toBe(1);
    } finally {
      timers.restore();
    }
  });
});
