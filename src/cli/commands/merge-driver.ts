// ai-sync merge-driver claims|status %O %A %B [%L] [%P] [%X %Y]: git's merge driver protocol. Reads the common
// ancestor (%O), ours (%A) and theirs (%B), writes the merge into %A (a temporary file beside it, then a rename),
// exits 0 when clean and 1 when conflict markers remain. Registered by install-hooks (merge-setup.ts).
import { chmod, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { mergeClaims } from '../../engine/merge/claims.js';
import type { MergeLabels } from '../../engine/merge/markers.js';
import { mergeStatus } from '../../engine/merge/status.js';
import { globals } from '../context-base.js';
import { EXIT, usage } from '../errors.js';
import { run as spawnRun } from '../git.js';
import type { Invocation } from '../index.js';

const KINDS = ['claims', 'status'] as const;
type Kind = (typeof KINDS)[number];

/** A placeholder this git does not know (older than 2.44 passes `%X` as it is) counts as not given. */
const given = (s: string | undefined): string | undefined => (s === undefined || s === '' || /^%[A-Za-z]$/.test(s) ? undefined : s);

function markerSize(s: string | undefined): number {
  const x = given(s);
  if (x === undefined) return 7;
  if (!/^\d{1,3}$/.test(x) || Number(x) < 1) throw usage(`merge-driver: the marker size (%L) must be a positive number, not ${JSON.stringify(x)}`);
  return Number(x);
}

/** The text of a buffer, or null when it is not UTF-8 (decoding would change its bytes). */
function utf8(buf: Buffer): string | null {
  const s = buf.toString('utf8');
  return Buffer.from(s, 'utf8').equals(buf) ? s : null;
}

/** Replaces `file` atomically: a temporary file in the same directory, renamed over it (its mode kept). */
async function replace(file: string, text: string | Buffer): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.ai-sync-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(tmp, text, { flag: 'wx' });
    await chmod(tmp, (await stat(file)).mode & 0o777);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw usage(`merge-driver: cannot write ${file}: ${(e as Error).message}`);
  }
}

async function load(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    throw usage(`merge-driver: cannot read ${file}: ${(e as Error).message}`);
  }
}

/** Not UTF-8 text: git's own line merge (`git merge-file`), which writes into ours. */
async function plainMerge(cwd: string, files: readonly string[], labels: MergeLabels): Promise<number> {
  const [o, a, b] = files as [string, string, string];
  const args = ['merge-file', `--marker-size=${labels.markerSize ?? 7}`, '-L', labels.ours ?? 'ours', '-L', 'base', '-L', labels.theirs ?? 'theirs', a, o, b];
  const r = await spawnRun(cwd, 'git', args);
  return r.code === 0 ? EXIT.ok : 1;
}

export async function run(inv: Invocation): Promise<number> {
  const [kind, o, a, b, size, pathname, labelOurs, labelTheirs] = inv.positionals;
  if (!KINDS.includes(kind as Kind) || o === undefined || a === undefined || b === undefined || inv.positionals.length > 8) {
    throw usage('usage: ai-sync merge-driver claims|status BASE OURS THEIRS [MARKER-SIZE] [PATH] [OURS-LABEL THEIRS-LABEL] (see ai-sync merge-driver --help)');
  }
  const cwd = globals(inv.values).cwd;
  const files = [o, a, b].map((f) => path.resolve(cwd, f));
  const labels: MergeLabels = { ours: given(labelOurs), theirs: given(labelTheirs), markerSize: markerSize(size) };
  const shown = given(pathname) ?? (kind === 'claims' ? 'the claims file' : 'the status file');
  const [baseBuf, oursBuf, theirsBuf] = (await Promise.all(files.map(load))) as [Buffer, Buffer, Buffer];
  // Trivial merges keep the bytes as they are.
  if (oursBuf.equals(theirsBuf) || baseBuf.equals(theirsBuf)) return EXIT.ok;
  if (baseBuf.equals(oursBuf)) {
    await replace(files[1] as string, theirsBuf);
    return EXIT.ok;
  }
  const texts = [utf8(baseBuf), utf8(oursBuf), utf8(theirsBuf)];
  if (texts.some((t) => t === null)) return plainMerge(cwd, files, labels);
  const [base, ours, theirs] = texts as [string, string, string];
  const result = kind === 'claims' ? mergeClaims(base, ours, theirs, labels) : mergeStatus(base, ours, theirs, labels);
  await replace(files[1] as string, result.text);
  if (result.conflicts === 0) return EXIT.ok;
  const why = 'note' in result ? `: ${result.note}` : '';
  process.stderr.write(`ai-sync merge-driver: ${shown}: ${result.conflicts} conflict${result.conflicts === 1 ? '' : 's'} left between markers${why}\n`);
  return 1;
}
