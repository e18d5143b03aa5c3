// A damaged AI_SYNC_STATUS.json on main never stops the check: the run judges the push as it would without the
// file, warns (naming the status file and what is wrong with it) and commits a valid file in its place.
import { describe, expect, it } from '@jest/globals';
import { createClient } from '../../../src/action/github/client.js';
import { readSnapshot } from '../../../src/action/github/snapshot.js';
import { runAction } from '../../../test-support/action-run.js';
import { CLAIMED_FILE, SEED_FILES, claudeTouchesCodexFile } from '../../../test-support/seed-scenario.js';
import { useRigs } from '../helpers/rig.js';
import { STACK_FRAME, STATUS_FILE, errorLines, statusFile, statusSchemaErrors, statusText, warningLines } from '../helpers/scenarios.js';

const rigs = useRigs();

const valid = (over: Record<string, unknown> = {}) => JSON.stringify(statusFile(over));

const CASES: [string, () => string, RegExp][] = [
  ['invalid JSON (cut short)', () => valid().slice(0, 60), /previous status ignored: it is not valid JSON \(unterminated string at line 1, column 61/],
  ['another schemaVersion', () => valid({ schemaVersion: 2 }), /previous status ignored: it has schemaVersion 2; this version reads only 1/],
  ['the right version, the wrong shape', () => valid({ findings: 'none' }), /previous status ignored: it does not match schema version 1 \(\.findings/],
  ['6 MB (over the 5 MB limit)', () => valid({ padding: 'x'.repeat(6_000_000) }), /previous status ignored: it is larger than 5000000 bytes/],
  ['an empty file', () => '', /previous status ignored: the file is empty/],
  ['a JSON array', () => '[1,2,3]\n', /previous status ignored: it holds an array, not an object/]
];
const BINARY: (typeof CASES)[number] = ['binary bytes (a NUL byte)', () => `\u0000\u0001${valid()}`, /previous status ignored: it is not valid JSON/];

async function judgedDespite(content: () => string, why: RegExp): Promise<void> {
  const rig = await rigs.seed({ ...SEED_FILES, [STATUS_FILE]: content() });
  const p = await claudeTouchesCodexFile(rig, 1);
  const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
  // The verdict is the seed example's: one claimed-by-other error.
  expect(run.code).toBe(1);
  expect(run.outputs.result).toBe('fail');
  expect(JSON.parse(run.outputs['findings-json'] ?? '[]')).toEqual([expect.objectContaining({ kind: 'claimed-by-other', file: CLAIMED_FILE, agent: 'Claude Code' })]);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(errorLines(run)).toEqual([
    expect.stringMatching(/^::error title=claimed-by-other,/),
    '::error::ai-sync: 1 error(s), 0 warning(s) — see the annotations and the job summary.'
  ]);
  // The warning names the status file and says what is wrong with it.
  const warnings = warningLines(run).filter((l) => l.includes(STATUS_FILE));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(new RegExp(`^::warning::${STATUS_FILE.replace('.', '\\.')}: `));
  expect(warnings[0]).toMatch(why);
  // A valid file replaces it.
  expect(run.outputs['status-committed']).toBe('true');
  const written = (await statusText(rig)) ?? '';
  expect(statusSchemaErrors(written)).toEqual([]);
  expect(JSON.parse(written)).toMatchObject({ lastCommit: p.after, result: 'fail' });
}

describe('a damaged status file on main', () => {
  it.each(CASES)('%s → judged as usual, a warning naming the file, a valid file rewritten', (_label, content, why) => judgedDespite(content, why), 30_000);

  // A NUL byte makes GitHub call the blob binary: the status file is still read (as text) and judged unreadable.
  it(`${BINARY[0]} → judged as usual, a warning, a valid file rewritten`, () => judgedDespite(BINARY[1], BINARY[2]), 30_000);

  it('the snapshot reader gives a binary status file as text when asked, and still refuses a binary claims file', async () => {
    const rig = await rigs.seed({ ...SEED_FILES, [STATUS_FILE]: BINARY[1](), 'AI_CURRENT_WORK.md': '\u0000binary claims' });
    const api = createClient(rig.si.token, rig.si.url);
    const repo = { owner: rig.fx.owner, repo: rig.fx.repo };
    const snap = await readSnapshot(api, repo, [{ key: 'status', ref: 'main', path: STATUS_FILE, binary: 'text' }]);
    expect(snap.files.get('status')?.text).toBe(BINARY[1]());
    await expect(readSnapshot(api, repo, [{ key: 'claims', ref: 'main', path: 'AI_CURRENT_WORK.md' }])).rejects.toThrow(
      /^AI_CURRENT_WORK\.md at main is a binary file, expected text$/
    );
  });
});
