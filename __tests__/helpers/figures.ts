// Shared by unit and end-to-end suites (not a test file): the figures a suite measured, written to bench/.work/ for
// docs/reliability.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIGURES_DIR = join(fileURLToPath(new URL('../..', import.meta.url)), 'bench', '.work');

/** Writes the figures a suite measured (bench/.work/<name>.json) and prints them: docs/reliability.md quotes them. */
export function writeFigures(name: string, figures: Record<string, unknown>): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  const data = { suite: name, measuredAt: new Date().toISOString(), ...figures };
  writeFileSync(join(FIGURES_DIR, `${name}.json`), JSON.stringify(data, null, 2) + '\n');
  console.log(`figures ${name}: ${JSON.stringify(data)}`);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)] as number);
}
