// The previous status file, read as the engine's check takes it: its reader — and zod, which validates the file — is
// imported only when there is a file to read (a chunk of its own), so a repository without one never loads them.
import type { StatusReading } from '../engine/check-core.js';

export async function readStatusText(text: string | null): Promise<StatusReading> {
  if (text === null) return { status: null, warning: null };
  const { parseStatus } = await import(/* webpackChunkName: "status-read" */ '../engine/status/read.js');
  return parseStatus(text);
}
