// What a run reports to the runner whatever happens: its outputs, the annotations and the job summary. The
// handlers fill the state; main.ts writes it out in `finally`.
import * as core from '@actions/core';
import type { CheckResult } from '../engine/check.js';
import { severityCounts } from '../engine/judge/cap.js';
import type { Finding, OmittedFindings, Verdict } from '../engine/model.js';
import { formatIso } from '../engine/time/index.js';
import { selectAnnotations } from '../report/annotations.js';
import type { ReportContext } from '../report/context.js';
import { renderSummary } from '../report/summary.js';
import type { ActionInputs } from './inputs.js';

export interface Outputs {
  result: Verdict;
  violations: number;
  warnings: number;
  'findings-json': string;
  /** Findings not in findings-json (beyond the list's cap), counted in violations and warnings all the same. */
  'findings-omitted': number;
  agent: string;
  'changed-files': number;
  'status-committed': boolean;
  'status-commit-sha': string;
  'comment-url': string;
  /** Findings delivered to notify-webhook by this run. */
  notified: number;
}

export interface RunState {
  outputs: Outputs;
  /** The check, once a change was judged. */
  result: CheckResult | null;
  notes: string[];
  eventName: string;
  ref: string | null;
  now: number;
}

export function newRunState(): RunState {
  return {
    outputs: {
      result: 'pass',
      violations: 0,
      warnings: 0,
      'findings-json': '[]',
      'findings-omitted': 0,
      agent: '',
      'changed-files': 0,
      'status-committed': false,
      'status-commit-sha': '',
      'comment-url': '',
      notified: 0
    },
    result: null,
    notes: [],
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    ref: null,
    now: Date.now()
  };
}

export const findingsOf = (state: RunState): Finding[] => state.result?.evaluation.findings ?? [];

export function reportContext(state: RunState, claimsFile: string, notes = state.notes): ReportContext {
  return {
    eventName: state.eventName,
    ref: state.ref,
    agent: state.outputs.agent || null,
    changedFiles: state.outputs['changed-files'],
    now: formatIso(state.now),
    claimsFile,
    notes
  };
}

export function annotate(findings: readonly Finding[], omitted?: OmittedFindings): void {
  const { annotations, overflow } = selectAnnotations([...findings], 10, omitted);
  for (const a of annotations) {
    const props = { title: a.title, file: a.file };
    if (a.severity === 'error') core.error(a.message, props);
    else if (a.severity === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  // A capped run's overflow: the job summary lists what the run lists, not every finding (the notice above says so).
  const lists = omitted ? 'the job summary lists every finding this run lists' : 'the job summary lists every finding';
  for (const o of overflow) {
    core.info(`${o.count} more ${o.severity} finding(s) are not annotated (GitHub shows 10 per severity); ${lists}.`);
  }
}

/** Sets every output from the state: a failed run is `fail` whatever was found before it stopped. */
export function setOutputs(state: RunState, failure: string | null): void {
  const o = state.outputs;
  const findings = findingsOf(state);
  const omitted = state.result?.evaluation.omitted;
  // Counts of every finding, listed or not (a capped run lists only the first ones: findings-omitted says how many more).
  const counts = severityCounts({ findings, ...(omitted ? { omitted } : {}) });
  o.result = failure ? 'fail' : (state.result?.evaluation.verdict ?? 'pass');
  o.violations = counts.error;
  o.warnings = counts.warning;
  o['findings-json'] = JSON.stringify(findings);
  o['findings-omitted'] = omitted?.count ?? 0;
  for (const [name, value] of Object.entries(o)) core.setOutput(name, String(value));
}

export async function writeSummary(state: RunState, inputs: ActionInputs | null, failure: string | null): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    const ev = state.result?.evaluation;
    const evaluation = {
      verdict: state.outputs.result,
      findings: findingsOf(state),
      ...(ev?.omitted ? { omitted: ev.omitted } : {}),
      board: ev?.board ?? [],
      ...(ev?.inFlight ? { inFlight: ev.inFlight } : {})
    };
    const notes = failure ? [`The run failed: ${failure}`, ...state.notes] : state.notes;
    const body = renderSummary(evaluation, reportContext(state, inputs?.files.claims ?? 'AI_CURRENT_WORK.md', notes));
    await core.summary.addRaw(body, true).write();
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message}`);
  }
}

/** Starts loading a lazily imported chunk while the run waits for the API; whoever needs it awaits its own import
 *  (a failure to load shows there, not here). */
export function preload(chunk: Promise<unknown>): void {
  chunk.catch(() => undefined);
}
