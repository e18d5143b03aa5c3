// Two agents claiming the same module or overlapping paths in the claims after the change.
import { agentKey } from '../names.js';
import type { Liveness } from './liveness.js';
import type { ClaimsDocument, FileClaim, Finding, Severity } from '../model.js';
import { compilePatterns, type PathIndex } from '../paths/index.js';
import { holdersOf, type Holder } from './holders.js';

/**
 * Each agent's file claims compiled once; two claims overlap when one's literal form (a glob read as a path)
 * falls under the other. One index lookup per claim and pair of agents: linear, not quadratic.
 */
export function claimIndex(files: readonly { pattern: string }[]): PathIndex<string> {
  return compilePatterns(files.map((f) => ({ pattern: f.pattern, owner: f.pattern })));
}

export const literalOf = (p: string): string => p.replace(/\/+$/, '');

/** A's claims that overlap one of B's, each with the first such claim of B, in A's order. */
export function overlappingClaims(filesA: readonly { pattern: string }[], idxA: PathIndex<string>, filesB: readonly { pattern: string }[], idxB: PathIndex<string>): [string, string][] {
  const hits = new Map<string, string>();
  for (const fa of filesA) {
    const fb = idxB.match(literalOf(fa.pattern))[0];
    if (fb !== undefined && !hits.has(fa.pattern)) hits.set(fa.pattern, fb);
  }
  for (const fb of filesB) {
    for (const fa of idxA.match(literalOf(fb.pattern))) if (!hits.has(fa)) hits.set(fa, fb.pattern);
  }
  return filesA.flatMap((fa) => {
    const fb = hits.get(fa.pattern);
    if (fb === undefined) return [];
    hits.delete(fa.pattern); // a pattern listed twice is reported once
    return [[fa.pattern, fb] as [string, string]];
  });
}

export function overlapFindings(after: ClaimsDocument, live: Map<string, Liveness>): Finding[] {
  // Files given to several agents at once ("Both" in an ownership table) are shared on purpose: no overlap.
  const liveFiles = (h: Holder): FileClaim[] => h.sections.filter((s) => !s.idle).flatMap((s) => s.files.filter((f) => !f.shared));
  const holders = [...holdersOf(after).values()].filter((h) => h.sections.some((s) => !s.idle));
  const files = holders.map(liveFiles);
  const indexes = files.map((f) => claimIndex(f));
  const findings: Finding[] = [];
  for (let i = 0; i < holders.length; i++) {
    for (let j = i + 1; j < holders.length; j++) {
      const [a, b] = [holders[i] as Holder, holders[j] as Holder];
      const stale = [a, b].some((h) => live.get(agentKey(h.name))?.state === 'stale');
      const severity: Severity = stale ? 'notice' : 'warning';
      for (const module of a.modules) {
        if (b.modules.some((m) => m.toLowerCase() === module.toLowerCase())) {
          findings.push(overlap(a.name, b.name, null, module, severity));
        }
      }
      const pairs = overlappingClaims(files[i] as FileClaim[], indexes[i] as PathIndex<string>, files[j] as FileClaim[], indexes[j] as PathIndex<string>);
      for (const [fa, fb] of pairs) {
        findings.push(overlap(a.name, b.name, fa === fb ? fa : `${fa} / ${fb}`, null, severity));
      }
    }
  }
  return findings;
}

export function overlap(a: string, b: string, file: string | null, module: string | null, severity: Severity): Finding {
  const what = module !== null ? `module ${module}` : `${file}`;
  return {
    kind: 'overlapping-claims',
    severity,
    file: module === null && file !== null && !file.includes(' / ') ? file : null,
    agent: null,
    claimedBy: `${a}, ${b}`,
    module,
    commit: null,
    checkin: null,
    age: null,
    staleAt: null,
    message: `${a} and ${b} both claim ${what}; agree who keeps it and remove it from the other's Files Being Modified${severity === 'notice' ? ' (one of the claims is stale)' : ''}.`
  };
}
