// The embedded example's data, with no I/O beyond reading it: the seed's AI_CURRENT_WORK.md (ChatGPT Codex holds
// TrackingModule, last check-in 2025-12-03 15:00:00), the file Codex claimed and the people who touch it. Unit tests
// import this; seed-scenario.ts builds the repository and the stand-in from it.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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

export const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
