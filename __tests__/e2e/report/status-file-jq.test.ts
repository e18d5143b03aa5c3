// The status file as the seed scripts read it: `jq` in a child process (the rest of the status file's tests are
// __tests__/unit/report/status-file.test.ts).
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { buildStatus, serializeStatus } from '../../../src/report/status-file.js';
import { statusInput as input } from '../../helpers/corpus.js';

describe('buildStatus / serializeStatus', () => {
  it("keeps the seed scripts' jq reads working", () => {
    const out = serializeStatus(buildStatus(input({ lastAuthor: 'Claude <x>' })));
    const jq = (filter: string) => spawnSync('jq', ['-r', filter], { input: out, encoding: 'utf8' });
    const probe = jq('.lastAuthor');
    if (probe.error) {
      // jq not installed here: check the same paths directly.
      const data = JSON.parse(out);
      expect([data.lastAuthor, data.lastUpdate, data.needsSync]).toEqual(['Claude <x>', '2025-01-31T14:05:00.000Z', true]);
      return;
    }
    expect(probe.stdout).toBe('Claude <x>\n');
    expect(jq('.lastUpdate').stdout).toBe('2025-01-31T14:05:00.000Z\n');
    expect(jq('.needsSync').stdout).toBe('true\n');
  });
});
