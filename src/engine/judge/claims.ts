// A changed file under another agent's claim → the finding that says so: blocked, caution, stale, uncertain, or an
// emergency under an Emergency Override entry.
import { whereText } from '../inflight/claims.js';
import { agentKey } from '../names.js';
import { activeUntil, type Liveness } from './liveness.js';
import type { ChangeCommit, Config, EmergencyOverride, EvaluationInput, Finding, FindingKind, Severity } from '../model.js';
import { matchesAny, type PathIndex } from '../paths/index.js';
import { iso, type Holding } from './holders.js';

export const DAY = 24 * 3_600_000;

export const isEmergency = (message: string): boolean => /^\s*EMERGENCY:/i.test(message);

/** Is the file's directory chain or the module named by an override entry dated within 24 h of now? */
export function findOverride(
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

export function namesPathOrParent(line: string, file: string): boolean {
  // Tokens in the line that look like paths; a token naming the file or one of its parent directories covers it.
  for (const raw of line.split(/[\s`'"(),;]+/)) {
    const token = raw.replace(/^\.\//, '').replace(/[.:]+$/, '');
    if (!token || !token.includes('/') && !token.includes('.')) continue;
    const dir = token.endsWith('/') ? token : `${token}/`;
    if (token === file || file.startsWith(dir)) return true;
  }
  return false;
}

export function hours(h: number | null): string {
  if (h === null) return 'an unknown time';
  if (h < 1) return `${Math.round(h * 60)} min`;
  return `${Math.round(h * 10) / 10} h`;
}

export interface Hit {
  file: string;
  holding: Holding;
  commit: ChangeCommit;
}

type Judged = { kind: FindingKind; severity: Severity };
const J = (kind: FindingKind, severity: Severity): Judged => Object.freeze({ kind, severity });
const STALE = J('stale-claim', 'notice');
const UNCERTAIN = J('uncertain-claim', 'warning');
const EMERGENCY = J('emergency-override', 'warning');
const CAUTION = J('claim-caution', 'warning');
const BLOCKED = J('claimed-by-other', 'error');
const BLOCKED_WARNING = J('claimed-by-other', 'warning');

/**
 * The kind and severity of a hit, without its message (null: no finding): what the cap needs to count and rank
 * every hit (judge/cap.ts). `covered` says whether an Emergency Override entry covers the file; it is asked only for
 * an emergency commit. claimFinding builds the same judgement with its message.
 */
export function judgeHit(state: Liveness['state'], unknown: boolean, emergency: boolean, covered: () => boolean, policy: Config['policy']): Judged | null {
  if (unknown && policy.unknownAuthor === 'ignore') return null;
  if (state === 'stale') return STALE;
  if (state === 'uncertain') return UNCERTAIN;
  if (emergency) return covered() ? EMERGENCY : state === 'active' ? BLOCKED : CAUTION;
  if (state === 'caution') return CAUTION;
  return unknown && policy.unknownAuthor !== 'error' ? BLOCKED_WARNING : BLOCKED;
}

export function claimFinding(hit: Hit, live: Liveness, config: Config, overrides: readonly EmergencyOverride[], now: number): Finding | null {
  const { file, holding, commit } = hit;
  const agent = commit.identity.agent;
  const unknown = agent === null;
  const emergency = isEmergency(commit.message);
  let found: ReturnType<typeof findOverride> | null = null;
  const override = (): ReturnType<typeof findOverride> => (found ??= findOverride(overrides, file, holding.module, now));
  const judged = judgeHit(live.state, unknown, emergency, () => override().entry !== null, config.policy);
  if (judged === null) return null;
  const who = holding.agent;
  const what = holding.module ? `${who} (module ${holding.module})` : who;
  const age = live.source ? (live.ageHours === null ? live.source : `${live.source}, ${hours(live.ageHours)} ago`) : 'no readable check-in or activity';
  // An in-flight claim says where it is written: "claimed on PR #12 (codex/tracking), not merged yet; …".
  const where = holding.section?.inFlight;
  const since = where ? `claimed ${whereText(where)}; ${age}` : age;
  const staleAt = iso(live.staleAt);
  // The CLI's words for the same times: "active until", "caution until", "stale after".
  const activeEnd = live.staleAt === null ? null : iso(activeUntil(live.staleAt, config));
  const base = {
    file,
    agent,
    claimedBy: who,
    module: holding.module,
    commit: commit.sha,
    checkin: iso(live.latest),
    age: live.ageHours,
    staleAt,
    ...(where ? { ...(where.pullRequest !== null ? { pullRequest: where.pullRequest } : {}), branch: where.branch } : {})
  };
  const actor = agent ?? 'An unidentified author';
  const { kind, severity } = judged;

  if (live.state === 'stale') {
    return {
      ...base,
      kind,
      severity,
      message: `${file} is claimed by ${what}, but the claim is stale (${since}); likely safe — verify with ${who} or the handoff notes, and ask them to release it.`
    };
  }
  if (live.state === 'uncertain') {
    return {
      ...base,
      kind,
      severity,
      message: `${file} is claimed by ${what} and the claim's age is uncertain (${since}${staleAt ? `; stale after ${staleAt} at the latest` : ''}); ask ${who} whether the claim still holds, and ask them to write a full Last Checkin time.`
    };
  }
  if (emergency) {
    const { entry, why } = override();
    if (entry) {
      return {
        ...base,
        kind,
        severity,
        message: `${actor} changed ${file}, claimed by ${what} (${since}), under the Emergency Override of line ${entry.line}; tell ${who} and record the change in the handoff notes.`
      };
    }
    return {
      ...base,
      kind,
      severity,
      message: `${actor} made an EMERGENCY change to ${file}, claimed by ${what} (${since}), but ${why}; add "### Emergency Override - <date> - <name>" with "- **Module:** ${holding.module ?? '<module>'}", "- **Original Owner:** ${who}" and "- **Reason:**" to the claims file in this push (ai-sync emergency writes it).`
    };
  }
  // An override is recorded for the file, but this commit does not say it is the emergency: say what is missing
  // rather than repeat the plain conflict, which would send the agent to record a second override.
  const recorded = override().entry;
  const unprefixed = recorded
    ? ` The Emergency Override of line ${recorded.line}${recorded.by ? ` (by ${recorded.by})` : ''} covers it, but this commit's message does not start with "EMERGENCY:": reword it so that it does (git commit --amend for the last commit, git rebase -i for older ones).`
    : null;
  if (live.state === 'caution') {
    return {
      ...base,
      kind,
      severity,
      message: `${actor} changed ${file}, claimed by ${what} (${since}); proceed with caution — the claim is in caution until ${staleAt} (stale after that): check the handoff notes or ask ${who} first.${unprefixed ?? ''}`
    };
  }
  return {
    ...base,
    kind,
    severity,
    message:
      `${actor} changed ${file}, which ${what} is actively working on (${since}); the claim is active until ${activeEnd}, stale after ${staleAt}.` +
      (unprefixed ?? ` Revert this change, wait, ask ${who} to release it, or use the emergency procedure (EMERGENCY: commit + Emergency Override entry).`)
  };
}

export function changedPaths(commit: ChangeCommit): string[] {
  const out: string[] = [];
  for (const f of commit.files) {
    out.push(f.path);
    if (f.status === 'renamed' && f.previousPath && f.previousPath !== f.path) out.push(f.previousPath);
  }
  return out;
}

/** Files the engine never judges as claim hits: the coordination files themselves and config `ignore`. */
export function ignoredPredicate(input: EvaluationInput): (path: string) => boolean {
  // Three comparisons rather than a set: no hash of every changed path (a large change asks for each one).
  const { claims, status, handoff } = input.files;
  const ignore = input.config.ignore;
  return (path) => path === claims || path === status || path === handoff || (ignore.length > 0 && matchesAny(ignore, path));
}

/**
 * Calls `visit` for each file of the change under another agent's claim: once per file, holder (and where an
 * in-flight claim is written) and acting agent, in the order of the commits and their files. Your own claim never
 * shields a file another agent also claims: only the others' claims are judged. Streams, so that a large change
 * keeps no list of its hits.
 */
export function eachHit(input: EvaluationInput, holdings: readonly Holding[], index: PathIndex<Holding>, isIgnored: (p: string) => boolean, visit: (file: string, holding: Holding, commit: ChangeCommit) => void): void {
  // Each holding's holder (agent key and in-flight branch) and each acting agent as small numbers, so that the
  // once-only rule compares numbers rather than building a key string per hit.
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const agentOf = holdings.map((h) => agentKey(h.agent));
  const holderOf = holdings.map((h, i) => idOf(`${agentOf[i]}\0${h.section?.inFlight?.branch ?? ''}`));
  const actorIds = new Map<string, number>();
  // Holder × actor pairs already reported per file (a file comes again in a later commit, or as a rename's old
  // path): one number for the usual single pair, a list beyond, kept for the files hit only.
  const seen = new Map<string, number | number[]>();
  const judge = (path: string, commit: ChangeCommit, actor: string | null, actorId: number, stride: number): void => {
    if (isIgnored(path)) return;
    const matched = index.matchIndices(path);
    if (matched.length === 0) return;
    for (const i of matched) {
      if (actor !== null && agentOf[i] === actor) continue;
      const pair = (holderOf[i] as number) * stride + actorId;
      const had = seen.get(path);
      if (had === undefined) seen.set(path, pair);
      else if (typeof had === 'number') {
        if (had === pair) continue;
        seen.set(path, [had, pair]);
      } else if (had.includes(pair)) continue;
      else had.push(pair);
      visit(path, holdings[i] as Holding, commit);
    }
  };
  const stride = input.commits.length + 1;
  for (const commit of input.commits) {
    const actor = commit.identity.agent ? agentKey(commit.identity.agent) : null;
    let actorId = actorIds.get(actor ?? '');
    if (actorId === undefined) actorIds.set(actor ?? '', (actorId = actorIds.size));
    for (const f of commit.files) {
      judge(f.path, commit, actor, actorId, stride);
      if (f.status === 'renamed' && f.previousPath && f.previousPath !== f.path) judge(f.previousPath, commit, actor, actorId, stride);
    }
  }
}
