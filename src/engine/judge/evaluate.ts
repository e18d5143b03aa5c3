// Change set + claims before/after → findings, verdict and the claims board. Pure: the action and the CLI
// both call this, so a local `ai-sync verify` and the check on GitHub can never disagree.
import { agentKey } from '../names.js';
import type { Liveness } from './liveness.js';
import type { AgentSection, ChangeCommit, Evaluation, EvaluationInput, Finding } from '../model.js';
import { compilePatterns, matchesAny } from '../paths/index.js';
import { finding } from './finding.js';
import { claimLiveness, holdersOf, holdingsOf, iso, lastSeenMap, livenessOf, type Holding } from './holders.js';
import { changedPaths, claimFinding, eachHit, findOverride, ignoredPredicate, isEmergency, judgeHit, type Hit } from './claims.js';
import { FindingCap, MAX_FINDINGS } from './cap.js';
import { buildBoard } from './board.js';
import { identityConflictFindings } from './identity.js';
import { overlapFindings } from './overlap.js';
import { tamperFindings } from './tamper.js';
import { hiddenClaimFindings, unreadableFindings } from './unreadable.js';
import { inFlightBoard, inFlightHoldings } from './in-flight.js';

export { buildBoard };

function handoffFinding(input: EvaluationInput, isIgnored: (p: string) => boolean): Finding[] {
  if (!input.config.policy.requireHandoff) return [];
  const all = input.commits.flatMap(changedPaths);
  if (all.includes(input.files.handoff)) return [];
  const relevant = all.filter((p) => !isIgnored(p));
  if (relevant.length === 0) return [];
  const head = input.commits[input.commits.length - 1];
  return [
    {
      kind: 'missing-handoff',
      severity: 'error',
      file: null,
      agent: head?.identity.agent ?? null,
      claimedBy: null,
      module: null,
      commit: head?.sha ?? null,
      checkin: null,
      age: null,
      staleAt: null,
      message: `This change modifies ${relevant.length} file(s) but not ${input.files.handoff}; add a handoff note describing the change (policy require-handoff).`
    }
  ];
}

function claimsFileFindings(input: EvaluationInput): Finding[] {
  return input.claimsAfter.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({
      kind: 'invalid-claims-file' as const,
      severity: 'warning' as const,
      file: input.files.claims,
      agent: null,
      claimedBy: null,
      module: null,
      commit: null,
      checkin: null,
      age: null,
      staleAt: null,
      message: `${input.files.claims}:${d.line}: ${d.message}`
    }));
}

/** The first path another agent's change touches among a section's patterns (for claims the reader could not read). */
function touchedBy(input: EvaluationInput, section: AgentSection, isIgnored: (p: string) => boolean): string | null {
  const patterns = section.files.map((f) => f.pattern);
  const owner = agentKey(section.name);
  for (const commit of input.commits) {
    if (commit.identity.agent !== null && agentKey(commit.identity.agent) === owner) continue;
    for (const path of changedPaths(commit)) if (!isIgnored(path) && matchesAny(patterns, path)) return path;
  }
  return null;
}

const NOT_ASKED = (): boolean => false;

/** Judges a change set against the claims. */
export function evaluate(input: EvaluationInput): Evaluation {
  const { config, now } = input;
  const seen = lastSeenMap(input.lastSeen);
  // Others' claims come from before the change: a push cannot un-claim someone's files to slip through.
  const judgedDoc = input.claimsBefore ?? input.claimsAfter;
  const holders = holdersOf(judgedDoc);
  const live = livenessOf(holders, seen, now, config);
  // Claims in flight (written on open pull requests and branches) are judged like landed ones.
  const holdings = [...holdingsOf(holders, config), ...inFlightHoldings(input.inFlight ?? [], config)];
  const index = compilePatterns(holdings.map((h) => ({ pattern: h.pattern, owner: h })));
  const isIgnored = ignoredPredicate(input);
  const overrides = [...input.claimsAfter.overrides, ...(input.claimsBefore?.overrides ?? [])];

  // One judgement per claim, however many of its files the change touches.
  const claimLive = new Map<AgentSection, Liveness>();
  const liveOfClaim = (section: AgentSection, agent: string): Liveness => {
    let l = claimLive.get(section);
    if (!l) claimLive.set(section, (l = claimLiveness(section, agentKey(agent), seen, now, config)));
    return l;
  };
  const liveOf = (holding: Holding): Liveness => (holding.section ? liveOfClaim(holding.section, holding.agent) : (live.get(agentKey(holding.agent)) as Liveness));
  // Every hit is judged and counted; only the ones the list keeps get their message (judge/cap.ts).
  const cap = new FindingCap<Finding | Hit>(input.maxFindings ?? MAX_FINDINGS);
  const policy = config.policy;
  const emergencies = new Map<ChangeCommit, boolean>();
  eachHit(input, holdings, index, isIgnored, (file, holding, commit) => {
    let emergency = emergencies.get(commit);
    if (emergency === undefined) emergencies.set(commit, (emergency = isEmergency(commit.message)));
    // Whether an override entry covers the file matters to an emergency commit only (and is asked only then).
    const covered = emergency ? () => findOverride(overrides, file, holding.module, now).entry !== null : NOT_ASKED;
    const judged = judgeHit(liveOf(holding).state, commit.identity.agent === null, emergency, covered, policy);
    if (judged !== null && cap.admit(judged.severity, judged.kind, file)) cap.keep({ file, holding, commit });
  });
  const liveAfter = livenessOf(holdersOf(input.claimsAfter), seen, now, config);
  for (const f of [
    ...tamperFindings(input),
    ...overlapFindings(input.claimsAfter, liveAfter),
    ...handoffFinding(input, isIgnored),
    ...claimsFileFindings(input),
    ...unreadableFindings(input.claimsAfter, input.claimsBefore, input.files.claims, (key) => (live.get(key) ?? liveAfter.get(key))?.state === 'stale'),
    ...hiddenClaimFindings(
      input.claimsAfter,
      input.claimsBefore,
      input.files.claims,
      (s) => claimLiveness(s, agentKey(s.name), seen, now, config),
      (s) => touchedBy(input, s, isIgnored)
    ),
    // The winning rule still attributes each commit; evidence naming another agent is a warning, so a wrong trailer
    // cannot silently move work from one agent to another.
    ...identityConflictFindings(input.commits),
    // Found before judging (by check()): hand edits of the status file, changes that could not all be listed.
    ...(input.findings ?? [])
  ]) {
    cap.offer(finding(f));
  }
  const listed = cap.result();
  const findings = listed.items.map((x) => ('message' in x ? x : (finding(claimFinding(x, liveOf(x.holding), config, overrides, now) as Finding))));

  // The acting agents were seen at `now`: the board after this change reflects that.
  const seenAfter: Record<string, string> = { ...input.lastSeen };
  for (const c of input.commits) if (c.identity.agent) seenAfter[c.identity.agent] = iso(now) as string;
  const board = buildBoard(input.claimsAfter, config, now, normaliseSeen(seenAfter));
  if (input.inFlight && input.inFlight.length > 0) board.push(...inFlightBoard(input.inFlight, config, now, normaliseSeen(seenAfter)));
  return { verdict: listed.verdict, findings, ...(listed.omitted ? { omitted: listed.omitted } : {}), board };
}

/** lastSeen keyed case-insensitively, keeping the latest time per agent. */
function normaliseSeen(seen: Record<string, string>): Record<string, string> {
  const out = new Map<string, [string, string, number]>();
  for (const [name, when] of Object.entries(seen)) {
    const ms = Date.parse(when);
    if (!Number.isFinite(ms)) continue;
    const prev = out.get(agentKey(name));
    if (!prev || ms > prev[2]) out.set(agentKey(name), [name, when, ms]);
  }
  return Object.fromEntries([...out.values()].map(([n, w]) => [n, w]));
}
