// `npm run bench [-- <name>…] [--runs=N] [--quick]`: runs the benchmarks (all, or the ones named), stores each
// result in bench/results/<name>.json and rewrites docs/benchmarks.md from every stored result.
//   startup   time to verdict of `node dist/index.js` on a 10-file push vs `node -e ''`, before/after, bundle make-up
//   peer      time to verdict on a 10-file pull request vs actions/labeler v5 (unpacked from LABELER_GIT_DIR), interleaved
//   scale     1k/10k/100k changed files × 10/100/1,000 claim patterns: engine vs a naive minimatch baseline
//   parse     parseClaims on 10 KB … 10 MB claims files
//   requests  API requests per run, counted by the stand-in
//   radar     requests and time the radar adds at 10 / 100 / 150 / 500 open pull requests
//   cli       `ai-sync status` on a 10,000-file repository vs `node -e ''` (and `git status`)
// --runs=N sets the repetitions of the timing loops (default per benchmark); --quick is a smoke run (few
// repetitions, small cells) that does NOT touch bench/results or docs/benchmarks.md.
import { machine } from './lib/stats.js';
import { revision, saveResult, SECTIONS, writeDoc, type SectionResult } from './lib/report.js';

export interface BenchOptions {
  runs: number | null;
  quick: boolean;
  args: string[];
}

export interface Benchmark {
  run(opts: BenchOptions): Promise<Omit<SectionResult, 'name' | 'title' | 'command' | 'measuredAt' | 'machine' | 'revision'>>;
}

const loaders: Record<string, () => Promise<Benchmark>> = {
  startup: () => import('./startup.js'),
  peer: () => import('./peer.js'),
  scale: () => import('./scale.js'),
  parse: () => import('./parse.js'),
  requests: () => import('./requests.js'),
  radar: () => import('./radar.js'),
  cli: () => import('./cli.js')
};

const argv = process.argv.slice(2);
const names = argv.filter((a) => !a.startsWith('--'));
const flags = argv.filter((a) => a.startsWith('--'));
const unknown = names.filter((n) => !(n in loaders));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; expected some of: ${Object.keys(loaders).join(', ')}`);
  process.exit(2);
}
const runsFlag = flags.find((f) => f.startsWith('--runs='));
const opts: BenchOptions = { runs: runsFlag ? Number(runsFlag.slice(7)) : null, quick: flags.includes('--quick'), args: flags };
const selected = names.length > 0 ? names : SECTIONS.map((s) => s.name);

for (const name of selected) {
  const title = SECTIONS.find((s) => s.name === name)?.title ?? name;
  const started = new Date().toISOString();
  const m = machine();
  console.log(`\n== ${name}: ${title} (${opts.quick ? 'quick smoke run, nothing saved' : 'results → bench/results, docs/benchmarks.md'})`);
  const bench = await loaders[name]!();
  const result = await bench.run(opts);
  const full: SectionResult = {
    name,
    title,
    command: `npm run bench -- ${name}${opts.runs ? ` --runs=${opts.runs}` : ''}`,
    measuredAt: started,
    machine: m,
    revision: revision(),
    ...result
  };
  console.log(full.markdown);
  if (!opts.quick) {
    saveResult(full);
    writeDoc();
  }
}
if (!opts.quick) console.log('\ndocs/benchmarks.md rewritten.');
