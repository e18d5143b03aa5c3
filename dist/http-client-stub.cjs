// Written by scripts/bundle.mjs. @actions/core imports @actions/http-client (and with it tunnel and undici) for
// getIDToken's OIDC client only; ai-sync never asks for an OIDC token, so the client is not bundled.
class HttpClient {
  constructor() {
    throw new Error('@actions/http-client is not bundled with ai-sync (core.getIDToken is not supported)');
  }
}
class BearerCredentialHandler extends HttpClient {}
module.exports = { HttpClient, BearerCredentialHandler };
