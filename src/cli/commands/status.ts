// ai-sync status: for a known agent (--agent, AI_SYNC_AGENT, install-hooks' git config) first what changed since its
// check-in, then the claims board (with the claims in flight on other branches), the module list, the last status
// written by the action, whether to pull, and the radar. Reads three small files and never walks the work tree.
// Git processes, each asked all it can answer at once:
//   1. rev-parse: the work tree's root, the git directory, the branch (git.ts openRepo) — and alongside it, when no
//      agent is given, `git config --get ai-sync.agent` (an agent remembered by install-hooks);
//   2. for-each-ref: the branch's upstream with ahead/behind, and every remote-tracking ref — the remote's default
//      branch and its other branches (git.ts readRefs);
//   then only when the remote has a branch besides the default one and this branch's own (cli/branches.ts):
//   3. for-each-ref --no-merged (the branches in flight), and when one is: 4. cat-file (their claims files),
//      5. rev-parse (merge bases), 6. diff-tree (the files each changes, for the radar);
//   and for a known agent the catch-up (cli/catchup.ts): a log of the default branch, and a cat-file when something
//   landed since its check-in. --fetch adds the fetch and reads the refs again.
// A clean clone with no other branch: 2 processes (3 without an agent). This file starts them and reads the files;
// the rest (status-view.ts: the engine, the report) is loaded while git answers. The config parser (yaml, the zod
// schema) is loaded only when there is a config file, the status file's reader only when there is a status file.
import { configOf, globals, now as clock, readWorking, rootPath, statusAgent } from '../context-base.js';
import { AGENT_CONFIG_KEY, Git, openRepo, readRefs } from '../git.js';
import type { Invocation } from '../index.js';
import { processIo, type Io } from '../output.js';

/** `p`, its rejection left for whoever awaits it (no unhandled rejection meanwhile). */
function later<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

export async function run(inv: Invocation, io: Io = processIo()): Promise<number> {
  const v = inv.values;
  const g = globals(v);
  const t = clock();
  // git config reads the same from any directory of the repository: asked alongside rev-parse, when no agent is
  // given (--agent, AI_SYNC_AGENT; statusAgent checks them, after the repository's own errors, as before).
  const given = v['agent'] !== undefined || (process.env['AI_SYNC_AGENT'] ?? '').trim() !== '';
  const remembered = later(given ? Promise.resolve(null) : new Git(g.cwd).tryOut(['config', '--get', AGENT_CONFIG_KEY]));
  const view = later(import('./status-view.js'));
  const repo = await openRepo(g.cwd);
  const claimsFile = rootPath(repo, g.claimsFile);
  // Everything at once: one git process (the refs) and three small files.
  const [refs, who, configText, claimsText, statusText] = await Promise.all([
    readRefs(repo),
    statusAgent(v, remembered),
    readWorking(repo, rootPath(repo, g.configFile)),
    readWorking(repo, claimsFile),
    readWorking(repo, rootPath(repo, g.statusFile))
  ]);
  const config = await configOf(configText, g);
  const warnings = who.warning ? [who.warning] : [];
  return (await view).show({ v, g, t, repo, claimsFile, refs, config, claimsText, statusText, agent: who.agent, warnings }, io);
}
