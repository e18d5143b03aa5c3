// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc. Deterministic output:
// no source maps, no cache, so `git diff --exit-code dist/` after a rebuild is a real check.
//
// The action is built through ncc's API, for start-up time (measured in docs/benchmarks.md, `npm run bench`):
//  - @actions/http-client and @actions/exec are not bundled. @actions/core imports them for two functions the
//    action never calls: getIDToken (http-client, which brings tunnel and undici, ~1 MB evaluated on every start)
//    and platform.getDetails (exec, with @actions/io). Octokit goes through src/action/github/transport.ts
//    (node:http). The imports resolve to dist/http-client-stub.cjs and dist/exec-stub.cjs, which throw if used.
//  - debug is not bundled either: the proxy agents (loaded only when a proxy is set) log through it when DEBUG is
//    set, the proxy's URL included — credentials too. It resolves to dist/debug-stub.cjs, which logs nothing.
//    The build fails if anything but the expected importers starts importing a stubbed package.
//  - dist/index.js is the entry: it sends the run's first request (src/action/first-read.ts) and loads the run
//    itself, a chunk, while the API answers; what only some runs need (the status writer, the PR comment, the proxy
//    agents, the config parser) are chunks of their own.
//  - CommonJS (dist/package.json says so), as the CLI below and for the same reasons: Node's ESM loader cost a run
//    ~15 ms more than require() for the same files (`npm run bench -- startup`). Every file is minified with esbuild.
//  - dist/chunks.json says which packages and source files each emitted file holds (from webpack's stats): the
//    start-up budget test reads it to tell which of them a run loaded.
//  - dist/licenses.txt lists the packages of every chunk. ncc's license plugin writes one file per chunk under the
//    same name, so the last chunk's list would win: the file is written here from the build's module list instead,
//    in the plugin's format (name, SPDX id, license text; sorted by name).
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const ACTION_ENTRY = join(ROOT, 'src/action/index.ts');
/** Packages replaced by a file written next to dist/index.js; `importers` are the only modules allowed to import them. */
export const STUBS = Object.freeze({
  '@actions/http-client': {
    file: 'http-client-stub.cjs',
    importers: ['@actions/core/lib/oidc-utils.js'],
    source: `// Written by scripts/bundle.mjs. @actions/core imports @actions/http-client (and with it tunnel and undici) for
// getIDToken's OIDC client only; ai-sync never asks for an OIDC token, so the client is not bundled.
class HttpClient {
  constructor() {
    throw new Error('@actions/http-client is not bundled with ai-sync (core.getIDToken is not supported)');
  }
}
class BearerCredentialHandler extends HttpClient {}
module.exports = { HttpClient, BearerCredentialHandler };
`
  },
  '@actions/http-client/lib/auth': {
    file: 'http-client-stub.cjs',
    importers: ['@actions/core/lib/oidc-utils.js'],
    source: null
  },
  '@actions/exec': {
    file: 'exec-stub.cjs',
    importers: ['@actions/core/lib/platform.js'],
    source: `// Written by scripts/bundle.mjs. @actions/core imports @actions/exec (and @actions/io) for core.platform.getDetails
// only, which runs processes to name the OS; ai-sync never calls it, so neither is bundled.
function exec() {
  throw new Error('@actions/exec is not bundled with ai-sync (core.platform.getDetails is not supported)');
}
function getExecOutput() {
  return exec();
}
module.exports = { exec, getExecOutput };
`
  },
  debug: {
    file: 'debug-stub.cjs',
    importers: ['https-proxy-agent/dist/', 'http-proxy-agent/dist/', 'agent-base/dist/'],
    source: `// Written by scripts/bundle.mjs. The proxy agents log through debug when DEBUG is set, the proxy's URL (and its
// credentials) included: in ai-sync they log nothing.
function createDebug() {
  const debug = () => {};
  debug.enabled = false;
  debug.extend = () => debug;
  return debug;
}
module.exports = createDebug;
module.exports.default = createDebug;
`
  }
});

/** ncc API options of the action build (the benchmark builds with the same ones to report the bundle's make-up). */
export const ACTION_OPTIONS = Object.freeze({
  cache: false,
  minify: false,
  esm: false,
  license: 'licenses.txt',
  quiet: true,
  externals: Object.fromEntries(Object.entries(STUBS).map(([name, stub]) => [name, `./${stub.file}`]))
});

/** Builds the action with ncc's API; returns ncc's result (code, assets, webpack stats). */
export async function buildAction(options = {}) {
  const { default: ncc } = await import('@vercel/ncc');
  return ncc(ACTION_ENTRY, { ...ACTION_OPTIONS, ...options });
}

/** Fails when a module other than a stub's expected importers imports a stubbed package. */
export function checkStubImporters(stats) {
  const importers = new Map(Object.keys(STUBS).map((name) => [name, new Set()]));
  const visit = (m) => {
    // A concatenation (no resource of its own) repeats its modules' dependencies: they are visited one by one.
    if (m.resource) for (const dep of m.dependencies ?? []) importers.get(dep.request)?.add(m.resource);
    for (const inner of m.modules ?? []) visit(inner);
  };
  for (const m of stats.compilation.modules) visit(m);
  for (const [name, found] of importers) {
    const unexpected = [...found].filter((m) => !STUBS[name].importers.some((ok) => m.includes(ok)));
    if (unexpected.length > 0) {
      throw new Error(`${name} is imported by ${unexpected.join(', ')}: bundle ${name}, or make sure the stub in scripts/bundle.mjs covers it`);
    }
  }
}

/** Every package directory (…/node_modules/[@scope/]name) a module of the build comes from. */
export function bundledPackageDirs(stats) {
  const dirs = new Set();
  const visit = (m) => {
    const resource = m.resource ?? m.rootModule?.resource;
    const dir = resource ? /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(resource)?.[1] : undefined;
    if (dir) dirs.add(dir);
    for (const inner of m.modules ?? []) visit(inner);
  };
  for (const m of stats.compilation.modules) visit(m);
  return [...dirs];
}

/** licenses.txt for the packages in `dirs`, as ncc's license plugin renders it. */
export function licensesText(dirs) {
  const entries = new Map();
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const declared = pkg.license ?? pkg.licenses?.[0];
    const id = typeof declared === 'string' ? declared : declared?.type;
    let text;
    if (typeof id === 'string' && id.startsWith('SEE LICENSE IN ')) text = readFileSync(join(dir, id.split(' ')[3]), 'utf8');
    else {
      const file = readdirSync(dir)
        .sort()
        .find((f) => /^licen[cs]e/i.test(f) && !statSync(join(dir, f)).isDirectory());
      text = file ? readFileSync(join(dir, file), 'utf8') : undefined;
    }
    entries.set(pkg.name, { id, text: text?.replace(/\r\n/g, '\n') });
  }
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : 1));
  return `${sorted.reduce((acc, [name, e]) => `${acc}${name}${e.id ? `\n${e.id}` : ''}${e.text ? `\n${e.text}` : ''}\n\n`, '').trim()}\n`;
}

export const CHUNKS_FILE = 'chunks.json';

/** What each emitted file of a build (the action's, or `bundle`) holds: package names and src/ files, sorted (deterministic). */
export function chunkManifest(stats, bundle = 'the action bundle') {
  const { compilation } = stats;
  const files = {};
  for (const chunk of compilation.chunks) {
    const what = new Set();
    const visit = (m) => {
      const resource = m.resource ?? '';
      const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(resource)?.[1];
      if (pkg) what.add(pkg);
      else if (resource.startsWith(join(ROOT, 'src') + sep)) what.add(relative(ROOT, resource).split(sep).join('/'));
      for (const inner of m.modules ?? []) visit(inner);
    };
    for (const m of compilation.chunkGraph.getChunkModules(chunk)) visit(m);
    for (const file of chunk.files) if (/\.m?js$/.test(file)) files[file] = [...what].sort();
  }
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a === 'index.js' ? -1 : b === 'index.js' ? 1 : a < b ? -1 : 1)));
  return `${JSON.stringify({ about: `Written by scripts/bundle.mjs: the packages and source files in each file of ${bundle}.`, files: sorted }, null, 2)}\n`;
}

async function bundleAction(out) {
  const [{ code, assets, stats }, { transformSync }] = await Promise.all([buildAction(), import('esbuild')]);
  checkStubImporters(stats);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.js'), commonJsFile('dist', 'index.js', code, transformSync));
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    const source = /\.js$/.test(name) ? commonJsFile('dist', name, String(asset.source), transformSync) : asset.source;
    writeFileSync(join(out, name), source, { mode: asset.permissions });
  }
  writeFileSync(join(out, 'package.json'), COMMONJS_PACKAGE);
  writeFileSync(join(out, ACTION_OPTIONS.license), licensesText(bundledPackageDirs(stats)));
  writeFileSync(join(out, CHUNKS_FILE), chunkManifest(stats));
  for (const stub of Object.values(STUBS)) if (stub.source !== null) writeFileSync(join(out, stub.file), stub.source);
}

// Both builds (the action in dist/, the CLI in dist/cli/) are CommonJS, for start-up time (`npm run bench -- startup`,
// `npm run bench -- cli`):
//  - CommonJS (a package.json in each folder says so), not ESM: the chunks a run imports are loaded with require(),
//    not through the ESM loader.
//  - webpack's module factories are function expressions, not arrow functions: V8 parses an arrow function's body
//    again when it is first called, and a run calls a few hundred of them (~6 ms of the action's start). webpack
//    writes an arrow only for a module that does not use `this` at its top level (it writes a function, bound to the
//    module's exports as Node binds a CommonJS file's, for one that does), so the change is not observable.
//  - every .js file is minified with esbuild (whitespace, syntax, local names; deterministic for a given esbuild
//    version): ncc -m would minify the entry file only.
//  - chunks.json (what each file holds, for the start-up budget tests) and licenses.txt in each folder.
export const CLI_ENTRY = join(ROOT, 'src/cli/index.ts');
const FACTORY = /^\/\*\*\*\/ \(\(([^()]*)\) => \{$/gm;
const COMMONJS_PACKAGE = '{\n  "type": "commonjs"\n}\n';

/** A file of a CommonJS build (in `folder`) as shipped: its module factories as functions, minified. */
function commonJsFile(folder, name, source, transformSync) {
  const body = source.replace(/^#![^\n]*\n/, '');
  const minify = (code) => transformSync(code, { minify: true, format: 'cjs', target: 'node20', charset: 'utf8' }).code;
  const headers = body.match(/^\/\*\*\*\/ \d+:$/gm)?.length ?? 0;
  let factories = 0;
  const functions = body.replace(FACTORY, (_, params) => {
    factories++;
    return `/***/ (function(${params}) {`;
  });
  // webpack writes a factory as a function itself when its module uses `this` at the top level (bottleneck does).
  factories += body.match(/^\/\*\*\*\/ \(function\([^()]*\) \{$/gm)?.length ?? 0;
  if (factories !== headers) throw new Error(`${folder}/${name}: ${headers} modules but ${factories} factories in the expected form: update scripts/bundle.mjs`);
  return minify(functions);
}

async function bundleCli(out) {
  const [{ default: ncc }, { transformSync }] = await Promise.all([import('@vercel/ncc'), import('esbuild')]);
  const { code, assets, stats } = await ncc(CLI_ENTRY, { cache: false, minify: false, esm: false, quiet: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.js'), `#!/usr/bin/env node\n${commonJsFile('dist/cli', 'index.js', code, transformSync)}`, { mode: 0o755 });
  chmodSync(join(out, 'index.js'), 0o755);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), /\.js$/.test(name) ? commonJsFile('dist/cli', name, String(asset.source), transformSync) : asset.source, { mode: asset.permissions });
  }
  writeFileSync(join(out, 'package.json'), COMMONJS_PACKAGE);
  writeFileSync(join(out, 'licenses.txt'), licensesText(bundledPackageDirs(stats)));
  writeFileSync(join(out, CHUNKS_FILE), chunkManifest(stats, 'the CLI bundle'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.chdir(ROOT);
  rmSync('dist', { recursive: true, force: true });
  await bundleAction(join(ROOT, 'dist'));
  await bundleCli(join(ROOT, 'dist/cli'));
}
