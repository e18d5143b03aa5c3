// The merge drivers install-hooks registers and uninstall-hooks removes: `merge.ai-sync-claims` and
// `merge.ai-sync-status` in the repository's git config (running `ai-sync merge-driver`, see merge-driver.ts), and
// the attribute lines that route the claims and status files to them, in .git/info/attributes (this clone only)
// or .gitattributes (to be committed, for every clone). Only lines naming these drivers are ever touched.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { globals, rootPath, str, type Values } from '../context-base.js';
import { usage } from '../errors.js';
import type { Repo } from '../git.js';
import { cliCommand, shellQuote } from '../shell.js';

export type AttributesPlace = 'info' | 'gitattributes';

const KINDS = [
  { kind: 'claims', driver: 'ai-sync-claims', name: 'ai-sync claims file (agent sections and module lines merge apart)' },
  { kind: 'status', driver: 'ai-sync-status', name: 'ai-sync status file (the newer lastUpdate wins)' }
] as const;

const COMMENT = '# ai-sync merge drivers (added by "ai-sync install-hooks"; "ai-sync uninstall-hooks" removes these lines)';
/** A line this setup wrote: our comment, or a pattern routed to one of our drivers. */
const OUR_LINE = /^(?:# ai-sync merge drivers\b.*|\S+[ \t]+merge=ai-sync-(?:claims|status))[ \t]*$/;

export function attributesPlace(v: Values): AttributesPlace {
  const x = str(v, 'attributes') ?? 'info';
  if (x !== 'info' && x !== 'gitattributes') throw usage(`--attributes must be info (.git/info/attributes, the default) or gitattributes (.gitattributes, to commit), not ${JSON.stringify(x)}`);
  return x;
}

/** An attributes pattern naming exactly one repository file (anchored at the root, glob characters escaped). */
function pattern(file: string): string {
  if (/[\s"\\]|^[#!]/.test(file) || /[\0-\x1f\x7f]/.test(file)) {
    throw usage(`cannot route ${JSON.stringify(file)} to a merge driver in an attributes file (spaces, quotes or backslashes in the path): add its line by hand`);
  }
  return `/${file.replace(/^\/+/, '').replace(/[*?[\]]/g, (c) => `\\${c}`)}`;
}

async function attributesPath(repo: Repo, place: AttributesPlace): Promise<string> {
  if (place === 'gitattributes') return path.join(repo.root, '.gitattributes');
  return path.resolve(repo.root, await repo.git.out(['rev-parse', '--git-path', 'info/attributes']));
}

async function readOr(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return '';
  }
}

const splitLines = (text: string): string[] => (text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/));
const display = (repo: Repo, file: string): string => path.relative(repo.root, file).split(path.sep).join('/') || file;

/** Writes `text` without our lines (and `ours` appended when given); false when nothing changes. */
async function rewrite(file: string, ours: readonly string[]): Promise<boolean> {
  const before = await readOr(file);
  const lines = splitLines(before);
  const kept = lines.filter((l) => !OUR_LINE.test(l));
  if (lines.filter((l) => OUR_LINE.test(l)).join('\n') === ours.join('\n')) return false;
  const eol = before.includes('\r\n') ? '\r\n' : '\n';
  const after = [...kept, ...ours].map((l) => l + eol).join('');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, after);
  return true;
}

/** What install-hooks will write, checked before anything is written. */
export interface MergeSetup {
  place: AttributesPlace;
  lines: string[];
}

export function planMergeSetup(repo: Repo, v: Values): MergeSetup {
  const g = globals(v);
  const files = { claims: rootPath(repo, g.claimsFile), status: rootPath(repo, g.statusFile) };
  return { place: attributesPlace(v), lines: [COMMENT, ...KINDS.map((k) => `${pattern(files[k.kind])} merge=${k.driver}`)] };
}

/**
 * The shell command git runs: this CLI's merge-driver (git expands %O %A %B %L %P, and %X %Y from 2.44 on; an
 * older git leaves them as they are, which merge-driver ignores). When the CLI has gone away since, git's own
 * line merge instead (`git merge-file`, conflicts between markers), so the file is never left as ours alone.
 */
export function driverCommand(node: string, script: string, kind: string): string {
  const [n, s] = [shellQuote(node), shellQuote(script)];
  return (
    `if [ -f ${s} ] && [ -x ${n} ]; then exec ${n} ${s} merge-driver ${kind} -- %O %A %B %L %P %X %Y; fi; ` +
    `echo "ai-sync: merge driver: "${s}" is gone; plain line merge (run ai-sync install-hooks again)" >&2; ` +
    'exec git merge-file --marker-size=%L %A %O %B'
  );
}

export async function installMergeDrivers(repo: Repo, setup: MergeSetup): Promise<string[]> {
  const { node, script } = cliCommand();
  for (const k of KINDS) {
    await repo.git.out(['config', '--local', `merge.${k.driver}.name`, k.name]);
    await repo.git.out(['config', '--local', `merge.${k.driver}.driver`, driverCommand(node, script, k.kind)]);
  }
  const file = await attributesPath(repo, setup.place);
  const changed = await rewrite(file, setup.lines);
  const where = display(repo, file);
  const out = [
    `registered the merge drivers ${KINDS.map((k) => k.driver).join(' and ')} (git config) and ${changed ? 'added' : 'kept'} their lines in ${where}:`,
    ...setup.lines.slice(1).map((l) => `  ${l}`),
    'agents editing their own sections or different module lines now merge and rebase without conflicts; the same line changed on both sides still conflicts'
  ];
  if (setup.place === 'gitattributes') out.push(`commit ${where} so that every clone routes these files to the drivers (clones without them merge as plain text)`);
  return out;
}

export async function uninstallMergeDrivers(repo: Repo, v: Values): Promise<string[]> {
  const out: string[] = [];
  for (const k of KINDS) {
    if ((await repo.git.tryOut(['config', '--local', '--get-regexp', `^merge\\.${k.driver}\\.`])) === null) continue;
    await repo.git.out(['config', '--local', '--remove-section', `merge.${k.driver}`]);
    out.push(`removed the merge driver ${k.driver} from git config`);
  }
  const places: AttributesPlace[] = attributesPlace(v) === 'gitattributes' ? ['info', 'gitattributes'] : ['info'];
  for (const place of places) {
    const file = await attributesPath(repo, place);
    if (await rewrite(file, [])) out.push(`removed the ai-sync merge lines from ${display(repo, file)}${place === 'gitattributes' ? ' (commit it)' : ''}`);
  }
  if (!places.includes('gitattributes') && splitLines(await readOr(path.join(repo.root, '.gitattributes'))).some((l) => OUR_LINE.test(l))) {
    out.push('left .gitattributes alone (it is committed; uninstall-hooks --attributes gitattributes removes its ai-sync lines)');
  }
  return out;
}
