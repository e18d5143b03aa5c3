// ai-sync verify: judge the local commits that are not on the upstream yet through check(), the same pure entry
// point the GitHub action calls, so a clean local verify means a clean check after the push.
import { readFile } from 'node:fs/promises';
import { check, type CheckInput, type CheckResult, type RawCommit } from '../../engine/check.js';
import { sameAgent } from '../../engine/names.js';
import { checkInputFrom, planReads } from '../../engine/plan.js';
import { quote } from '../../engine/quote.js';
import { agentOption, asInputError, bool, canonicalAgent, configFrom, didYouMean, followLinkAt, globals, now as clock, rootPath, str, type Globals } from '../context.js';
import { CliError, EXIT, usage } from '../errors.js';
import { branchScope, readBranches } from '../branches.js';
import { logCommits, openRepo, resolveCommit, upstreamOf, type LogCommit, type Repo } from '../git.js';
import type { Invocation } from '../index.js';
import { renderVerify, verifyJson, type VerifyJson } from '../../report/terminal/verify.js';
import { processIo, type Io } from '../output.js';

/** One range to judge: commits selected by `revs`, claims "before" at `base`. */
export interface Range {
  /** Commit whose claims/status count as "before" (null: none, e.g. a root commit). */
  base: string | null;
  head: string;
  revs: string[];
  /** Head branch name for branch identity, null when it is the default branch or unknown. */
  branch: string | null;
  /** Whose branches hold claims in flight (the remote) and which is this change's own (its remote-tracking ref). */
  scope: { remote: string; self: string | null };
}

const ZERO = /^0+$/;

/** The message with a final `AI-Agent: NAME` paragraph: the trailer block git (and the engine) reads. */
export function forceAgent(message: string, agent: string): string {
  return `${message.replace(/\s+$/, '')}\n\nAI-Agent: ${agent}`;
}

async function defaultBranch(repo: Repo, remote: string): Promise<string | null> {
  const ref = await repo.git.tryOut(['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`]);
  return ref ? ref.slice(remote.length + 1) : null;
}

/** The branch for identity: null for the default branch (as the action passes for a push to it). */
async function identityBranch(repo: Repo, branch: string | null, remote: string | null): Promise<string | null> {
  if (!branch) return null;
  const def = remote ? await defaultBranch(repo, remote) : null;
  if (def !== null) return branch === def ? null : branch;
  return branch === 'main' || branch === 'master' ? null : branch;
}

/**
 * Builds check()'s input by fulfilling the engine's check plan through git (the action fulfils the same plan through
 * the GitHub API): the claims at both ends and after each commit that edits them, the config and the previous
 * status file at the base. Links are followed as the action follows them; a binary claims or config file is refused
 * as the action refuses it.
 */
export async function checkInput(repo: Repo, g: Globals, range: Range, commits: LogCommit[], now: number): Promise<CheckInput> {
  const files = { claims: rootPath(repo, g.claimsFile), status: rootPath(repo, g.statusFile), handoff: rootPath(repo, g.handoffFile), config: rootPath(repo, g.configFile) };
  const span = { base: range.base, head: range.head, commits };
  const reads = planReads(span, files);
  const blobs = await repo.git.readMany(reads.map((r) => `${r.at}:${r.path}`));
  const texts = new Map<string, string | null>();
  for (const [i, r] of reads.entries()) {
    let text = blobs[i] ?? null;
    if (text !== null && !r.binaryAsText && text.slice(0, 8000).includes('\u0000')) {
      throw usage(`${r.path} at ${r.at.slice(0, 12)} is a binary file, expected text`);
    }
    if (r.followLink) text = await followLinkAt(repo, r.at, r.path, text);
    texts.set(r.key, text);
  }
  const raw: RawCommit[] = commits.map((c) => ({ sha: c.sha, message: c.message, author: c.author, committer: c.committer, files: c.files }));
  const { config: _config, ...reported } = files;
  return checkInputFrom(span, files, texts, {
    commits: raw,
    branch: range.branch,
    now,
    files: reported,
    ...(g.timezone ? { overrides: { timezone: g.timezone } } : {})
  });
}

async function judge(repo: Repo, g: Globals, range: Range, forced: string | null, now: number): Promise<{ json: VerifyJson; fails: boolean }> {
  const commits = await logCommits(repo, range.revs);
  const input = await checkInput(repo, g, range, commits, now);
  const config = configFrom(input.configText, g);
  // Claims in flight on the remote's other branches (as of the last fetch), judged as the check on GitHub judges
  // them; their files are not needed (the radar speaks on pull requests only).
  const branches = await readBranches(repo, { ...range.scope, claimsFile: input.files.claims, max: config.radar.maxPullRequests, files: false });
  input.inFlight = branches.input;
  let result: CheckResult;
  try {
    if (forced) {
      // As the commit-msg hook would have: an "AI-Agent:" trailer paragraph of its own, which wins over any other.
      const agent = canonicalAgent(forced, config).name;
      for (const c of input.commits) c.message = forceAgent(c.message, agent);
    }
    result = check(input);
    if (forced) {
      // An agent named nowhere is judged as itself, but a likely typo is worth a word before the push.
      const known = [...result.claimsAfter.agents.map((a) => a.name), ...Object.keys(config.agents)];
      const hint = known.some((k) => sameAgent(k, forced)) ? '' : didYouMean(forced, known, config);
      if (hint !== '') result.warnings.push(`--agent ${quote(forced)} names no agent in ${input.files.claims}${hint}`);
    }
  } catch (e) {
    throw asInputError(e);
  }
  return { json: verifyJson(range, result), fails: result.fails };
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  try {
    return await readFile('/dev/stdin', 'utf8');
  } catch {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
}

/** Ranges from git's pre-push input: `<local ref> <local sha> <remote ref> <remote sha>` per line. */
async function prePushRanges(repo: Repo, remote: string | null, stdin: string): Promise<Range[]> {
  const ranges: Range[] = [];
  for (const line of stdin.split('\n')) {
    const [, localSha, remoteRef, remoteSha] = line.trim().split(/\s+/);
    if (!localSha || !remoteRef || !remoteSha || ZERO.test(localSha)) continue; // deletions
    if (!remoteRef.startsWith('refs/heads/')) continue; // tags and other refs hold no work to judge
    const branch = await identityBranch(repo, remoteRef.slice('refs/heads/'.length), remote);
    const known = !ZERO.test(remoteSha) && (await resolveCommit(repo, remoteSha)) !== null;
    const pushed = remoteRef.slice('refs/heads/'.length);
    const scope = { remote: remote ?? 'origin', self: `refs/remotes/${remote ?? 'origin'}/${pushed}` };
    if (known) {
      ranges.push({ base: remoteSha, head: localSha, revs: [`${remoteSha}..${localSha}`], branch, scope });
      continue;
    }
    // A new branch (or an unknown remote tip): what is on no remote-tracking branch of this remote yet.
    const revs = [localSha, '--not', remote ? `--remotes=${remote}` : '--remotes'];
    const oldest = await repo.git.tryOut(['rev-list', '--first-parent', '--reverse', ...revs]);
    const first = oldest?.split('\n')[0];
    if (!first) continue;
    const base = await repo.git.tryOut(['rev-parse', '--verify', '--quiet', `${first}^`]);
    ranges.push({ base: base || null, head: localSha, revs, branch, scope });
  }
  return ranges;
}

export async function run(inv: Invocation, io: Io = processIo()): Promise<number> {
  const v = inv.values;
  const g = globals(v);
  const forced = agentOption(v, false);
  const repo = await openRepo(g.cwd);
  const now = clock();
  const asJson = bool(v, 'json');

  let ranges: Range[];
  if (bool(v, 'pre-push')) {
    if (str(v, 'base') !== undefined) throw usage('--pre-push and --base cannot be combined');
    const remote = process.env['AI_SYNC_PRE_PUSH_REMOTE'] ?? null;
    ranges = await prePushRanges(repo, remote && remote !== '' ? remote : null, await readStdin());
  } else {
    const head = await resolveCommit(repo, 'HEAD');
    if (!head) throw new CliError('HEAD has no commits yet: nothing to verify', EXIT.usage);
    const baseArg = str(v, 'base');
    let base: string | null;
    let remote: string | null = null;
    const up = await upstreamOf(repo);
    if (baseArg !== undefined) {
      base = await resolveCommit(repo, baseArg);
      if (!base) throw usage(`--base: "${baseArg}" does not name a commit`);
    } else {
      if (!up) throw usage(`branch ${repo.branch ?? '(detached HEAD)'} has no upstream: pass --base REF (e.g. --base origin/main)`);
      remote = up.remote === '.' ? null : up.remote;
      base = await resolveCommit(repo, '@{upstream}');
      if (!base) throw usage(`the upstream ${up.short} does not exist locally: git fetch, or pass --base REF`);
    }
    ranges = [{ base, head, revs: [`${base}..${head}`], branch: await identityBranch(repo, repo.branch, remote), scope: branchScope(repo, up) }];
  }

  let failed = false;
  const docs: VerifyJson[] = [];
  const lines: string[] = [];
  for (const range of ranges) {
    const { json, fails } = await judge(repo, g, range, forced, now);
    if (fails) failed = true;
    docs.push(json);
    lines.push(...renderVerify(json, `${range.base ? range.base.slice(0, 7) : '(root)'}..${range.head.slice(0, 7)}`, bool(v, 'pre-push') ? io.colorErr : io.color));
  }
  // As a pre-push hook, report on stderr (what git shows from hooks); else on stdout.
  const report = bool(v, 'pre-push') ? io.err : io.out;
  const doc = bool(v, 'pre-push') ? { version: 1, ranges: docs } : docs[0];
  io.result?.(doc ?? null);
  if (asJson) {
    io.out(JSON.stringify(doc, null, 2));
  } else if (docs.length === 0) {
    report('ai-sync verify: nothing to verify');
  } else {
    report(lines.join('\n'));
  }
  if (failed && !asJson) {
    io.err('ai-sync: verify found errors: fix them (see above) before pushing');
  }
  return failed ? EXIT.findings : EXIT.ok;
}
