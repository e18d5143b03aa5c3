// Change set + claims before/after → findings, verdict and the claims board. Pure: the action and the CLI
// both call this, so a local `ai-sync verify` and the check on GitHub can never disagree.
import { agentKey } from './claims/claim.js';
import { liveness, type Liveness } from './liveness.js';
import type {
  AgentSection,
  BoardEntry,
  ChangeCommit,
  ClaimsDocument,
  Config,
  EmergencyOverride,
  Evaluation,
  EvaluationInput,
  FileClaim,
  Finding,
  Severity,
  Verdict
} from './model.js';
import { compilePatterns, matchesAny, type PathIndex } from './paths.js';
import { finding } from './finding.js';
import { identityConflictFindings } from './identity-findings.js';
import { unreadableFindings } from './unreadable-findings.js';
import { formatIso } from './time.js';

const DAY = 24 * 3_600_000;

export { agentKey };

const iso = (ms: number | null): string | null => (ms === null ? null : formatIso(ms));

/** One claim entry: a path pattern held by an agent, possibly through a module, with the claim it came from. */
interface Holding {
  agent: string;
  module: string | null;
  pattern: string;
  /** The section, table row or line that claims it; null for a module claimed on a module list line. */
  section: AgentSection | null;
}

/** Everything an agent holds in one claims document: its claims (sections, rows, lines), modules and patterns. */
interface Holder {
  name: string;
  sections: AgentSection[];
  modules: string[];
}

function holdersOf(doc: ClaimsDocument): Map<string, Holder> {
  const holders = new Map<string, Holder>();
  const get = (name: string): Holder => {
    const key = agentKey(name);
    let h = holders.get(key);
    if (!h) {
      h = { name, sections: [], modules: [] };
      holders.set(key, h);
    }
    return h;
  };
  for (const section of doc.agents) {
    const h = get(section.name);
    // A duplicate "## X Status" section: the parser already reported it; the first one counts. Rows, claim
    // sections and lines are claims of their own.
    const explicit = (section.source ?? 'section') === 'section';
    if (explicit && h.sections.some((x) => (x.source ?? 'section') === 'section')) continue;
    h.sections.push(section);
    if (!section.idle && section.module && !h.modules.some((m) => m.toLowerCase() === section.module?.toLowerCase())) h.modules.push(section.module);
  }
  for (const claim of doc.moduleClaims) {
    const h = get(claim.agent);
    if (!h.modules.some((m) => m.toLowerCase() === claim.module.toLowerCase())) h.modules.push(claim.module);
  }
  return holders;
}

/** Module name → configured globs, looked up case-insensitively. */
function modulePatterns(config: Config, module: string): string[] {
  const wanted = module.toLowerCase();
  for (const [name, globs] of Object.entries(config.modules)) if (name.toLowerCase() === wanted) return globs;
  return [];
}

function holdingsOf(holders: Map<string, Holder>, config: Config): Holding[] {
  const out: Holding[] = [];
  for (const h of holders.values()) {
    for (const section of h.sections) {
      if (section.idle) continue;
      for (const f of section.files) out.push({ agent: h.name, module: section.module, pattern: f.pattern, section });
    }
    for (const module of h.modules) {
      for (const pattern of modulePatterns(config, module)) out.push({ agent: h.name, module, pattern, section: null });
    }
  }
  return out;
}

/** Liveness of one claim: its own check-in and doubt, and its holder's observed activity. */
function claimLiveness(section: AgentSection, key: string, lastSeen: Map<string, number>, now: number, config: Config): Liveness {
  return liveness(section.lastCheckin, lastSeen.get(key) ?? null, now, config, section.uncertain ?? null);
}

const STATE_RANK: Record<Liveness['state'], number> = { active: 0, caution: 1, uncertain: 2, stale: 3 };

/** The most alive of an agent's live claims (what blocks most), or its activity alone when it has none. */
function holderLiveness(h: Holder, key: string, lastSeen: Map<string, number>, now: number, config: Config): { live: Liveness; section: AgentSection | null } {
  let best: { live: Liveness; section: AgentSection | null } | null = null;
  for (const section of h.sections) {
    if (section.idle) continue;
    const live = claimLiveness(section, key, lastSeen, now, config);
    if (best === null || STATE_RANK[live.state] < STATE_RANK[best.live.state]) best = { live, section };
  }
  return best ?? { live: liveness(null, lastSeen.get(key) ?? null, now, config), section: null };
}

/** Liveness of every agent that appears in a document, keyed by agentKey. */
function livenessOf(
  holders: Map<string, Holder>,
  lastSeen: Map<string, number>,
  now: number,
  config: Config
): Map<string, Liveness> {
  const out = new Map<string, Liveness>();
  for (const [key, h] of holders) out.set(key, holderLiveness(h, key, lastSeen, now, config).live);
  return out;
}

/** Observed activity per agent (future values were dropped where the status file is read: lastSeenFrom). */
function lastSeenMap(lastSeen: Record<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, when] of Object.entries(lastSeen)) {
    const ms = Date.parse(when);
    if (Number.isFinite(ms)) out.set(agentKey(name), ms);
  }
  return out;
}

const isEmergency = (message: string): boolean => /^\s*EMERGENCY:/i.test(message);

/** Is the file's directory chain or the module named by an override entry dated within 24 h of now? */
function findOverride(
  overrides: readonly EmergencyOverride[],
  file: string,
  module: string | null,
  now: number
): { entry: EmergencyOverride | null; why: string } {
  let undated = false;
  let old = false;
  for (const entry of overrides) {
    const covers =
      (module !== null && entry.module !== null && entry.module.toLowerCase().includes(module.toLowerCase())) ||
      entry.lines.some((line) => namesPathOrParent(line, file));
    if (!covers) continue;
    if (!entry.date) {
      undated = true;
      continue;
    }
    // The entry must be from the last 24 h (an old entry must not license new emergencies).
    if (entry.date.end >= now - DAY && entry.date.start <= now + DAY) return { entry, why: '' };
    old = true;
  }
  if (old) return { entry: null, why: 'the matching Emergency Override entry is older than 24 h' };
  if (undated) return { entry: null, why: 'the matching Emergency Override entry has no date' };
  return { entry: null, why: 'no Emergency Override entry names this file or its module' };
}

function namesPathOrParent(line: string, file: string): boolean {
  // Tokens in the line that look like paths; a token naming the file or one of its parent directories covers it.
  for (const raw of line.split(/[\s`'"(),;]+/)) {
    const token = raw.replace(/^\.\//, '').replace(/[.:]+$/, '');
    if (!token || !token.includes('/') && !token.includes('.')) continue;
    const dir = token.endsWith('/') ? token : `${token}/`;
    if (token === file || file.startsWith(dir)) return true;
  }
  return false;
}

function hours(h: number | null): string {
  if (h === null) return 'an unknown time';
  if (h < 1) return `${Math.round(h * 60)} min`;
  return `${Math.round(h * 10) / 10} h`;
}

interface Hit {
  file: string;
  holding: Holding;
  commit: ChangeCommit;
}

function claimFinding(hit: Hit, live: Liveness, config: Config, overrides: readonly EmergencyOverride[], now: number): Finding | null {
  const { file, holding, commit } = hit;
  const agent = commit.identity.agent;
  const who = holding.agent;
  const what = holding.module ? `${who} (module ${holding.module})` : who;
  const since = live.source ? (live.ageHours === null ? live.source : `${live.source}, ${hours(live.ageHours)} ago`) : 'no readable check-in or activity';
  const staleAt = iso(live.staleAt);
  const base = {
    file,
    agent,
    claimedBy: who,
    module: holding.module,
    commit: commit.sha,
    checkin: iso(live.latest),
    age: live.ageHours,
    staleAt
  };
  const actor = agent ?? 'An unidentified author';
  const unknown = agent === null;
  if (unknown && config.policy.unknownAuthor === 'ignore') return null;

  if (live.state === 'stale') {
    return {
      ...base,
      kind: 'stale-claim',
      severity: 'notice',
      message: `${file} is claimed by ${what}, but the claim is stale (${since}); likely safe — verify with ${who} or the handoff notes, and ask them to release it.`
    };
  }
  if (live.state === 'uncertain') {
    return {
      ...base,
      kind: 'uncertain-claim',
      severity: 'warning',
      message: `${file} is claimed by ${what} and the claim's age is uncertain (${since}${staleAt ? `; stale by ${staleAt} at the latest` : ''}); ask ${who} whether the claim still holds, and ask them to write a full Last Checkin time.`
    };
  }
  if (isEmergency(commit.message)) {
    const found = findOverride(overrides, file, holding.module, now);
    if (found.entry) {
      return {
        ...base,
        kind: 'emergency-override',
        severity: 'warning',
        message: `${actor} changed ${file}, claimed by ${what} (${since}), under the Emergency Override of line ${found.entry.line}; tell ${who} and record the change in the handoff notes.`
      };
    }
    return {
      ...base,
      kind: live.state === 'active' ? 'claimed-by-other' : 'claim-caution',
      severity: live.state === 'active' ? 'error' : 'warning',
      message: `${actor} made an EMERGENCY change to ${file}, claimed by ${what} (${since}), but ${found.why}; add "### Emergency Override - <date> - <name>" with "- **Module:** ${holding.module ?? '<module>'}", "- **Original Owner:** ${who}" and "- **Reason:**" to the claims file in this push.`
    };
  }
  if (live.state === 'caution') {
    return {
      ...base,
      kind: 'claim-caution',
      severity: 'warning',
      message: `${actor} changed ${file}, claimed by ${what} (${since}); proceed with caution — the claim goes stale at ${staleAt}: check the handoff notes or ask ${who} first.`
    };
  }
  const severity: Severity = unknown ? (config.policy.unknownAuthor === 'error' ? 'error' : 'warning') : 'error';
  return {
    ...base,
    kind: 'claimed-by-other',
    severity,
    message: `${actor} changed ${file}, which ${what} is actively working on (${since}); the claim blocks until ${staleAt}. Revert this change, wait, ask ${who} to release it, or use the emergency procedure (EMERGENCY: commit + Emergency Override entry).`
  };
}

function changedPaths(commit: ChangeCommit): string[] {
  const out: string[] = [];
  for (const f of commit.files) {
    out.push(f.path);
    if (f.status === 'renamed' && f.previousPath && f.previousPath !== f.path) out.push(f.previousPath);
  }
  return out;
}

/** Files the engine never judges as claim hits: the coordination files themselves and config `ignore`. */
function ignoredPredicate(input: EvaluationInput): (path: string) => boolean {
  const own = new Set([input.files.claims, input.files.status, input.files.handoff]);
  const ignore = input.config.ignore;
  return (path) => own.has(path) || (ignore.length > 0 && matchesAny(ignore, path));
}

function claimHits(input: EvaluationInput, index: PathIndex<Holding>, isIgnored: (p: string) => boolean): Hit[] {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const commit of input.commits) {
    const actor = commit.identity.agent ? agentKey(commit.identity.agent) : null;
    for (const path of changedPaths(commit)) {
      if (isIgnored(path)) continue;
      for (const holding of index.match(path)) {
        // Your own claim never shields a file another agent also claims: only the others' claims are judged.
        if (actor !== null && agentKey(holding.agent) === actor) continue;
        const key = `${path}\0${agentKey(holding.agent)}\0${actor ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push({ file: path, holding, commit });
      }
    }
  }
  return hits;
}

/** Sections (and module-claim lines) of the claims file that changed between two documents, per owner. */
function changedOwners(before: ClaimsDocument, after: ClaimsDocument): Set<string> {
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

function displayName(key: string, ...docs: (ClaimsDocument | null)[]): string {
  for (const doc of docs) {
    const s = doc?.agents.find((a) => agentKey(a.name) === key);
    if (s) return s.name;
    const c = doc?.moduleClaims.find((m) => agentKey(m.agent) === key);
    if (c) return c.agent;
  }
  return key;
}

function tamperFindings(input: EvaluationInput): Finding[] {
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

/**
 * Each agent's file claims compiled once; two claims overlap when one's literal form (a glob read as a path)
 * falls under the other. One index lookup per claim and pair of agents: linear, not quadratic.
 */
function claimIndex(files: readonly { pattern: string }[]): PathIndex<string> {
  return compilePatterns(files.map((f) => ({ pattern: f.pattern, owner: f.pattern })));
}

const literalOf = (p: string): string => p.replace(/\/+$/, '');

/** A's claims that overlap one of B's, each with the first such claim of B, in A's order. */
function overlappingClaims(filesA: readonly { pattern: string }[], idxA: PathIndex<string>, filesB: readonly { pattern: string }[], idxB: PathIndex<string>): [string, string][] {
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

function overlapFindings(after: ClaimsDocument, live: Map<string, Liveness>): Finding[] {
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

function overlap(a: string, b: string, file: string | null, module: string | null, severity: Severity): Finding {
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

export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'pass';
}

/** The claims board: every agent with its claim and how alive it is. */
export function buildBoard(claims: ClaimsDocument, config: Config, now: number, lastSeen: Record<string, string>): BoardEntry[] {
  const seen = lastSeenMap(lastSeen);
  const holders = holdersOf(claims);
  const board: BoardEntry[] = [];
  for (const [key, h] of holders) {
    const { live, section } = holderLiveness(h, key, seen, now, config);
    const liveSections = h.sections.filter((x) => !x.idle);
    const s = section ?? h.sections[0] ?? null;
    const idle = liveSections.length === 0 && h.modules.length === 0;
    const seenAt = seen.get(key);
    const files = [...new Set(liveSections.flatMap((x) => x.files.map((f) => f.pattern)))];
    const entry: BoardEntry = {
      name: h.name,
      workingOn: (section ?? liveSections[0])?.workingOn ?? s?.workingOn ?? null,
      module: h.modules.length > 0 ? h.modules.join(', ') : null,
      files,
      startedAt: iso(s?.startedAt?.start ?? null),
      lastCheckin: iso(s?.lastCheckin?.start ?? null),
      lastSeenAt: seenAt === undefined ? null : iso(seenAt),
      state: idle ? 'idle' : live.state,
      staleAt: idle ? null : iso(live.staleAt)
    };
    if (s) entry.line = s.line;
    if (!idle && live.state === 'uncertain') entry.uncertain = live.source ?? 'no readable check-in or observed activity';
    board.push(entry);
  }
  return board;
}

/** Judges a change set against the claims. */
export function evaluate(input: EvaluationInput): Evaluation {
  const { config, now } = input;
  const seen = lastSeenMap(input.lastSeen);
  // Others' claims come from before the change: a push cannot un-claim someone's files to slip through.
  const judgedDoc = input.claimsBefore ?? input.claimsAfter;
  const holders = holdersOf(judgedDoc);
  const live = livenessOf(holders, seen, now, config);
  const index = compilePatterns(holdingsOf(holders, config).map((h) => ({ pattern: h.pattern, owner: h })));
  const isIgnored = ignoredPredicate(input);
  const overrides = [...input.claimsAfter.overrides, ...(input.claimsBefore?.overrides ?? [])];

  // One judgement per claim, however many of its files the change touches.
  const claimLive = new Map<AgentSection, Liveness>();
  const liveOfClaim = (section: AgentSection, agent: string): Liveness => {
    let l = claimLive.get(section);
    if (!l) claimLive.set(section, (l = claimLiveness(section, agentKey(agent), seen, now, config)));
    return l;
  };
  const findings: Finding[] = [];
  for (const hit of claimHits(input, index, isIgnored)) {
    const holding = hit.holding;
    const l = holding.section ? liveOfClaim(holding.section, holding.agent) : (live.get(agentKey(holding.agent)) as Liveness);
    const f = claimFinding(hit, l, config, overrides, now);
    if (f) findings.push(finding(f));
  }
  const liveAfter = livenessOf(holdersOf(input.claimsAfter), seen, now, config);
  for (const f of [
    ...tamperFindings(input),
    ...overlapFindings(input.claimsAfter, liveAfter),
    ...handoffFinding(input, isIgnored),
    ...claimsFileFindings(input),
    ...unreadableFindings(input.claimsAfter, input.claimsBefore, input.files.claims, (key) => (live.get(key) ?? liveAfter.get(key))?.state === 'stale'),
    // The winning rule still attributes each commit; evidence naming another agent is a warning, so a wrong trailer
    // cannot silently move work from one agent to another.
    ...identityConflictFindings(input.commits)
  ]) {
    findings.push(finding(f));
  }

  // The acting agents were seen at `now`: the board after this change reflects that.
  const seenAfter: Record<string, string> = { ...input.lastSeen };
  for (const c of input.commits) if (c.identity.agent) seenAfter[c.identity.agent] = iso(now) as string;
  return {
    verdict: verdictOf(findings),
    findings,
    board: buildBoard(input.claimsAfter, config, now, normaliseSeen(seenAfter))
  };
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
