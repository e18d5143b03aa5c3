// The embedded example: the seed's AI_CURRENT_WORK.md (ChatGPT Codex holds TrackingModule, last check-in
// 2025-12-03 15:00:00) in a real repository, and Claude Code pushing a change to a file Codex claimed.
// Used by `npm start` and by the end-to-end tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './action-run.js';
import { createRepoFixture, pushEvent, startStandIn, type RepoFixture, type StandIn, type StandInOptions } from './github-standin/index.js';

export const SEED_CLAIMS = readFileSync(join(ROOT, 'example', 'AI_CURRENT_WORK.md'), 'utf8');
export const SEED_CHECKIN = Date.parse('2025-12-03T15:00:00Z');
export const CLAIMED_FILE = 'backend/src/api/tracking/services/tracking.service.ts';
export const HUMAN = { name: 'Chinar Dev', email: 'dev@example.com' };
export const CLAUDE_TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

export const SEED_FILES: Record<string, string> = {
  'AI_CURRENT_WORK.md': SEED_CLAIMS,
  'AI_HANDOFF.md': '# AI Handoff\n',
  'README.md': '# Example project\n',
  [CLAIMED_FILE]: 'export class TrackingService {}\n',
  'backend/src/api/tracking/dto/create-tracking.dto.ts': 'export class CreateTrackingDto {}\n',
  'backend/src/app.module.ts': 'export class AppModule {}\n',
  'backend/src/api/routes/routes.service.ts': 'export class RoutesService {}\n'
};

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

export const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

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
