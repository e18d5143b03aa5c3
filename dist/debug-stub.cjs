// Written by scripts/bundle.mjs. The proxy agents log through debug when DEBUG is set, the proxy's URL (and its
// credentials) included: in ai-sync they log nothing.
function createDebug() {
  const debug = () => {};
  debug.enabled = false;
  debug.extend = () => debug;
  return debug;
}
module.exports = createDebug;
module.exports.default = createDebug;
