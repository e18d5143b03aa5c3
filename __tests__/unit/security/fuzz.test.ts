// Hostile input, generated (fast-check, fixed seeds): claims files, config files and file names, in process. Every
// case is its own test with a jest timeout (bounded work per case); none may throw anything but the error type that
// names its source: claims problems are diagnostics with a line (findings `AI_CURRENT_WORK.md:<line>: …`), config
// problems a ConfigError (`.github/ai-sync.yml:<line>: …`). Event payloads (built from a real repository) and the
// bundled action are __tests__/e2e/security/fuzz.e2e.test.ts. The largest per-case time is written to
// bench/.work/security-fuzz.json (reported, not asserted).
import { afterAll, expect } from '@jest/globals';
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { ConfigError, parseConfig } from '../../../src/engine/config/index.js';
import { renderSummary } from '../../../src/report/summary.js';
import { CLAIMED_FILE, SEED_CHECKIN, SEED_CLAIMS } from '../../../test-support/seed.js';
import { writeFigures } from '../../helpers/figures.js';
import { checkClaims, modifying } from '../../helpers/check.js';
import { CLAIMS, CONFIG, Tally, anyText, eachGenerated, hostile, sample } from '../../helpers/fuzz.js';
import { markdownProblems } from '../../helpers/md-check.js';

const NOW = SEED_CHECKIN + 3_600_000;
const tally = new Tally();

// ---------------------------------------------------------------------------------------------------------------
// Building blocks

const word = fc.oneof(hostile, anyText(40), fc.constantFrom('Claude Code', 'ChatGPT Codex', 'Status', 'None', 'N/A', 'TrackingModule', '🤖'));
const timeish = fc.oneof(
  fc.constantFrom('2025-12-03 15:00:00', '2025-13-45 99:99', '2025-12-03T15:00:00+25:00', '9999-12-31 23:59:59', '0000-00-00 00:00:00', '2025-12-03 22:XX', 'yesterday', '', '2025-12-03 15:00:00 Mars/Olympus'),
  word
);
const segment = fc.oneof(fc.constantFrom('src', '..', '.', '**', '*', 'a b', '[x]', '[!a-z]', '[[:alpha:]]', '{a,b}', 'é', '\u202e', '\\', '~', '$HOME', '', ' '), anyText(12));
const pathLike = fc.oneof(hostile, anyText(80), fc.array(segment, { maxLength: 10 }).map((a) => a.join('/')), fc.nat({ max: 5000 }).map((n) => `${'a/'.repeat(n % 700)}x`));

// ---------------------------------------------------------------------------------------------------------------
// Claims files

const claimsLine = fc.oneof(
  fc.tuple(fc.constantFrom('#', '##', '###', '######', '#######', '', '  ##'), word, fc.constantFrom(' Status', 'Status', ' status', ' Status 🔴', '')).map(([h, w, s]) => `${h} ${w}${s}`),
  fc
    .tuple(fc.constantFrom('Currently Working On', 'Module', 'Started At', 'Last Checkin', 'Files Being Modified', 'Expected Completion', 'Status', 'Reason', 'Original Owner', word as never), fc.oneof(word, timeish), fc.constantFrom('**%s:** %v', '- **%s:** %v', '**%s**: %v', '%s: %v'))
    .map(([l, v, f]) => f.replace('%s', String(l)).replace('%v', v)),
  pathLike.map((p) => `- ${p}`),
  fc.tuple(fc.constantFrom('- ', '  - ', '* ', '1. '), pathLike, fc.constantFrom('', ' (note)', ' - wip', ' `x`')).map(([b, p, n]) => `${b}${p}${n}`),
  fc.constantFrom('```', '~~~', '```md', '<!--', '-->', '---', '***', '', '   ', '\t', '### Emergency Override - 2025-12-03 - Claude Code', '## Emergency Override', '- ⚠️ TrackingModule - CLAIMED BY ChatGPT Codex', '- 2025-12-03 Claude Code: hotfix'),
  word,
  fc.nat({ max: 30_000 }).map((n) => 'x'.repeat(n)),
  fc.nat({ max: 2000 }).map((n) => `## ${'A'.repeat(n)} Status`)
);
const claimsDoc = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.array(claimsLine, { maxLength: 80 }), fc.constantFrom('\n', '\r\n', '\r')).map(([ls, eol]) => ls.join(eol)) },
  { weight: 2, arbitrary: fc.tuple(fc.array(claimsLine, { maxLength: 10 }), fc.nat()).map(([ins, at]) => {
    const lines = SEED_CLAIMS.split('\n');
    lines.splice(at % lines.length, 0, ...ins);
    return lines.join('\n');
  }) },
  { weight: 1, arbitrary: anyText(4000) },
  { weight: 1, arbitrary: fc.constantFrom('\uFEFF' + SEED_CLAIMS, SEED_CLAIMS.replace(/\n/g, '\r'), SEED_CLAIMS.repeat(40), '## A Status\n'.repeat(5000), '- a\n'.repeat(20_000), '`'.repeat(100_000), '<!--'.repeat(20_000), '\u0000'.repeat(10_000)) }
);
const CLAIMS_CASES = sample(claimsDoc, 20251, 220);

eachGenerated(`claims files (${CLAIMS_CASES.length} generated)`, CLAIMS_CASES, '#%i %s: parsed without throwing, every problem names its line, the summary stays well-formed', (text) => {
  tally.timed('claims', () => {
    const doc = parseClaims(text);
    const lines = text.split(/\r\n|\r|\n/).length;
    for (const d of doc.diagnostics) {
      expect(Number.isInteger(d.line) && d.line >= 0 && d.line <= lines).toBe(true);
    }
    // As the claims after a change that also touches the claimed file (tamper and claim checks both run).
    const result = checkClaims(text, { claimsBeforeText: SEED_CLAIMS, commits: [modifying([CLAIMED_FILE, CLAIMS], { claimsText: text })], now: NOW });
    for (const f of result.evaluation.findings.filter((x) => x.kind === 'invalid-claims-file')) expect(f.message).toMatch(/^AI_CURRENT_WORK\.md:\d+: /);
    tally.count('claims', doc.diagnostics.length > 0 ? 'with diagnostics' : 'clean');
    const md = renderSummary(result.evaluation, { eventName: 'push', ref: 'refs/heads/main', agent: null, changedFiles: 2, now: '2025-12-03T16:00:00Z', claimsFile: CLAIMS });
    expect(markdownProblems(md)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Config files

const KEY = fc.constantFrom('agents', 'modules', 'active-hours', 'stale-hours', 'timezone', 'policy', 'ignore', 'status-branches', 'unknown-author', 'require-handoff', 'aliases', 'branches', 'activeHours', 'Claude Code', '__proto__', 'constructor', '');
const scalar = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  word,
  pathLike,
  fc.constantFrom('error', 'warning', 'ignore', 'UTC', 'Mars/Olympus', '-1', '1e309', 'NaN', '.inf', '~', 'yes', 'claude/**', '*a*a*a*a*a*a*a*ab', '+(a|aa)', '{a,b}'.repeat(30))
);
const { value: yamlValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.oneof(KEY, word), tie('value'), { maxKeys: 4 }))
}));
const configDoc = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(KEY, yamlValue, { maxKeys: 6 }).map((o) => toYaml(o)) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.dictionary(KEY, yamlValue, { maxKeys: 4 }).map((o) => toYaml(o)), fc.nat(), anyText(20)).map(([y, at, junk]) => y.slice(0, at % (y.length + 1)) + junk + y.slice(at % (y.length + 1)))
  },
  { weight: 1, arbitrary: anyText(600) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      // alias bombs, deep nesting, duplicate keys, tags, merge keys, tabs, complex keys, huge documents
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nagents: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
      `agents: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      `modules: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`,
      'active-hours: 2\nactive-hours: 3\n',
      'timezone: !!binary aGVsbG8=\n',
      'policy: !!js/function "function(){}"\n',
      'base: &b {active-hours: 1}\n<<: *b\n',
      'agents:\n\tClaude: {}\n',
      '? [a, b]\n: c\n',
      `ignore:\n${'  - "a"\n'.repeat(10_000)}`,
      `agents:\n${Array.from({ length: 1000 }, (_, i) => `  A${i}: {aliases: ["a${i}"]}`).join('\n')}\n`,
      `modules:\n  M: ["${'*'.repeat(1000)}"]\n`,
      `agents:\n  X:\n    branches: ["${'*a'.repeat(20)}b"]\n`,
      '\uFEFFactive-hours: 2\n',
      '%YAML 1.1\n---\nactive-hours: 2\n...\n---\nstale-hours: 4\n',
      `key: "${'\\u0000'.repeat(100)}"\n`
    )
  }
);
const CONFIG_CASES = sample(configDoc, 20252, 220);

eachGenerated(`config files (${CONFIG_CASES.length} generated)`, CONFIG_CASES, '#%i %s: a Config or a ConfigError naming file:line, nothing else', (text) => {
  tally.timed('config', () => {
    try {
      parseConfig(text, CONFIG);
      tally.count('config', 'accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const err = e as ConfigError;
      for (const line of err.message.split('\n')) expect(line).toMatch(/^\.github\/ai-sync\.yml:\d+: \S/);
      expect(err.issues.length).toBeGreaterThan(0);
      tally.count('config', 'rejected');
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// File names (changed files and claimed patterns)

const FILE_CASES = sample(fc.record({ changed: fc.array(pathLike, { minLength: 1, maxLength: 30 }), claimed: fc.array(pathLike, { maxLength: 20 }) }), 20254, 120);

eachGenerated(`file names (${FILE_CASES.length} generated)`, FILE_CASES, '#%i %s: judged without throwing; findings point at the files given', (c) => {
  tally.timed('files', () => {
    const claims = SEED_CLAIMS.replace('- backend/src/app.module.ts', ['- backend/src/app.module.ts', ...c.claimed.map((p) => `- ${p.replace(/[\r\n]/g, ' ')}`)].join('\n'));
    const result = checkClaims(claims, { commits: [modifying(c.changed)], now: NOW });
    const allowed = new Set<string | null>([...c.changed, CLAIMS, null]);
    for (const f of result.evaluation.findings) expect(allowed.has(f.file)).toBe(true);
    tally.count('files', result.evaluation.findings.some((f) => f.kind === 'claimed-by-other') ? 'with claimed-by-other' : 'no conflict');
  });
});

afterAll(() => {
  writeFigures('security-fuzz', { ...tally.figures(), seeds: { claims: 20251, config: 20252, files: 20254 } });
});
