// What installed git hooks and merge drivers run: this very CLI by absolute path (node binary + script), and
// every value put into a shell command single-quoted, so no text a user or a file wrote is read by the shell.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { CliError, EXIT, usage } from './errors.js';

/** A POSIX shell single-quoted string: `'` becomes `'\''`. Refuses NUL and line breaks. */
export function shellQuote(s: string): string {
  if (/[\0\r\n]/.test(s)) throw usage(`cannot put ${JSON.stringify(s)} into a hook script or merge driver command (line break or NUL)`);
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The running CLI: node binary + script, absolute, so hooks work without a global install. */
export function cliCommand(): { node: string; script: string } {
  const script = process.argv[1];
  if (!script) throw new CliError('cannot tell where the ai-sync script is', EXIT.usage);
  let resolved = path.resolve(script);
  try {
    resolved = realpathSync(resolved);
  } catch {
    // keep the resolved path
  }
  if (/\.[cm]?ts$/.test(resolved)) {
    throw usage(`install-hooks needs the built CLI (dist/cli/index.js), not ${path.basename(resolved)}: run it with node dist/cli/index.js`);
  }
  return { node: process.execPath, script: resolved };
}
