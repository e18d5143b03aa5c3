// Scale: 1k / 10k / 100k changed files × 10 / 100 / 1,000 claim patterns through the engine as a run calls it
// (check()), each cell in its own process (time + peak RSS), next to a naive baseline (every file × every pattern
// through minimatch) and the engine as it was before the findings list was capped (BEFORE_REV, every finding built),
// in the same interleaved run. Also: the same claims with 0 changed files (the cost that does not depend on the
// files), and the path index alone (compile + match every file).
import { compileForBench } from './lib/compile.js';
import { jsonChild } from './lib/proc.js';
import { table, type Target } from './lib/report.js';
import { median, ms, ratio } from './lib/stats.js';
import type { BenchOptions } from './run.js';
import { BEFORE_REV, compileBefore } from './scale-before.js';

const FILES = [1_000, 10_000, 100_000];
const PATTERNS = [10, 100, 1_000];
/** The baseline tests at most this many (file, pattern) pairs per cell; bigger cells are sampled and scaled. */
const BASELINE_BUDGET = 10_000_000;
/** The issue's memory bound for the biggest cell: 150 MB (10^6 bytes) of peak RSS for the whole cell process. */
const RSS_BOUND_BYTES = 150_000_000;

interface EngineCell {
  files: number;
  patterns: number;
  checkMs: number;
  indexMs: number;
  matchMs: number;
  matched: number;
  matchedSample: number;
  /** Every finding (listed or counted), and how many were listed. */
  findings: number;
  listed: number;
  verdict: string;
  byKind: Record<string, number>;
  agent: string | null;
  rssBeforeKiB: number;
  peakKiB: number;
}
interface BaselineCell {
  files: number;
  patterns: number;
  step: number;
  sampled: number;
  baselineMs: number;
  estimatedMs: number;
  matchedSample: number;
  peakKiB: number;
}

const key = (f: number, p: number) => `${f}×${p}`;
const n = (x: number) => x.toLocaleString('en-US');
const mibOf = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
const mbOf = (kib: number) => `${((kib * 1024) / 1e6).toFixed(0)} MB`;

export async function run(opts: BenchOptions) {
  const reps = opts.runs ?? (opts.quick ? 1 : 3);
  const files = opts.quick ? [1_000, 10_000] : FILES;
  const patterns = opts.quick ? [10, 100] : PATTERNS;
  const [cell] = compileForBench(['bench/scale-cell.ts']) as [string];
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  const node = (args: string[], at = cell) => jsonChild<Record<string, unknown>>(process.execPath, ['--max-old-space-size=4096', at, ...args], { env });
  const prior = compileBefore();
  const beforeCell = 'cell' in prior ? prior.cell : null;

  const engine = new Map<string, EngineCell[]>();
  const fixed = new Map<number, EngineCell[]>();
  const baseline = new Map<string, BaselineCell>();
  const before = new Map<string, EngineCell[]>();
  const stepOf = (f: number, p: number) => Math.max(1, Math.ceil((f * p) / BASELINE_BUDGET));

  type Job = { label: string; go: () => Promise<void> };
  const rounds: Job[][] = [];
  for (let r = 0; r < reps; r++) {
    const jobs: Job[] = [];
    for (const p of patterns) {
      jobs.push({ label: `0 files × ${p}`, go: async () => void (fixed.get(p) ?? fixed.set(p, []).get(p))?.push((await node(['engine', '0', String(p), '1'])) as unknown as EngineCell) });
      for (const f of files) {
        const k = key(f, p);
        jobs.push({ label: `engine ${k}`, go: async () => void (engine.get(k) ?? engine.set(k, []).get(k))?.push((await node(['engine', String(f), String(p), String(stepOf(f, p))])) as unknown as EngineCell) });
        const at = beforeCell;
        if (at !== null) jobs.push({ label: `before ${k}`, go: async () => void (before.get(k) ?? before.set(k, []).get(k))?.push((await node(['engine', String(f), String(p), String(stepOf(f, p))], at)) as unknown as EngineCell) });
        // The baseline is slow and steady: once, in the first round (its cells interleaved with the engine's).
        if (r === 0) jobs.push({ label: `baseline ${k}`, go: async () => void baseline.set(k, (await node(['baseline', String(f), String(p), String(stepOf(f, p))])) as unknown as BaselineCell) });
      }
    }
    rounds.push(r % 2 === 0 ? jobs : [...jobs].reverse());
  }
  let done = 0;
  const total = rounds.reduce((a, r) => a + r.length, 0);
  for (const jobs of rounds) {
    for (const j of jobs) {
      process.stdout.write(`\rscale: ${++done}/${total} ${j.label.padEnd(28)}`);
      await j.go();
    }
  }
  process.stdout.write('\n');

  const med = (k: string, f: (c: EngineCell) => number) => median((engine.get(k) ?? []).map(f));
  const medBefore = (k: string, f: (c: EngineCell) => number) => median((before.get(k) ?? []).map(f));
  // Before and after judge the same change alike: same verdict, same number of findings of each kind.
  const sameJudgement: string[] = [];
  for (const [k, runs] of before) {
    const a = engine.get(k)?.[0];
    const b = runs[0];
    if (a && b && (a.verdict !== b.verdict || a.findings !== b.findings || JSON.stringify(a.byKind) !== JSON.stringify(b.byKind))) {
      sameJudgement.push(`${k}: before ${b.verdict} ${b.findings} ${JSON.stringify(b.byKind)}, after ${a.verdict} ${a.findings} ${JSON.stringify(a.byKind)}`);
    }
  }
  const fixedMs = (p: number) => median((fixed.get(p) ?? []).map((c) => c.checkMs));
  const agreement: string[] = [];
  for (const [k, b] of baseline) {
    const e = engine.get(k)?.[0];
    if (e && e.matchedSample !== b.matchedSample) agreement.push(`${k}: engine ${e.matchedSample}, minimatch ${b.matchedSample}`);
  }

  const big = key(100_000, 1_000);
  const bigMs = med(big, (c) => c.checkMs);
  const bigBase = baseline.get(big)?.estimatedMs ?? NaN;
  const linear = patterns.map((p) => {
    const t10 = med(key(10_000, p), (c) => c.checkMs);
    const t100 = med(key(100_000, p), (c) => c.checkMs);
    const f0 = fixedMs(p);
    return { p, raw: t100 / t10, variable: (t100 - f0) / (t10 - f0), match: med(key(100_000, p), (c) => c.matchMs) / med(key(10_000, p), (c) => c.matchMs) };
  });
  // At most linear: neither the whole check() nor the matching grows more than 10× (+20 % for noise) for 10× the files.
  const worstLinear = Math.max(...linear.flatMap((l) => [l.raw, l.match]).filter(Number.isFinite));
  const linearBefore = patterns.map((p) => medBefore(key(100_000, p), (c) => c.checkMs) / medBefore(key(10_000, p), (c) => c.checkMs));
  const bigPeak = med(big, (c) => c.peakKiB);
  const bigBefore = medBefore(big, (c) => c.checkMs);
  const vsBefore = beforeCell ? `; before (\`${BEFORE_REV}\`, every finding built): ${ms(bigBefore)}, ${ratio(bigBefore / bigMs)} faster now` : '';
  const targets: Target[] = opts.quick
    ? []
    : [
        { what: '100k files × 1,000 patterns, whole engine (check)', target: '≤ 1 s', measured: `${ms(bigMs)}${vsBefore}`, met: bigMs <= 1000 },
        { what: '100k × 1,000 vs naive minimatch baseline', target: '≥ 10× faster', measured: `${ratio(bigBase / bigMs)} (baseline ≈ ${ms(bigBase)}, estimated from a 1-in-${stepOf(100_000, 1_000)} sample)`, met: bigBase / bigMs >= 10 },
        {
          what: 'cost linear in files: time(100k) ÷ time(10k)',
          target: '≈ 10× (linear), not more',
          measured: linear.map((l) => `${n(l.p)} patterns: ${ratio(l.raw)} (matching alone ${ratio(l.match)})`).join('; '),
          met: worstLinear <= 12
        },
        {
          what: 'peak RSS of the 100k × 1,000 cell (the whole process, workload included)',
          target: '≤ 150 MB',
          measured: `${mbOf(bigPeak)} (${mibOf(bigPeak)}; ${mbOf(med(big, (c) => c.rssBeforeKiB))} before check())${beforeCell ? `; before (\`${BEFORE_REV}\`): ${mbOf(medBefore(big, (c) => c.peakKiB))}` : ''}`,
          met: bigPeak * 1024 <= RSS_BOUND_BYTES
        }
      ];

  const md: string[] = [];
  md.push(
    'Workload (bench/lib/workload.ts, deterministic): changed files shaped like a monorepo',
    '(`packages/pkg-7/src/area-3/sub-1/file-1234.ts`, 3–6 levels), one commit by Claude Code; claim patterns of the kinds',
    'agents write — 50 % literal file paths, 25 % directories (`dir/`), 15 % anchored globs (`dir/**/*.test.ts`,',
    '`dir/src/area-?/*.md`), 10 % names matching at any depth (`*.snap`, `CODEOWNERS`, `generated-7/`) — spread over four',
    'other agents\' sections of an AI_CURRENT_WORK.md, all active (checked in one hour before): every hit is a',
    `\`claimed-by-other\` finding. Share of the changed files claimed (at ${n(files[files.length - 1] as number)} files): ${patterns
      .map((p) => `${n(p)} patterns ${((100 * med(key(files[files.length - 1] as number, p), (c) => c.matched)) / (files[files.length - 1] as number)).toFixed(0)} %`)
      .join(', ')} — the 1,000-pattern cells are a worst case, with a finding for about every second file.`,
    '',
    '**Engine** = `check()` from src/engine/check.ts, everything a run does after reading: parse the claims file, default',
    'config, resolve identities, compile every pattern, judge and count every hit, build the findings listed (the first',
    '1,000 in report order; the rest are counted, `evaluation.omitted`) and the board. Compiled by',
    '`tsc` to plain JavaScript as the bundle is, each cell in a fresh `node` process (cold, like a run); time is the',
    `median of ${reps} process(es), peak RSS is \`process.resourceUsage().maxRSS\` of the cell's process (the workload itself —`,
    'file list and claims text — is already in memory before the timer starts: "RSS before").',
    '**Baseline** = every file × every claim through `minimatch` (each claim translated to its gitignore meaning, compiled',
    `once, every claim tested for every file), once per cell; cells above ${n(BASELINE_BUDGET)} (file, pattern) pairs test every`,
    'k-th file only and scale the time by k (marked *est.*).',
    beforeCell
      ? `**Before** = the same cell against src/ as of \`${BEFORE_REV}\` (every finding built with its message), compiled the same way, its cells interleaved with the engine's in every round (bench/scale-before.ts).`
      : `**Before**: not measured (${'missing' in prior ? prior.missing : ''}).`,
    ''
  );
  const head = ['files \\ patterns', ...patterns.map(n)];
  const align = ['l', ...patterns.map(() => 'r' as const)] as const;
  md.push('Engine, whole `check()` (median):', '');
  md.push(table(head, files.map((f) => [n(f), ...patterns.map((p) => ms(med(key(f, p), (c) => c.checkMs)))]), align), '');
  if (beforeCell) {
    md.push(`Before (\`${BEFORE_REV}\`) → after, whole \`check()\` (medians of the same rounds; the ratio is before ÷ after):`, '');
    md.push(table(head, files.map((f) => [n(f), ...patterns.map((p) => {
      const a = med(key(f, p), (c) => c.checkMs);
      const b = medBefore(key(f, p), (c) => c.checkMs);
      return `${ms(b)} → ${ms(a)} (${ratio(b / a)})`;
    })]), align), '');
    md.push('Before → after, peak RSS of the cell:', '');
    md.push(table(head, files.map((f) => [n(f), ...patterns.map((p) => `${mibOf(medBefore(key(f, p), (c) => c.peakKiB))} → ${mibOf(med(key(f, p), (c) => c.peakKiB))}`)]), align), '');
  }
  md.push('Naive minimatch baseline:', '');
  md.push(
    table(
      head,
      files.map((f) => [n(f), ...patterns.map((p) => {
        const b = baseline.get(key(f, p));
        return b ? `${ms(b.estimatedMs)}${b.step > 1 ? ` *est.* (1 in ${b.step})` : ''}` : '—';
      })]),
      align
    ),
    ''
  );
  md.push('Engine speed-up over the baseline:', '');
  md.push(table(head, files.map((f) => [n(f), ...patterns.map((p) => ratio((baseline.get(key(f, p))?.estimatedMs ?? NaN) / med(key(f, p), (c) => c.checkMs)))]), align), '');
  md.push('Peak RSS of the engine cell (RSS before `check()` in brackets):', '');
  md.push(table(head, files.map((f) => [n(f), ...patterns.map((p) => `${mibOf(med(key(f, p), (c) => c.peakKiB))} (${mibOf(med(key(f, p), (c) => c.rssBeforeKiB))})`)]), align), '');
  md.push('Peak RSS of the baseline cell:', '');
  md.push(table(head, files.map((f) => [n(f), ...patterns.map((p) => { const b = baseline.get(key(f, p)); return b ? mibOf(b.peakKiB) : '—'; })]), align), '');
  md.push(
    'Where the engine\'s time goes. *0 files* is `check()` with the same claims and no changed file: what a run pays for the',
    'claims whatever the change (parsing, the overlapping-claims check between agents, the board). *Index* is the path',
    'index alone — `compilePatterns` over all patterns, then `matchIndices` for every changed file (medians):',
    ''
  );
  md.push(
    table(
      ['patterns', 'check(), 0 files', 'compile patterns', 'match 1k files', 'match 10k', 'match 100k', 'findings at 100k (listed)'],
      patterns.map((p) => [
        n(p),
        ms(fixedMs(p)),
        ms(med(key(files[files.length - 1] as number, p), (c) => c.indexMs)),
        ...FILES.map((f) => (files.includes(f) ? ms(med(key(f, p), (c) => c.matchMs)) : '—')),
        files.includes(100_000) ? `${n(engine.get(key(100_000, p))?.[0]?.findings ?? 0)} (${n(engine.get(key(100_000, p))?.[0]?.listed ?? 0)})` : '—'
      ]),
      ['r', 'r', 'r', 'r', 'r', 'r', 'r']
    ),
    ''
  );
  if (files.includes(100_000) && files.includes(10_000)) {
    md.push(
      'Linearity in files, time(100k) ÷ time(10k) (10× = linear): whole `check()`; its file-dependent part (minus the',
      `0-file time); the path index's matching alone${beforeCell ? `; the whole \`check()\` before (\`${BEFORE_REV}\`)` : ''}.`,
      '',
      table(
        ['patterns', 'whole', 'file-dependent part', 'matching alone', ...(beforeCell ? ['whole, before'] : [])],
        linear.map((l, i) => [n(l.p), ratio(l.raw), ratio(l.variable), ratio(l.match), ...(beforeCell ? [ratio(linearBefore[i] as number)] : [])]),
        ['r', 'r', 'r', 'r', ...(beforeCell ? (['r'] as const) : [])]
      ),
      ''
    );
  }
  md.push(
    `Cross-check: files matched by at least one claim, engine vs minimatch on the same (sampled) files: ${agreement.length === 0 ? 'identical in every cell' : `DIFFERENT — ${agreement.join('; ')}`}.`
  );
  if (beforeCell) {
    md.push(
      '',
      `Cross-check: verdict and number of findings of each kind, after vs before (\`${BEFORE_REV}\`): ${sameJudgement.length === 0 ? 'identical in every cell' : `DIFFERENT — ${sameJudgement.join('; ')}`}.`
    );
  }
  return {
    targets,
    markdown: md.join('\n'),
    data: { reps, beforeRev: beforeCell ? BEFORE_REV : null, engine: Object.fromEntries(engine), before: Object.fromEntries(before), fixed: Object.fromEntries(fixed), baseline: Object.fromEntries(baseline), linear, linearBefore }
  };
}
