// Comment race, repeated: 8 runs on one pull request at once, 5 times over (a fresh repository and PR each round)
// → exactly one sticky comment after every round, with the report in it. Runs that created a duplicate in the race
// delete it again (every run keeps the oldest). Figures: bench/.work/stress-comment-race.json.
import { describe, expect, it } from '@jest/globals';
import { COMMENT_MARKER } from '../../../src/report/comment.js';
import { median, writeFigures } from '../../helpers/figures.js';
import { useRigs } from '../helpers/rig.js';
import { pool } from '../helpers/scenarios.js';

const ROUNDS = 5;
const RUNS = 8;

const rigs = useRigs();

describe('sticky comment under concurrent runs', () => {
  it(`${ROUNDS} rounds of ${RUNS} concurrent runs on one PR → one comment each time`, async () => {
    const rounds: { created: number; deleted: number; updated: number; finalComments: number; wallMs: number; urlsAgree: boolean }[] = [];
    for (let k = 0; k < ROUNDS; k++) {
      const s = await rigs.scenario('pr-opened');
      const t0 = Date.now();
      const runs = await pool(Array.from({ length: RUNS }), RUNS, () => s.run());
      const wallMs = Date.now() - t0;
      for (const run of runs) {
        expect(run.outputs.result).toBe('fail');
        expect(run.outputs['comment-url']).not.toBe('');
      }
      const ours = s.rig.si.comments.list(1).filter((c) => c.body.startsWith(COMMENT_MARKER));
      expect(ours).toHaveLength(1);
      expect(ours[0]?.body).toContain('claimed-by-other');
      const req = (method: string, re: RegExp) => s.rig.si.requests.filter((q) => q.method === method && re.test(q.path) && q.status < 300).length;
      rounds.push({
        created: req('POST', /\/issues\/\d+\/comments$/),
        deleted: req('DELETE', /\/issues\/comments\/\d+$/),
        updated: req('PATCH', /\/issues\/comments\/\d+$/),
        finalComments: ours.length,
        wallMs,
        // Every run reports the URL of the one comment that survived.
        urlsAgree: runs.every((run) => run.outputs['comment-url']?.endsWith(`#issuecomment-${ours[0]?.id}`))
      });
      expect(rounds.at(-1)?.created).toBe((rounds.at(-1)?.deleted ?? 0) + 1);
      await rigs.release(s.rig);
    }
    writeFigures('stress-comment-race', {
      rounds: ROUNDS,
      runsPerRound: RUNS,
      exactlyOneComment: `${rounds.filter((r) => r.finalComments === 1).length}/${ROUNDS}`,
      created: rounds.map((r) => r.created),
      deletedDuplicates: rounds.map((r) => r.deleted),
      urlsAgree: `${rounds.filter((r) => r.urlsAgree).length}/${ROUNDS}`,
      wallMs: rounds.map((r) => r.wallMs),
      medianWallMs: median(rounds.map((r) => r.wallMs))
    });
  });
});
