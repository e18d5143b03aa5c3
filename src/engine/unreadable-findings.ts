// What the claims reader could not account for, as findings: every run that sees such text says so (a warning),
// so a claim the reader cannot read never passes in silence. A problem inside a stale claim is only a notice.
import { agentKey } from './claims/claim.js';
import { finding } from './finding.js';
import type { ClaimsDocument, Finding, Severity } from './model.js';

/**
 * One `claims-unreadable` finding per problem, from the claims after the change and those at its base (which
 * judged it); a problem present in both is reported once, at its line after the change.
 */
export function unreadableFindings(
  after: ClaimsDocument,
  before: ClaimsDocument | null,
  file: string,
  isStale: (agent: string) => boolean
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const [doc, where] of [
    [after, ''],
    [before, ' (in the claims at the base of this change, which judged it)']
  ] as const) {
    for (const u of doc?.unreadable ?? []) {
      const key = `${u.found}\u0000${u.expected}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const severity: Severity = u.agent !== undefined && isStale(agentKey(u.agent)) ? 'notice' : 'warning';
      const message =
        u.line === 0
          ? `Nothing in ${file} is protected${where}: it has ${u.found} — expected ${u.expected}.`
          : `${file}:${u.line}${where}: ${u.found} — expected ${u.expected}.`;
      out.push(
        finding({
          kind: 'claims-unreadable',
          severity,
          file,
          ...(u.line > 0 ? { line: u.line } : {}),
          agent: null,
          claimedBy: u.agent ?? null,
          module: null,
          commit: null,
          checkin: null,
          age: null,
          staleAt: null,
          message
        })
      );
    }
  }
  return out;
}
