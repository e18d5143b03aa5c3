// ai-sync status: for a known agent (--agent, AI_SYNC_AGENT, install-hooks' git config) first what changed since its
// check-in, then the claims board (with the claims in flight on other branches), the module list, the last status
// written by the action, whether to pull, and the radar. Reads three small files; git: rev-parse, the upstream,
// ahead/behind, and the branches (cli/branches.ts: 4 processes however many) — 7 in all; the catch-up adds a log and,
// when something landed, a cat-file (cli/catchup.ts), and the git config lookup when no agent is given; never walks
// the work tree.
import { parseClaims } from '../../engine/claims/index.js';
import { explainClaims } from '../../engine/claims/explain.js';
import { agentNames } from '../../engine/identity/index.js';
import { radar } from '../../engine/inflight/radar.js';
import { buildBoard } from '../../engine/judge/evaluate.js';
import { inFlightBoard } from '../../engine/judge/in-flight.js';
import { activeUntil } from '../../engine/judge/liveness.js';
import type { BoardEntry, ClaimsDocument, Config } from '../../engine/model.js';
import { futureLastSeenWarning, lastSeenFrom, parseStatus } from '../../engine/status/read.js';
import { branchClaims, branchScope, readBranches } from '../branches.js';
import { readCatchUp, statusAgent } from '../catchup.js';
import { bool, configFrom, globals, now as clock, readWorking, rootPath } from '../context.js';
import { EXIT } from '../errors.js';
import { aheadBehind, firstErrorLine, openRepo, upstreamOf } from '../git.js';
import type { Invocation } from '../index.js';
import { renderStatus, type ModuleRow, type StatusJson } from '../../report/terminal/status.js';
import { processIo, type Io } from '../output.js';

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

function ageHours(b: BoardEntry, now: number): number | null {
  const times = [b.lastCheckin, b.lastSeenAt].map((t) => (t ? Date.parse(t) : NaN)).filter(Number.isFinite);
  if (times.length === 0) return null;
  return Math.round((Math.max(0, now - Math.max(...times)) / 3_600_000) * 100) / 100;
}

export async function run(inv: Invocation, io: Io = processIo()): Promise<number> {
  const v = inv.values;
  const g = globals(v);
  const t = clock();
  const repo = await openRepo(g.cwd);
  const claimsFile = rootPath(repo, g.claimsFile);
  const warnings: string[] = [];

  const fetch = bool(v, 'fetch');
  // Everything at once: two git questions (three when the agent is remembered in git config) and three small files.
  const [up, early, configText, claimsText, statusText, who] = await Promise.all([
    upstreamOf(repo),
    fetch ? Promise.resolve(null) : aheadBehind(repo),
    readWorking(repo, rootPath(repo, g.configFile)),
    readWorking(repo, claimsFile),
    readWorking(repo, rootPath(repo, g.statusFile)),
    statusAgent(v, repo)
  ]);
  if (who.warning) warnings.push(who.warning);
  const config = configFrom(configText, g);
  const tz = config.timezone;
  const scope = branchScope(repo, up);
  let fetched = false;
  if (fetch && up?.remote !== '.') {
    // All of the remote's branches (in-flight claims), deleted ones pruned; never a prompt for credentials.
    const f = await repo.git.raw(['fetch', '--quiet', '--prune', '--no-tags', scope.remote], {
      env: { ...process.env, GIT_TERMINAL_PROMPT: process.env['GIT_TERMINAL_PROMPT'] ?? '0' }
    });
    if (f.code !== 0) warnings.push(`git fetch ${scope.remote} failed: ${firstErrorLine(f.stderr)}`);
    else fetched = up !== null;
  }
  const doc = parseClaims(claimsText ?? '', { timezone: tz });
  const { status, warning } = parseStatus(statusText);
  if (warning) warnings.push(`${g.statusFile}: ${warning}`);
  const seen = lastSeenFrom(status, t);
  for (const f of seen.future) warnings.push(futureLastSeenWarning(g.statusFile, f));
  const landed = buildBoard(doc, config, t, seen.lastSeen);
  const files = { claims: claimsFile, status: rootPath(repo, g.statusFile), handoff: rootPath(repo, g.handoffFile) };
  const [counts, branches, caught] = await Promise.all([
    fetch ? aheadBehind(repo) : Promise.resolve(early),
    readBranches(repo, { ...scope, claimsFile, max: config.radar.maxPullRequests, files: true }),
    who.agent === null
      ? Promise.resolve(null)
      : readCatchUp(repo, { agent: who.agent, board: landed, doc, remote: scope.remote, files, config, known: agentNames(config, doc.agents.map((a) => a.name)), now: t }).catch(
          (e: unknown) => {
            // The board still answers when the history cannot be read; the reader is told what is missing.
            warnings.push(`catching ${who.agent} up failed: ${(e as Error).message}`);
            return null;
          }
        )
  ]);
  const flying = branchClaims(branches, tz);
  const board = [...landed, ...inFlightBoard(flying.flatMap((f) => f.sections), config, t, seen.lastSeen)];
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
    agents: board.map((b) => ({ ...b, ageHours: ageHours(b, t), activeUntil: b.staleAt ? iso(activeUntil(Date.parse(b.staleAt), config)) : null })),
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
    git: { branch: repo.branch, upstream: up?.short ?? null, ahead: counts?.ahead ?? null, behind: counts?.behind ?? null, fetched },
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
