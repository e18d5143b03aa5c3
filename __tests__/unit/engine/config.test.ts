import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import {
  CONFIG_SCHEMA_ID,
  ConfigError,
  configJsonSchema,
  configSchema,
  defaultConfig,
  parseConfig,
  suggestKey
} from '../../../src/engine/config/index.js';
import type { Config } from '../../../src/engine/model.js';
import { RADAR_IGNORE_DEFAULT, toConfig } from '../../../src/engine/config/schema.js';

const FILE = '.github/ai-sync.yml';

const FULL = `# ai-sync configuration
agents:
  Claude Code:
    aliases: [Claude, "noreply@anthropic.com"]  # names or emails
    branches: ["claude/**"]
  ChatGPT Codex:
    aliases: [Codex, "*@openai.com"]
    branches: ["codex/**"]
modules:
  TrackingModule: ["backend/src/api/tracking/**"]
active-hours: 2
stale-hours: 4
timezone: UTC                    # IANA name
policy:
  unknown-author: warning        # error | warning | ignore
  require-handoff: false
ignore: []
status-branches: []
`;

const DEFAULTS: Config = {
  agents: {},
  modules: {},
  activeHours: 2,
  staleHours: 4,
  timezone: 'UTC',
  policy: { unknownAuthor: 'warning', requireHandoff: false },
  ignore: [],
  statusBranches: [],
  radar: { ignore: [...RADAR_IGNORE_DEFAULT], maxPullRequests: 100 }
};

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error(`expected a ConfigError for:\n${text}`);
}

describe('defaults', () => {
  it.each([[null], [undefined], [''], ['   \n'], ['# only\n# comments\n'], ['{}'], ['---\n']])('%j → all defaults', (text) => {
    expect(parseConfig(text, FILE)).toEqual(DEFAULTS);
  });

  it('defaultConfig() (config/base.ts, no zod) is what the schema makes of nothing', () => {
    expect(defaultConfig()).toEqual(DEFAULTS);
    expect(toConfig(configSchema.parse({}))).toEqual(defaultConfig());
    expect(configSchema.parse({})).toMatchObject({ 'active-hours': 2, 'stale-hours': 4, timezone: 'UTC' });
  });

  it('defaultConfig() hands out a fresh object every time (a caller may change it)', () => {
    const a = defaultConfig();
    a.radar.ignore.push('x');
    a.policy.requireHandoff = true;
    expect(defaultConfig()).toEqual(DEFAULTS);
  });

  it('a key with no value takes its default; an agent with no settings is known with none', () => {
    expect(parseConfig('agents:\n  Claude Code:\nstale-hours:\npolicy:\n  unknown-author:\n', FILE)).toEqual({
      ...DEFAULTS,
      agents: { 'Claude Code': { aliases: [], branches: [] } }
    });
  });

  it('partial settings keep the other defaults', () => {
    expect(parseConfig('policy:\n  require-handoff: true\nstale-hours: 8\n', FILE)).toEqual({
      ...DEFAULTS,
      staleHours: 8,
      policy: { unknownAuthor: 'warning', requireHandoff: true }
    });
  });
});

describe('the full example', () => {
  it('maps to the camelCase Config', () => {
    expect(parseConfig(FULL, FILE)).toEqual({
      ...DEFAULTS,
      agents: {
        'Claude Code': { aliases: ['Claude', 'noreply@anthropic.com'], branches: ['claude/**'] },
        'ChatGPT Codex': { aliases: ['Codex', '*@openai.com'], branches: ['codex/**'] }
      },
      modules: { TrackingModule: ['backend/src/api/tracking/**'] }
    } satisfies Config);
  });

  it('accepts other valid values', () => {
    const cfg = parseConfig(
      'active-hours: 0.5\nstale-hours: 24\ntimezone: Europe/Berlin\npolicy:\n  unknown-author: error\n  require-handoff: true\nignore: ["docs/", "*.md"]\nstatus-branches: [main, "release/*"]\n',
      FILE
    );
    expect(cfg).toMatchObject({ activeHours: 0.5, staleHours: 24, timezone: 'Europe/Berlin', ignore: ['docs/', '*.md'] });
    expect(cfg.policy).toEqual({ unknownAuthor: 'error', requireHandoff: true });
    expect(cfg.statusBranches).toEqual(['main', 'release/*']);
  });
});

// [name, yaml, line, key, message (after "file:line: key: ")]
const invalid: [string, string, number, string, RegExp][] = [
  [
    'unknown-author enum',
    FULL.replace('unknown-author: warning ', 'unknown-author: warn    '),
    15,
    'policy.unknown-author',
    /^expected one of error \| warning \| ignore, got "warn"$/
  ],
  ['require-handoff type', 'policy:\n  require-handoff: yes\n', 2, 'policy.require-handoff', /^expected true or false, got "yes"$/],
  ['active-hours type', 'active-hours: two\n', 1, 'active-hours', /^expected a number, got "two"$/],
  ['active-hours zero', 'stale-hours: 3\nactive-hours: 0\n', 2, 'active-hours', /^expected a number > 0, got 0$/],
  ['stale-hours negative', 'stale-hours: -1\n', 1, 'stale-hours', /^expected a number > 0, got -1$/],
  ['stale-hours infinite', 'stale-hours: .inf\n', 1, 'stale-hours', /^expected a number, got Infinity$/],
  ['active ≥ stale', 'active-hours: 5\nstale-hours: 4\n', 1, 'active-hours', /active-hours \(5\).*stale-hours \(4\)/],
  ['active ≥ default stale', '\n\nactive-hours: 4\n', 3, 'active-hours', /active-hours \(4\).*stale-hours \(4\)/],
  ['stale below the default active', '\nstale-hours: 1\n', 2, 'stale-hours', /active-hours \(2\).*stale-hours \(1\)/],
  ['timezone', 'timezone: Mars/Olympus\n', 1, 'timezone', /^"Mars\/Olympus" is not an IANA time zone \(expected a name like Europe\/Berlin or UTC\)$/],
  ['timezone type', 'timezone: 5\n', 1, 'timezone', /^expected a string, got 5$/],
  ['agents as a list', 'agents:\n  - Claude\n', 1, 'agents', /^expected a mapping, got a list$/],
  ['aliases as a string', 'agents:\n  A:\n    aliases: Claude\n', 3, 'agents.A.aliases', /^expected a list, got "Claude"$/],
  ['empty alias', 'agents:\n  A:\n    aliases:\n      - ok\n      - ""\n', 5, 'agents.A.aliases[1]', /^expected a non-empty string, got ""$/],
  ['branch glob with ..', 'agents:\n  A:\n    branches: ["../x"]\n', 3, 'agents.A.branches[0]', /^expected a branch glob, got "\.\.\/x": contains a "\.\." segment$/],
  ['absolute module glob', 'modules:\n  M:\n    - /etc/**\n', 3, 'modules.M[0]', /^expected a path glob, got "\/etc\/\*\*": absolute/],
  ['empty ignore glob', 'ignore:\n  - ""\n', 2, 'ignore[0]', /^expected a non-empty string, got ""$/],
  ['long ignore glob', `ignore:\n  - ${'a'.repeat(1001)}\n`, 2, 'ignore[0]', /^expected at most 1000 characters/],
  ['negated ignore glob', 'ignore: ["!keep"]\n', 1, 'ignore[0]', /negation/],
  ['status-branches type', 'status-branches: main\n', 1, 'status-branches', /^expected a list, got "main"$/],
  ['module globs as a mapping', 'modules:\n  M:\n    a: b\n', 2, 'modules.M', /^expected a list, got a mapping$/],
  ['top level list', '- a\n- b\n', 1, '(top level)', /^expected a mapping, got a list$/],
  ['top level scalar', 'hello\n', 1, '(top level)', /^expected a mapping, got "hello"$/],
  ['empty agent name', 'agents:\n  "":\n    aliases: [x]\n', 2, 'agents[""]', /^expected a non-empty name, got ""$/],
  ['a collection as a key', 'agents:\n  ? [a, b]\n  : {}\n', 2, 'agents', /^expected a plain key/],
  ['duplicate agent (case)', 'agents:\n  Claude:\n  claude:\n', 3, 'agents.claude', /duplicate agent "claude".*"Claude"/],
  ['alias shared by two agents', 'agents:\n  A:\n    aliases: [bot1]\n  B:\n    aliases: [BOT1]\n', 5, 'agents.B.aliases[0]', /alias "BOT1" is also an alias of "A"/]
];

describe('invalid values', () => {
  it.each(invalid)('%s', (_name, text, line, key, message) => {
    const err = errorOf(text);
    expect({ line: err.line, key: err.key, file: err.file }).toEqual({ line, key, file: FILE });
    const first = err.message.split('\n')[0] as string;
    expect(first.startsWith(`${FILE}:${line}: ${key}: `)).toBe(true);
    expect(first.slice(`${FILE}:${line}: ${key}: `.length)).toMatch(message);
    expect(err.name).toBe('ConfigError');
  });

  it('the message of the brief', () => {
    const err = errorOf('agents: {}\nmodules: {}\nactive-hours: 2\nstale-hours: 4\ntimezone: UTC\npolicy:\n  unknown-author: warn\n');
    expect(err.message).toBe('.github/ai-sync.yml:7: policy.unknown-author: expected one of error | warning | ignore, got "warn"');
  });

  it('reports every problem, sorted by line', () => {
    const err = errorOf('timezone: Nowhere/Land\nactive-hours: 0\npolicy:\n  unknown-author: loud\n');
    expect(err.issues.map((i) => [i.line, i.key])).toEqual([
      [1, 'timezone'],
      [2, 'active-hours'],
      [4, 'policy.unknown-author']
    ]);
    expect(err.message.split('\n')).toHaveLength(3);
  });
});

describe('unknown keys', () => {
  it.each([
    ['stale-hour: 3\n', 1, 'stale-hour', 'did you mean "stale-hours"?'],
    ['\nstaleHours: 3\n', 2, 'staleHours', 'did you mean "stale-hours"?'],
    ['active_hours: 1\n', 1, 'active_hours', 'did you mean "active-hours"?'],
    ['timezon: UTC\n', 1, 'timezon', 'did you mean "timezone"?'],
    ['policy:\n  unknown-authors: error\n', 2, 'policy.unknown-authors', 'did you mean "unknown-author"?'],
    ['policy:\n  requireHandoff: true\n', 2, 'policy.requireHandoff', 'did you mean "require-handoff"?'],
    ['unknown-author: error\n', 1, 'unknown-author', 'did you mean "policy.unknown-author"?'],
    ['agents:\n  A:\n    alias: [x]\n', 3, 'agents.A.alias', 'did you mean "aliases"?'],
    ['agents:\n  A:\n    branch: [x]\n', 3, 'agents.A.branch', 'did you mean "branches"?']
  ])('%j', (text, line, key, hint) => {
    const err = errorOf(text);
    expect(err.message).toBe(`${FILE}:${line}: ${key}: unknown key; ${hint}`);
  });

  it('lists the known keys when nothing is close', () => {
    expect(errorOf('\n\nfrobnicate: true\n').message).toBe(
      `${FILE}:3: frobnicate: unknown key; expected one of agents | modules | active-hours | stale-hours | timezone | policy | ignore | status-branches | radar`
    );
  });

  it('suggestKey', () => {
    expect(suggestKey('stale-hour', ['stale-hours', 'active-hours'])).toBe('stale-hours');
    expect(suggestKey('xyz', ['stale-hours'])).toBeNull();
  });
});

describe('YAML errors', () => {
  it('syntax error with its line', () => {
    const err = errorOf('agents:\n  A:\n    aliases: [x, y\nstale-hours: 4\n');
    expect(err.line).toBeGreaterThanOrEqual(3);
    expect(err.message).toMatch(/^\.github\/ai-sync\.yml:\d+: YAML syntax error: /);
  });

  it.each([
    ['bad indentation', 'policy:\n  unknown-author: error\n    require-handoff: true\n', 2],
    ['unterminated quote', 'timezone: "UTC\n', 1]
  ])('%s', (_name, text, minLine) => {
    const err = errorOf(text);
    expect(err.line).toBeGreaterThanOrEqual(minLine);
    expect(err.message).toMatch(/YAML syntax error/);
  });

  it('duplicate keys', () => {
    const err = errorOf('stale-hours: 4\nactive-hours: 1\nstale-hours: 5\n');
    expect(err.message).toBe(`${FILE}:3: stale-hours: duplicate key (each key may appear only once)`);
    const nested = errorOf('policy:\n  unknown-author: error\n  unknown-author: ignore\n');
    expect(nested.message).toBe(`${FILE}:3: policy.unknown-author: duplicate key (each key may appear only once)`);
  });
});

describe('JSON Schema', () => {
  const committed = JSON.parse(readFileSync(new URL('../../../schemas/ai-sync.config.schema.json', import.meta.url), 'utf8'));

  it('the committed schema file is up to date (npx tsx scripts/config-schema.ts)', () => {
    expect(configJsonSchema()).toEqual(committed);
    expect(readFileSync(new URL('../../../schemas/ai-sync.config.schema.json', import.meta.url), 'utf8')).toBe(
      `${JSON.stringify(configJsonSchema(), null, 2)}\n`
    );
  });

  it('has $schema, $id, title, defaults and a description on every key', () => {
    const schema = configJsonSchema() as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(CONFIG_SCHEMA_ID);
    expect(schema.title).toEqual(expect.any(String));
    const missing: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties) {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (typeof v.description !== 'string' || v.description === '') missing.push(`${where}.${k}`);
          walk(v, `${where}.${k}`);
        }
      }
      if (n.additionalProperties && typeof n.additionalProperties === 'object') {
        const v = n.additionalProperties as Record<string, unknown>;
        if (typeof v.description !== 'string') missing.push(`${where}.*`);
        walk(v, `${where}.*`);
      }
      if (n.items) walk(n.items, `${where}[]`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
    const props = schema.properties as Record<string, { default?: unknown }>;
    expect(props['active-hours']?.default).toBe(2);
    expect(props['stale-hours']?.default).toBe(4);
    expect(props.timezone?.default).toBe('UTC');
  });

  it('validates the example and rejects typos (ajv)', () => {
    const ajv = new Ajv2020.default({ strict: true, allErrors: true });
    const validate = ajv.compile(committed);
    expect(validate(parseYaml(FULL))).toBe(true);
    expect(validate({ 'stale-hour': 3 })).toBe(false);
    expect(validate({ policy: { 'unknown-author': 'warn' } })).toBe(false);
  });
});
