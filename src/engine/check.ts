// The single pure entry point: texts and commits in, an evaluation out. The action (reading through the API)
// and the CLI (reading local git) both end here, so they judge the same data the same way. This file parses the
// config file; check-core.ts does the rest (the action calls it directly, with the config it parsed lazily).
import { checkWith, type CheckInput, type CheckResult } from './check-core.js';
import { parseConfig } from './config/index.js';

export { checkWith, withOverrides, type CheckInput, type CheckResult, type RawCommit } from './check-core.js';

export function check(input: CheckInput): CheckResult {
  return checkWith(input, input.config ?? parseConfig(input.configText, input.configFile));
}
