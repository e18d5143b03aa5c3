/**
 * Keeps the generated parts of the docs in step with their sources. Each generated part sits between
 * `<!-- NAME:start -->` and `<!-- NAME:end -->` markers; everything outside the markers is hand-written.
 *
 *   npm run docs                 # rewrite the generated regions
 *   npm run docs -- --check      # exit 1 (naming the files and regions) when a doc is not what the sources give
 *
 * Regions, where they are, and their sources:
 *   quickstart        README.md              examples/workflows/ai-sync.yml (the workflow a maintainer copies)
 *   agents-snippet    README.md              examples/AGENTS-snippet.md (what agents paste into CLAUDE.md / AGENTS.md)
 *   inputs, outputs   docs/action.md         action.yml
 *   claims-example    docs/claims-file.md    examples/AI_CURRENT_WORK.md
 *   config-example    docs/configuration.md  examples/ai-sync.yml
 *   config-reference  docs/configuration.md  schemas/ai-sync.config.schema.json (generated from src/engine/config/schema.ts)
 *   cli               docs/cli.md            src/cli/README-cli.md (when it exists; otherwise left as written)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const README = 'README.md';

/** The file each generated region lives in. */
export const REGION_FILES: Record<string, string> = {
  quickstart: README,
  'agents-snippet': README,
  inputs: 'docs/action.md',
  outputs: 'docs/action.md',
  'claims-example': 'docs/claims-file.md',
  'config-example': 'docs/configuration.md',
  'config-reference': 'docs/configuration.md',
  cli: 'docs/cli.md'
};

export interface ActionIo {
  name: string;
  description: string;
  required: boolean;
  /** The `default:` of action.yml, else the "Default: …" the description ends with, else null. */
  default: string | null;
}

export interface ActionMetadata {
  inputs: ActionIo[];
  outputs: ActionIo[];
}

const read = (root: string, path: string): string => readFileSync(join(root, path), 'utf8');

/** Inputs and outputs of action.yml, in file order. */
export function readActionMetadata(root = ROOT): ActionMetadata {
  const doc = parseYaml(read(root, 'action.yml')) as {
    inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
    outputs?: Record<string, { description?: string }>;
  };
  const io = (entries: Record<string, { description?: string; required?: boolean; default?: unknown }> | undefined): ActionIo[] =>
    Object.entries(entries ?? {}).map(([name, spec]) => {
      let description = (spec.description ?? '').trim();
      let fallback: string | null = null;
      const m = /\s*Default: (.+)$/.exec(description);
      if (m) {
        fallback = (m[1] as string).trim();
        description = description.slice(0, m.index).trim();
      }
      return {
        name,
        description,
        required: spec.required === true,
        default: spec.default !== undefined && spec.default !== null ? String(spec.default) : fallback
      };
    });
  return { inputs: io(doc.inputs), outputs: io(doc.outputs) };
}

/** One line, pipes escaped: safe inside a table cell. */
function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

/** Table-cell prose: one line, pipes and asterisks escaped (globs such as `**` must not turn into emphasis). */
function cell(s: string): string {
  return oneLine(s).replace(/\*/g, '\\*');
}

/** `code` that survives a table cell, whatever backticks it holds. */
function code(s: string): string {
  const text = oneLine(s);
  const ticks = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** A default is a value (`code`), unless the description names it in words ("the default branch"). */
function defaultCell(value: string): string {
  return /^the /i.test(value) ? cell(value) : code(value);
}

export function renderInputs(meta: ActionMetadata): string {
  const rows = meta.inputs.map(
    (i) => `| ${code(i.name)} | ${i.default === null ? '—' : defaultCell(i.default)} | ${cell(i.description)} |`
  );
  return ['| Input | Default | Description |', '|---|---|---|', ...rows].join('\n');
}

export function renderOutputs(meta: ActionMetadata): string {
  const rows = meta.outputs.map((o) => `| ${code(o.name)} | ${cell(o.description)} |`);
  return ['| Output | Description |', '|---|---|', ...rows].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Config reference from the JSON Schema

type Schema = {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  exclusiveMinimum?: number;
  minimum?: number;
  minLength?: number;
  maxLength?: number;
  examples?: unknown[];
};

export interface ConfigKey {
  key: string;
  type: string;
  default: string;
  allowed: string;
  description: string;
}

function typeOf(s: Schema): string {
  if (s.enum) return 'string';
  const t = Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type ?? 'any');
  if (t === 'array') return `list of ${s.items ? typeOf(s.items) : 'any'}s`;
  if (t === 'object') return 'mapping';
  return t;
}

function allowedOf(s: Schema): string {
  if (s.enum) return s.enum.map((v) => code(String(v))).join(' \\| ');
  if (s.type === 'boolean') return '`true` \\| `false`';
  if (s.type === 'number' || s.type === 'integer') {
    if (s.exclusiveMinimum !== undefined) return `> ${s.exclusiveMinimum}`;
    if (s.minimum !== undefined) return `≥ ${s.minimum}`;
    return 'any number';
  }
  if (s.type === 'array' && s.items) {
    // Each item: what the schema says an item is, else its own constraints.
    return s.items.description ? cell(s.items.description) : allowedOf(s.items);
  }
  if (s.type === 'string') {
    const bounds = s.maxLength !== undefined ? `1–${s.maxLength} characters` : 'non-empty';
    return s.examples && s.examples.length > 0 ? `e.g. ${s.examples.map((e) => code(String(e))).join(', ')}` : bounds;
  }
  return '—';
}

function defaultOf(s: Schema): string {
  if (s.default === undefined) return '—';
  return code(JSON.stringify(s.default));
}

/** Every key of the config, depth first; records (`agents`, `modules`) show their entries as `<name>`. */
export function configKeys(schema: Schema): ConfigKey[] {
  const out: ConfigKey[] = [];
  const walk = (s: Schema, key: string): void => {
    const record = s.type === 'object' && typeof s.additionalProperties === 'object' && !s.properties;
    const isObject = s.type === 'object' && (s.properties !== undefined || record);
    if (key !== '') {
      out.push({
        key,
        type: typeOf(s),
        default: defaultOf(s),
        allowed: isObject ? '—' : allowedOf(s),
        description: cell(s.description ?? '')
      });
    }
    if (s.properties) for (const [k, v] of Object.entries(s.properties)) walk(v, key === '' ? k : `${key}.${k}`);
    if (record) walk(s.additionalProperties as Schema, `${key}.<name>`);
  };
  walk(schema, '');
  return out;
}

export function renderConfigReference(schema: Schema): string {
  const rows = configKeys(schema).map((k) => `| ${code(k.key)} | ${k.type} | ${k.default} | ${k.allowed} | ${k.description} |`);
  return ['| Key | Type | Default | Allowed values | Description |', '|---|---|---|---|---|', ...rows].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Regions

/** A fence longer than any backtick run inside `text`, so the text can never close it. */
function fenced(lang: string, text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text.replace(/\s+$/, '')}\n${fence}`;
}

export type Regions = Record<string, string | null>;

/** Generated content of every region; null means "leave the region as written" (its source is missing). */
export function renderRegions(root = ROOT): Regions {
  const meta = readActionMetadata(root);
  const schema = JSON.parse(read(root, 'schemas/ai-sync.config.schema.json')) as Schema;
  const cli = join(root, 'src/cli/README-cli.md');
  return {
    quickstart: fenced('yaml', read(root, 'examples/workflows/ai-sync.yml')),
    'agents-snippet': fenced('markdown', read(root, 'examples/AGENTS-snippet.md')),
    inputs: renderInputs(meta),
    outputs: renderOutputs(meta),
    'claims-example': fenced('markdown', read(root, 'examples/AI_CURRENT_WORK.md')),
    'config-example': fenced('yaml', read(root, 'examples/ai-sync.yml')),
    'config-reference': renderConfigReference(schema),
    cli: existsSync(cli) ? readFileSync(cli, 'utf8').replace(/\s+$/, '') : null
  };
}

const startMarker = (name: string) => `<!-- ${name}:start -->`;
const endMarker = (name: string) => `<!-- ${name}:end -->`;

export class RegionError extends Error {}

/** The regions that live in `file`. */
export function regionsOf(file: string, regions: Regions): Regions {
  return Object.fromEntries(Object.entries(regions).filter(([name]) => REGION_FILES[name] === file));
}

/** `text` with every region replaced by its generated content. Throws RegionError for a missing marker. */
export function applyRegions(text: string, regions: Regions, file = README): string {
  let out = text;
  for (const [name, content] of Object.entries(regions)) {
    const start = out.indexOf(startMarker(name));
    const end = out.indexOf(endMarker(name));
    if (start < 0 || end < 0 || end < start) {
      throw new RegionError(`${file}: region "${name}" needs ${startMarker(name)} and then ${endMarker(name)}`);
    }
    if (content === null) continue;
    out = `${out.slice(0, start + startMarker(name).length)}\n${content}\n${out.slice(end)}`;
  }
  return out;
}

/** Names of the regions whose text differs from the generated content. */
export function driftedRegions(text: string, regions: Regions, file = README): string[] {
  const region = (t: string, name: string): string => {
    const start = t.indexOf(startMarker(name));
    const end = t.indexOf(endMarker(name));
    return start < 0 || end < 0 ? '' : t.slice(start, end);
  };
  const fresh = applyRegions(text, regions, file);
  return Object.keys(regions).filter((name) => region(text, name) !== region(fresh, name));
}

export interface CheckResult {
  ok: boolean;
  message: string;
}

const docFiles = (): string[] => [...new Set(Object.values(REGION_FILES))];

/** The `--check` logic: is every doc with generated regions exactly what the sources give? */
export function checkDocs(root = ROOT): CheckResult {
  const regions = renderRegions(root);
  const problems: string[] = [];
  for (const file of docFiles()) {
    try {
      const drifted = driftedRegions(read(root, file), regionsOf(file, regions));
      if (drifted.length > 0) problems.push(`${file} is out of date (region${drifted.length === 1 ? '' : 's'}: ${drifted.join(', ')})`);
    } catch (e) {
      if (e instanceof RegionError) problems.push(e.message);
      else throw e;
    }
  }
  if (problems.length === 0) return { ok: true, message: 'the docs are up to date.' };
  return { ok: false, message: `${problems.join('; ')}; run: npm run docs` };
}

function main(argv: readonly string[]): number {
  if (argv.includes('--check')) {
    const result = checkDocs();
    (result.ok ? console.log : console.error)(result.message);
    return result.ok ? 0 : 1;
  }
  const regions = renderRegions();
  for (const file of docFiles()) {
    const path = join(ROOT, file);
    const before = readFileSync(path, 'utf8');
    const after = applyRegions(before, regionsOf(file, regions), file);
    if (after === before) {
      console.log(`${file} is up to date.`);
    } else {
      writeFileSync(path, after);
      console.log(`wrote ${file}`);
    }
  }
  return 0;
}

// Run only as a script (the docs tests import the functions above).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof RegionError ? e.message : e);
    process.exitCode = 1;
  }
}
