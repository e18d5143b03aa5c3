// `npm start`: the real bundled action (dist/index.js) on the embedded example. A real git repository with
// the seed's AI_CURRENT_WORK.md (ChatGPT Codex holds TrackingModule), Claude Code pushes a change to a file
// Codex claimed an hour after Codex's last check-in, and the action runs as a runner would run it against
// the GitHub API stand-in on 127.0.0.1. Prints one screen — what happened, the verdict, the annotations, the
// claims board, the status commit — and writes the job summary, the outputs and the status file to files it names (`--verbose`
// prints them too).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../src/engine/config/base.js';
import { activeUntil } from '../src/engine/judge/liveness.js';
import { claimWindow, type ClaimStateWord } from '../src/report/terminal/text.js';
import { ACTION, runAction } from '../test-support/action-run.js';
import { claudeTouchesCodexFile, seedRig } from '../test-support/seed-scenario.js';

if (!existsSync(ACTION)) {
  console.error('dist/index.js is missing: run `npm run bundle` first.');
  process.exit(1);
}
const verbose = process.argv.includes('--verbose');
const rig = await seedRig();
try {
  const push = await claudeTouchesCodexFile(rig, 1);
  const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: push.payload, sha: push.after, ref: push.ref });
  const sha = run.outputs['status-commit-sha'];
  const status = sha ? await rig.fx.git(['--git-dir', rig.fx.gitDir, 'show', `${sha}:AI_SYNC_STATUS.json`]) : null;
  const out = mkdtempSync(join(tmpdir(), 'ai-sync-start-'));
  writeFileSync(join(out, 'summary.md'), run.summary);
  writeFileSync(join(out, 'outputs.txt'), Object.entries(run.outputs).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
  if (status) writeFileSync(join(out, 'AI_SYNC_STATUS.json'), status);

  console.log('What happened: Claude Code pushed a change to backend/src/api/tracking/services/tracking.service.ts,');
  console.log('which ChatGPT Codex claimed (last check-in 2025-12-03 15:00:00), one hour later. The bundled action');
  console.log('(node dist/index.js) judged the push against a local stand-in of the GitHub API.\n');
  console.log(`Verdict: ${run.outputs.result?.toUpperCase()} — the step exits ${run.code} (fail-on: error).`);
  for (const a of run.annotations) {
    // The runner shows these on the files; the one without a file is the step's failure line.
    console.log(a.props.file ? `  ${a.level} at ${a.props.file}:\n    ${a.message}` : `  step failed: ${a.message}`);
  }
  const doc = status ? (JSON.parse(status) as { lastUpdate: string; agents: { name: string; state: ClaimStateWord; staleAt: string | null; files: string[] }[] }) : null;
  const agents = doc?.agents ?? [];
  if (agents.length > 0) console.log('\nClaims board:');
  for (const a of agents) {
    // The action's words for a claim's times (active until, caution until, stale after), as the CLI says them.
    const active = a.staleAt ? activeUntil(Date.parse(a.staleAt), defaultConfig()) : null;
    const words = a.state === 'idle' ? 'idle' : claimWindow(a.state, active, a.staleAt, 'UTC', Date.parse(doc?.lastUpdate ?? ''));
    const files = a.files.length > 0 ? `: ${a.files.slice(0, 2).join(', ')}${a.files.length > 2 ? ` and ${a.files.length - 2} more` : ''}` : '';
    console.log(`  ${a.name} — ${words}${files}`);
  }
  console.log(`\nStatus file: ${sha ? `AI_SYNC_STATUS.json committed on main as ${sha.slice(0, 12)} ([skip ci])` : 'not written'}.`);
  console.log(`API requests: ${rig.si.requests.length}; checked against GitHub's REST and GraphQL descriptions: ${rig.si.violations.length} violations.`);
  console.log(`\nThe job summary, the outputs and the status file are in ${out}/ (npm start -- --verbose prints them).`);
  if (verbose) {
    console.log(`\n── summary.md\n${run.summary.trim()}\n\n── outputs\n${Object.entries(run.outputs).map(([k, v]) => `${k}=${v}`).join('\n')}`);
    if (status) console.log(`\n── AI_SYNC_STATUS.json\n${status}`);
  }
} finally {
  await rig.close();
}
