// The claims file as a symbolic link, through the bundled action and the API stand-in. Git stores a link as a blob
// holding its target path; read as the claims file that would be no sections and a silent pass. A link to a file
// inside the repository is followed (one more GraphQL request); any other link fails the run in one line.
import { describe, expect, it } from '@jest/globals';
import { runAction, type ActionRun } from '../../../test-support/action-run.js';
import { CLAIMED_FILE, SEED_CLAIMS, SEED_FILES, claudeTouchesCodexFile, type Rig } from '../../../test-support/seed-scenario.js';
import { useRigs } from '../helpers/rig.js';
import { errorLines, expectRefused } from '../helpers/scenarios.js';

const rigs = useRigs();

/** The seed repository with AI_CURRENT_WORK.md replaced by a link (and `extra` links), then Claude touching Codex's file. */
async function linkedRun(target: string, extra: Record<string, string> = {}): Promise<{ rig: Rig; run: ActionRun }> {
  const { 'AI_CURRENT_WORK.md': _claims, ...rest } = SEED_FILES;
  const rig = await rigs.seed({ ...rest, 'docs/claims.md': SEED_CLAIMS });
  rig.fx.symlink('AI_CURRENT_WORK.md', target);
  for (const [path, to] of Object.entries(extra)) rig.fx.symlink(path, to);
  await rig.fx.commit('chore: claims live in docs/');
  await rig.fx.push('main');
  const p = await claudeTouchesCodexFile(rig, 1);
  rig.si.requests.length = 0;
  const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
  return { rig, run };
}

const graphqlRequests = (rig: Rig): number => rig.si.requests.filter((r) => r.path === '/graphql').length;
/** Findings without the commit SHA, which differs between the two repositories. */
const comparable = (run: ActionRun): unknown[] =>
  (JSON.parse(run.outputs['findings-json'] ?? '[]') as Record<string, unknown>[]).map(({ commit: _c, ...f }) => f);

describe('the claims file is a symbolic link', () => {
  it('to docs/claims.md, inside the repository: followed, and Claude touching Codex’s file fails exactly as with a regular file', async () => {
    const plainRig = await rigs.seed();
    const p = await claudeTouchesCodexFile(plainRig, 1);
    plainRig.si.requests.length = 0;
    const plain = await runAction({ standIn: plainRig.si, fixture: plainRig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });

    const { rig, run } = await linkedRun('docs/claims.md');
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(JSON.parse(run.outputs['findings-json'] ?? '[]')).toEqual([
      expect.objectContaining({ kind: 'claimed-by-other', file: CLAIMED_FILE, agent: 'Claude Code', claimedBy: 'ChatGPT Codex' })
    ]);
    expect(comparable(run)).toEqual(comparable(plain));
    expect(run.outputs.violations).toBe(plain.outputs.violations);
    // One more request, for the link targets: only a repository with a link pays for it.
    expect(graphqlRequests(rig)).toBe(graphqlRequests(plainRig) + 1);
  });

  it('to ../../etc/passwd: exit 1, one line naming the link and its target, result=fail, nothing written', async () => {
    const { rig, run } = await linkedRun('../../etc/passwd');
    await expectRefused(rig, run, [
      '::error::AI_CURRENT_WORK.md is a symbolic link to "../../etc/passwd", outside the repository; ai-sync reads only files inside it'
    ]);
    // Refused on the link text alone: no request for the target.
    expect(graphqlRequests(rig)).toBe(1);
  });

  it.each([
    ['an absolute target', '/etc/passwd', {}, 'an absolute path; ai-sync follows only relative links to files inside the repository'],
    ['a target that does not exist', 'docs/nowhere.md', {}, 'which does not exist in the repository; ai-sync reads only files inside it'],
    ['a link to another link', 'docs/link.md', { 'docs/link.md': 'claims.md' }, 'itself a symbolic link; ai-sync follows one link, to a file inside the repository'],
    ['a directory', 'docs', {}, 'a directory; ai-sync reads only files']
  ])('to %s: exit 1, one line, result=fail', async (_label, target, extra, why) => {
    const { run } = await linkedRun(target, extra);
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(errorLines(run)).toEqual([`::error::AI_CURRENT_WORK.md is a symbolic link to ${JSON.stringify(target)}, ${why}`]);
  });
});
