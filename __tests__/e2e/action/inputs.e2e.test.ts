// A bad input stops the bundled action before it reads anything: exit 1, one error line naming the input and the
// value, result=fail — the same value the config file would reject is not silently ignored as an input.
import { expect, it } from '@jest/globals';
import { runAction } from '../../../test-support/action-run.js';
import { claudeTouchesCodexFile } from '../../../test-support/seed-scenario.js';
import { useRigs } from '../helpers/rig.js';

const rigs = useRigs();

it('timezone: Mars/Olympus → exit 1, one ::error:: line naming input and value, result=fail, no API read', async () => {
  const rig = await rigs.seed();
  const p = await claudeTouchesCodexFile(rig, 1);
  rig.si.requests.length = 0;
  const run = await runAction({
    standIn: rig.si,
    fixture: rig.fx,
    eventName: 'push',
    payload: p.payload,
    sha: p.after,
    ref: p.ref,
    inputs: { timezone: 'Mars/Olympus' }
  });
  expect(run.code).toBe(1);
  expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
    '::error::input timezone: "Mars/Olympus" is not an IANA time zone (expected a name like Europe/Berlin or UTC)'
  ]);
  expect(run.outputs.result).toBe('fail');
  expect(run.outputs['findings-json']).toBe('[]');
  expect(rig.si.requests).toEqual([]);
});
