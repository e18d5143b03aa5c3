// The embedded example: the seed's AI_CURRENT_WORK.md (ChatGPT Codex holds TrackingModule, last check-in
// 2025-12-03 15:00:00) in a real repository, and Claude Code pushing a change to a file Codex claimed.
// Used by `npm start` and by the end-to-end tests; the data alone is seed.ts.
import { createRepoFixture, pushEvent, startStandIn, type RepoFixture, type StandIn, type StandInOptions } from './github-standin/index.js';
import { CLAIMED_FILE, CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, SEED_FILES, iso } from './seed.js';

export { CLAIMED_FILE, CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, SEED_CLAIMS, SEED_FILES, iso } from './seed.js';

export interface Rig {
  fx: RepoFixture;
  si: StandIn;
  close(): Promise<void>;
}

export async function seedRig(files: Record<string, string> = SEED_FILES, opts: Partial<StandInOptions> = {}): Promise<Rig> {
  const fx = await createRepoFixture({ initialFiles: files });
  const si = await startStandIn({ gitDir: fx.gitDir, owner: fx.owner, repo: fx.repo, ...opts });
  return {
    fx,
    si,
    async close() {
      await si.close();
      fx.cleanup();
    }
  };
}

/** Claude Code (a human author with Claude in a Co-Authored-By trailer) changes a file Codex claimed. */
export async function claudeTouchesCodexFile(rig: Rig, hoursAfterCheckin: number) {
  const { fx, si } = rig;
  fx.write(CLAIMED_FILE, 'export class TrackingService {\n  track() {}\n}\n');
  await fx.commit(`feat: add tracking\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
  const { before, after } = await fx.push('main');
  const payload = await pushEvent(fx, {
    before,
    after,
    ref: 'refs/heads/main',
    pushedAt: iso(SEED_CHECKIN + hoursAfterCheckin * 3_600_000),
    standIn: si
  });
  return { payload, before, after, ref: 'refs/heads/main' };
}
