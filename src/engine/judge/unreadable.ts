// What the claims reader could not account for, as findings: every run that sees such text says so (a warning),
// so a claim the reader cannot read never passes in silence. A problem inside a stale claim is only a notice.
import { agentKey } from '../names.js';
import { finding } from './finding.js';
import type { Liveness } from './liveness.js';
import type { AgentSection, ClaimsDocument, Finding, Severity } from '../model.js';

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

/**
 * A claim inside a closed code fence or HTML comment is never read, but one that looks alive — files listed and a
 * check-in within the active or caution window, or a check-in that cannot be read and files this change touches —
 * may be a real claim that a fence or comment swallowed: a warning at its line, so nobody relies on it in silence.
 * Examples and templates age out of the window, and placeholder paths match no change.
 */
export function hiddenClaimFindings(
  after: ClaimsDocument,
  before: ClaimsDocument | null,
  file: string,
  liveOf: (section: AgentSection) => Liveness,
  touched: (section: AgentSection) => string | null
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const doc of [after, before]) {
    for (const s of doc?.hidden ?? []) {
      const key = `${agentKey(s.name)}\u0000${s.files.map((f) => f.pattern).join('\u0000')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const live = liveOf(s);
      const path = live.state === 'uncertain' ? touched(s) : null;
      if (live.state !== 'active' && live.state !== 'caution' && path === null) continue;
      const paths = s.files.slice(0, 3).map((f) => f.pattern).join(', ') + (s.files.length > 3 ? `, … (${s.files.length})` : '');
      const why = path !== null ? `it claims ${path}, which this change touches, and ${live.source ?? 'its check-in cannot be read'}` : `${live.source ?? 'recent'}; ${paths}`;
      out.push(
        finding({
          kind: 'claims-unreadable',
          severity: 'warning',
          file,
          line: s.line,
          agent: null,
          claimedBy: s.name,
          module: null,
          commit: null,
          checkin: s.lastCheckin?.text ?? null,
          age: null,
          staleAt: null,
          message: `${file}:${s.line}: a section of ${s.name} inside a code fence or HTML comment reads like a live claim (${why}), but text in fences and comments is never read — expected the section outside the fence or comment, or no recent check-in if it is an example.`
        })
      );
    }
  }
  return out;
}
