// The run's notice: the findings notify-on selects that were not notified before (the caller's record says which),
// sent as one POST to notify-webhook. Whatever happens here the verdict stays as judged: a failure is a warning and
// a summary note, without the URL. Loaded only when a webhook is set.
import * as core from '@actions/core';
import type { CheckResult } from '../../engine/check.js';
import type { Finding } from '../../engine/model.js';
import { sortFindings } from '../../report/format.js';
import { buildNotice, omittedNoticeText, omittedSelected, runUrl, selects, NOTICE_MAX_FINDINGS } from '../../report/notice.js';
import { distinctNotices } from '../../report/notified.js';
import type { RunContext } from '../context.js';
import type { ActionInputs } from '../inputs.js';
import type { RunState } from '../run-state.js';
import { postJson, type SendOptions } from './send.js';

export interface NotifyRequest {
  /** Where deliveries are recorded: `null` when nowhere (a branch without a status file, no PR comment). */
  record: 'status file' | 'pull request comment' | null;
  /** True for a finding the record already holds. */
  notified: (f: Finding) => boolean;
  ref: string | null;
  commit: string | null;
  pullRequest: number | null;
}

const plural = (n: number): string => `${n} finding${n === 1 ? '' : 's'}`;

/** The run attempt (GITHUB_RUN_ATTEMPT), 1 when unknown. */
export function runAttempt(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.GITHUB_RUN_ATTEMPT);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/**
 * Sends what is new and returns what was delivered (the caller records exactly that). Adds one summary note saying
 * how many were notified or why none were, and a warning when the webhook failed.
 */
export async function notify(inputs: ActionInputs, ctx: RunContext, state: RunState, result: CheckResult, req: NotifyRequest, send: SendOptions = {}): Promise<Finding[]> {
  const webhook = inputs.notify.webhook;
  if (webhook === null) return [];
  const say = (note: string): Finding[] => {
    state.notes.push(note);
    core.info(note);
    return [];
  };
  if (inputs.notify.on.length === 0) return say('Notifications: none sent (notify-on is none).');
  // A capped run lists only its first findings: the others cannot be notified, nor recorded as notified; say so.
  const unlisted = omittedSelected(inputs.notify.on, result.evaluation.omitted);
  if (unlisted > 0) {
    const note = `Notifications: ${omittedNoticeText(unlisted)} (kinds in the findings above); they are not recorded as notified.`;
    core.info(note);
    state.notes.push(note);
  }
  const selected = distinctNotices(result.evaluation.findings.filter((f) => selects(inputs.notify.on, f)));
  if (selected.length === 0) return say(`Notifications: nothing${unlisted > 0 ? ' listed' : ''} to notify (notify-on: ${inputs.notify.on.join(', ')}).`);
  const fresh = selected.filter((f) => !req.notified(f));
  if (fresh.length === 0) return say(`Notifications: nothing new to notify (${plural(selected.length)} already notified, as the ${req.record ?? 'record'} says).`);
  const attempt = runAttempt();
  if (req.record === null && attempt > 1) {
    // Nothing records what attempt 1 delivered here: a rerun (typically of a run that failed on these very findings)
    // would send them again, so only the first attempt sends.
    return say(`Notifications: not sent on attempt ${attempt}: nothing on this ref records what the first attempt sent (only status branches and pull request comments do), so only the first attempt sends.`);
  }
  const batch = sortFindings(fresh).slice(0, NOTICE_MAX_FINDINGS);
  const repository = `${ctx.owner}/${ctx.repo}`;
  const body = buildNotice({
    findings: batch,
    repository,
    ref: req.ref,
    commit: req.commit,
    pullRequest: req.pullRequest,
    runUrl: runUrl(process.env.GITHUB_SERVER_URL, repository, process.env.GITHUB_RUN_ID, process.env.GITHUB_RUN_ATTEMPT),
    verdict: result.evaluation.verdict,
    claimsFile: inputs.files.claims,
    board: result.evaluation.board,
    ...(unlisted > 0 ? { omitted: unlisted } : {})
  });
  const outcome = await postJson(webhook, JSON.stringify(body), send);
  if (!outcome.ok) {
    const warning = `The notification webhook failed (${outcome.reason}): ${plural(batch.length)} not notified${req.record ? '; the next run tries again' : ''}. The verdict is unchanged.`;
    core.warning(warning);
    state.notes.push(warning);
    return [];
  }
  const delivered = batch;
  state.outputs.notified = delivered.length;
  const left = fresh.length - delivered.length;
  const note = `Notifications: notified ${plural(delivered.length)}${left > 0 ? ` (${left} more next time: at most ${NOTICE_MAX_FINDINGS} per notice)` : ''}.`;
  state.notes.push(note);
  core.info(note);
  return delivered;
}
