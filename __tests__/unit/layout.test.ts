// The test layout holds: every suite is under __tests__/unit (in process) or __tests__/e2e (child processes, git,
// servers), and nothing a unit suite imports starts a process or a server, so `npm run test:unit` stays fast.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const TESTS = fileURLToPath(new URL('..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

const all = files(TESTS).map((f) => relative(TESTS, f).split('\\').join('/'));
/** What the in-process side may not import: process and server machinery, the stand-in, the e2e helpers. */
const FORBIDDEN = [/^node:(child_process|http|https|net|cluster|worker_threads)$/, /\/test-support\/(?!seed\.js$)/, /(^|\/)e2e\//];

const importsOf = (file: string): string[] =>
  [...readFileSync(join(TESTS, file), 'utf8').matchAll(/(?:\bfrom|\bimport\(?)\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);

describe('test layout', () => {
  it('every test file is under unit/ or e2e/', () => {
    const tests = all.filter((f) => f.endsWith('.test.ts'));
    expect(tests.length).toBeGreaterThan(40);
    expect(tests.filter((f) => !/^(unit|e2e)\//.test(f))).toEqual([]);
  });

  it('unit suites and the shared helpers import nothing that runs a process, a server or the e2e rig', () => {
    const inProcess = all.filter((f) => /^(unit|helpers)\/.*\.ts$/.test(f));
    expect(inProcess.length).toBeGreaterThan(20);
    const bad = inProcess.flatMap((f) => importsOf(f).filter((s) => FORBIDDEN.some((re) => re.test(s))).map((s) => `${f}: ${s}`));
    expect(bad).toEqual([]);
  });

  it('the check sees what it looks for', () => {
    expect(FORBIDDEN.some((re) => re.test('node:child_process'))).toBe(true);
    expect(FORBIDDEN.some((re) => re.test('../../../test-support/seed-scenario.js'))).toBe(true);
    expect(FORBIDDEN.some((re) => re.test('../../e2e/helpers/rig.js'))).toBe(true);
    expect(FORBIDDEN.some((re) => re.test('../../../test-support/seed.js'))).toBe(false);
    expect(importsOf('e2e/helpers/cli.ts')).toContain('node:child_process');
  });
});
