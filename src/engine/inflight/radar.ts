// The overlap radar and what else the open pull requests tell a check: for a pull request, each file it changes
// that another open pull request also changes (`open-pr-overlap`: a notice, a warning when that pull request's
// agent claims the file), a warning for each one whose claims could not be read, and the "In flight" rows.
import { resolveBranchIdentity, resolveLoginIdentity } from '../identity/index.js';
import { note } from '../judge/finding.js';
import type { AgentSection, Config, Finding, InFlightInput, InFlightReport, InFlightRow, InFlightSource, ReportedFiles } from '../model.js';
import { agentKey } from '../names.js';
import { matchesAny } from '../paths/index.js';
import { isSelf, whereText } from './claims.js';

export interface RadarInput {
  inFlight: InFlightInput;
  /** In-flight claims per source, from inFlightClaims(). */
  claims: readonly { source: InFlightSource; sections: AgentSection[] }[];
  /** Paths the judged change touches. */
  changed: readonly string[];
  /** The judged change's agent (its own PR's overlap with itself is no news). */
  agent: string | null;
  config: Config;
  agents: readonly string[];
  files: ReportedFiles;
}

/** The agent working on a source: its branch (agents' branch globs), its author's login, or its one claimant. */
function agentOf(source: InFlightSource, sections: readonly AgentSection[], config: Config, agents: readonly string[]): string | null {
  const name = source.remote && source.branch.startsWith(`${source.remote}/`) ? source.branch.slice(source.remote.length + 1) : source.branch;
  const byBranch = resolveBranchIdentity(name, config, agents)?.agent;
  if (byBranch) return byBranch;
  const byLogin = source.author ? resolveLoginIdentity(source.author, { config, agents })?.agent : null;
  if (byLogin) return byLogin;
  const names = [...new Set(sections.map((s) => s.name))];
  return names.length === 1 ? names[0]! : null;
}

const label = (s: InFlightSource): string => (s.pullRequest !== null ? `PR #${s.pullRequest} (${s.branch})` : `branch ${s.branch}`);
const at = (s: InFlightSource) => ({ ...(s.pullRequest !== null ? { pullRequest: s.pullRequest } : {}), branch: s.branch });

export function radar(r: RadarInput): { findings: Finding[]; report: InFlightReport } {
  const { inFlight, config } = r;
  const own = new Set([r.files.claims, r.files.status, r.files.handoff]);
  const counted = r.changed.filter((p) => !own.has(p) && !(config.radar.ignore.length > 0 && matchesAny(config.radar.ignore, p)));
  const sectionsOf = new Map(r.claims.map((c) => [c.source, c.sections]));
  const findings: Finding[] = [];
  const rows: InFlightRow[] = [];
  if (inFlight.failed) {
    findings.push(
      note({ kind: 'incomplete-changes', severity: 'warning', file: null, agent: r.agent, commit: null, message: `Claims on open pull requests could not be read (${inFlight.failed}): in-flight claims were not checked.` })
    );
  }
  for (const source of inFlight.sources) {
    if (isSelf(source, inFlight.self)) continue;
    const sections = sectionsOf.get(source) ?? [];
    const agent = agentOf(source, sections, config, r.agents);
    if (source.problem) {
      findings.push(
        note({ kind: 'claims-unreadable', severity: 'warning', file: r.files.claims, agent, commit: null, ...at(source), message: `The claims of ${label(source)} could not be read: ${source.problem}; its in-flight claims were not checked.` })
      );
    }
    const theirs = new Set(source.files ?? []);
    const shared = counted.filter((p) => theirs.has(p));
    // The radar speaks on pull requests: a push has no open review to warn.
    if (inFlight.self.pullRequest !== null) {
      for (const file of shared) {
        const claimedBy = sections.find((s) => !s.idle && (agent === null || agentKey(s.name) === agentKey(agent)) && matchesAny(s.files.map((f) => f.pattern), file));
        findings.push(
          note({
            kind: 'open-pr-overlap',
            severity: claimedBy ? 'warning' : 'notice',
            file,
            agent,
            commit: null,
            ...(claimedBy ? { claimedBy: claimedBy.name } : {}),
            ...at(source),
            message: claimedBy
              ? `${file} is also changed by ${label(source)}${agent ? ` (${agent})` : ''}, and ${claimedBy.name} claims it there (${whereText({ branch: source.branch, pullRequest: source.pullRequest })}): agree who goes first before either merges.`
              : `${file} is also changed by ${label(source)}${agent ? ` (${agent})` : ''}, not merged yet: expect a merge conflict, or agree who goes first.`
          })
        );
      }
    }
    if (shared.length > 0 || sections.length > 0) {
      rows.push({ pullRequest: source.pullRequest, branch: source.branch, title: source.title, agent, draft: source.draft, sharedFiles: shared, claims: [...new Set(sections.map((s) => s.name))] });
    }
  }
  const said = inFlight.failed ? `The open pull requests could not be read (${inFlight.failed}).` : inFlight.note;
  return { findings, report: { rows, note: said } };
}
