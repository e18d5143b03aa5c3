// The findings list's cap (engine/judge/cap.ts): a capped check() lists the first `max` findings in report order,
// counts the rest in `omitted`, and decides the verdict and the counts from all of them; below the cap nothing
// changes. Property-tested against the same check() with no cap.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { RawCommit } from '../../../src/engine/check.js';
import { compareFindings, FindingCap, MAX_FINDINGS, severityCounts } from '../../../src/engine/judge/cap.js';
import type { Evaluation, Finding } from '../../../src/engine/model.js';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { defaultConfig } from '../../../src/engine/config/index.js';
import { holdersOf, holdingsOf } from '../../../src/engine/judge/holders.js';
import { agentKey } from '../../../src/engine/names.js';
import { compilePatterns } from '../../../src/engine/paths/index.js';
import { sortFindings } from '../../../src/report/format.js';
import { checkClaims, FILES, modifying } from '../../helpers/check.js';

const NOW = Date.parse('2025-12-03T16:00:00Z');
const AGENTS = ['ChatGPT Codex', 'Gemini CLI', 'Claude Code'];
const PATHS = ['src/a.ts', 'src/b.ts', 'src/c/d.ts', 'src/c/e.ts', 'lib/x.ts', 'lib/y/z.ts', 'docs/r.md', 'old/a.ts'];
const CLAIMABLE = [...PATHS, 'src/', 'lib/', 'src/c/', '*.md', 'lib/**/*.ts'];
/** Check-ins from 1 h to 10 h before NOW (active, caution, stale), a date only (uncertain), or none. */
const CHECKINS = ['2025-12-03 15:00:00', '2025-12-03 13:00:00', '2025-12-03 06:00:00', '2025-12-03', ''];

interface Spec {
  sections: { agent: string; files: string[]; checkin: string }[];
  override: string | null;
  commits: { agent: string | null; emergency: boolean; files: string[]; rename: [string, string] | null }[];
  max: number;
}

const spec: fc.Arbitrary<Spec> = fc.record({
  sections: fc.array(
    fc.record({ agent: fc.constantFrom(...AGENTS), files: fc.uniqueArray(fc.constantFrom(...CLAIMABLE), { minLength: 1, maxLength: 6 }), checkin: fc.constantFrom(...CHECKINS) }),
    { minLength: 1, maxLength: 4 }
  ),
  override: fc.option(fc.constantFrom('src/c/', 'lib/x.ts', 'src/a.ts'), { nil: null }),
  commits: fc.array(
    fc.record({
      agent: fc.option(fc.constantFrom(...AGENTS), { nil: null }),
      emergency: fc.boolean(),
      files: fc.uniqueArray(fc.constantFrom(...PATHS), { minLength: 1, maxLength: PATHS.length }),
      rename: fc.option(fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom(...PATHS)), { nil: null })
    }),
    { minLength: 1, maxLength: 3 }
  ),
  max: fc.integer({ min: 0, max: 25 })
});

function claimsText(s: Spec): string {
  const out = ['# AI Current Work Status', ''];
  for (const sec of s.sections) {
    out.push(`## ${sec.agent} Status`, '', '**Currently Working On:** work', '**Module:** Core', '**Files Being Modified:**', ...sec.files.map((f) => `- ${f}`), '');
    if (sec.checkin !== '') out.push(`**Last Checkin:** ${sec.checkin}`, '');
    out.push('---', '');
  }
  if (s.override) out.push('### Emergency Override - 2025-12-03 15:30 UTC - Claude Code', '- **Module:** Core', '- **Original Owner:** ChatGPT Codex', '- **Reason:** outage', `- **Action Taken:** ${s.override}`, '');
  return out.join('\n');
}

function commitsOf(s: Spec): RawCommit[] {
  return s.commits.map((c, i) => {
    const base = modifying(c.files, { sha: String(i + 1).repeat(40), message: `${c.emergency ? 'EMERGENCY: ' : ''}fix: work\n\n${c.agent ? `AI-Agent: ${c.agent}\n` : ''}` });
    if (c.rename && c.rename[0] !== c.rename[1]) base.files.push({ path: c.rename[1], previousPath: c.rename[0], status: 'renamed' });
    return base;
  });
}

const run = (s: Spec, maxFindings: number): Evaluation => checkClaims(claimsText(s), { commits: commitsOf(s), now: NOW, maxFindings }).evaluation;

/** Per kind and severity, as `omitted.byKind` reports them. */
function tally(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(`${f.kind}/${f.severity}`, (m.get(`${f.kind}/${f.severity}`) ?? 0) + 1);
  return m;
}

describe('a capped check() against the same check() uncapped', () => {
  it('same verdict and counts; the listed findings are the first `max` in report order, kept in engine order; omitted counts the rest', () => {
    let capped = 0;
    fc.assert(
      fc.property(spec, (s) => {
        const all = run(s, Infinity);
        const some = run(s, s.max);
        expect(all.omitted).toBeUndefined();
        expect(some.verdict).toBe(all.verdict);
        expect(severityCounts(some)).toEqual(severityCounts(all));
        // The listed ones, in the reports' order, are exactly the first `max` of all of them, message for message.
        expect(sortFindings(some.findings)).toEqual(sortFindings(all.findings).slice(0, s.max));
        // ...and a subsequence of the uncapped list (the engine's order is kept).
        let j = 0;
        for (const f of some.findings) {
          while (j < all.findings.length && all.findings[j] !== undefined && JSON.stringify(all.findings[j]) !== JSON.stringify(f)) j++;
          expect(j).toBeLessThan(all.findings.length);
          j++;
        }
        if (all.findings.length <= s.max) {
          expect(some).toEqual(all);
          return;
        }
        capped++;
        expect(some.findings).toHaveLength(s.max);
        const left = tally(all.findings);
        for (const [k, n] of tally(some.findings)) left.set(k, (left.get(k) ?? 0) - n);
        const omitted = some.omitted;
        expect(omitted).toBeDefined();
        expect(new Map(omitted?.byKind.map((c) => [`${c.kind}/${c.severity}`, c.count]))).toEqual(new Map([...left].filter(([, n]) => n > 0)));
        expect(omitted?.count).toBe(all.findings.length - s.max);
        expect(omitted?.bySeverity).toEqual({
          error: all.findings.filter((f) => f.severity === 'error').length - some.findings.filter((f) => f.severity === 'error').length,
          warning: all.findings.filter((f) => f.severity === 'warning').length - some.findings.filter((f) => f.severity === 'warning').length,
          notice: all.findings.filter((f) => f.severity === 'notice').length - some.findings.filter((f) => f.severity === 'notice').length
        });
        // Most important first.
        const order = omitted?.byKind.map((c) => ({ kind: c.kind, severity: c.severity, file: null })) ?? [];
        expect([...order].sort((a, b) => compareFindings(a, b) || a.kind.localeCompare(b.kind))).toEqual(order);
      }),
      { seed: 20251203, numRuns: 300 }
    );
    // The generator does reach the cap (else the property says little).
    expect(capped).toBeGreaterThan(50);
  });

  it('the default cap lists small changes whole, exactly as with no cap (no `omitted`)', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const text = claimsText(s);
        const byDefault = checkClaims(text, { commits: commitsOf(s), now: NOW }).evaluation;
        expect(byDefault).toEqual(run(s, Infinity));
        expect('omitted' in byDefault).toBe(false);
      }),
      { seed: 7, numRuns: 60 }
    );
  });
});

/** The once-only rule as it was written before the cap (a key string per hit): [file, holder, commit] in order. */
function referenceHits(s: Spec): string[][] {
  const holdings = holdingsOf(holdersOf(parseClaims(claimsText(s))), defaultConfig());
  const index = compilePatterns(holdings.map((h) => ({ pattern: h.pattern, owner: h })));
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const c of commitsOf(s)) {
    const agent = /AI-Agent: (.*)/.exec(c.message)?.[1] ?? null;
    const actor = agent ? agentKey(agent) : null;
    const paths = c.files.flatMap((f) => (f.previousPath && f.previousPath !== f.path ? [f.path, f.previousPath] : [f.path]));
    for (const path of paths) {
      if (Object.values(FILES).includes(path)) continue;
      for (const h of index.match(path)) {
        if (actor !== null && agentKey(h.agent) === actor) continue;
        const key = `${path}\0${agentKey(h.agent)}\0${actor ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([path, h.agent, c.sha]);
      }
    }
  }
  return out;
}

const CLAIM_KINDS = new Set(['claimed-by-other', 'claim-caution', 'stale-claim', 'uncertain-claim', 'emergency-override']);

it('every hit once, in the change\'s order, as the rule was before the cap', () => {
  let hits = 0;
  fc.assert(
    fc.property(spec, (s) => {
      const all = run(s, Infinity);
      const expected = referenceHits(s);
      hits += expected.length;
      expect(all.findings.filter((f) => CLAIM_KINDS.has(f.kind) && f.commit !== null).map((f) => [f.file, f.claimedBy, f.commit])).toEqual(expected);
    }),
    { seed: 11, numRuns: 200 }
  );
  expect(hits).toBeGreaterThan(400);
});

describe('a large change', () => {
  const claims = ['# AI Current Work Status', '', '## ChatGPT Codex Status', '', '**Currently Working On:** all', '**Files Being Modified:**', '- big/', '', '**Last Checkin:** 2025-12-03 15:00:00', ''].join('\n');
  const files = Array.from({ length: MAX_FINDINGS + 234 }, (_, i) => `big/f-${String(i).padStart(5, '0')}.ts`);

  it('lists MAX_FINDINGS, counts every finding, fails as the whole change does', () => {
    const ev = checkClaims(claims, { commits: [modifying([...files].reverse(), { message: 'feat: all\n\nAI-Agent: Claude Code\n' })], now: NOW }).evaluation;
    expect(ev.verdict).toBe('fail');
    expect(ev.findings).toHaveLength(MAX_FINDINGS);
    expect(ev.omitted).toEqual({ count: 234, bySeverity: { error: 234, warning: 0, notice: 0 }, byKind: [{ kind: 'claimed-by-other', severity: 'error', count: 234 }] });
    expect(severityCounts(ev)).toEqual({ error: files.length, warning: 0, notice: 0, total: files.length });
    // The first files in report order (by path), listed in the change's order (here: reversed).
    expect(ev.findings.map((f) => f.file)).toEqual(files.slice(0, MAX_FINDINGS).reverse());
  });

  it('lists the most severe first, whatever order the engine found them in', () => {
    // A file under a stale claim comes first in the change (a notice, first in the engine's order), then the errors.
    const stale = `${claims}\n## Gemini CLI Status\n\n**Currently Working On:** old\n**Files Being Modified:**\n- old/\n\n**Last Checkin:** 2025-12-03 06:00:00\n`;
    const ev = checkClaims(stale, { commits: [modifying(['old/x.ts', ...files], { message: 'feat: all\n\nAI-Agent: Claude Code\n' })], now: NOW, maxFindings: 3 }).evaluation;
    expect(ev.findings.map((f) => [f.severity, f.file])).toEqual([
      ['error', files[0]],
      ['error', files[1]],
      ['error', files[2]]
    ]);
    expect(ev.omitted?.byKind).toEqual([
      { kind: 'claimed-by-other', severity: 'error', count: files.length - 3 },
      { kind: 'stale-claim', severity: 'notice', count: 1 }
    ]);
  });
});

describe('FindingCap', () => {
  const f = (severity: Finding['severity'], kind: Finding['kind'], file: string | null, message = ''): Finding =>
    ({ kind, severity, file, agent: null, claimedBy: null, module: null, commit: null, checkin: null, age: null, staleAt: null, message }) as Finding;

  it('keeps the best in report order, ties by the order offered, and lists them in the order offered', () => {
    const cap = new FindingCap<Finding>(3);
    const offered = [f('notice', 'stale-claim', 'a'), f('error', 'claimed-by-other', 'z'), f('warning', 'claim-caution', 'b'), f('error', 'claimed-by-other', 'z', 'second'), f('error', 'claim-tampered', null)];
    for (const x of offered) cap.offer(x);
    const r = cap.result();
    expect(r.items.map((x) => [x.kind, x.file, x.message])).toEqual([
      ['claimed-by-other', 'z', ''],
      ['claimed-by-other', 'z', 'second'],
      ['claim-tampered', null, '']
    ]);
    expect(r.verdict).toBe('fail');
    expect(r.omitted).toEqual({ count: 2, bySeverity: { error: 0, warning: 1, notice: 1 }, byKind: [{ kind: 'claim-caution', severity: 'warning', count: 1 }, { kind: 'stale-claim', severity: 'notice', count: 1 }] });
  });

  it('0 lists nothing and still decides the verdict; Infinity lists everything; a fraction rounds down', () => {
    const zero = new FindingCap<Finding>(0);
    zero.offer(f('warning', 'claim-caution', 'a'));
    expect(zero.result()).toEqual({ items: [], verdict: 'warn', omitted: { count: 1, bySeverity: { error: 0, warning: 1, notice: 0 }, byKind: [{ kind: 'claim-caution', severity: 'warning', count: 1 }] } });
    const all = new FindingCap<Finding>(Infinity);
    const many = Array.from({ length: 500 }, (_, i) => f(i % 2 ? 'error' : 'notice', 'stale-claim', `p${i}`));
    for (const x of many) all.offer(x);
    expect(all.result().items).toEqual(many);
    expect(all.result().omitted).toBeNull();
    const half = new FindingCap<Finding>(1.9);
    half.offer(f('notice', 'stale-claim', 'a'));
    half.offer(f('notice', 'stale-claim', 'b'));
    expect(half.result().items.map((x) => x.file)).toEqual(['a']);
  });

  it('cuts its buffer back many times and still keeps exactly the best (against a full sort)', () => {
    const r = fc.sample(fc.array(fc.tuple(fc.constantFrom('error', 'warning', 'notice' as const), fc.constantFrom('claimed-by-other', 'claim-caution', 'stale-claim' as const), fc.string({ maxLength: 3 })), { minLength: 0, maxLength: 2000 }), { seed: 3, numRuns: 20 });
    for (const list of r) {
      const findings = list.map(([s, k, p], i) => f(s as Finding['severity'], k as Finding['kind'], p, String(i)));
      const cap = new FindingCap<Finding>(40);
      for (const x of findings) cap.offer(x);
      const expected = sortFindings(findings).slice(0, 40);
      expect(sortFindings(cap.result().items)).toEqual(expected);
      expect(cap.total).toBe(findings.length);
    }
  });
});
