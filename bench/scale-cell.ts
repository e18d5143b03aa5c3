// One cell of the scale benchmark, in its own process (so its peak RSS is its own):
//   node --import tsx bench/scale-cell.ts engine   <files> <patterns> <sampleStep>
//   node --import tsx bench/scale-cell.ts baseline <files> <patterns> <sampleStep>
// engine: the whole pure engine as a run calls it — check(): claims file parsed, config defaults, every claim
// pattern compiled, every changed file judged, findings (the ones listed) and the board built. Then, separately, the path index
// alone (compilePatterns + matchIndices over every file), and the matched-file count on every sampleStep-th file.
// baseline: the naive way — every (sampled) file × every claim pattern through minimatch (patterns compiled once).
// Prints one JSON line.
import { pathToFileURL } from 'node:url';
import { Minimatch } from 'minimatch';
import { check } from '../src/engine/check.js';
import { compilePatterns } from '../src/engine/paths/index.js';
import type { ChangedFile } from '../src/engine/model.js';
import { changedFiles, claimPatterns, claimsFile } from './lib/workload.js';

export const CHECKIN = '2025-12-03 15:00:00';
/** One hour after the check-in: every claim is active, so a hit is a `claimed-by-other` error. */
export const NOW = Date.parse('2025-12-03T16:00:00Z');
export const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

/** The same claim in minimatch's terms (gitignore semantics: a match also claims everything below it). */
export function minimatchFor(pattern: string): string[] {
  const dir = pattern.endsWith('/');
  const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
  const anchored = pattern.startsWith('/') || body.includes('/');
  if (dir) return anchored ? [`${body}/**`] : [`**/${body}/**`];
  return anchored ? [body, `${body}/**`] : [`**/${body}`, `**/${body}/**`];
}

const kb = () => process.resourceUsage().maxRSS; // KiB

function main(): void {
  const [mode, f, p, s] = process.argv.slice(2);
  const nFiles = Number(f);
  const nPatterns = Number(p);
  const step = Math.max(1, Number(s ?? 1));
  const patterns = claimPatterns(nPatterns).map((x) => x.pattern);
  const paths = changedFiles(nFiles);
  const rssBefore = kb();

  if (mode === 'engine') {
    const files: ChangedFile[] = paths.map((path) => ({ path, status: 'modified' }));
    const text = claimsFile(patterns, CHECKIN);
    const t0 = performance.now();
    const result = check({
      commits: [{ sha: 'a'.repeat(40), message: `feat: bulk change\n\n${TRAILER}\n`, author: { name: 'Dev', email: 'dev@example.com' }, committer: { name: 'Dev', email: 'dev@example.com' }, files }],
      claimsBeforeText: text,
      claimsAfterText: text,
      configText: null,
      configFile: '.github/ai-sync.yml',
      statusText: null,
      branch: null,
      now: NOW,
      files: { claims: 'AI_CURRENT_WORK.md', status: 'AI_SYNC_STATUS.json', handoff: 'AI_HANDOFF.md' }
    });
    const checkMs = performance.now() - t0;
    const peak = kb();
    // Every finding, listed or not: a capped check() lists the first ones and counts the rest (evaluation.omitted;
    // absent from engines before the cap, which list them all — this cell runs against both, see scale.ts).
    const ev = result.evaluation as typeof result.evaluation & { omitted?: { count: number; byKind: { kind: string; count: number }[] } };
    const byKind: Record<string, number> = {};
    for (const x of ev.findings) byKind[x.kind] = (byKind[x.kind] ?? 0) + 1;
    for (const c of ev.omitted?.byKind ?? []) byKind[c.kind] = (byKind[c.kind] ?? 0) + c.count;
    // The path index alone.
    const t1 = performance.now();
    const index = compilePatterns(patterns.map((pattern) => ({ pattern, owner: 0 })));
    const t2 = performance.now();
    let matched = 0;
    let matchedSample = 0;
    for (let i = 0; i < paths.length; i++) {
      if (index.matchIndices(paths[i] as string).length > 0) {
        matched++;
        if (i % step === 0) matchedSample++;
      }
    }
    const t3 = performance.now();
    console.log(
      JSON.stringify({
        mode,
        files: nFiles,
        patterns: nPatterns,
        checkMs,
        indexMs: t2 - t1,
        matchMs: t3 - t2,
        matched,
        matchedSample,
        findings: ev.findings.length + (ev.omitted?.count ?? 0),
        listed: ev.findings.length,
        verdict: ev.verdict,
        byKind,
        agent: result.commits[0]?.identity.agent ?? null,
        invalid: index.invalid.length,
        rssBeforeKiB: rssBefore,
        peakKiB: peak
      })
    );
    return;
  }
  if (mode === 'baseline') {
    const t0 = performance.now();
    const claims = patterns.map((pattern) => minimatchFor(pattern).map((g) => new Minimatch(g, { dot: true })));
    let matchedSample = 0;
    let hits = 0;
    for (let i = 0; i < paths.length; i += step) {
      const path = paths[i] as string;
      let any = false;
      for (const alternatives of claims) {
        // Every claim is tested: a file's owners are all the claims that match it.
        for (const mm of alternatives) {
          if (mm.match(path)) {
            hits++;
            any = true;
            break;
          }
        }
      }
      if (any) matchedSample++;
    }
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ mode, files: nFiles, patterns: nPatterns, step, sampled: Math.ceil(nFiles / step), baselineMs: ms, estimatedMs: ms * step, matchedSample, hits, rssBeforeKiB: rssBefore, peakKiB: kb() }));
    return;
  }
  throw new Error(`unknown mode ${mode}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
