// ai-sync claim and ai-sync emergency as one plan: resolve the agent (refusing to start a second section for a
// misspelt one), check the request against every other agent's live claims (the claims file's and those in flight
// on other branches), then refuse, record an emergency override, or claim.
import { findConflicts } from '../conflicts.js';
import { conflictLine, refusal, type Words } from '../claim-text.js';
import type { Plan } from '../publish.js';
import { applyClaim, guardNewAgent, moduleWarning, type ClaimOptions } from './claim-edit.js';
import { lastSeen, parse, resolveAgent, type Env } from './edit-plans.js';
import { emergencyOutcome } from './emergency-plan.js';

export function claimPlan(opts: ClaimOptions, env: Env): Plan {
  const file = env.paths.claims;
  const words: Words = { tz: env.tz, now: env.now, hint: env.hint };
  return (texts) => {
    const text = texts.claims ?? '';
    const doc = parse(text, env);
    const agent = resolveAgent(env, doc);
    guardNewAgent(text, doc, agent, env);
    const report = findConflicts(doc, env.config, env.now, lastSeen(texts, env.now), agent.names, { module: opts.module, files: opts.files }, env.inFlight);
    const notes = report.other.map((c) => `note: ${conflictLine(c, words)}`);
    const warning = moduleWarning(opts.module, doc, env);
    const warnings = warning === null ? [] : [warning];

    if (report.blocking.length > 0) {
      if (!opts.force) throw refusal(report.blocking, words);
      const outcome = emergencyOutcome(text, doc, report.blocking, opts, env, agent, words);
      return { ...outcome, lines: [...outcome.lines, ...notes], warnings };
    }
    const claim = applyClaim(text, opts, env, agent);
    const forced = opts.force
      ? ['note: nothing asked for is held by another agent\'s live claim, so no emergency override was needed: claimed as usual']
      : [];
    return {
      writes: { [file]: claim.out },
      subject: `chore(ai-sync): claim ${claim.what} for ${claim.name}`,
      agent: claim.name,
      lines: [...claim.lines, ...forced, ...notes],
      warnings,
      detail: { claim: claim.detail }
    };
  };
}
