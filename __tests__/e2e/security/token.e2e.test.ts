// Token hygiene: the bundled action, run with a recognisable token, never prints it — not in a log line (debug
// logging on), an output, the job summary, the PR comment or the status file — also when the API echoes the token
// back in an error. In these child-process runs there is no runner to mask it, so the raw value must never be
// written by the action itself; `::add-mask::` for it (and its basic-auth form) must come before anything else.
import { describe, expect, it } from '@jest/globals';
import { runAction, type ActionRun } from '../../../test-support/action-run.js';
import { setGraphqlFaults } from '../../../test-support/github-standin/faults.js';
import { pushEvent } from '../../../test-support/github-standin/index.js';
import { SEED_CHECKIN, SEED_FILES, claudeTouchesCodexFile, iso, type Rig } from '../../../test-support/seed-scenario.js';
import { STACK_FRAME, errorLines, statusText, type Scenario, type ScenarioName } from '../helpers/scenarios.js';
import { useRigs } from '../helpers/rig.js';

const TOKEN = 'ghs_SECRET_abc123def456ghi789jkl012mno345pq';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
/** The token as it could surface: raw, in git's basic-auth header, URL-encoded, base64, split across a JSON escape. */
const FORMS = [TOKEN, BASIC, encodeURIComponent(TOKEN), Buffer.from(TOKEN).toString('base64'), 'SECRET_abc123def456'];
const DEBUG = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' };

/** Forms found in the text, also once markdown's backslash escapes (`ghs\\_SECRET`) and entities are undone. */
const leaks = (text: string): string[] => {
  const plain = text.replace(/\\(.)/g, '$1').replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)));
  return FORMS.filter((f) => text.includes(f) || plain.includes(f));
};

const rigs = useRigs();

async function scenario(name: ScenarioName): Promise<Scenario> {
  return rigs.scenario(name, { token: TOKEN });
}

/** Everything a run left behind that a person could read. */
async function exposure(rig: Rig, run: ActionRun): Promise<Record<string, string[]>> {
  const stdout = run.stdout.split('\n');
  const masks = stdout.filter((l) => l.startsWith('::add-mask::'));
  return {
    stdout: leaks(stdout.filter((l) => !l.startsWith('::add-mask::')).join('\n')),
    stderr: leaks(run.stderr),
    outputs: leaks(JSON.stringify(run.outputs)),
    summary: leaks(run.summary),
    comments: leaks(JSON.stringify(rig.si.pulls.list().flatMap((p) => rig.si.comments.list(p.number)))),
    status: leaks((await statusText(rig)) ?? ''),
    // The masks are the first lines, and mask nothing but the token's forms.
    masksFirst: stdout.slice(0, masks.length).join('\n') === masks.join('\n') ? [] : ['::add-mask:: is not first'],
    masks: masks.filter((l) => l !== `::add-mask::${TOKEN}` && l !== `::add-mask::${BASIC}`)
  };
}

const CLEAN = { stdout: [], stderr: [], outputs: [], summary: [], comments: [], status: [], masksFirst: [], masks: [] };

describe('the token never reaches a log, output, summary, comment or status file', () => {
  it('push with a violation and a status commit, debug logging on', async () => {
    const s = await scenario('push-fail');
    const run = await s.run(DEBUG);
    expect(run.outputs['status-committed']).toBe('true');
    expect(run.stdout).toContain('::debug::');
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([`::add-mask::${TOKEN}`, `::add-mask::${BASIC}`]);
    expect(await exposure(s.rig, run)).toEqual(CLEAN);
  });

  it('pull request with a sticky comment, debug logging on', async () => {
    const s = await scenario('pr-opened');
    const run = await s.run(DEBUG);
    expect(run.outputs['comment-url']).not.toBe('');
    expect(await exposure(s.rig, run)).toEqual(CLEAN);
  });

  it.each([
    ['GraphQL errors (HTTP 200)', 'errors'],
    ['an HTTP 401 body', '401']
  ] as const)('the API echoes the Authorization header back in %s: the run fails without printing it', async (_label, how) => {
    const s = await scenario('push-fail');
    setGraphqlFaults(s.rig.si, { echoAuthorization: how });
    const run = await s.run(DEBUG);
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(errorLines(run)).toEqual([expect.stringMatching(/^::error::could not read AI_CURRENT_WORK\.md@/)]);
    // The stand-in really did send it back.
    expect(s.rig.si.requests.some((q) => q.operation === 'graphql')).toBe(true);
    expect(await exposure(s.rig, run)).toEqual(CLEAN);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('error paths: an invalid config, a status write refused, a malformed event', async () => {
    const rig = await rigs.seed({ ...SEED_FILES, '.github/ai-sync.yml': 'active-hours: [\n' }, { token: TOKEN });
    const p = await claudeTouchesCodexFile(rig, 1);
    const config = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref, env: DEBUG });
    expect(errorLines(config)[0]).toMatch(/^::error::\.github\/ai-sync\.yml:\d+:/);
    expect(await exposure(rig, config)).toEqual(CLEAN);

    const ok = await rigs.seed(SEED_FILES, { token: TOKEN });
    const q = await claudeTouchesCodexFile(ok, 1);
    ok.si.setFaults({ persistent404: '/contents/AI_SYNC_STATUS.json' });
    const refused = await runAction({ standIn: ok.si, fixture: ok.fx, eventName: 'push', payload: q.payload, sha: q.after, ref: q.ref, env: DEBUG });
    expect(refused.outputs['status-committed']).toBe('false');
    expect(await exposure(ok, refused)).toEqual(CLEAN);

    const bad = { ...(await pushEvent(ok.fx, { before: q.before, after: q.after, ref: q.ref, pushedAt: iso(SEED_CHECKIN), standIn: ok.si })), after: TOKEN };
    const malformed = await runAction({ standIn: ok.si, fixture: ok.fx, eventName: 'push', payload: bad, sha: q.after, ref: q.ref, env: DEBUG });
    expect(errorLines(malformed)).toEqual(['::error::event payload (push): field after: expected a 40-character commit SHA']);
    expect(await exposure(ok, malformed)).toEqual(CLEAN);
  });
});
