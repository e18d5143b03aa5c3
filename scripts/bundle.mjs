// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc. Deterministic output:
// no source maps, no cache, so `git diff --exit-code dist/` after a rebuild is a real check.
//
// The action is built through ncc's API, for start-up time (measured in docs/benchmarks.md, `npm run bench`):
//  - undici is not bundled. @actions/core imports @actions/http-client, which imports undici (~0.9 MB, evaluated
//    on every start) for ProxyAgent — used only by HttpClient.getAgentDispatcher(), which nothing in the action
//    calls (Octokit uses Node's own fetch). The import resolves to dist/undici-stub.mjs, whose ProxyAgent throws
//    if it is ever constructed; the build fails if anything else starts importing undici.
//  - dist/index.js is minified (ncc -m: terser without compression, names kept; deterministic). The small chunks
//    that main.ts imports lazily (the status writer, the PR comment) are emitted next to it, unminified.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NCC_CLI = join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

export const ACTION_ENTRY = join(ROOT, 'src/action/index.ts');
export const UNDICI_STUB = 'undici-stub.mjs';
/** ncc API options of the action build (the benchmark builds with the same ones to report the bundle's make-up). */
export const ACTION_OPTIONS = Object.freeze({
  cache: false,
  minify: true,
  license: 'licenses.txt',
  quiet: true,
  externals: { undici: `./${UNDICI_STUB}` }
});

const STUB = `// Written by scripts/bundle.mjs. @actions/http-client imports undici for ProxyAgent, which only
// HttpClient.getAgentDispatcher() uses; nothing in this action calls it, so undici is not bundled.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with ai-sync (HttpClient.getAgentDispatcher is not supported)');
  }
}
`;

/** The only module allowed to import undici (through the stub). */
const UNDICI_IMPORTERS = ['@actions/http-client/lib/index.js'];

/** Builds the action with ncc's API; returns ncc's result (code, assets, webpack stats). */
export async function buildAction(options = {}) {
  const { default: ncc } = await import('@vercel/ncc');
  return ncc(ACTION_ENTRY, { ...ACTION_OPTIONS, ...options });
}

export function checkUndiciImporters(stats) {
  const modules = stats.toJson({ modules: true, reasons: true, nestedModules: true }).modules ?? [];
  const flat = modules.flatMap((m) => [m, ...(m.modules ?? [])]);
  const stub = flat.find((m) => String(m.name).includes(UNDICI_STUB));
  if (!stub) return;
  const importers = new Set((stub.reasons ?? []).map((r) => String(r.moduleName ?? '')).filter(Boolean));
  const unexpected = [...importers].filter((name) => !UNDICI_IMPORTERS.some((ok) => name.includes(ok)) && !name.includes(UNDICI_STUB));
  if (unexpected.length > 0) {
    throw new Error(`undici is imported by ${unexpected.join(', ')}: bundle undici, or make sure the stub in scripts/bundle.mjs covers it`);
  }
}

async function bundleAction(out) {
  const { code, assets, stats } = await buildAction();
  checkUndiciImporters(stats);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), asset.source, { mode: asset.permissions });
  }
  writeFileSync(join(out, UNDICI_STUB), STUB);
}

function bundleCli(entry, out) {
  execFileSync(process.execPath, [NCC_CLI, 'build', entry, '-o', out, '--no-cache', '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit',
    cwd: ROOT
  });
  // The CLI is an executable: give it a shebang and the x bit.
  const cli = join(out, 'index.js');
  const body = readFileSync(cli, 'utf8');
  if (!body.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${body}`);
  chmodSync(cli, 0o755);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.chdir(ROOT);
  rmSync('dist', { recursive: true, force: true });
  await bundleAction(join(ROOT, 'dist'));
  bundleCli('src/cli/index.ts', join(ROOT, 'dist/cli'));
}
