// The single pure entry point: texts and commits in, an evaluation out. The action (reading through the API)
// and the CLI (reading local git) both end here, so they judge the same data the same way. This file parses the
// config and status files; check-core.ts does the rest (the action calls it directly, with both parsed lazily).
import { checkWith, type CheckInput, type CheckResult } from './check-core.js';
import { parseConfig } from './config/index.js';
import { parseStatus } from './status/read.js';

export { checkWith, withOverrides, type CheckInput, type CheckResult, type RawCommit, type StatusReading } from './check-core.js';

export function check(input: CheckInput): CheckResult {
  return checkWith(input, input.config ?? parseConfig(input.configText, input.configFile), parseStatus(input.statusText));
}
