// The proxy for a request, from the runner's environment: HTTPS_PROXY / HTTP_PROXY / ALL_PROXY (either case) and
// NO_PROXY, read by proxy-from-env; an https URL is tunnelled with CONNECT (https-proxy-agent), an http URL is sent
// to the proxy as an absolute URL (http-proxy-agent). Loaded by transport.ts only when a proxy variable is set, so
// a run without one never evaluates these packages. The proxy's address (it may carry credentials) is never logged.
import type { Agent, AgentOptions } from 'node:http';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';

/** One keep-alive agent per (target protocol, proxy), for the whole run. */
const agents = new Map<string, Agent>();

/** The agent that sends a request for `url` through its proxy, or null when no proxy applies (none set, NO_PROXY). */
export function proxyAgentFor(url: URL, options: AgentOptions): Agent | null {
  const proxy = getProxyForUrl(url.href);
  if (!proxy) return null;
  const key = `${url.protocol} ${proxy}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = url.protocol === 'https:' ? new HttpsProxyAgent(proxy, options) : new HttpProxyAgent(proxy, options);
    agents.set(key, agent);
  }
  return agent;
}
