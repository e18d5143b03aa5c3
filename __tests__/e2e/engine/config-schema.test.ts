// The schema script as a child process: `scripts/config-schema.ts --check` agrees that the committed config schema
// is current (the in-process comparison is in __tests__/unit/engine/config.test.ts).
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';

describe('JSON Schema', () => {
  it('scripts/config-schema.ts --check agrees', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/config-schema.ts', '--check'], {
      cwd: new URL('../../..', import.meta.url).pathname,
      encoding: 'utf8'
    });
    expect(out).toMatch(/up to date/);
  });
});
