// The action's orchestrator: inputs → context → the handler for the event (push.ts, pull-request.ts) → outputs,
// annotations and the job summary, written in `finally` whatever happened before. The verdict and whether the run
// fails come from the engine (check()), decided once.
//
// Start-up: dist/index.js (index.ts) sends the run's first request (first-read.ts) and loads this file's chunk while
// the API answers. What only some runs need is imported when a run gets there — the status writer on pushes to a
// status branch, the PR comment on pull requests, the config parser with a config file, the status file's reader
// (and zod) with a status file — each in its own small chunk of dist/. Start-up figures: docs/benchmarks.md.
import * as core from '@actions/core';
import { ConfigError } from '../engine/config/base.js';
import { ContextError, readContext } from './context.js';
import { ReadError, createClient } from './github/client.js';
import { unusedPrime } from './github/primed.js';
import { LinkError } from './github/snapshot.js';
import type { FirstRead } from './first-read.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { onPullRequest } from './pull-request.js';
import { onPush } from './push.js';
import { annotate, findingsOf, newRunState, setOutputs, writeSummary } from './run-state.js';

/** Hides the token and the forms derived from it (git's basic-auth header) from every log line. */
function maskToken(token: string): void {
  core.setSecret(token);
  core.setSecret(Buffer.from(`x-access-token:${token}`).toString('base64'));
}

/**
 * Hides the webhook URL as given, as parsed (URL normalises it) and its path with the query, where Slack and
 * Mattermost keep the key — a path too short to be a key is left alone, or every "/hooks" in the log would go.
 */
function maskWebhook(raw: string): void {
  const value = raw.trim();
  if (value === '') return;
  core.setSecret(value);
  try {
    const url = new URL(value);
    if (url.href !== value) core.setSecret(url.href);
    const key = `${url.pathname}${url.search}`;
    if (key.length >= 12) core.setSecret(key);
  } catch {
    // Not a URL: readInputs rejects it without showing it.
  }
}

/** Masks every secret input before anything else runs, so no later line (an input error included) can show one. */
function maskSecrets(read: (name: string) => string): void {
  const token = read('token').trim();
  if (token) maskToken(token);
  maskWebhook(read('notify-webhook'));
}

/** A user-facing message for anything that stopped the run: no stack trace, what failed and why. */
function describeFailure(error: unknown): string {
  if (error instanceof ConfigError || error instanceof InputError || error instanceof ContextError || error instanceof ReadError || error instanceof LinkError) return error.message;
  const message = (error as Error)?.message ?? String(error);
  return `ai-sync could not complete: ${message}`;
}

/** The run, reading everything itself (as @github/local-action calls it: docs/action.md). */
export async function run(): Promise<void> {
  return runWith(null);
}

/** The run; `early` is what first-read.ts read already (the inputs and the context), if it could read them. */
export async function runWith(early: FirstRead | null): Promise<void> {
  const state = newRunState();
  let inputs: ActionInputs | null = null;
  let failure: string | null = null;
  try {
    const read = (name: string): string => core.getInput(name);
    maskSecrets(read);
    inputs = early?.inputs ?? readInputs(read);
    for (const w of inputs.warnings) core.warning(w);
    const ctx = early?.ctx ?? readContext();
    state.eventName = ctx.eventName;
    state.ref = ctx.ref || null;
    const api = createClient(inputs.token, ctx.apiUrl);
    if (ctx.event.kind === 'push') await onPush(api, ctx, ctx.event, inputs, state);
    else if (ctx.event.kind === 'pull_request') await onPullRequest(api, ctx, ctx.event, inputs, state);
    else {
      core.notice(`ai-sync checks push and pull_request events; "${ctx.eventName}" is not checked.`);
      state.notes.push(`The "${ctx.eventName}" event is not checked.`);
    }
    annotate(findingsOf(state), state.result?.evaluation.omitted);
  } catch (error) {
    failure = describeFailure(error);
    core.debug(`failure: ${(error as Error)?.stack ?? String(error)}`);
  } finally {
    // A first request sent for a run that then asked something else (never expected: the same functions build both).
    if (unusedPrime()) core.debug('the first request, sent before the action loaded, was not used');
    setOutputs(state, failure);
    await writeSummary(state, inputs, failure);
    const o = state.outputs;
    if (failure) core.setFailed(failure);
    else if (state.result?.fails) core.setFailed(`ai-sync: ${o.violations} error(s), ${o.warnings} warning(s) — see the annotations and the job summary.`);
  }
}
