// The run's first request, sent as soon as the action starts: a pull request run's snapshot (one GraphQL request for
// its files, texts, comments and the open pull requests) is built from the inputs and the event alone, by the same
// functions the run uses (reads.ts, snapshot-query.ts), and sent before Octokit and the engine load; the run's own
// identical request takes the answer over (github/primed.ts). Anything unexpected here is left to the run, which
// reads the inputs and the event again and reports what is wrong.
import * as core from '@actions/core';
import { readContext } from './context.js';
import { primeGraphql } from './github/primed.js';
import { snapshotQuery } from './github/snapshot-query.js';
import { readInputs } from './inputs.js';
import { PR_ACTIONS, pullRequestCheck, snapshotReads } from './reads.js';

export function startFirstRead(): void {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const ctx = readContext();
    const ev = ctx.event;
    if (ev.kind !== 'pull_request' || !PR_ACTIONS.has(ev.action)) return;
    const { span, opts } = pullRequestCheck(ev, inputs);
    const reads = snapshotReads(inputs, span, opts);
    const { query, vars } = snapshotQuery(ctx, reads.files, reads.commits, reads.viewer, reads.extra);
    primeGraphql(ctx.apiUrl, inputs.token, query, vars);
  } catch {
    // The run reads the inputs and the event again, and says what is wrong with them.
  }
}
