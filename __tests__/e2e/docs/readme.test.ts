// The README and the reference in docs/ can't rot: their generated regions match their sources, every shell command
// in them is one this test knows how to check (and runs where that is practical), their YAML parses and names only
// real inputs and outputs, their tables cover every finding kind, claim state, status field and config key, and
// their links resolve.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COMMAND_HELP, MAIN_HELP } from '../../../src/cli/help.js';
import { parseConfig } from '../../../src/engine/config/index.js';
import { buildStatus, serializeStatus } from '../../../src/report/status-file.js';
import {
  applyRegions,
  checkDocs,
  configKeys,
  driftedRegions,
  readActionMetadata,
  REGION_FILES,
  regionsOf,
  renderRegions,
  RegionError
} from '../../../scripts/docs.js';
import { ROOT, anchors, codeBlocks, proseOf, readRepo, shellLines, splitCommands, words } from '../../helpers/docs.js';

const README = readRepo('README.md');
/** The reference moved out of the README. */
const REFERENCE = ['docs/action.md', 'docs/claims-file.md', 'docs/configuration.md', 'docs/cli.md', 'docs/security.md'] as const;
const DOCS = ['README.md', 'CONTRIBUTING.md', ...REFERENCE, 'docs/mcp.md', 'docs/notifications.md'] as const;
/** The text a region is in. */
const fileOf = (region: string): string => readRepo(REGION_FILES[region] as string);
/** How the README tells agents to run the CLI without installing it. */
const NPX = 'npx -y github:ai-sync/ai-sync#v1';
const meta = readActionMetadata();
const INPUTS = new Set(meta.inputs.map((i) => i.name));
const OUTPUTS = new Set(meta.outputs.map((o) => o.name));
const pkg = JSON.parse(readRepo('package.json')) as { scripts: Record<string, string> };
const statusSchema = JSON.parse(readRepo('schemas/ai-sync-status.schema.json')) as {
  properties: Record<string, unknown>;
  $defs: { finding: { properties: Record<string, { enum?: string[] }> }; boardEntry: { properties: Record<string, { enum?: string[] }> } };
};
const configSchema = JSON.parse(readRepo('schemas/ai-sync.config.schema.json')) as Record<string, unknown>;

const run = (command: string, cwd = ROOT) =>
  spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });

const hasJq = spawnSync('jq', ['--version']).status === 0;
const isShallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: ROOT, encoding: 'utf8' }).trim() === 'true';
const hasParent = spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD~1'], { cwd: ROOT }).status === 0;

describe('generated regions', () => {
  it('the docs are exactly what scripts/docs.ts generates (run `npm run docs` when this fails)', () => {
    const result = checkDocs();
    expect(result.message).toBe('the docs are up to date.');
    expect(result.ok).toBe(true);
  });

  it('--check notices a drifted region and a missing marker', () => {
    const file = REGION_FILES.inputs as string;
    const regions = regionsOf(file, renderRegions());
    const text = readRepo(file);
    const drifted = text.replace(/(<!-- inputs:start -->\n)/, '$1| stale |\n');
    expect(driftedRegions(drifted, regions, file)).toEqual(['inputs']);
    expect(driftedRegions(applyRegions(drifted, regions, file), regions, file)).toEqual([]);
    expect(() => applyRegions(text.replace('<!-- outputs:end -->', ''), regions, file)).toThrow(RegionError);
  });

  it('every region lives in one file, and the README is under 300 lines', () => {
    expect(Object.keys(renderRegions()).sort()).toEqual(Object.keys(REGION_FILES).sort());
    for (const [name, file] of Object.entries(REGION_FILES)) expect(readRepo(file)).toContain(`<!-- ${name}:start -->`);
    expect(README.split('\n').length).toBeLessThan(300);
  });

  it('the inputs and outputs tables list every input and output of action.yml, in order', () => {
    const region = (name: string) => fileOf(name).slice(fileOf(name).indexOf(`<!-- ${name}:start -->`), fileOf(name).indexOf(`<!-- ${name}:end -->`));
    const names = (name: string) => [...region(name).matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(names('inputs')).toEqual(meta.inputs.map((i) => i.name));
    expect(names('outputs')).toEqual(meta.outputs.map((o) => o.name));
    // Every input's default is shown (action.yml states each one).
    expect(meta.inputs.filter((i) => i.default === null).map((i) => i.name)).toEqual([]);
  });

  it('the config reference has every key of the JSON Schema with its default', () => {
    const keys = configKeys(configSchema);
    const text = fileOf('config-reference');
    const region = text.slice(text.indexOf('<!-- config-reference:start -->'), text.indexOf('<!-- config-reference:end -->'));
    for (const k of keys) expect(region).toContain(`| \`${k.key}\` |`);
    const top = Object.keys(configSchema.properties as Record<string, unknown>);
    expect(keys.filter((k) => !k.key.includes('.')).map((k) => k.key)).toEqual(top);
    expect(keys.find((k) => k.key === 'active-hours')?.default).toBe('`2`');
    expect(keys.find((k) => k.key === 'policy.unknown-author')?.allowed).toBe('`error` \\| `warning` \\| `ignore`');
  });

  it('the CLI section is src/cli/README-cli.md when that file exists', () => {
    const cli = join(ROOT, 'src/cli/README-cli.md');
    if (!existsSync(cli)) return;
    const text = fileOf('cli');
    const region = text.slice(text.indexOf('<!-- cli:start -->'), text.indexOf('<!-- cli:end -->'));
    expect(region).toContain(readFileSync(cli, 'utf8').trim());
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Shell commands

type How = 'executed' | 'run by CI' | 'checked statically';

interface Known {
  how: How;
  /** Throws (via expect) when the command is wrong. */
  check: () => void;
}

const scriptExists = (name: string) => () => expect(pkg.scripts[name]).toBeDefined();
const fileExists = (path: string) => () => expect(existsSync(join(ROOT, path))).toBe(true);
const succeeds = (command: string) => () => {
  const r = run(command);
  expect({ command, status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ command, status: 0, stderr: '' });
};

/** A status file as the action writes it, for the `jq` examples. */
function statusFixture(): string {
  const status = buildStatus({
    now: '2026-03-02T09:00:00Z',
    lastAuthor: 'Dana Developer',
    lastAgent: 'Claude Code',
    lastCommitMessage: 'feat: checkout steps\n\nAI-Agent: Claude Code',
    lastCommit: 'c'.repeat(40),
    ref: 'refs/heads/main',
    modifiedFiles: ['web/src/checkout/Cart.tsx'],
    result: 'fail',
    findings: [
      {
        kind: 'claimed-by-other',
        severity: 'error',
        file: 'api/src/invoices/pdf.ts',
        agent: 'Claude Code',
        claimedBy: 'ChatGPT Codex',
        module: 'InvoicesModule',
        commit: 'c'.repeat(40),
        checkin: '2026-03-02T08:55:00Z',
        age: 0.08,
        staleAt: '2026-03-02T12:55:00Z',
        message: 'Claude Code changed api/src/invoices/pdf.ts, which ChatGPT Codex is actively working on.'
      }
    ],
    // As a run with more findings than it lists writes it (here: one listed for the brevity of the fixture).
    findingsOmitted: { count: 1200, bySeverity: { error: 1200, warning: 0, notice: 0 }, byKind: [{ kind: 'claimed-by-other', severity: 'error', count: 1200 }] },
    agents: [
      {
        name: 'ChatGPT Codex',
        workingOn: 'PDF invoices',
        module: 'InvoicesModule',
        files: ['api/src/invoices/**'],
        startedAt: '2026-03-02T06:30:00Z',
        lastCheckin: '2026-03-02T08:55:00Z',
        lastSeenAt: null,
        state: 'active',
        staleAt: '2026-03-02T12:55:00Z'
      }
    ],
    notified: [
      { kind: 'claimed-by-other', file: 'api/src/invoices/pdf.ts', agent: 'Claude Code', claimedBy: 'ChatGPT Codex', commit: 'c'.repeat(40), at: '2026-03-02T09:00:00Z' }
    ]
  });
  return serializeStatus(status);
}

const JQ_OUTPUT: Record<string, string> = {
  'jq -r .lastAuthor AI_SYNC_STATUS.json': 'Dana Developer\n',
  [`jq -r '.agents[] | select(.state == "active") | "\\(.name): \\(.files | join(", "))"' AI_SYNC_STATUS.json`]: 'ChatGPT Codex: api/src/invoices/**\n',
  [`jq -r '.findings[] | select(.severity == "error") | .message' AI_SYNC_STATUS.json`]:
    'Claude Code changed api/src/invoices/pdf.ts, which ChatGPT Codex is actively working on.\n'
};

/** Runs a `jq … AI_SYNC_STATUS.json` line verbatim against a status file built by the real writer. */
const jqOnStatus = (line: string) => () => {
  const dir = mkdtempSync(join(tmpdir(), 'ai-sync-docs-'));
  try {
    writeFileSync(join(dir, 'AI_SYNC_STATUS.json'), statusFixture());
    const r = run(line, dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(JQ_OUTPUT[line]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const LOCAL_ENV = '.tmp/local-action/.env';
const LOCAL_EVENT = '.tmp/local-action/push-event.json';

/** Every non-`ai-sync` command line the docs may contain, and how it is checked. */
const KNOWN: Record<string, Known> = {
  // Exercised by CI itself (.ci/run and .github/workflows/ci.yml run `npm ci` and `npm test`).
  'npm ci && npm start': {
    how: 'run by CI',
    check: () => {
      expect(readRepo('.ci/run')).toMatch(/^npm ci\b/m);
      expect(pkg.scripts.start).toBe('tsx scripts/start.ts');
      fileExists('scripts/start.ts')();
    }
  },
  'npm test': {
    how: 'run by CI',
    check: () => {
      expect(readRepo('.ci/run')).toMatch(/^npm test$/m);
      expect(readRepo('.github/workflows/ci.yml')).toMatch(/run: npm test$/m);
      scriptExists('test')();
    }
  },
  // Executed here.
  'npm run docs -- --check': { how: 'executed', check: succeeds('npm run docs -- --check') },
  'npm run docs:check': { how: 'executed', check: succeeds('npm run docs:check') },
  'npx tsx scripts/config-schema.ts --check': { how: 'executed', check: succeeds('npx tsx scripts/config-schema.ts --check') },
  // Scripts that write files, take long or are owned by other suites: they must exist.
  'npm run bundle': { how: 'checked statically', check: scriptExists('bundle') },
  'npm run test:stress': { how: 'checked statically', check: scriptExists('test:stress') },
  'npm run bench': { how: 'checked statically', check: scriptExists('bench') },
  'npm run docs': { how: 'checked statically', check: scriptExists('docs') },
  'npx tsx scripts/config-schema.ts': { how: 'checked statically', check: fileExists('scripts/config-schema.ts') },
  'npm run test:unit': { how: 'checked statically', check: scriptExists('test:unit') },
  'NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/unit/engine/evaluate.test.ts': {
    how: 'checked statically',
    check: fileExists('__tests__/unit/engine/evaluate.test.ts')
  },
  'NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/unit/engine/evaluate.test.ts -t "stale"': {
    how: 'checked statically',
    check: () => {
      fileExists('__tests__/unit/engine/evaluate.test.ts')();
      expect(readRepo('__tests__/unit/engine/evaluate.test.ts')).toMatch(/it\(['`"][^'`"]*stale/);
    }
  },
  // The status file examples: run verbatim on a file written by the real status writer.
  ...Object.fromEntries(
    Object.keys(JQ_OUTPUT).map((line) => [line, { how: hasJq ? 'executed' : 'checked statically', check: hasJq ? jqOnStatus(line) : () => {} } as Known])
  ),
  // "Run it locally": the set-up lines run here (they write only under the git-ignored .tmp/).
  'mkdir -p .tmp/local-action && touch .tmp/local-action/summary.md': {
    how: 'executed',
    check: succeeds('mkdir -p .tmp/local-action && touch .tmp/local-action/summary.md')
  },
  [`cp .env.example ${LOCAL_ENV}`]: { how: 'executed', check: succeeds(`mkdir -p .tmp/local-action && cp .env.example ${LOCAL_ENV}`) },
  [`sed -e "s/<before>/$(git rev-parse HEAD~1)/" -e "s/<after>/$(git rev-parse HEAD)/" examples/local/push-event.json > ${LOCAL_EVENT}`]: {
    how: hasParent ? 'executed' : 'checked statically',
    check: () => {
      fileExists('examples/local/push-event.json')();
      if (!hasParent) return; // a shallow clone (CI checkout) has no HEAD~1
      succeeds(
        `mkdir -p .tmp/local-action && sed -e "s/<before>/$(git rev-parse HEAD~1)/" -e "s/<after>/$(git rev-parse HEAD)/" examples/local/push-event.json > ${LOCAL_EVENT}`
      )();
      const event = JSON.parse(readRepo(LOCAL_EVENT)) as { before: string; after: string };
      expect(event.before).toMatch(/^[0-9a-f]{40}$/);
      expect(event.after).toMatch(/^[0-9a-f]{40}$/);
    }
  },
  // Registers the MCP server with Claude Code (needs Claude Code and the network): the server command after `--` must
  // be one the CLI has.
  [`claude mcp add ai-sync --env AI_SYNC_AGENT="Claude Code" -- ${NPX} mcp`]: {
    how: 'checked statically',
    check: () => expect(cliProblem('ai-sync mcp')).toBeNull()
  },
  'claude mcp add ai-sync --env AI_SYNC_AGENT="Claude Code" -- node /abs/path/to/ai-sync/dist/cli/index.js mcp': {
    how: 'checked statically',
    check: () => {
      fileExists('dist/cli/index.js')();
      expect(cliProblem('ai-sync mcp')).toBeNull();
    }
  },
  // Needs the network and a token: the entry point and the files it names must exist.
  [`npx @github/local-action run . src/action/main.ts ${LOCAL_ENV}`]: {
    how: 'checked statically',
    check: () => {
      fileExists('action.yml')();
      expect(readRepo('src/action/main.ts')).toMatch(/^export async function run\(\)/m);
      fileExists('.env.example')();
    }
  }
};

/** Flags an `ai-sync` command accepts, read from its help text (plus the global options). */
function cliFlags(command: string): Set<string> {
  const text = `${COMMAND_HELP[command] ?? ''}\n${MAIN_HELP}`;
  return new Set([...text.matchAll(/(?<![\w-])(--?[A-Za-z][\w-]*)/g)].map((m) => m[1] as string));
}

/** Checks one `ai-sync …` command against the CLI's own help. Returns a problem, or null. */
function cliProblem(command: string): string | null {
  const argv = words(command);
  const sub = argv[1];
  if (sub === undefined) return null;
  if (sub.startsWith('-')) return ['--help', '-h', '--version', '-V'].includes(sub) ? null : `unknown global flag ${sub}`;
  if (sub === 'help') return argv[2] === undefined || argv[2] in COMMAND_HELP ? null : `no help topic ${argv[2]}`;
  if (!(sub in COMMAND_HELP)) return `unknown command ${sub} (commands: ${Object.keys(COMMAND_HELP).join(', ')})`;
  const flags = cliFlags(sub);
  for (const w of argv.slice(2)) {
    if (!w.startsWith('-') || w === '-') continue;
    const flag = w.split('=')[0] as string;
    if (!flags.has(flag)) return `ai-sync ${sub} has no option ${flag}`;
  }
  return null;
}

interface Line {
  file: string;
  line: string;
}

function commandLinesOf(file: string): Line[] {
  return codeBlocks(readRepo(file))
    .filter((b) => ['sh', 'bash', 'shell', 'console'].includes(b.lang))
    .flatMap((b) => shellLines(b.text).map((line) => ({ file, line })));
}

/** `npx -y github:ai-sync/ai-sync#v1 claim …` is checked as `ai-sync claim …`. */
const asCli = (line: string): string => (line.startsWith(`${NPX} `) ? `ai-sync ${line.slice(NPX.length + 1)}` : line);

const ALL_LINES = DOCS.flatMap(commandLinesOf).map((l) => ({ ...l, line: asCli(l.line) }));

describe('shell commands in the docs', () => {
  it('the two set-up commands are in the README verbatim', () => {
    const lines = commandLinesOf('README.md').map((l) => l.line);
    expect(lines).toContain('npm ci && npm start');
    expect(lines.filter((l) => l.startsWith(`${NPX} `)).length).toBeGreaterThanOrEqual(4);
    expect(lines).toContain('npm test');
  });

  it('every command line is known: executed, run by CI, or checked statically', () => {
    const unknown: string[] = [];
    for (const { file, line } of ALL_LINES) {
      if (KNOWN[line]) continue;
      const parts = splitCommands(line);
      const first = parts[0]?.command ?? '';
      if (first === 'ai-sync' || first.startsWith('ai-sync ')) {
        const problems = parts.map((p, i) =>
          i === 0 ? cliProblem(p.command) : p.op === '|' && p.command.startsWith('jq ') ? null : `unexpected "${p.op} ${p.command}"`
        );
        const problem = problems.find((p) => p !== null);
        if (problem) unknown.push(`${file}: ${line}\n    ${problem}`);
        continue;
      }
      unknown.push(`${file}: ${line}\n    not a known command: add it to KNOWN in __tests__/e2e/docs/readme.test.ts with how it is checked`);
    }
    expect(unknown).toEqual([]);
  });

  it('the README has `ai-sync` commands only as the CLI defines them', () => {
    const cliLines = ALL_LINES.filter((l) => l.line.startsWith('ai-sync '));
    if (!existsSync(join(ROOT, 'src/cli/README-cli.md'))) return;
    expect(cliLines.length).toBeGreaterThan(0);
    expect(cliLines.map((l) => cliProblem(splitCommands(l.line)[0]?.command ?? '')).filter(Boolean)).toEqual([]);
  });

  const used = [...new Set(ALL_LINES.map((l) => l.line))].filter((l) => KNOWN[l]);
  it.each(used)('%s', (line) => {
    (KNOWN[line] as Known).check();
  });

  it('the local-run set-up yields a context the action accepts', async () => {
    if (!hasParent || isShallow) return; // the payload needs HEAD~1
    for (const line of ['mkdir -p .tmp/local-action && touch .tmp/local-action/summary.md', `cp .env.example ${LOCAL_ENV}`]) succeeds(line)();
    (KNOWN[[...Object.keys(KNOWN)].find((k) => k.startsWith('sed ')) as string] as Known).check();
    const { dotenv } = await import('../../helpers/docs.js');
    const { readContext } = await import('../../../src/action/context.js');
    const env = Object.fromEntries(dotenv(readRepo(LOCAL_ENV)));
    const ctx = readContext({ ...env, GITHUB_EVENT_PATH: join(ROOT, env.GITHUB_EVENT_PATH as string) });
    expect(ctx.event.kind).toBe('push');
    expect(ctx.owner).toBe('your-org');
    if (ctx.event.kind === 'push') {
      expect(ctx.event.before).toBe(execFileSync('git', ['rev-parse', 'HEAD~1'], { cwd: ROOT, encoding: 'utf8' }).trim());
      expect(ctx.event.branch).toBe('main');
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// YAML blocks

/** `steps.ai-sync.outputs.NAME` references must name real outputs; `with:` of ai-sync steps real inputs. */
function yamlProblems(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/steps\.ai-sync\.outputs\.([\w-]+)/g)) {
    if (!OUTPUTS.has(m[1] as string)) problems.push(`unknown output ${m[1]}`);
  }
  const doc = parseYaml(text) as unknown;
  const steps: Record<string, unknown>[] = [];
  if (Array.isArray(doc)) steps.push(...(doc as Record<string, unknown>[]));
  else if (doc && typeof doc === 'object' && 'jobs' in doc) {
    for (const job of Object.values((doc as { jobs: Record<string, { steps?: Record<string, unknown>[] }> }).jobs)) steps.push(...(job.steps ?? []));
  } else if (doc && typeof doc === 'object') {
    // A config file: it must be valid.
    try {
      parseConfig(text, '.github/ai-sync.yml');
    } catch (e) {
      problems.push(`invalid config: ${(e as Error).message}`);
    }
    return problems;
  }
  for (const step of steps) {
    const uses = typeof step.uses === 'string' ? step.uses : '';
    if (!(uses === './' || uses.startsWith('ai-sync/ai-sync@'))) continue;
    for (const key of Object.keys((step.with as Record<string, unknown> | undefined) ?? {})) {
      if (!INPUTS.has(key)) problems.push(`unknown input ${key}`);
    }
  }
  return problems;
}

describe('YAML in the docs', () => {
  const blocks = DOCS.flatMap((file) => codeBlocks(readRepo(file)).filter((b) => ['yaml', 'yml'].includes(b.lang)).map((b) => ({ file, ...b })));

  it('there are YAML blocks to check (the workflow, the outputs example, the config)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line}`, b.text]))('%s parses and names only real inputs and outputs', (_where, text) => {
    expect(() => parseYaml(text)).not.toThrow();
    expect(yamlProblems(text)).toEqual([]);
  });

  it('the checker notices an unknown input, an unknown output and an invalid config', () => {
    expect(yamlProblems('- uses: ai-sync/ai-sync@v1\n  with:\n    fail-on: error\n    fial-on: x\n')).toEqual(['unknown input fial-on']);
    expect(yamlProblems('- run: echo ${{ steps.ai-sync.outputs.verdict }}\n')).toEqual(['unknown output verdict']);
    expect(yamlProblems('stale-hour: 3\n')[0]).toMatch(/invalid config/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Coverage of the reference tables

describe('reference tables cover the code', () => {
  const prose = REFERENCE.map((f) => proseOf(readRepo(f))).join('\n');

  it('every finding kind has a row with its severity', () => {
    const kinds = statusSchema.$defs.finding.properties.kind?.enum ?? [];
    expect(kinds.length).toBe(13);
    for (const kind of kinds) expect(prose).toMatch(new RegExp(`^\\| \`${kind}\` \\| (error|warning|notice)`, 'm'));
  });

  it('every claim state has a row', () => {
    for (const state of statusSchema.$defs.boardEntry.properties.state?.enum ?? []) expect(prose).toMatch(new RegExp(`^\\| \`${state}\` \\|`, 'm'));
  });

  it('every status file field is described, including the keys of findings and board entries', () => {
    const escape = (s: string) => s.replace(/[$^.*+?()[\]{}|\\]/g, '\\$&');
    for (const key of Object.keys(statusSchema.properties)) expect(prose).toMatch(new RegExp(`^\\| \`${escape(key)}\` \\|`, 'm'));
    const section = prose.slice(prose.indexOf('## The status file'), prose.indexOf('## PR comment and annotations'));
    const rows = (name: string) => section.split('\n').find((l) => l.startsWith(`| \`${name}\` |`)) ?? '';
    for (const key of Object.keys(statusSchema.properties)) expect(rows(key)).not.toBe('');
    for (const key of Object.keys(statusSchema.$defs.finding.properties)) expect(rows('findings')).toContain(`\`${key}\``);
    for (const key of Object.keys(statusSchema.$defs.boardEntry.properties)) expect(rows('agents')).toContain(`\`${key}\``);
    expect(commandLinesOf('docs/action.md').map((l) => l.line)).toContain('jq -r .lastAuthor AI_SYNC_STATUS.json');
  });

  it('the status file really carries $schema pointing at the committed schema', () => {
    const written = JSON.parse(statusFixture()) as Record<string, unknown>;
    expect(written.$schema).toBe((statusSchema as unknown as { $id: string }).$id);
    expect(Object.keys(written)).toEqual(Object.keys(statusSchema.properties));
  });

  it('the finding-kind table states the severities the engine uses', () => {
    const row = (kind: string) => prose.split('\n').find((l) => l.startsWith(`| \`${kind}\` |`)) ?? '';
    expect(row('claimed-by-other')).toMatch(/\| error/);
    expect(row('claim-caution')).toMatch(/\| warning/);
    expect(row('stale-claim')).toMatch(/\| notice/);
    expect(row('uncertain-claim')).toMatch(/\| warning/);
    expect(row('incomplete-changes')).toMatch(/\| warning/);
    expect(row('invalid-claims-file')).toMatch(/\| warning/);
  });

  it('the 3,000-file cap the README names is the one the action uses', async () => {
    const { PR_FILE_CAP, COMMIT_FILE_CAP } = await import('../../../src/action/github/changes.js');
    expect([PR_FILE_CAP, COMMIT_FILE_CAP]).toEqual([3000, 3000]);
    expect(prose).toContain('3,000 files');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Links

describe('links', () => {
  /** Written by other contributors; linked before they exist. */
  const PENDING = new Set(['docs/benchmarks.md', 'docs/reliability.md']);

  it.each([...DOCS, 'SECURITY.md', 'CHANGELOG.md'])('relative links in %s resolve, anchors included', (file) => {
    const text = proseOf(readRepo(file));
    const missing: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] as string;
      if (/^[a-z]+:/i.test(target)) continue;
      const [path = '', anchor] = target.split('#') as [string, string | undefined];
      const resolved = path === '' ? file : join(dirname(file), path);
      if (PENDING.has(resolved)) continue;
      if (!existsSync(join(ROOT, resolved))) missing.push(target);
      else if (anchor !== undefined && resolved.endsWith('.md') && !anchors(readRepo(resolved)).has(anchor)) missing.push(target);
    }
    expect(missing).toEqual([]);
  });

  it('the README links the benchmark and reliability docs', () => {
    expect(README).toContain('](docs/benchmarks.md)');
    expect(README).toContain('](docs/reliability.md)');
  });
});
