// In-flight claims: the agent sections an open pull request (or a branch) changes, read from its head. Each is a
// claim of that agent, judged like a landed one, with where it is written. A pull request's own claims never block
// it, and a claim the default branch has since checked in again (a later check-in there) is superseded.
import { parseClaims } from '../claims/index.js';
import type { AgentSection, ClaimsDocument, InFlightInput, InFlightSource } from '../model.js';
import { agentKey } from '../names.js';

/** Is this source the change being judged (its own PR or branch)? */
export function isSelf(source: InFlightSource, self: InFlightInput['self']): boolean {
  if (self.pullRequest !== null && source.pullRequest === self.pullRequest) return true;
  return self.branch !== null && source.branch === self.branch;
}

const checkinOf = (s: AgentSection): number | null => s.lastCheckin?.end ?? null;

/**
 * The in-flight claims of `sources` against the landed claims: every section at a source's head that differs from
 * the same agent's landed section (or has none landed) and is not superseded by a later landed check-in.
 */
export function inFlightClaims(input: InFlightInput, landed: ClaimsDocument, timezone: string): { source: InFlightSource; sections: AgentSection[] }[] {
  const landedByKey = new Map<string, AgentSection[]>();
  for (const s of landed.agents) {
    const key = agentKey(s.name);
    landedByKey.set(key, [...(landedByKey.get(key) ?? []), s]);
  }
  const out: { source: InFlightSource; sections: AgentSection[] }[] = [];
  for (const source of input.sources) {
    if (isSelf(source, input.self) || source.claimsText === null) continue;
    const doc = parseClaims(source.claimsText, { timezone });
    const sections: AgentSection[] = [];
    for (const s of doc.agents) {
      const same = landedByKey.get(agentKey(s.name)) ?? [];
      if (same.some((l) => l.body === s.body)) continue; // unchanged: the landed claim already judges it
      // Superseded when the agent checked in on the default branch since; a check-in that cannot be read is never
      // superseded (it stays, as uncertain: when in doubt, warn).
      const theirs = checkinOf(s);
      const newer = theirs !== null && same.some((l) => (checkinOf(l) ?? -Infinity) > theirs);
      if (newer) continue;
      sections.push({ ...s, inFlight: { branch: source.branch, pullRequest: source.pullRequest } });
    }
    out.push({ source, sections });
  }
  return out;
}

/** "on PR #12 (codex/tracking), not merged yet" / "on branch codex/tracking, not merged yet". */
export function whereText(where: { branch: string; pullRequest: number | null }): string {
  return where.pullRequest !== null ? `on PR #${where.pullRequest} (${where.branch}), not merged yet` : `on branch ${where.branch}, not merged yet`;
}
