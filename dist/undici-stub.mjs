// Written by scripts/bundle.mjs. @actions/http-client imports undici for ProxyAgent, which only
// HttpClient.getAgentDispatcher() uses; nothing in this action calls it, so undici is not bundled.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with ai-sync (HttpClient.getAgentDispatcher is not supported)');
  }
}
