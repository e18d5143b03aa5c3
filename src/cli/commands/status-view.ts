// ai-sync status, once git and the files have answered (commands/status.ts, which says which git processes run): the
// engine's side — the claims and the board, the claims in flight on other branches and the radar (cli/branches.ts),
// the catch-up for a known agent (cli/catchup.ts) — and the report. Loaded by status.ts while its first git
// processes run.
import { parseClaims } from '../../engine/claims/index.js';
import { explainClaims } from '../../engine/claims/explain.js';
import { agentNames } from '../../engine/identity/index.js';
import { radar } from '../../engine/inflight/radar.js';
import { buildBoard } from '../../engine/judge/evaluate.js';
import { inFlightBoard } from '../../engine/judge/in-flight.js';
import { activeUntil } from '../../engine/judge/liveness.js';
import type { AgentSection, BoardEntry, ClaimsDocument, Config } from '../../engine/model.js';
import type { LastSeen } from '../../engine/status/read.js';
import { branchClaims, branchScope, defaultBranch, readBranches } from '../branches.js';
import { readCatchUp } from '../catchup.js';
import { bool, rootPath, type Globals, type Values } from '../context-base.js';
import { EXIT } from '../errors.js';
import { firstErrorLine, readRefs, type Refs, type Repo } from '../git.js';
import { renderStatus, type ModuleRow, type StatusAgent, type StatusJson } from '../../report/terminal/status.js';
import type { Io } from '../output.js';

/** What status.ts read at once. */
export interface Read {
  v: Values;
  g: Globals;
  /** The reference time. */
  t: number;
  repo: Repo;
  claimsFile: string;
  refs: Refs;
  config: Config;
  claimsText: string | null;
  statusText: string | null;
  /** The agent to catch up, null for none. */
  agent: string | null;
  warnings: string[];
}

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

function moduleRows(doc: ClaimsDocument, config: Config): ModuleRow[] {
  const rows: ModuleRow[] = [];
  for (const m of doc.modules) {
    const claim = doc.moduleClaims.find((c) => c.line === m.line);
    rows.push({ module: m.module, state: m.state, agent: claim?.agent ?? null, line: m.line });
  }
  for (const name of Object.keys(config.modules)) {
    if (!rows.some((r) => r.module.toLowerCase() === name.toLowerCase())) rows.push({ module: name, state: 'configured', agent: null, line: null });
  }
  return rows;
}

/** The section a board entry was read from (same name and line), to see how its check-in was written. */
function dateOnlyCheckin(b: BoardEntry, sections: readonly AgentSection[]): boolean {
  const s = sections.find((x) => x.line === b.line && x.name === b.name);
  const c = s?.lastCheckin;
  // A date without a time of day reads as the whole day (an interval of hours); newer activity replaces it.
  if (!c || c.end - c.start < 3_600_000) return false;
  return b.lastSeenAt === null || Date.parse(b.lastSeenAt) <= c.start;
}

/**
 * When no remote-tracking ref was listed: null if the repository has a remote (never fetched), else its default
 * branch — local main, else master, else the current branch. Two git processes, at once, in this case only.
 */
async function localRepository(repo: Repo): Promise<{ base: string } | null> {
  const [remotes, heads] = await Promise.all([repo.git.tryOut(['remote']), repo.git.tryOut(['for-each-ref', '--format=%(refname)', 'refs/heads/main', 'refs/heads/master'])]);
  if (remotes === null || remotes.trim() !== '') return null;
  const found = heads?.split('\n') ?? [];
  return { base: ['refs/heads/main', 'refs/heads/master'].find((b) => found.includes(b)) ?? 'HEAD' };
}

function ageHours(b: BoardEntry, now: number): number | null {
  const times = [b.lastCheckin, b.lastSeenAt].map((t) => (t ? Date.parse(t) : NaN)).filter(Number.isFinite);
  if (times.length === 0) return null;
  return Math.round((Math.max(0, now - Math.max(...times)) / 3_600_000) * 100) / 100;
}

/** The rest of `ai-sync status` (see status.ts). */
export async function show(r: Read, io: Io): Promise<number> {
  const { v, g, t, repo, claimsFile, config, claimsText, statusText, warnings } = r;
  const tz = config.timezone;
  const scope = branchScope(repo, r.refs.upstream);
  let refs = r.refs;
  let fetched = false;
  // No remote-tracking ref at all: a repository with no remote (agents sharing one machine) reads its local default
  // branch and has nothing to fetch; a remote never fetched keeps saying "git fetch".
  const local = refs.remotes.length === 0 && refs.upstream === null ? await localRepository(repo) : null;
  if (local && bool(v, 'fetch')) warnings.push('--fetch: this repository has no remote, nothing to fetch (the local branches are read)');
  if (!local && bool(v, 'fetch') && refs.upstream?.remote !== '.') {
    // All of the remote's branches (in-flight claims), deleted ones pruned; never a prompt for credentials.
    const f = await repo.git.raw(['fetch', '--quiet', '--prune', '--no-tags', scope.remote], {
      env: { ...process.env, GIT_TERMINAL_PROMPT: process.env['GIT_TERMINAL_PROMPT'] ?? '0' }
    });
    if (f.code !== 0) warnings.push(`git fetch ${scope.remote} failed: ${firstErrorLine(f.stderr)}`);
    else {
      fetched = refs.upstream !== null;
      refs = await readRefs(repo); // the fetched branches, and ahead/behind against the fetched upstream
    }
  }
  const up = refs.upstream;
  const counts = refs.counts;
  const doc = parseClaims(claimsText ?? '', { timezone: tz });
  // The status file's reader (and zod, which validates the file) only when there is a status file.
  const read = statusText === null ? null : await import('../../engine/status/read.js');
  const { status, warning } = read ? read.parseStatus(statusText) : { status: null, warning: null };
  if (warning) warnings.push(`${g.statusFile}: ${warning}`);
  const seen: LastSeen = read ? read.lastSeenFrom(status, t) : { lastSeen: {}, future: [] };
  if (read) for (const f of seen.future) warnings.push(read.futureLastSeenWarning(g.statusFile, f));
  const landed = buildBoard(doc, config, t, seen.lastSeen);
  const files = { claims: claimsFile, status: rootPath(repo, g.statusFile), handoff: rootPath(repo, g.handoffFile) };
  const base = local ? local.base : defaultBranch(refs.remotes, scope.remote);
  const [branches, caught] = await Promise.all([
    readBranches(repo, { ...scope, claimsFile, max: config.radar.maxPullRequests, files: true, refs: refs.remotes }),
    r.agent === null
      ? Promise.resolve(null)
      : readCatchUp(repo, { agent: r.agent, board: landed, doc, remote: scope.remote, base, files, config, known: agentNames(config, doc.agents.map((a) => a.name)), now: t }).catch(
          (e: unknown) => {
            // The board still answers when the history cannot be read; the reader is told what is missing.
            warnings.push(`catching ${r.agent} up failed: ${(e as Error).message}`);
            return null;
          }
        )
  ]);
  const flying = branchClaims(branches, tz);
  const flyingSections = flying.flatMap((f) => f.sections);
  const board = [...landed, ...inFlightBoard(flyingSections, config, t, seen.lastSeen)];
  const modules = moduleRows(doc, config);
  // The radar, locally: the files this branch changes that other branches change too (the engine's rows).
  const agents = agentNames(config, [...doc.agents.map((a) => a.name), ...flying.flatMap((f) => f.sections.map((s) => s.name))]);
  const seenRadar = radar({ inFlight: branches.input, claims: flying, changed: branches.mine ?? [], agent: null, config, agents, files });
  warnings.push(...seenRadar.findings.map((f) => f.message));

  const json: StatusJson = {
    version: 1,
    now: iso(t),
    timezone: tz,
    claimsFile,
    claimsFileExists: claimsText !== null,
    agents: board.map((b) => {
      const entry: StatusAgent = { ...b, ageHours: ageHours(b, t), activeUntil: b.staleAt ? iso(activeUntil(Date.parse(b.staleAt), config)) : null };
      if (dateOnlyCheckin(b, b.branch === undefined ? doc.agents : flyingSections)) entry.checkinDateOnly = true;
      return entry;
    }),
    modules,
    overrides: doc.overrides.map((o) => ({
      line: o.line,
      by: o.by,
      module: o.module,
      originalOwner: o.originalOwner,
      reason: o.reason,
      date: o.date ? iso(o.date.start) : null
    })),
    lastStatus: status,
    catchUp: caught,
    git: { branch: repo.branch, remote: local ? null : scope.remote, upstream: up?.short ?? null, ahead: counts?.ahead ?? null, behind: counts?.behind ?? null, fetched },
    inFlight: { base: branches.base?.replace(/^refs\/remotes\//, '') ?? null, rows: seenRadar.report.rows, note: seenRadar.report.note },
    diagnostics: claimsText === null ? [] : doc.diagnostics,
    unreadable: doc.unreadable ?? [],
    warnings
  };
  if (bool(v, 'explain')) json.explain = claimsText === null ? [] : explainClaims(claimsText, doc);

  io.result?.(json);
  if (bool(v, 'json')) {
    io.out(JSON.stringify(json, null, 2));
    return EXIT.ok;
  }
  io.out(renderStatus(json, t, io.color).join('\n'));
  return EXIT.ok;
}
