// Which files a child Node process loads, for the start-up budget suites (not a test file): a preload for `--require`
// that appends the path of every file the process loads to a file — CommonJS files as Node compiles them (dist/ and
// dist/cli are CommonJS), ES modules through a module hook (should a bundle become ESM again) — and, at exit, the
// Node internals whose names match `internals` (e.g. undici: Node's fetch), prefixed `node:`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LoadRecorder {
  /** For NODE_OPTIONS. */
  options: string;
  /** The files of `dir` the process loaded (base names, sorted), and the internals recorded. */
  read(dir: string): { files: string[]; internals: string[] };
}

export function loadRecorder(internals: RegExp | null = null): LoadRecorder {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ai-sync-budget-'));
  const out = path.join(dir, 'loaded.txt');
  writeFileSync(out, '');
  writeFileSync(
    path.join(dir, 'loader.mjs'),
    [
      "import { appendFileSync } from 'node:fs';",
      "import { fileURLToPath } from 'node:url';",
      'let out;',
      'export function initialize(data) { out = data.out; }',
      "export async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(out, fileURLToPath(url) + '\\n'); return next(url, context); }",
      ''
    ].join('\n')
  );
  writeFileSync(
    path.join(dir, 'record.cjs'),
    [
      "const { appendFileSync } = require('node:fs');",
      "const Module = require('node:module');",
      `const out = ${JSON.stringify(out)};`,
      'const compile = Module.prototype._compile;',
      "Module.prototype._compile = function (content, filename) { appendFileSync(out, filename + '\\n'); return compile.call(this, content, filename); };",
      `Module.register(${JSON.stringify(pathToFileURL(path.join(dir, 'loader.mjs')).href)}, { data: { out } });`,
      internals
        ? `process.on('exit', () => { for (const m of process.moduleLoadList) if (${internals.toString()}.test(m)) appendFileSync(out, 'node:' + m + '\\n'); });`
        : '',
      ''
    ].join('\n')
  );
  return {
    options: `--require=${path.join(dir, 'record.cjs')}`,
    read(of: string) {
      const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
      const files = lines.filter((f) => !f.startsWith('node:') && path.dirname(f) === of).map((f) => path.basename(f));
      return { files: [...new Set(files)].sort(), internals: lines.filter((l) => l.startsWith('node:')) };
    }
  };
}
