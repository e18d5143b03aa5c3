/**
 * Cuts GitHub's official OpenAPI description down to the operations the GitHub stand-in
 * (test-support/github-standin) serves, and writes test-support/github-standin/openapi-subset.json.
 *
 *   npx tsx scripts/openapi-cut.ts                 # fetches @octokit/openapi into a temp dir (~385 MB unpacked; never a dependency)
 *   npx tsx scripts/openapi-cut.ts --from <dir>    # reuse an unpacked @octokit/openapi package directory
 *   npx tsx scripts/openapi-cut.ts --version 23.0.2
 *
 * The default version is the one @octokit/openapi-types was generated from (its package.json
 * `octokit.openapi-version`), so the handler types and the run-time schemas describe the same API.
 *
 * What is kept per operation: operationId, parameters (inlined), request body schema, and per status
 * code the response content schemas (`components/responses` references inlined). Schemas stay as
 * `$ref: '#/components/schemas/X'` into a minimal `components.schemas` holding only what they reach.
 * Documentation-only keywords (description, example(s), title, summary, externalDocs, x-*) are dropped.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const OUT = join(root, 'test-support/github-standin/openapi-subset.json');
const SPEC_FILE = 'generated/api.github.com.json';

/** Every operation the stand-in serves: [method, OpenAPI path]. Keep in step with the stand-in's route table. */
export const SERVED: ReadonlyArray<readonly [string, string]> = [
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['put', '/repos/{owner}/{repo}/contents/{path}'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}'],
  ['get', '/repos/{owner}/{repo}/commits'],
  ['get', '/repos/{owner}/{repo}/git/ref/{ref}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/commits'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['put', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['get', '/user']
];
/** Schemas the stand-in validates against outside any single operation (undocumented error statuses). */
const ALWAYS = ['basic-error'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function fetchPackage(version: string): Promise<{ dir: string; cleanup: () => void; integrity?: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'openapi-cut-'));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  try {
    const { stdout } = await run(
      'npm',
      ['pack', `@octokit/openapi@${version}`, '--json', '--pack-destination', tmp, '--ignore-scripts'],
      { cwd: tmp, maxBuffer: 64 * 1024 * 1024 }
    );
    const meta = (JSON.parse(stdout) as Array<{ filename: string; integrity?: string }>)[0];
    const tgz = meta ? join(tmp, meta.filename) : readdirSync(tmp).map((f) => join(tmp, f)).find((f) => f.endsWith('.tgz'));
    if (!tgz || !existsSync(tgz)) throw new Error('npm pack produced no tarball');
    // Only the two files needed are unpacked, not the whole package.
    await run('tar', ['-xzf', tgz, '-C', tmp, 'package/package.json', `package/${SPEC_FILE}`], { maxBuffer: 1024 * 1024 });
    rmSync(tgz, { force: true });
    return { dir: join(tmp, 'package'), cleanup, ...(meta?.integrity ? { integrity: meta.integrity } : {}) };
  } catch (e) {
    cleanup();
    throw e;
  }
}

/** Drop documentation-only keywords, schema-aware so that a *property* named `description` survives. */
const DOC_KEYS = new Set(['description', 'example', 'examples', 'title', 'summary', 'externalDocs', 'discriminator']);
function cleanSchema(s: Json): Json {
  if (Array.isArray(s)) return s.map(cleanSchema);
  if (!isObj(s)) return s;
  const out: Obj = {};
  for (const [k, v] of Object.entries(s)) {
    if (DOC_KEYS.has(k) || k.startsWith('x-')) continue;
    if ((k === 'properties' || k === 'patternProperties') && isObj(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([p, ps]) => [p, cleanSchema(ps)]));
    } else if (['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf', 'prefixItems'].includes(k)) {
      out[k] = cleanSchema(v);
    } else {
      out[k] = v;
    }
  }
  return out;
}

function resolveLocal(spec: Obj, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`non-local $ref ${ref}`);
  let cur: Json = spec;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObj(cur) || !(key in cur)) throw new Error(`dangling $ref ${ref}`);
    cur = cur[key] as Json;
  }
  return cur;
}

/** Follow non-schema `$ref`s (responses, parameters, request bodies) until a concrete object. */
function deref(spec: Obj, v: Json): Json {
  let cur = v;
  for (let i = 0; i < 10 && isObj(cur) && typeof cur.$ref === 'string' && !cur.$ref.startsWith('#/components/schemas/'); i++) {
    cur = resolveLocal(spec, cur.$ref);
  }
  return cur;
}

function collectSchemaRefs(v: Json, into: Set<string>): void {
  if (Array.isArray(v)) return v.forEach((x) => collectSchemaRefs(x, into));
  if (!isObj(v)) return;
  for (const [k, x] of Object.entries(v)) {
    if (k === '$ref' && typeof x === 'string') {
      const m = /^#\/components\/schemas\/(.+)$/.exec(x);
      if (!m) throw new Error(`unexpected $ref inside a schema: ${x}`);
      into.add(m[1]!.replace(/~1/g, '/').replace(/~0/g, '~'));
    } else collectSchemaRefs(x, into);
  }
}

function cutContent(spec: Obj, content: Json): Obj {
  const out: Obj = {};
  if (!isObj(content)) return out;
  for (const [mime, media] of Object.entries(content)) {
    const m = deref(spec, media);
    if (isObj(m) && m.schema !== undefined) out[mime] = { schema: cleanSchema(deref(spec, m.schema)) };
  }
  return out;
}

export function cut(spec: Obj, source: Obj): Obj {
  const specPaths = spec.paths as Obj;
  const paths: Obj = {};
  const reached = new Set<string>(ALWAYS);
  for (const [method, path] of SERVED) {
    const item = specPaths[path];
    const op = isObj(item) ? item[method] : undefined;
    if (!isObj(op)) throw new Error(`the spec has no ${method.toUpperCase()} ${path}`);
    const parameters = (Array.isArray(op.parameters) ? op.parameters : []).map((p) => {
      const d = deref(spec, p) as Obj;
      const keep: Obj = { name: d.name as string, in: d.in as string };
      if (d.required !== undefined) keep.required = d.required;
      if (d.schema !== undefined) keep.schema = cleanSchema(d.schema);
      return keep;
    });
    const cutOp: Obj = { operationId: op.operationId as string, parameters };
    if (op.requestBody !== undefined) {
      const rb = deref(spec, op.requestBody) as Obj;
      cutOp.requestBody = { required: rb.required ?? false, content: cutContent(spec, rb.content ?? null) };
    }
    const responses: Obj = {};
    for (const [status, r] of Object.entries((op.responses ?? {}) as Obj)) {
      const d = deref(spec, r) as Obj;
      responses[status] = d.content ? { content: cutContent(spec, d.content) } : {};
    }
    cutOp.responses = responses;
    collectSchemaRefs(cutOp, reached);
    const slot = (paths[path] ??= {}) as Obj;
    slot[method] = cutOp;
  }
  // Transitive closure over components.schemas.
  const schemas = (spec.components as Obj).schemas as Obj;
  const done = new Set<string>();
  const kept: Obj = {};
  const queue = [...reached];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (done.has(name)) continue;
    done.add(name);
    const s = schemas[name];
    if (s === undefined) throw new Error(`dangling schema ${name}`);
    const c = cleanSchema(s);
    kept[name] = c;
    const more = new Set<string>();
    collectSchemaRefs(c, more);
    for (const m of more) if (!done.has(m)) queue.push(m);
  }
  const sortedSchemas = Object.fromEntries(Object.keys(kept).sort().map((k) => [k, kept[k]!]));
  const info = spec.info as Obj;
  return {
    openapi: spec.openapi as string,
    info: { title: `${info.title as string} (subset served by the ai-sync GitHub stand-in)`, version: info.version as string },
    'x-subset-of': { ...source, openapi: spec.openapi as string, infoVersion: info.version as string, plan: (info['x-github-plan'] as string) ?? null, operations: SERVED.length, schemas: Object.keys(kept).length },
    servers: spec.servers as Json,
    paths,
    components: { schemas: sortedSchemas }
  };
}

async function main(): Promise<void> {
  const typesPkg = JSON.parse(readFileSync(join(root, 'node_modules/@octokit/openapi-types/package.json'), 'utf8')) as {
    version: string;
    octokit?: { 'openapi-version'?: string };
  };
  const version = arg('--version') ?? typesPkg.octokit?.['openapi-version'];
  if (!version) throw new Error('no --version and @octokit/openapi-types names no openapi-version');
  const from = arg('--from');
  const fetched = from ? { dir: resolve(from), cleanup: () => undefined } : await fetchPackage(version);
  try {
    const pkg = JSON.parse(readFileSync(join(fetched.dir, 'package.json'), 'utf8')) as { name: string; version: string; gitHead?: string };
    if (pkg.version !== version) console.warn(`note: package is ${pkg.version}, wanted ${version}`);
    const raw = readFileSync(join(fetched.dir, SPEC_FILE));
    const spec = JSON.parse(raw.toString('utf8')) as Obj;
    const subset = cut(spec, {
      package: `${pkg.name}@${pkg.version}`,
      file: SPEC_FILE,
      sha256: createHash('sha256').update(raw).digest('hex'),
      ...('integrity' in fetched && fetched.integrity ? { integrity: fetched.integrity } : {}),
      ...(pkg.gitHead ? { gitHead: pkg.gitHead } : {}),
      typesPackage: `@octokit/openapi-types@${typesPkg.version}`
    });
    const text = JSON.stringify(subset, null, 1) + '\n';
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT}: ${(text.length / 1024).toFixed(0)} KiB, ${SERVED.length} operations, ${Object.keys((subset.components as Obj).schemas as Obj).length} schemas`);
  } finally {
    fetched.cleanup();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
