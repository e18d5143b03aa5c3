// Shared by the catch-up tests: the report of "nothing changed since the check-in", with what a test sets.
import type { CatchUp } from '../../src/engine/catchup/index.js';

export const emptyCatchUp = (over: Partial<CatchUp> = {}): CatchUp => ({
  agent: 'Claude Code',
  since: '2025-12-04T10:00:00Z',
  basis: 'checkin',
  ref: 'origin/HEAD',
  note: null,
  commits: [],
  truncated: false,
  handoff: [],
  handoffChanged: false,
  claims: [],
  modules: [],
  overrides: [],
  ...over
});
