// Edits to another agent's part of the claims file: who changed whose section, blamed per commit when the adapter
// read the file after each one, else over the whole change.
import { agentKey } from '../names.js';
import type { ChangeCommit, ClaimsDocument, EvaluationInput, Finding, Severity } from '../model.js';

export function changedOwners(before: ClaimsDocument, after: ClaimsDocument): Set<string> {
  const owners = new Set<string>();
  const sections = (doc: ClaimsDocument): Map<string, string> => {
    const m = new Map<string, string>();
    for (const s of doc.agents) m.set(agentKey(s.name), m.has(agentKey(s.name)) ? `${m.get(agentKey(s.name))}\n${s.body}` : s.body);
    return m;
  };
  const modules = (doc: ClaimsDocument): Map<string, string> => {
    const m = new Map<string, string>();
    for (const c of doc.moduleClaims) {
      const k = agentKey(c.agent);
      m.set(k, [m.get(k) ?? '', c.module.toLowerCase()].sort().join('\n'));
    }
    return m;
  };
  for (const [a, b] of [
    [sections(before), sections(after)],
    [modules(before), modules(after)]
  ] as const) {
    for (const key of new Set([...a.keys(), ...b.keys()])) if (a.get(key) !== b.get(key)) owners.add(key);
  }
  return owners;
}

export function displayName(key: string, ...docs: (ClaimsDocument | null)[]): string {
  for (const doc of docs) {
    const s = doc?.agents.find((a) => agentKey(a.name) === key);
    if (s) return s.name;
    const c = doc?.moduleClaims.find((m) => agentKey(m.agent) === key);
    if (c) return c.agent;
  }
  return key;
}

export function tamperFindings(input: EvaluationInput): Finding[] {
  const { claimsBefore, claimsAfter, files, config } = input;
  if (!claimsBefore) return [];
  const touching = input.commits.filter((c) =>
    c.files.some((f) => f.path === files.claims || f.previousPath === files.claims)
  );
  if (touching.length === 0) return [];
  const findings: Finding[] = [];
  const severityFor = (agent: string | null): Severity | null =>
    agent !== null ? 'error' : config.policy.unknownAuthor === 'ignore' ? null : config.policy.unknownAuthor === 'error' ? 'error' : 'warning';
  const report = (commit: ChangeCommit, owner: string, severity: Severity, note = ''): void => {
    const actor = commit.identity.agent ?? 'An unidentified author';
    findings.push({
      kind: 'claim-tampered',
      severity,
      file: files.claims,
      agent: commit.identity.agent,
      claimedBy: owner,
      module: null,
      commit: commit.sha,
      checkin: null,
      age: null,
      staleAt: null,
      message: `${actor} edited ${owner}'s status in ${files.claims}${note}; only ${owner} may change its own claims — revert that part, or ask ${owner} to release the claim.`
    });
  };

  // Exact blame when the adapter read the claims file after each touching commit.
  if (touching.every((c) => c.claimsAfter)) {
    let previous = claimsBefore;
    for (const commit of touching) {
      const next = commit.claimsAfter as ClaimsDocument;
      const actor = commit.identity.agent ? agentKey(commit.identity.agent) : null;
      for (const owner of changedOwners(previous, next)) {
        if (owner === actor) continue;
        const severity = severityFor(commit.identity.agent);
        if (severity) report(commit, displayName(owner, previous, next), severity);
      }
      previous = next;
    }
    return findings;
  }

  // Otherwise compare the whole change: blame is certain only when the owner made none of the touching commits.
  for (const owner of changedOwners(claimsBefore, claimsAfter)) {
    const others = touching.filter((c) => !c.identity.agent || agentKey(c.identity.agent) !== owner);
    if (others.length === 0) continue;
    const first = others[0] as ChangeCommit;
    const name = displayName(owner, claimsBefore, claimsAfter);
    if (others.length === touching.length) {
      const severity = severityFor(first.identity.agent);
      if (severity) report(first, name, severity);
    } else {
      report(first, name, 'warning', ' (or the owner did: several agents edited the file in this change)');
    }
  }
  return findings;
}
