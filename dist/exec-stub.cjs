// Written by scripts/bundle.mjs. @actions/core imports @actions/exec (and @actions/io) for core.platform.getDetails
// only, which runs processes to name the OS; ai-sync never calls it, so neither is bundled.
function exec() {
  throw new Error('@actions/exec is not bundled with ai-sync (core.platform.getDetails is not supported)');
}
function getExecOutput() {
  return exec();
}
module.exports = { exec, getExecOutput };
