// ai-sync claim / checkin / release: edit the claims file through the pure claims editor, check the result reads
// back as intended, then write it (and optionally commit / push it).
import { normalizePattern } from '../../engine/paths/index.js';
import { agentFor, bool, globals, loadConfig, now as clock, readWorking, repoPath, rootPath, str, workingFile, type Globals } from '../context.js';
import { EXIT, usage } from '../errors.js';
import { branchClaims, branchScope, readBranches } from '../branches.js';
import { openRepo, upstreamOf, type Repo } from '../git.js';
import type { Invocation } from '../index.js';
import { processIo, type Io } from '../output.js';
import { commitOutcome, pushOutcome, writeOutcome, type FileTexts, type Outcome, type Plan } from '../publish.js';
import { checkinPlan, claimPlan, releasePlan, type ClaimOptions, type Env } from './edit-plans.js';

// ---------------------------------------------------------------------------------------------------------------

function claimOptions(inv: Invocation, repo: Repo, g: Globals): ClaimOptions {
  const v = inv.values;
  const module = str(v, 'module')?.trim() || null;
  if (module !== null && (/[\r\n`*|]/.test(module) || /\s[-–—]\s/.test(module) || module.length > 80)) throw usage(`--module: not a usable module name: ${JSON.stringify(module)}`);
  const raw = (v['files'] as string[] | undefined) ?? [];
  const files: string[] = [];
  for (const r of raw) {
    const p = repoPath(repo, g.cwd, r);
    if (/\s|`/.test(p)) throw usage(`cannot claim "${p}": the claims file cannot hold paths with spaces or backticks; claim its directory (dir/) or a glob instead`);
    if (normalizePattern(p) === null) throw usage(`cannot claim "${p}": not a usable path or glob`);
    if (!files.includes(p)) files.push(p);
  }
  if (module === null && files.length === 0) throw usage('claim needs --module M and/or --files PATH...');
  const force = bool(v, 'force');
  const reason = str(v, 'reason')?.trim() || null;
  if (force && reason === null) throw usage('--force needs --reason TEXT (it is written into the Emergency Override entry)');
  if (!force && reason !== null) throw usage('--reason is only used with --force');
  const task = str(v, 'task')?.trim() || null;
  const expected = str(v, 'expected')?.trim() || null;
  for (const [k, x] of [['task', task], ['expected', expected], ['reason', reason]] as const) {
    if (x !== null && /[\r\n]/.test(x)) throw usage(`--${k} must be one line`);
  }
  return { module, files, task, expected, force, reason };
}

/** What claim, checkin and release did, as data (`io.result`; the MCP server's structuredContent). */
export interface EditResult {
  version: 1;
  command: string;
  agent: string;
  /** The files written (repository paths). */
  files: string[];
  subject: string;
  lines: string[];
  committed: string | null;
  pushed: { commit: string; upstream: string; attempts: number; local: string } | null;
}

export async function run(inv: Invocation, io: Io = processIo()): Promise<number> {
  const v = inv.values;
  const g = globals(v);
  const repo = await openRepo(g.cwd);
  const typed = await agentFor(v, repo);
  const config = await loadConfig(repo, g);
  const env: Env = {
    config,
    tz: config.timezone,
    now: clock(),
    // A claims file that is a symbolic link is edited at its target, so the link stays a link (and one leading
    // outside the repository is refused before anything is written).
    paths: { claims: await workingFile(repo, rootPath(repo, g.claimsFile)), handoff: rootPath(repo, g.handoffFile), status: rootPath(repo, g.statusFile) },
    typed
  };

  let plan: Plan;
  if (inv.command === 'claim') {
    const options = claimOptions(inv, repo, g);
    // Claims in flight on the remote's other branches (as of the last fetch) refuse as the claims file's do.
    const branches = await readBranches(repo, { ...branchScope(repo, await upstreamOf(repo)), claimsFile: rootPath(repo, g.claimsFile), max: config.radar.maxPullRequests, files: false });
    env.inFlight = branchClaims(branches, env.tz).flatMap((f) => f.sections);
    plan = claimPlan(options, env);
  } else if (inv.command === 'checkin') {
    plan = checkinPlan(env);
  } else {
    const state = str(v, 'module-state') ?? 'available';
    if (state !== 'available' && state !== 'complete') throw usage(`--module-state must be available or complete, got "${state}"`);
    const handoff = str(v, 'handoff');
    if (handoff !== undefined && handoff.trim() === '') throw usage('--handoff needs the note text');
    plan = releasePlan(env, handoff ?? null, state);
  }

  const printed: string[] = [];
  const out = (lines: readonly string[]): void => {
    for (const l of lines) {
      printed.push(l);
      io.out(l);
    }
  };
  const done = (outcome: Outcome, committed: string | null, pushed: EditResult['pushed']): number => {
    const doc: EditResult = { version: 1, command: inv.command, agent: outcome.agent, files: Object.keys(outcome.writes), subject: outcome.subject, lines: printed, committed, pushed };
    io.result?.(doc);
    return EXIT.ok;
  };

  if (bool(v, 'push')) {
    const { outcome, report } = await pushOutcome(repo, env.paths, plan);
    out(outcome.lines);
    out([
      `pushed ${report.commit.slice(0, 12)} to ${report.upstream}${report.attempts > 1 ? ` (after ${report.attempts} attempts: someone pushed meanwhile)` : ''}; ${report.local}`
    ]);
    return done(outcome, null, { commit: report.commit, upstream: report.upstream, attempts: report.attempts, local: report.local });
  }

  const texts: FileTexts = {
    claims: await readWorking(repo, env.paths.claims),
    handoff: inv.command === 'release' ? await readWorking(repo, env.paths.handoff) : null,
    status: await readWorking(repo, env.paths.status)
  };
  const outcome: Outcome = plan(texts);
  await writeOutcome(repo, outcome);
  out(outcome.lines);
  let committed: string | null = null;
  if (bool(v, 'commit')) {
    committed = await commitOutcome(repo, outcome);
    out([`committed ${committed}: ${outcome.subject} (not pushed: others see it after "git push", or use --push)`]);
  } else {
    out([`not committed: others see it once you commit and push ${Object.keys(outcome.writes).join(' and ')} (or use --push)`]);
  }
  return done(outcome, committed, null);
}
