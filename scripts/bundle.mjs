// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc. Deterministic output:
// no source maps, no cache, so `git diff --exit-code dist/` after a rebuild is a real check.
import { execFileSync } from 'node:child_process';
import { rmSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const targets = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' }
];
rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of targets) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--no-cache', '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit'
  });
}
// The CLI is an executable: give it a shebang and the x bit.
const cli = 'dist/cli/index.js';
const body = readFileSync(cli, 'utf8');
if (!body.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${body}`);
chmodSync(cli, 0o755);
