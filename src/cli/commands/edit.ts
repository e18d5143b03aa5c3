// ai-sync claim / emergency / checkin / release: edit the claims file through the pure claims editor, check the
// result reads back as intended, then write it (and optionally commit / push it).
import path from 'node:path';
import { normalizePattern } from '../../engine/paths/index.js';
import { agentFor, agentOption, bool, configOf, globals, now as clock, readWorking, repoPath, rootPath, str, workingFile, type Globals } from '../context-base.js';
import { EXIT, usage } from '../errors.js';
import { branchClaims, branchScope, readBranches } from '../branches.js';
import type { Hint } from '../claim-text.js';
import { openRepo, upstreamOf, type Repo } from '../git.js';
import type { Invocation } from '../index.js';
import { processIo, type Io } from '../output.js';
import { pathWarnings, unprefixedCommits } from '../path-check.js';
import { commitOutcome, pushOutcome, writeOutcome, type FileTexts, type Outcome, type Plan } from '../publish.js';
import type { ClaimOptions } from './claim-edit.js';
import { claimPlan } from './claim-plan.js';
import { checkinPlan, releasePlan, type Env } from './edit-plans.js';
import type { OverrideDetail } from './emergency-plan.js';

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
  const emergency = inv.command === 'emergency';
  if (module === null && files.length === 0) throw usage(`${inv.command} needs --module M and/or --files PATH...`);
  const force = emergency || bool(v, 'force');
  const reason = str(v, 'reason')?.trim() || null;
  if (force && reason === null) throw usage(`${emergency ? 'emergency' : '--force'} needs --reason TEXT (it is written into the Emergency Override entry)`);
  if (!force && reason !== null) throw usage('--reason is only used with --force (or use ai-sync emergency)');
  const replace = bool(v, 'replace');
  if (force && replace) throw usage(`--replace cannot be combined with ${emergency ? 'emergency' : '--force'}: an override leaves every claim as it is`);
  const task = str(v, 'task')?.trim() || null;
  const expected = str(v, 'expected')?.trim() || null;
  for (const [k, x] of [['task', task], ['expected', expected], ['reason', reason]] as const) {
    if (x !== null && /[\r\n]/.test(x)) throw usage(`--${k} must be one line`);
  }
  return { module, files, task, expected, force, reason, replace };
}

/** How printed commands repeat this run's agent, global options and paths, so they can be pasted as they are. */
function hintFor(inv: Invocation, repo: Repo, g: Globals): Hint {
  const v = inv.values;
  const given = agentOption(v, false);
  const globalArgs: string[] = [];
  // --cwd too: the printed paths are relative to it, as the ones given were.
  for (const key of ['cwd', 'claims-file', 'config', 'status-file', 'handoff-file', 'timezone'] as const) {
    const x = str(v, key);
    if (x !== undefined) globalArgs.push(`--${key}`, x);
  }
  return {
    agent: given !== null ? ['--agent', given] : [],
    globals: globalArgs,
    path: (p) => {
      const rel = path.relative(g.cwd, path.join(repo.root, p)).split(path.sep).join('/');
      // A path that starts with "-" would be read as an option: "./" keeps it a path.
      const out = rel === '' ? '.' : rel.startsWith('-') ? `./${rel}` : rel;
      return `${out}${p.endsWith('/') && !out.endsWith('/') ? '/' : ''}`;
    }
  };
}

/** What claim, emergency, checkin and release did, as data (`io.result`, and `--json`). */
export interface EditResult {
  version: 1;
  command: string;
  agent: string;
  /** The files written (repository paths). */
  files: string[];
  subject: string;
  lines: string[];
  /** Paths that do not exist yet, globs that match nothing, modules no one knows: claimed anyway. */
  warnings: string[];
  committed: string | null;
  pushed: { commit: string; upstream: string; attempts: number; local: string } | null;
  /** claim: what the agent's claim holds now, what was added, and what --replace released. */
  claim?: { modules: string[]; files: string[]; added: { modules: string[]; files: string[] }; released: { modules: string[]; files: string[] } };
  /** emergency: where the override was recorded and which changes need the "EMERGENCY:" prefix. */
  override?: OverrideDetail & { localCommitsWithoutPrefix: { sha: string; subject: string }[] };
}

export async function run(inv: Invocation, io: Io = processIo()): Promise<number> {
  const v = inv.values;
  const g = globals(v);
  const repo = await openRepo(g.cwd);
  const typed = await agentFor(v, repo);
  const config = await configOf(await readWorking(repo, g.configFile), g);
  const env: Env = {
    config,
    tz: config.timezone,
    now: clock(),
    // A claims file that is a symbolic link is edited at its target, so the link stays a link (and one leading
    // outside the repository is refused before anything is written).
    paths: { claims: await workingFile(repo, rootPath(repo, g.claimsFile)), handoff: rootPath(repo, g.handoffFile), status: rootPath(repo, g.statusFile) },
    typed,
    hint: hintFor(inv, repo, g)
  };
  const asJson = bool(v, 'json');

  let plan: Plan;
  let warnings: string[] = [];
  if (inv.command === 'claim' || inv.command === 'emergency') {
    const options = claimOptions(inv, repo, g);
    warnings = await pathWarnings(repo, options.files);
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
      if (!asJson) io.out(l);
    }
  };
  // What the edit did, then what looks wrong but was done anyway (on stdout with the rest, as status shows its warnings).
  const show = (outcome: Outcome): void => out([...outcome.lines, ...warnings, ...(outcome.warnings ?? [])]);
  const done = async (outcome: Outcome, committed: string | null, pushed: EditResult['pushed']): Promise<number> => {
    const all = [...warnings, ...(outcome.warnings ?? [])];
    const doc: EditResult = { version: 1, command: inv.command, agent: outcome.agent, files: Object.keys(outcome.writes), subject: outcome.subject, lines: printed, warnings: all, committed, pushed };
    const detail = outcome.detail ?? {};
    if (detail['claim']) doc.claim = detail['claim'] as NonNullable<EditResult['claim']>;
    if (detail['override']) {
      const o = detail['override'] as OverrideDetail;
      const unprefixed = await unprefixedCommits(repo, o.covers);
      if (unprefixed.length > 0) {
        out([`these commits of yours, not pushed yet, change covered files without the prefix: reword them (git rebase -i ${unprefixed[0]?.sha.slice(0, 12)}~1) so that each message starts with "EMERGENCY:"`]);
        out(unprefixed.map((c) => `  ${c.sha.slice(0, 12)} ${c.subject}`));
      }
      doc.override = { ...o, localCommitsWithoutPrefix: unprefixed };
    }
    doc.lines = printed;
    io.result?.(doc);
    if (asJson) io.out(JSON.stringify(doc, null, 2));
    return EXIT.ok;
  };

  if (bool(v, 'push')) {
    const { outcome, report } = await pushOutcome(repo, env.paths, plan);
    show(outcome);
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
  show(outcome);
  let committed: string | null = null;
  const written = Object.keys(outcome.writes).join(' and ');
  if (bool(v, 'commit')) {
    committed = await commitOutcome(repo, outcome);
    out([`committed ${committed}: ${outcome.subject} (not pushed: others see it after "git push", or use --push)`]);
  } else if (outcome.detail?.['override']) {
    out([`not committed: commit ${written} so that the override is in the push that carries your EMERGENCY: commits (or use --push)`]);
  } else {
    out([`not committed: others see it once you commit and push ${written} (or use --push)`]);
  }
  return done(outcome, committed, null);
}
