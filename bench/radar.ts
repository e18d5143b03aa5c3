// Requests and time the radar (in-flight claims and open-pr-overlap: src/action/github/open-pulls.ts) adds to a run:
// the same push to main judged by the bundled action with the radar off (`radar.max-pull-requests: 0`), at its
// default (100) and reading every open pull request (500), with 10, 100, 150 and 500 open pull requests in the
// stand-in. Variants are interleaved, run after run; time is wall-clock to exit, median of the runs.
import { performance } from 'node:perf_hooks';
import { pushEvent } from '../test-support/github-standin/index.js';
import { openPulls } from '../test-support/open-pulls.js';
import { CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, SEED_FILES, iso, seedRig, type Rig } from '../test-support/seed-scenario.js';
import { table, type Target } from './lib/report.js';
import { median, ms } from './lib/stats.js';
import { runBundle, snapshotDist } from './requests.js';
import type { BenchOptions } from './run.js';

const CONFIG_PATH = '.github/ai-sync.yml';
const VARIANTS = [
  { name: 'off', max: 0 },
  { name: 'default', max: 100 },
  { name: 'all', max: 500 }
] as const;

interface Sample {
  requests: number;
  radarRequests: number;
  /** The stand-in's own time answering the radar's requests (git work GitHub does on its side). */
  radarServerMs: number;
  wallMs: number;
  note: string | null;
  result: string;
}

/** One push to main (a config naming the variant's max, then Claude's change), judged by the bundle. */
async function onePush(rig: Rig, bundle: string, max: number, i: number): Promise<Sample> {
  rig.fx.write(CONFIG_PATH, `radar:\n  max-pull-requests: ${max}\n`);
  await rig.fx.commit(`chore: radar ${max}`, { author: HUMAN });
  await rig.fx.push('main');
  rig.fx.write('src/bench.ts', `export const run = ${i};\n`);
  await rig.fx.commit(`feat: run ${i}\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
  const { before, after } = await rig.fx.push('main');
  const payload = await pushEvent(rig.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + 3_600_000), standIn: rig.si });
  const from = rig.si.requests.length;
  const t0 = performance.now();
  const out = await runBundle(bundle, rig, 'push', payload, after, 'refs/heads/main');
  const wallMs = performance.now() - t0;
  const reqs = rig.si.requests.slice(from);
  const radar = reqs.filter((r) => r.operation === 'graphql').slice(1);
  await rig.fx.git(['fetch', '-q', 'origin']);
  await rig.fx.git(['reset', '-q', '--hard', 'origin/main']);
  return {
    requests: reqs.length,
    radarRequests: radar.length,
    radarServerMs: radar.reduce((n, r) => n + r.ms, 0),
    wallMs,
    note: /(\d+ of \d+ open pull requests read)/.exec(out.summary.replace(/\\/g, ''))?.[1] ?? null,
    result: out.outputs.result ?? '?'
  };
}

export interface Row {
  open: number;
  variant: string;
  max: number;
  requests: number;
  added: number;
  wallMs: number;
  addedMs: number;
  radarServerMs: number;
  note: string | null;
}

export async function run(opts: BenchOptions) {
  const bundle = snapshotDist('radar-dist');
  const runs = opts.runs ?? (opts.quick ? 1 : 5);
  const sizes = opts.quick ? [10] : [10, 100, 150, 500];
  const rows: Row[] = [];
  for (const n of sizes) {
    const rig = await seedRig({ ...SEED_FILES });
    try {
      await openPulls(rig.fx, rig.si, Array.from({ length: n }, (_, k) => ({ branch: `feature/pr-${k}`, draft: k % 3 === 0, files: { [`src/pr${k}/a.ts`]: `${k}\n`, [`src/pr${k}/b.ts`]: `${k}\n` } })));
      const samples = new Map<string, Sample[]>(VARIANTS.map((v) => [v.name, []]));
      // A warm-up push per variant (the stand-in caches each pull request's diff, as GitHub keeps them).
      for (const [i, v] of VARIANTS.entries()) await onePush(rig, bundle, v.max, -1 - i);
      for (let r = 0; r < runs; r++) {
        for (const [i, v] of VARIANTS.entries()) {
          process.stdout.write(`\rradar: ${n} open pull requests, run ${r + 1}/${runs}, ${v.name}   `);
          samples.get(v.name)!.push(await onePush(rig, bundle, v.max, r * VARIANTS.length + i));
        }
      }
      const off = samples.get('off')!;
      for (const v of VARIANTS) {
        const s = samples.get(v.name)!;
        rows.push({
          open: n,
          variant: v.name,
          max: v.max,
          requests: median(s.map((x) => x.requests)),
          added: median(s.map((x) => x.radarRequests)),
          wallMs: median(s.map((x) => x.wallMs)),
          addedMs: median(s.map((x) => x.wallMs)) - median(off.map((x) => x.wallMs)),
          radarServerMs: median(s.map((x) => x.radarServerMs)),
          note: s[0]?.note ?? null
        });
      }
    } finally {
      await rig.close();
    }
  }
  process.stdout.write('\n');
  return { ...render(rows, runs), data: { rows, runs } };
}

/** The section's targets and text from the measured rows (also to re-render stored results). */
export function render(rows: readonly Row[], runs: number): { targets: Target[]; markdown: string } {
  const upTo100 = rows.filter((r) => r.open <= 100 && r.max > 0);
  const beyond = rows.filter((r) => r.open > 100 && r.max === 100);
  const targets: Target[] = [
    {
      what: 'requests added by the radar, ≤ 100 open pull requests',
      target: '≤ 3',
      measured: upTo100.map((r) => `${r.open} open (max ${r.max}): +${r.added}`).join(', '),
      met: upTo100.every((r) => r.added <= 3)
    },
    {
      what: 'beyond max-pull-requests the summary says how many were read',
      target: 'said',
      measured: beyond.map((r) => `${r.open} open: ${r.note ?? 'not said'}`).join('; '),
      met: beyond.every((r) => r.note !== null)
    }
  ];
  const md = [
    'The same push to main (a 1-file change by Claude Code; the seed claims) judged by the bundled action against the',
    'stand-in with N open pull requests (2 files each, every third a draft), with the radar off (`radar.max-pull-requests: 0`),',
    'at its default (100) and reading all (500). Requests counted by the stand-in; "added" is the radar\'s GraphQL requests.',
    `Time is wall-clock from start to exit of \`node dist/index.js\`, median of ${runs} interleaved runs after a warm-up;`,
    '"stand-in time" is the stand-in\'s own time answering the radar\'s requests (its git work, which GitHub does on its',
    'side, leaving the action a round trip per request; the stand-in spawns a few git processes per pull request,',
    'about 3.5 s per 100 here). "Added, less the stand-in" is what the action itself spends on the radar (one query',
    'per 100, parsing the answers, judging the claims): the difference of noisy medians on a shared machine, within',
    'noise when small.',
    '',
    table(
      ['open pull requests', 'radar', 'requests per run', 'added by the radar', 'time to exit', 'added time', 'stand-in time (radar)', 'added, less the stand-in', 'summary says'],
      rows.map((r) => [
        r.open.toLocaleString('en-US'),
        r.max === 0 ? 'off (0)' : `max ${r.max}`,
        String(r.requests),
        `**+${r.added}**`,
        ms(r.wallMs),
        r.max === 0 ? '—' : `${r.addedMs >= 0 ? '+' : ''}${ms(r.addedMs)}`,
        r.max === 0 ? '—' : ms(r.radarServerMs),
        r.max === 0 ? '—' : `${r.addedMs - r.radarServerMs >= 0 ? '+' : ''}${ms(r.addedMs - r.radarServerMs)}`,
        r.note ?? '—'
      ]),
      ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l']
    ),
    '',
    'One GraphQL request reads up to 100 open pull requests with their files and their heads\' claims files, and the',
    'first 100 come in the run\'s snapshot request, so the radar adds ⌈min(open, max-pull-requests) ÷ 100⌉ − 1 requests:',
    'none up to 100 open pull requests, four for 500 when max-pull-requests allows 500. The config is read in that same',
    'request, so with the radar off the first page still comes with it, unused: the "off" rows\' time includes the',
    'stand-in answering it (GitHub answers it on its side, in the one round trip the run makes anyway).'
  ];
  return { targets, markdown: md.join('\n') };
}
