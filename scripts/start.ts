// `npm start`: the real bundled action (dist/index.js) on the embedded example. A real git repository with
// the seed's AI_CURRENT_WORK.md (ChatGPT Codex holds TrackingModule), Claude Code pushes a change to a file
// Codex claimed an hour after Codex's last check-in, and the action runs as a runner would run it against
// the GitHub API stand-in on 127.0.0.1. Prints the summary, the outputs and the status file it committed.
import { existsSync } from 'node:fs';
import { ACTION, runAction } from '../test-support/action-run.js';
import { claudeTouchesCodexFile, seedRig } from '../test-support/seed-scenario.js';

if (!existsSync(ACTION)) {
  console.error('dist/index.js is missing: run `npm run bundle` first.');
  process.exit(1);
}
const rig = await seedRig();
try {
  const push = await claudeTouchesCodexFile(rig, 1);
  const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: push.payload, sha: push.after, ref: push.ref });
  const rule = (title: string) => console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
  rule('What happened');
  console.log('Claude Code (human author, Claude in a Co-Authored-By trailer) pushed a change to');
  console.log('backend/src/api/tracking/services/tracking.service.ts, which ChatGPT Codex claimed (last check-in');
  console.log('2025-12-03 15:00:00). The push happened one hour later; `node dist/index.js` judged it.');
  rule('Job summary (GITHUB_STEP_SUMMARY)');
  console.log(run.summary.trim());
  rule('Annotations');
  for (const a of run.annotations) console.log(`${a.level.toUpperCase()} ${a.props.file ?? ''} [${a.props.title ?? ''}] ${a.message}`);
  rule('Outputs (GITHUB_OUTPUT)');
  for (const [k, v] of Object.entries(run.outputs)) console.log(`${k}=${k === 'findings-json' ? `${v.slice(0, 160)}…` : v}`);
  rule('AI_SYNC_STATUS.json as committed on main');
  const sha = run.outputs['status-commit-sha'];
  console.log(sha ? await rig.fx.git(['--git-dir', rig.fx.gitDir, 'show', `${sha}:AI_SYNC_STATUS.json`]) : '(not written)');
  rule('Verdict');
  const findings = JSON.parse(run.outputs['findings-json'] ?? '[]') as { kind: string; message: string }[];
  console.log(`verdict: ${run.outputs.result} (step exit code ${run.code})`);
  for (const f of findings) console.log(`- ${f.kind}: ${f.message}`);
  console.log(`API requests made by the action: ${rig.si.requests.length}; OpenAPI violations: ${rig.si.violations.length}`);
} finally {
  await rig.close();
}
