// A claims file the API will not give: GraphQL answering "not there" at one end of a change (though no commit adds or
// removes it), a payload hiding a real deletion, a raw read that keeps answering 404. Every such run fails, naming the
// claims file — never a pass on no claims.
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../../test-support/action-run.js';
import { setGraphqlFaults } from '../../../test-support/github-standin/faults.js';
import { pullRequestEvent, pushEvent } from '../../../test-support/github-standin/index.js';
import { CLAIMED_FILE, CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, SEED_CLAIMS, SEED_FILES, claudeTouchesCodexFile, iso } from '../../../test-support/seed-scenario.js';
import { useRigs } from '../helpers/rig.js';
import { errorLines, expectRefused, warningLines } from '../helpers/scenarios.js';

const rigs = useRigs();

describe('the claims file cannot be read', () => {
  it.each([
    ['at the head of a push', 'after'],
    ['at the base of a push', 'before']
  ] as const)('GraphQL says it is missing %s (though no commit removes it) → fail, naming the file', async (_label, end) => {
    const rig = await rigs.seed();
    const p = await claudeTouchesCodexFile(rig, 1);
    setGraphqlFaults(rig.si, { missing: [{ path: 'AI_CURRENT_WORK.md', at: p[end] }] });
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
    await expectRefused(rig, run, [
      '::error::could not read AI_CURRENT_WORK.md (present at one end of the change only, though no commit adds or removes it) through the GitHub API (HTTP 404)'
    ]);
  });

  it('GraphQL says it is missing at the head of a pull request → fail, no comment', async () => {
    const rig = await rigs.seed();
    await rig.fx.checkout('claude/y', { create: true });
    rig.fx.write(CLAIMED_FILE, 'y\n');
    await rig.fx.commit('y', { author: HUMAN });
    const { after } = await rig.fx.push('claude/y');
    const pull = rig.si.pulls.create({ head: 'claude/y', base: 'main', user: 'octocat', title: 'y', updatedAt: iso(SEED_CHECKIN + 3_600_000) });
    setGraphqlFaults(rig.si, { missing: [{ path: 'AI_CURRENT_WORK.md', at: after }] });
    const payload = await pullRequestEvent(rig.fx, pull, 'opened', { standIn: rig.si });
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'pull_request', payload, sha: after, ref: `refs/pull/${pull.number}/merge` });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(errorLines(run)[0]).toMatch(/^::error::could not read AI_CURRENT_WORK\.md \(present at one end/);
    expect(rig.si.comments.list(pull.number)).toEqual([]);
  });

  it('a claims file too large for GraphQL, whose raw read answers 404 every time → fail, naming the file and commit', async () => {
    const big = `${SEED_CLAIMS}\n<!--\n${'filler line for a large claims file\n'.repeat(16_000)}-->\n`;
    const rig = await rigs.seed({ ...SEED_FILES, 'AI_CURRENT_WORK.md': big });
    const p = await claudeTouchesCodexFile(rig, 1);
    rig.si.setFaults({ persistent404: '/contents/AI_CURRENT_WORK.md' });
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(errorLines(run)).toEqual([expect.stringMatching(/^::error::could not read AI_CURRENT_WORK\.md at [0-9a-f]{12} through the GitHub API \(HTTP 404\)$/)]);
    // Without the fault the same push is judged normally: the large file itself is fine.
    rig.si.setFaults(null);
    const ok = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
    expect(ok.outputs.result).toBe('fail');
    expect(JSON.parse(ok.outputs['findings-json'] ?? '[]')).toEqual([expect.objectContaining({ kind: 'claimed-by-other', file: CLAIMED_FILE })]);
  });

  it('a push whose payload hides that a commit deleted the claims file → fail (real git, no injected fault)', async () => {
    const rig = await rigs.seed();
    rig.fx.remove('AI_CURRENT_WORK.md');
    rig.fx.write(CLAIMED_FILE, 'gone\n');
    await rig.fx.commit(`chore: cleanup\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    const { before, after } = await rig.fx.push('main');
    const payload = (await pushEvent(rig.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + 3_600_000), standIn: rig.si })) as unknown as {
      commits: { removed: string[] }[];
      head_commit: { removed: string[] };
    };
    for (const c of [...payload.commits, payload.head_commit]) c.removed = c.removed.filter((f) => f !== 'AI_CURRENT_WORK.md');
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload, sha: after, ref: 'refs/heads/main' });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(errorLines(run)[0]).toMatch(/^::error::could not read AI_CURRENT_WORK\.md \(present at one end of the change only/);
  });

  it('missing at both ends (indistinguishable from a repository without claims) → a warning naming the file, not silence', async () => {
    const rig = await rigs.seed();
    const p = await claudeTouchesCodexFile(rig, 1);
    setGraphqlFaults(rig.si, { missing: [{ path: 'AI_CURRENT_WORK.md' }] });
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
    expect(warningLines(run)).toContain('::warning::AI_CURRENT_WORK.md does not exist: no claims to check against.');
    expect(run.outputs.result).toBe('pass');
  });
});
