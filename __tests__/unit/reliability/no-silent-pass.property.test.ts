// No silent pass, as a property (fast-check, fixed seed): take the embedded example, in which ChatGPT Codex claims
// the file Claude Code then changes an hour after Codex's check-in, and mutate the claims file in every way that
// keeps the claim's meaning or makes it unreadable — comments and fences left open, noise lines anywhere, check-ins
// in other zones and shapes, globs that still cover the file, other heading and field dialects, other line
// endings. Whatever the mutation, the check must not pass in silence: either the change is reported at the file
// (an error or warning), or the run says what it could not read (a claims-unreadable or invalid-claims-file
// warning). Mutations that change the claim's meaning (another owner, an idle state, another path) are not made.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { RawCommit } from '../../../src/engine/check.js';
import type { Finding } from '../../../src/engine/model.js';
import { CLAIMED_FILE, SEED_CHECKIN, SEED_CLAIMS } from '../../../test-support/seed.js';
import { checkClaims, modifying } from '../../helpers/check.js';

const NOW = SEED_CHECKIN + 3_600_000;

const COMMIT: RawCommit = modifying([CLAIMED_FILE], { message: 'feat: add tracking\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n' });

function judge(text: string): Finding[] {
  return checkClaims(text, { commits: [COMMIT], now: NOW }).evaluation.findings;
}

/** How the run spoke up: at the file, about the claims file, or not at all. */
function outcome(findings: Finding[]): 'at-file' | 'unreadable' | 'silent' {
  if (findings.some((f) => f.file === CLAIMED_FILE && (f.severity === 'error' || f.severity === 'warning'))) return 'at-file';
  if (findings.some((f) => f.severity === 'warning' && (f.kind === 'claims-unreadable' || f.kind === 'invalid-claims-file'))) return 'unreadable';
  return 'silent';
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations: each maps the file's lines to new lines. Codex's section is found by its heading, so they compose.

type Lines = string[];
type Mutation = { name: string; apply: (l: Lines) => Lines };

const codexStart = (l: Lines): number => l.findIndex((x) => /ChatGPT Codex/.test(x) && /^\s*#/.test(x));
const codexEnd = (l: Lines): number => {
  const s = codexStart(l);
  const next = l.findIndex((x, i) => i > s && (/^\s*#{1,2}\s/.test(x) || x.trim() === '---'));
  return next < 0 ? l.length : next;
};
const replaceInCodex = (l: Lines, test: RegExp, by: (line: string) => string): Lines => {
  const s = codexStart(l);
  const e = codexEnd(l);
  return l.map((x, i) => (i > s && i < e && test.test(x) ? by(x) : x));
};

const NOISE = [
  'Some prose about the plan.',
  'Note: the API is being renamed',
  'TODO: ask about the schema',
  '<!-- a note nobody closed',
  '<!-- a closed note -->',
  '-->',
  '```',
  '~~~',
  '```md',
  '> quoted from the ticket',
  '| a | b |',
  '<details>',
  '🚀 launch day',
  '* * *',
  '   ',
  '\t',
  ''
];

const CHECKINS = [
  '2025-12-03 07:00:00 (America/Los_Angeles)',
  '2025-12-03 07:00:00 America/Los_Angeles',
  '2025-12-03 07:00:00 pst',
  '2025-12-03 07:00:00 Pacific Time',
  '2025-12-03 10:00:00 EST',
  '2025-12-03 16:00:00 CET',
  '2025-12-03 20:30:00 IST',
  '2025-12-03 09:00:00 CST',
  '2025-12-03 16:00:00 BST',
  '2025-12-03 15:00:00 Mars/Olympus',
  '2025-12-03 16:00:00 +01:00',
  '2025-12-03 16:00:00 UTC+1',
  '2025-12-03 07:00:00 GMT-8',
  '2025-12-03T15:00:00Z',
  '2025-12-03T15:00:00.000Z',
  '2025-12-03 15:00',
  '2025-12-03 15:XX',
  '2025-12-03',
  '2099-01-01 00:00:00',
  '2025-12-03 15:00:00 (estimate)',
  'yesterday',
  'soon',
  'N/A',
  ''
];

const PATTERNS = [
  `\`${CLAIMED_FILE}\``,
  `${CLAIMED_FILE} (new)`,
  `${CLAIMED_FILE} — refactor`,
  `./${CLAIMED_FILE}`,
  `/${CLAIMED_FILE}`,
  'backend/src/api/tracking/**',
  'backend/src/api/tracking/',
  '`backend/src/api/tracking/`',
  'backend/**/tracking.service.ts',
  'backend/src/api/tracking/services/*.{ts,js}',
  `{${CLAIMED_FILE},backend/src/x.ts}`,
  `${CLAIMED_FILE}, backend/src/x.ts`,
  '**',
  '`**`',
  '*',
  'backend/src/api/tracking/services/tracking.service.*',
  'backend/src/api/tracking/services/[t]racking.service.ts',
  'backend\\src\\api\\tracking\\services\\tracking.service.ts'
];

const HEADINGS = [
  '## ChatGPT Codex Status',
  '### 🤖 ChatGPT Codex Status',
  '## **ChatGPT Codex** Status',
  '## 1. ChatGPT Codex Status',
  '#### Agent: ChatGPT Codex',
  '## ChatGPT Codex (Backend) Status',
  '## ChatGPT Codex',
  '### ChatGPT Codex — status',
  '## 🔄 ChatGPT Codex Status 🔄'
];

const FIELD_STYLES: ((label: string, value: string) => string)[] = [
  (l, v) => `**${l}:** ${v}`,
  (l, v) => `- **${l}**: ${v}`,
  (l, v) => `**${l}**: ${v}`,
  (l, v) => `${l}: ${v}`,
  (l, v) => `* **${l}:** ${v}`
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.constantFrom(...NOISE), fc.nat()).map(([noise, at]) => ({
    name: `insert ${JSON.stringify(noise)}`,
    apply: (l: Lines) => {
      const i = at % (l.length + 1);
      return [...l.slice(0, i), noise, ...l.slice(i)];
    }
  })),
  fc.constantFrom(...CHECKINS).map((when) => ({
    name: `check-in ${JSON.stringify(when)}`,
    apply: (l: Lines) => replaceInCodex(l, /Last Checkin/, (x) => x.replace(/(Last Checkin\W*)(.*)$/, (_m, label: string) => `${label}${when}`))
  })),
  fc.constantFrom(...PATTERNS).map((p) => ({
    name: `pattern ${JSON.stringify(p)}`,
    apply: (l: Lines) => replaceInCodex(l, /tracking\.service\.ts\s*$/, (x) => x.replace(/^(\s*(?:[-*]|\d+\.)\s+).*$/, (_m, bullet: string) => `${bullet}${p}`))
  })),
  fc.constantFrom('- ', '* ', '1. ', '  - ', '    - ').map((bullet) => ({
    name: `bullet ${JSON.stringify(bullet)}`,
    apply: (l: Lines) => replaceInCodex(l, /^\s*-\s+backend\//, (x) => x.replace(/^\s*-\s+/, bullet))
  })),
  fc.constantFrom(...HEADINGS).map((h) => ({
    name: `heading ${JSON.stringify(h)}`,
    apply: (l: Lines) => l.map((x, i) => (i === codexStart(l) ? h : x))
  })),
  fc.constantFrom(...FIELD_STYLES.keys()).map((k) => ({
    name: `field style ${k}`,
    apply: (l: Lines) =>
      replaceInCodex(l, /^\s*(?:[-*]\s+)?\*\*[^*]+:\*\*/, (x) => {
        const m = /^\s*(?:[-*]\s+)?\*\*([^*]+):\*\*\s*(.*)$/.exec(x);
        return m ? FIELD_STYLES[k]!(m[1]!, m[2]!) : x;
      })
  })),
  fc.constantFrom('  ', '\t', ' \u00a0').map((ws) => ({
    name: `trailing ${JSON.stringify(ws)}`,
    apply: (l: Lines) => l.map((x) => (x === '' ? x : `${x}${ws}`))
  })),
  fc.constant({
    name: 'blank lines removed',
    apply: (l: Lines) => l.filter((x) => x.trim() !== '')
  })
);

const EOLS = ['\n', '\r\n', '\r'];

const cases = fc.record({
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  eol: fc.constantFrom(...EOLS)
});

describe('no silent pass, as a property', () => {
  it('the unmutated example fails at the claimed file (the property starts from a claim that holds)', () => {
    const findings = judge(SEED_CLAIMS);
    expect(findings.filter((f) => f.kind === 'claimed-by-other').map((f) => [f.file, f.severity])).toEqual([[CLAIMED_FILE, 'error']]);
  });

  it('no mutation of the claims file lets the claimed file change pass without an error or warning', () => {
    const seen = { 'at-file': 0, unreadable: 0, 'said what it could not read': 0 };
    fc.assert(
      fc.property(cases, ({ mutations, eol }) => {
        const lines = mutations.reduce((l, m) => m.apply(l), SEED_CLAIMS.split(/\r?\n/));
        const text = lines.join(eol);
        const findings = judge(text);
        const result = outcome(findings);
        if (result === 'silent') {
          throw new Error(`silent pass after: ${mutations.map((m) => m.name).join('; ')} (eol ${JSON.stringify(eol)})\n${text}`);
        }
        seen[result]++;
        if (findings.some((f) => f.kind === 'claims-unreadable')) seen['said what it could not read']++;
      }),
      { seed: 20261203, numRuns: 2000 }
    );
    // The generator reaches readable files (reported at the file) and unreadable text (reported as such).
    expect(seen['at-file']).toBeGreaterThan(0);
    expect(seen['said what it could not read']).toBeGreaterThan(0);
  });
});
