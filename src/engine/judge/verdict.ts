// The verdict, decided once: from the findings to pass / warn / fail, and whether the run fails under `fail-on`.
// The action's exit status, its `result` output, the status file, the PR comment and `ai-sync verify`'s exit code
// all come from here.
import type { Finding, Verdict } from '../model.js';

/** When a run fails: on an error (the default), on a warning too, or never (report only). */
export type FailOn = 'error' | 'warning' | 'never';

export function verdictOf(findings: readonly Pick<Finding, 'severity'>[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'pass';
}

/** Does a run with this verdict fail under `failOn`? */
export function failsOn(verdict: Verdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return verdict === 'fail' || (failOn === 'warning' && verdict === 'warn');
}
