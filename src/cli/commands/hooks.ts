// ai-sync install-hooks / uninstall-hooks.
//
// commit-msg: adds `AI-Agent: NAME` once (git interpret-trailers --if-exists doNothing), so every commit names its
// agent — even when the author is a person and the agent only a Co-authored-by.
// pre-push:  runs `ai-sync verify --pre-push` on what is being pushed; errors block the push.
//
// An existing hook is not overwritten: it moves to `<hook>.ai-sync-chained` and our hook runs it first (its
// failure still blocks). uninstall-hooks removes only our hooks (recognised by a marker line) and moves the
// chained ones back. Hook scripts hold no untrusted text unquoted: the agent name and paths are single-quoted
// shell strings with `'` escaped, and validated to be one line. Both also set up / remove the merge drivers of
// the claims and status files (merge-setup.ts).
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AGENT_CONFIG_KEY, agentOption, globals, str } from '../context-base.js';
import { EXIT, usage } from '../errors.js';
import { openRepo, type Repo } from '../git.js';
import { cliCommand, shellQuote } from '../shell.js';
import { installMergeDrivers, planMergeSetup, uninstallMergeDrivers } from './merge-setup.js';
import type { Invocation } from '../index.js';
import { processIo, type Io } from '../output.js';

export const MARKER = '# ai-sync-hook v1';
const HOOKS = ['commit-msg', 'pre-push'] as const;
type HookName = (typeof HOOKS)[number];
const CHAINED = '.ai-sync-chained';

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

async function isOurs(p: string): Promise<boolean> {
  try {
    return (await readFile(p, 'utf8')).includes(MARKER);
  } catch {
    return false;
  }
}

async function hooksDir(repo: Repo): Promise<string> {
  const rel = await repo.git.out(['rev-parse', '--git-path', 'hooks']);
  return path.resolve(repo.root, rel);
}

/** The install-time file and zone options, handed on to verify (single-quoted). */
function globalArgs(v: Invocation['values']): string {
  const out: string[] = [];
  for (const key of ['claims-file', 'config', 'status-file', 'handoff-file', 'timezone'] as const) {
    const x = str(v, key);
    if (x !== undefined) out.push(`--${key}`, shellQuote(x));
  }
  return out.join(' ');
}

function commitMsgHook(agent: string): string {
  return `#!/bin/sh
${MARKER}: commit-msg (installed by "ai-sync install-hooks"; "ai-sync uninstall-hooks" removes it)
# Adds an "AI-Agent:" trailer naming this clone's agent, once; runs the hook it replaced first.
ai_sync_agent=${shellQuote(agent)}
ai_sync_chained="$(dirname -- "$0")/commit-msg${CHAINED}"
if [ -x "$ai_sync_chained" ]; then
  "$ai_sync_chained" "$@" || exit $?
fi
# An empty message aborts the commit: do not make it non-empty with a trailer.
if git stripspace --strip-comments < "$1" | grep -q .; then
  git interpret-trailers --in-place --if-exists doNothing --trailer "AI-Agent: $ai_sync_agent" "$1" || exit $?
fi
exit 0
`;
}

function prePushHook(node: string, script: string, extra: string): string {
  return `#!/bin/sh
${MARKER}: pre-push (installed by "ai-sync install-hooks"; "ai-sync uninstall-hooks" removes it)
# Checks the commits being pushed against the claims (ai-sync verify); errors block the push.
ai_sync_node=${shellQuote(node)}
ai_sync_cli=${shellQuote(script)}
ai_sync_input=$(cat)
ai_sync_chained="$(dirname -- "$0")/pre-push${CHAINED}"
if [ -x "$ai_sync_chained" ]; then
  printf '%s\\n' "$ai_sync_input" | "$ai_sync_chained" "$@" || exit $?
fi
if [ ! -f "$ai_sync_cli" ] || [ ! -x "$ai_sync_node" ]; then
  echo "ai-sync: pre-push hook: $ai_sync_cli (or $ai_sync_node) is gone; claims not checked (run ai-sync install-hooks again)" >&2
  exit 0
fi
printf '%s\\n' "$ai_sync_input" | AI_SYNC_PRE_PUSH_REMOTE="$1" "$ai_sync_node" "$ai_sync_cli" verify --pre-push${extra ? ` ${extra}` : ''}
`;
}

export async function install(repo: Repo, agent: string, v: Invocation['values']): Promise<string[]> {
  const merge = planMergeSetup(repo, v);
  const dir = await hooksDir(repo);
  await mkdir(dir, { recursive: true });
  const { node, script } = cliCommand();
  const bodies: Record<HookName, string> = {
    'commit-msg': commitMsgHook(agent),
    'pre-push': prePushHook(node, script, globalArgs(v))
  };
  const lines: string[] = [];
  for (const name of HOOKS) {
    const file = path.join(dir, name);
    const chained = `${file}${CHAINED}`;
    let note = '';
    if ((await exists(file)) && !(await isOurs(file))) {
      if (await exists(chained)) {
        throw usage(`${file} exists and ${path.basename(chained)} too: move one of them away, then run install-hooks again`);
      }
      await rename(file, chained);
      note = ` (your existing ${name} hook now runs first, as ${path.basename(chained)})`;
    } else if (await exists(chained)) {
      note = ` (still chaining ${path.basename(chained)})`;
    }
    await writeFile(file, bodies[name], { mode: 0o755 });
    await chmod(file, 0o755);
    lines.push(`installed ${name} in ${dir}${note}`);
  }
  // Every command of this clone knows the agent from now on (claim, checkin, release without --agent).
  await repo.git.out(['config', AGENT_CONFIG_KEY, agent]);
  lines.push(`commits in this clone now get "AI-Agent: ${agent}"; pushes run ai-sync verify (skip once with git push --no-verify)`);
  lines.push(`claim, checkin and release in this clone act for ${agent} without --agent (git config ${AGENT_CONFIG_KEY})`);
  lines.push(...(await installMergeDrivers(repo, merge)));
  return lines;
}

export async function uninstall(repo: Repo, v: Invocation['values']): Promise<string[]> {
  const dir = await hooksDir(repo);
  const lines: string[] = [];
  for (const name of HOOKS) {
    const file = path.join(dir, name);
    const chained = `${file}${CHAINED}`;
    if (await isOurs(file)) {
      await rm(file, { force: true });
      if (await exists(chained)) {
        await rename(chained, file);
        lines.push(`removed the ai-sync ${name} hook; restored your previous ${name} hook`);
      } else {
        lines.push(`removed the ai-sync ${name} hook`);
      }
    } else if (await exists(file)) {
      lines.push(`left ${name} alone: it is not an ai-sync hook`);
    } else {
      lines.push(`no ${name} hook installed`);
    }
  }
  if ((await repo.git.tryOut(['config', '--get', AGENT_CONFIG_KEY])) !== null) {
    await repo.git.out(['config', '--unset', AGENT_CONFIG_KEY]);
    lines.push(`forgot the agent of this clone (git config ${AGENT_CONFIG_KEY})`);
  }
  lines.push(...(await uninstallMergeDrivers(repo, v)));
  return lines;
}

export async function run(inv: Invocation, io: Io = processIo()): Promise<number> {
  const g = globals(inv.values);
  const repo = await openRepo(g.cwd);
  const lines =
    inv.command === 'install-hooks' ? await install(repo, agentOption(inv.values, true) as string, inv.values) : await uninstall(repo, inv.values);
  for (const l of lines) io.out(l);
  return EXIT.ok;
}
