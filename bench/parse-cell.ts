// One size of the parse benchmark, in its own process: `node bench/parse-cell.js <bytes> <warmRuns>`.
// Generates a claims file of about <bytes> bytes (bench/lib/workload.ts), parses it once cold (as a run does),
// then <warmRuns> more times. Prints one JSON line.
import { pathToFileURL } from 'node:url';
import { parseClaims } from '../src/engine/claims/index.js';
import { bigClaimsFile } from './lib/workload.js';

function main(): void {
  const bytes = Number(process.argv[2]);
  const warmRuns = Number(process.argv[3] ?? 4);
  const text = bigClaimsFile(bytes);
  const rssBefore = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  const doc = parseClaims(text);
  const coldMs = performance.now() - t0;
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) {
    const t = performance.now();
    parseClaims(text);
    warm.push(performance.now() - t);
  }
  const files = doc.agents.reduce((a, s) => a + s.files.length, 0);
  console.log(
    JSON.stringify({
      bytes: Buffer.byteLength(text),
      lines: text.split('\n').length,
      coldMs,
      warm,
      agents: doc.agents.length,
      files,
      overrides: doc.overrides.length,
      diagnostics: doc.diagnostics.length,
      rssBeforeKiB: rssBefore,
      peakKiB: process.resourceUsage().maxRSS
    })
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
