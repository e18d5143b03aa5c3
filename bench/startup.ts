// Time to verdict: `node dist/index.js` judging a 10-file push against the loopback API stand-in, ÷ the floor (a
// bare Node process sending the same requests through node:http, lib/floor.ts) and ÷ `node -e ''`, for the bundle in
// dist/ and for the bundle as committed before this round of start-up work (BASELINE_REV), interleaved in one loop
// with the reference measurements that explain the difference (load only, Node's fetch, Intl, the stand-in's own
// time). Plus the bundle's size and make-up, and a CPU profile of one run by category.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { readOutputs, type RecordedRequest } from '../test-support/github-standin/index.js';
import { floorProgram, startRecorder, writeCalls } from './lib/floor.js';
import { categorize, type Categories } from './lib/profile.js';
import { PUSH_FILES, tenFilePush, type PushRig } from './lib/push-rig.js';
import { timed } from './lib/proc.js';
import { ROOT, WORK, table, type Target } from './lib/report.js';
import { interleaved, type Job } from './lib/rounds.js';
import { kib, median, ms, ratio } from './lib/stats.js';
import type { BenchOptions } from './run.js';

/** The last commit before this round of start-up work (issue 14): its dist/ is the "before" bundle. */
export const BASELINE_REV = '81ae8a4';
/** Issue 14: time to verdict ÷ the floor (the same requests from a bare Node process through node:http). */
const TARGET_RATIO = 2.0;

interface Bundle {
  label: string;
  dir: string;
  main: string;
}

function git(args: string[], input?: Buffer): Buffer {
  return execFileSync('git', args, { cwd: ROOT, maxBuffer: 1 << 30, ...(input ? { input } : {}) });
}

/** dist/ as committed at `rev`, unpacked under bench/.work; null when the revision is not in this clone. */
function baselineBundle(rev: string): Bundle | null {
  try {
    git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  } catch {
    return null;
  }
  const dir = join(WORK, `baseline-${rev}`);
  if (!existsSync(join(dir, 'dist', 'index.js'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-x', '-C', dir], { input: git(['archive', '--format=tar', rev, 'dist']), maxBuffer: 1 << 30 });
  }
  return { label: `before (${rev})`, dir: join(dir, 'dist'), main: join(dir, 'dist', 'index.js') };
}

/** A copy of dist/ taken now: others may rebuild dist/ while the benchmark runs (waits while a rebuild is under way). */
async function currentBundle(): Promise<Bundle> {
  for (let waited = 0; !existsSync(join(ROOT, 'dist', 'index.js')); waited += 5) {
    if (waited >= 300) throw new Error('dist/index.js is missing: run `npm run bundle` first.');
    if (waited === 0) console.log('dist/index.js is missing (a rebuild under way?); waiting up to 5 minutes…');
    await new Promise((r) => setTimeout(r, 5000));
  }
  await new Promise((r) => setTimeout(r, 2000)); // let a rebuild that just wrote index.js finish its chunks
  const dir = join(WORK, 'current-dist');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'dist'), dir, { recursive: true, filter: (src) => !src.includes(`${join(ROOT, 'dist', 'cli')}`) });
  return { label: 'after (dist/)', dir, main: join(dir, 'index.js') };
}

interface FileSize {
  file: string;
  bytes: number;
}

function bundleFiles(b: Bundle): FileSize[] {
  return readdirSync(b.dir)
    .filter((f) => /\.(m?js)$/.test(f))
    .map((file) => ({ file, bytes: statSync(join(b.dir, file)).size }))
    .sort((x, y) => (x.file === 'index.js' ? -1 : y.file === 'index.js' ? 1 : y.bytes - x.bytes));
}

/** Package names listed in ncc's licenses.txt (a name line, then an SPDX id line, after a blank line). */
function licensedPackages(b: Bundle): string[] {
  const f = join(b.dir, 'licenses.txt');
  if (!existsSync(f)) return [];
  const lines = readFileSync(f, 'utf8').split('\n');
  const out: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if ((i === 0 || lines[i - 1] === '') && /^(@[\w.-]+\/)?[\w.-]+$/.test(lines[i] as string) && /^[A-Za-z0-9.+-]+( (OR|AND) [A-Za-z0-9.+-]+)*$/.test(lines[i + 1] as string)) {
      out.push(lines[i] as string);
    }
  }
  return [...new Set(out)].sort();
}

interface Composition {
  packages: { name: string; bytes: number; modules: number; lazy: boolean }[];
  duplicates: { name: string; copies: string[] }[];
}

/** What the action bundle is made of (source bytes per package before minification), from webpack's stats. */
async function composition(): Promise<Composition> {
  const mod = (await import(pathToFileURL(join(ROOT, 'scripts', 'bundle.mjs')).href)) as {
    buildAction: () => Promise<{ stats: { toJson(o: object): { modules?: StatsModule[]; chunks?: { id: number | string; initial: boolean }[] } } }>;
  };
  interface StatsModule {
    name: string;
    size: number;
    orphan?: boolean;
    chunks?: (number | string)[];
    modules?: StatsModule[];
  }
  const { stats } = await mod.buildAction();
  const json = stats.toJson({ modules: true, nestedModules: true, chunks: true });
  const initial = new Set((json.chunks ?? []).filter((c) => c.initial).map((c) => String(c.id)));
  const by = new Map<string, { bytes: number; modules: number; lazy: boolean }>();
  const roots = new Map<string, Set<string>>();
  const add = (m: StatsModule, chunks: (number | string)[]) => {
    const root = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)/.exec(m.name)?.[1];
    const name = root ? (/node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(root)?.[1] as string) : /^external /.test(m.name) ? 'node built-ins / externals' : 'ai-sync (src/)';
    if (root) (roots.get(name) ?? roots.set(name, new Set()).get(name))?.add(root);
    const lazy = chunks.length > 0 && chunks.every((c) => !initial.has(String(c)));
    const e = by.get(name) ?? { bytes: 0, modules: 0, lazy };
    e.bytes += m.size;
    e.modules += 1;
    e.lazy &&= lazy;
    by.set(name, e);
  };
  // Modules concatenated into another appear twice: nested in it, and at the top level as orphans.
  for (const m of json.modules ?? []) {
    if (m.orphan) continue;
    if (m.modules && m.modules.length > 0) for (const n of m.modules) add(n, m.chunks ?? []);
    else add(m, m.chunks ?? []);
  }
  return {
    packages: [...by].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.bytes - a.bytes),
    duplicates: [...roots].filter(([, r]) => r.size > 1).map(([name, r]) => ({ name, copies: [...r] }))
  };
}

interface Sample {
  ms: number;
  serverMs?: number;
  writeGapMs?: number;
}

/** Arrival time (parent clock) of every request the stand-in records. */
function trackArrivals(rig: PushRig): Map<RecordedRequest, number> {
  const arrivals = new Map<RecordedRequest, number>();
  const list = rig.rig.si.requests;
  const push = list.push.bind(list);
  list.push = (...items: RecordedRequest[]) => {
    const now = performance.now();
    for (const r of items) arrivals.set(r, now);
    return push(...items);
  };
  return arrivals;
}

export async function run(opts: BenchOptions) {
  const runs = opts.runs ?? (opts.quick ? 3 : 21);
  const current = await currentBundle();
  const baseline = baselineBundle(BASELINE_REV);
  const bundles = baseline ? [baseline, current] : [current];
  const digest = createHash('sha256').update(readFileSync(current.main)).digest('hex').slice(0, 12);

  const rig = await tenFilePush();
  const arrivals = trackArrivals(rig);
  const si = rig.rig.si;
  const apiProbe = `${si.url}/repos/${si.owner}/${si.repo}`;
  const env0 = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  // Reference processes: what any Node program pays before our code does anything.
  const fetchFloor = `const h={authorization:'token ${si.token}'};for(let i=0;i<2;i++)await fetch('${apiProbe}',{headers:h}).then(r=>r.json());`;
  const httpFloor = `import http from 'node:http';const h={authorization:'token ${si.token}','user-agent':'bench'};for(let i=0;i<2;i++)await new Promise((ok,ko)=>http.get('${apiProbe}',{headers:h},(r)=>{let b='';r.on('data',(c)=>b+=c);r.on('end',()=>ok(JSON.parse(b)))}).on('error',ko));`;
  // The floor: the requests of one run of the current bundle, recorded in front of the stand-in, replayed by a bare
  // Node process (every round, against the stand-in reset the same way).
  const callsFile = join(WORK, 'floor-calls.json');
  const recorder = await startRecorder(si.origin);
  await rig.reset();
  const recorded = await timed(process.execPath, [current.main], {
    env: { ...rig.env, GITHUB_API_URL: `${recorder.url}${si.url.slice(si.origin.length)}`, GITHUB_GRAPHQL_URL: `${recorder.url}${si.graphqlUrl.slice(si.origin.length)}` }
  });
  const calls = [...recorder.calls];
  await recorder.close();
  if (readOutputs(rig.env.GITHUB_OUTPUT as string)['status-committed'] !== 'true' || calls.length < 2) {
    throw new Error(`recording the floor's requests: exit ${recorded.code}, ${calls.length} request(s), ${recorded.stderr.slice(0, 300)}`);
  }
  writeCalls(callsFile, calls);
  const floor = floorProgram(callsFile, si.origin);
  const intl = `new Intl.DateTimeFormat('en-US',{timeZone:'UTC',hourCycle:'h23',year:'numeric',month:'numeric',day:'numeric',hour:'numeric',minute:'numeric',second:'numeric',era:'short'}).formatToParts(new Date(0))`;

  const jobs: Job<Sample>[] = [
    { key: 'empty', go: async () => ({ ms: (await timed(process.execPath, ['-e', ''], { env: env0 })).ms }) },
    { key: 'fetch', go: async () => ({ ms: (await timed(process.execPath, ['--input-type=module', '-e', fetchFloor], { env: env0 })).ms }) },
    { key: 'http', go: async () => ({ ms: (await timed(process.execPath, ['--input-type=module', '-e', httpFloor], { env: env0 })).ms }) },
    { key: 'intl', go: async () => ({ ms: (await timed(process.execPath, ['-e', intl], { env: env0 })).ms }) }
  ];
  const failures: string[] = [];
  jobs.push({
    key: 'floor',
    go: async () => {
      await rig.reset();
      const from = si.requests.length;
      const r = await timed(process.execPath, ['--input-type=module', '-e', floor], { env: env0 });
      const answered = si.requests.length - from;
      if (r.code !== 0 || answered !== calls.length) failures.push(`floor: exit ${r.code}, ${answered} of ${calls.length} requests, ${r.stderr.slice(0, 300)}`);
      return { ms: r.ms, serverMs: si.requests.slice(from).reduce((a, q) => a + q.ms, 0) };
    }
  });
  for (const b of bundles) {
    // Loading only: no inputs, so the run stops at the missing token right after start-up.
    jobs.push({ key: `load:${b.label}`, go: async () => ({ ms: (await timed(process.execPath, [b.main], { env: env0 })).ms }) });
    jobs.push({
      key: `run:${b.label}`,
      go: async () => {
        await rig.reset();
        const from = si.requests.length;
        const r = await timed(process.execPath, [b.main], { env: rig.env });
        const reqs = si.requests.slice(from);
        const out = readOutputs(rig.env.GITHUB_OUTPUT as string);
        if (out.result !== 'fail' || out['status-committed'] !== 'true' || out['changed-files'] !== String(PUSH_FILES)) {
          failures.push(`${b.label}: exit ${r.code}, outputs ${JSON.stringify(out).slice(0, 300)}, stderr ${r.stderr.slice(0, 300)}`);
        }
        const graphql = reqs.find((q) => q.operation === 'graphql');
        const put = reqs.find((q) => q.method === 'PUT');
        const gap = graphql && put ? (arrivals.get(put) ?? NaN) - (arrivals.get(graphql) ?? NaN) : NaN;
        return { ms: r.ms, serverMs: reqs.reduce((a, q) => a + q.ms, 0), writeGapMs: gap };
      }
    });
  }
  const samples = await interleaved('startup', jobs, runs);
  if (failures.length > 0) throw new Error(`a run did not reach the expected verdict:\n${failures.slice(0, 3).join('\n')}`);
  const med = (key: string, f: (s: Sample) => number | undefined = (s) => s.ms) => median((samples.get(key) ?? []).map(f).filter((x): x is number => x !== undefined && Number.isFinite(x)));

  // One profiled run of the current bundle, by category (3 runs, median per category).
  const profiles: Categories[] = [];
  for (let i = 0; i < (opts.quick ? 1 : 3); i++) {
    const dir = mkdtempSync(join(tmpdir(), 'ai-sync-prof-'));
    await rig.reset();
    await timed(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '250', '--cpu-prof-dir', dir, current.main], { env: rig.env });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (file) profiles.push(categorize(join(dir, file), current.dir));
    rmSync(dir, { recursive: true, force: true });
  }
  await rig.close();

  const comp = opts.quick ? null : await composition();
  const files = new Map(bundles.map((b) => [b.label, bundleFiles(b)]));
  const pkgs = new Map(bundles.map((b) => [b.label, licensedPackages(b)]));

  const empty = med('empty');
  const floorMs = med('floor');
  const rows = bundles.map((b) => {
    const run = med(`run:${b.label}`);
    const load = med(`load:${b.label}`);
    return { b, run, load, server: med(`run:${b.label}`, (s) => s.serverMs), gap: med(`run:${b.label}`, (s) => s.writeGapMs) };
  });
  const after = rows[rows.length - 1]!;
  const before = baseline ? rows[0]! : null;
  const targets: Target[] = [
    {
      what: `time to verdict, ${PUSH_FILES}-file push ÷ a bare Node process sending the same ${calls.length} requests through \`node:http\``,
      target: `≤ ${TARGET_RATIO.toFixed(1)}×`,
      measured: `${ratio(after.run / floorMs)} (${ms(after.run)} ÷ ${ms(floorMs)})${before ? `; before: ${ratio(before.run / floorMs)}` : ''}`,
      met: after.run / floorMs <= TARGET_RATIO
    }
  ];

  const md: string[] = [];
  md.push(
    `A push of ${PUSH_FILES} changed files (one commit, Claude Code touching a file ChatGPT Codex claimed an hour earlier:`,
    'verdict `fail`, status file committed) judged by `node <bundle>` exactly as a runner starts it, against the loopback',
    'API stand-in (a real bare git repository behind node:http in the benchmark process). Before every run the branch is',
    'reset, so every run does the same work: one GraphQL read (the files, with the open pull requests folded in), one contents PUT. Medians of',
    `${runs} interleaved rounds; the bundle measured is a copy of dist/ (index.js sha256 \`${digest}…\`)${baseline ? `, "before" is dist/ as committed at \`${BASELINE_REV}\`` : ''}.`,
    'Every process starts with a clean environment (PATH, plus the runner\'s variables for the action), as on a runner:',
    'variables such as NODE_EXTRA_CA_CERTS, set on this machine, add tens of milliseconds to every Node start.',
    ''
  );
  md.push(
    table(
      ['', ...rows.map((r) => r.b.label)],
      [
        ["time to verdict (`node <bundle>`, whole process)", ...rows.map((r) => ms(r.run))],
        [`÷ the floor: the same ${calls.length} requests from a bare Node process through \`node:http\` (${ms(floorMs)})`, ...rows.map((r) => `**${ratio(r.run / floorMs)}**`)],
        ["÷ `node -e ''` (" + ms(empty) + ')', ...rows.map((r) => ratio(r.run / empty))],
        ['loading only (no inputs: stops at the missing token)', ...rows.map((r) => ms(r.load))],
        ["loading − `node -e ''`", ...rows.map((r) => ms(r.load - empty))],
        ['the stand-in answering (server time of the requests of a run, in the benchmark process)', ...rows.map((r) => ms(r.server))],
        ['GraphQL request start → status PUT start (write limiter + judging)', ...rows.map((r) => ms(r.gap))]
      ],
      ['l', ...rows.map(() => 'r' as const)]
    ),
    ''
  );
  md.push(
    'Reference processes, same loop: what any Node program pays, before ai-sync does anything.',
    '',
    table(
      ['process', 'median', "− `node -e ''`"],
      [
        ["`node -e ''`", ms(empty), '—'],
        [`the floor: \`node\` + the run's ${calls.length} requests (${[...new Set(calls.map((c) => c.method))].join(', ')}) through \`node:http\`, keep-alive (stand-in time ${ms(med('floor', (x) => x.serverMs))})`, ms(floorMs), ms(floorMs - empty)],
        ['`node` + 2 × `fetch()` to the stand-in (a trivial route)', ms(med('fetch')), ms(med('fetch') - empty)],
        ['`node` + the same 2 requests through `node:http`', ms(med('http')), ms(med('http') - empty)],
        ["`node` + one `Intl.DateTimeFormat` with a `timeZone` (as the engine's time handling does)", ms(med('intl')), ms(med('intl') - empty)]
      ],
      ['l', 'r', 'r']
    ),
    ''
  );
  if (profiles.length > 0) {
    const keys = [...new Set(profiles.flatMap((p) => Object.keys(p)))];
    const catRows = keys
      .map((k) => ({ k, v: median(profiles.map((p) => p[k] ?? 0)) }))
      .sort((a, b) => b.v - a.v)
      .filter((r) => r.v >= 0.5);
    const total = catRows.reduce((a, r) => a + r.v, 0);
    md.push(
      `Where a run of the current bundle spends its time: \`node --cpu-prof\` (250 µs sampling; ${profiles.length} run(s), median per category; the profiler slows everything down, so read the shares, not the absolute values).`,
      '',
      table(
        ['category', 'ms', 'share'],
        catRows.map((r) => [r.k, r.v.toFixed(1), `${((100 * r.v) / total).toFixed(0)} %`]),
        ['l', 'r', 'r']
      ),
      ''
    );
  }
  md.push('Bundle size (dist/ without the CLI):', '');
  const sizeRows: (string | number)[][] = [];
  for (const b of bundles) {
    const fs = files.get(b.label) ?? [];
    const total = fs.reduce((a, f) => a + f.bytes, 0);
    sizeRows.push([b.label, fs.map((f) => `${f.file} ${kib(f.bytes)}`).join(', '), kib(total), String((pkgs.get(b.label) ?? []).length)]);
  }
  md.push(table(['bundle', 'files', 'total', 'packages (licenses.txt)'], sizeRows), '');
  if (baseline) {
    const was = new Set(pkgs.get(baseline.label) ?? []);
    const now = new Set(pkgs.get(current.label) ?? []);
    const gone = [...was].filter((p) => !now.has(p));
    const added = [...now].filter((p) => !was.has(p));
    md.push(`Packages no longer bundled: ${gone.length > 0 ? gone.map((p) => `\`${p}\``).join(', ') : 'none'}; newly bundled: ${added.length > 0 ? added.map((p) => `\`${p}\``).join(', ') : 'none'}.`, '');
  }
  if (comp) {
    const total = comp.packages.reduce((a, p) => a + p.bytes, 0);
    md.push(
      'What the current action bundle is made of (source bytes per package before minification, from `ncc --stats-out`-equivalent stats of a fresh build with the options of scripts/bundle.mjs; *lazy* = only in a chunk loaded on demand):',
      '',
      table(
        ['package', 'bytes', 'share', 'modules', ''],
        comp.packages.slice(0, 18).map((p) => [`\`${p.name}\``, p.bytes.toLocaleString('en-US'), `${((100 * p.bytes) / total).toFixed(1)} %`, p.modules, p.lazy ? 'lazy' : '']),
        ['l', 'r', 'r', 'r', 'l']
      ),
      '',
      `${comp.packages.length} packages in all. Packages bundled more than once (two copies on disk): ${comp.duplicates.length > 0 ? comp.duplicates.map((d) => `\`${d.name}\` (${d.copies.join(', ')})`).join('; ') : 'none'}. \`@actions/github\` bundled: ${comp.packages.some((p) => p.name === '@actions/github') ? 'yes' : 'no'}; \`undici\` bundled: ${comp.packages.some((p) => p.name === 'undici') ? 'yes' : 'no'}.`,
      ''
    );
  }
  md.push(
    'What was changed for start-up (scripts/bundle.mjs, src/action/github/, src/action/judge.ts, src/engine/config/base.ts,',
    'src/engine/check-core.ts, src/engine/time/zones.ts). Earlier work (before `0bfef98` → `81ae8a4`):',
    '',
    '- **The write limiter.** `@octokit/plugin-throttling` sends every REST write *and every GraphQL request* through its',
    '  `write` limiter, 1 s apart start to start. The client passes its own `throttle.write` limiter: still serialised, 100 ms',
    '  apart (GitHub\'s secondary limit is 80 content-creating requests a minute); rate-limit handling (retry-after,',
    '  x-ratelimit-reset, the onRateLimit/onSecondaryRateLimit handlers) is unchanged. On a push it still spaces the open',
    '  pull requests\' GraphQL read and the status PUT from the snapshot read (the last row of the first table); the floor',
    '  process has no such spacing, so it is part of the ratio.',
    '- **undici is not bundled**, nor `@actions/http-client` and `@actions/exec`: `@actions/core` imports them (undici',
    '  through http-client) only for `getIDToken` and `platform.getDetails`, which nothing here calls; they resolve to',
    '  `dist/http-client-stub.mjs` and `dist/exec-stub.mjs`, which throw if ever used.',
    '- **dist/index.js is minified** (`ncc -m`: terser without compression, names kept; the output is deterministic).',
    '- **Lazy imports**: the status writer and the PR comment are loaded when a run gets there, as small chunks.',
    '',
    'This round (issue 14; "before" is dist/ at `' + BASELINE_REV + '`):',
    '',
    '- **Octokit over `node:http`.** Octokit\'s `request.fetch` is src/action/github/transport.ts: `node:http`/`node:https`',
    '  with keep-alive agents, behaving as fetch does for everything Octokit reads (tested side by side). Node\'s global',
    '  `fetch` loaded and compiled its internal undici and llhttp (WebAssembly) on the first request: compare the',
    '  `fetch()` and `node:http` reference rows. The runner\'s proxy variables are honoured through a chunk loaded only',
    '  when one is set.',
    '- **The config parser only with a config file.** yaml and the zod config schema are in chunks imported when the',
    '  repository has a config file (src/action/judge.ts); without one the defaults come from src/engine/config/base.ts.',
    '  `__tests__/e2e/action/startup-budget.e2e.test.ts` holds it by the files a real run loads.',
    '- **No endpoint table.** The client is `@octokit/core` with the request-log, pagination, retry and throttling plugins;',
    '  the REST calls name their routes, so `@octokit/plugin-rest-endpoint-methods` (~100 KB) is not bundled.',
    '- **No Intl for fixed zones.** UTC (in any spelling) and Etc/GMT±N are answered without `Intl.DateTimeFormat` (the',
    '  `Intl` row is what the first one costs).',
    '- **The first request before the rest loads.** dist/index.js is a small entry (src/action/first-read.ts): it builds',
    '  the snapshot query of a pull request, or of a push whose payload holds all of it, with the run\'s own functions',
    '  (src/action/reads.ts, github/snapshot-query.ts) and sends it; the run (Octokit, the engine) is a chunk loaded while',
    '  the API answers, and Octokit\'s fetch takes the answer over as its first attempt (github/primed.ts). Chunks are',
    '  minified with esbuild.',
    '- **One request fewer on a push.** The first 100 open pull requests (in-flight claims, the radar) come in the',
    '  snapshot request, as on pull requests: a push to a status branch is one GraphQL read and one contents PUT.',
    '- **zod only with a status file.** The event payload is read field by field (src/action/payload.ts); the previous',
    '  status file\'s reader, which validates with zod, is imported when there is a status file (check-core.ts takes it',
    '  read, as it takes the config).',
    '- **No 1 ms timers between a request\'s steps.** Three Bottleneck limiters wrapped every request (the retry plugin\'s,',
    '  and the throttling plugin\'s retry limiter and `global` group), and Bottleneck starts a job, and yields between its',
    '  steps, on `setTimeout(…, 0)`: Node makes each a 1 ms timer, about 12 per request (24 zero-delay timers in a push',
    '  run, 40 in a pull request run). The throttling plugin\'s two are small promise queues passed in as `write` is',
    '  (src/action/github/limiters.ts, tested against Bottleneck job for job); the retry plugin\'s yields with',
    '  `setImmediate` (github/limiter-yield.ts), leaving one timer per request.',
    '- **CommonJS, as the CLI.** dist/ is CommonJS (dist/package.json), its module factories functions rather than arrows,',
    '  every file minified with esbuild (scripts/bundle.mjs): Node\'s ESM loader cost a run ~10 ms more than `require()`',
    '  for the same code. The run\'s chunk now loads synchronously, so the entry loads it once the first request has been',
    '  handed to the network (src/action/index.ts; the first-read suite holds the chunk back until the stand-in has the',
    '  request).',
    '',
    'The stand-in now caches what cannot change (answers keyed by object ids) and resolves a query\'s fields',
    'concurrently (test-support/github-standin/README.md): its answering time, which the floor process pays too, fell',
    'from ~60–80 ms to ~20 ms a request, so the floor fell from 229 ms to under 90 ms and the ratio shows the action\'s',
    'own cost more plainly than before.'
  );
  return { targets, markdown: md.join('\n'), data: { runs, empty, rows: rows.map((r) => ({ label: r.b.label, run: r.run, load: r.load, server: r.server, gap: r.gap })), fetch: med('fetch'), intl: med('intl'), floor: floorMs, floorRequests: calls.map((c) => `${c.method} ${c.path}`), profiles, files: Object.fromEntries(files), packages: Object.fromEntries(pkgs), composition: comp, digest } };
}
