// A 10-file push on the seed example, ready to be judged again and again by `node <bundle>` against the
// loopback API stand-in: before every run the default branch is reset to the pushed commit, so every run
// does the same work (one GraphQL read, one status commit).
import { truncateSync } from 'node:fs';
import { inputEnvName, pushEvent, runnerEnv, writeEventFile } from '../../test-support/github-standin/index.js';
import { CLAIMED_FILE, CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, iso, seedRig, type Rig } from '../../test-support/seed-scenario.js';

export interface PushRig {
  rig: Rig;
  env: Record<string, string>;
  after: string;
  /** Puts the repository back to "just pushed, no status written yet". */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export const PUSH_FILES = 10;

export async function tenFilePush(): Promise<PushRig> {
  const rig = await seedRig();
  const { fx, si } = rig;
  fx.write(CLAIMED_FILE, 'export class TrackingService {\n  track() {}\n}\n');
  for (let i = 1; i < PUSH_FILES; i++) fx.write(`backend/src/feature/file-${i}.ts`, `export const v${i} = ${i};\n`);
  await fx.commit(`feat: ten files\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
  const { before, after } = await fx.push('main');
  const payload = await pushEvent(fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + 3_600_000), standIn: si });
  const eventPath = writeEventFile(payload);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ...runnerEnv({ standIn: si, eventName: 'push', eventPath, sha: after, ref: 'refs/heads/main', workspace: fx.workDir }),
    [inputEnvName('token')]: si.token
  };
  return {
    rig,
    env,
    after,
    async reset() {
      await fx.git(['--git-dir', fx.gitDir, 'update-ref', 'refs/heads/main', after]);
      truncateSync(env.GITHUB_OUTPUT as string);
      truncateSync(env.GITHUB_STEP_SUMMARY as string);
    },
    close: () => rig.close()
  };
}
