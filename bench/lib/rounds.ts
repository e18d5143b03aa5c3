// Interleaved measuring rounds: one warm-up round (file cache, the stand-in's JIT), not recorded, then `runs` rounds
// in which every job runs once, rotated each round so no job always follows the same one; a progress line on stdout.
export interface Job<S> {
  key: string;
  go: () => Promise<S>;
}

/** Each job's samples, by key, in the order taken. */
export async function interleaved<S>(label: string, jobs: readonly Job<S>[], runs: number): Promise<Map<string, S[]>> {
  const samples = new Map<string, S[]>(jobs.map((j) => [j.key, []]));
  for (const j of jobs) await j.go();
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < jobs.length; k++) {
      const j = jobs[(i + k) % jobs.length] as Job<S>;
      samples.get(j.key)?.push(await j.go());
    }
    process.stdout.write(`\r${label}: round ${i + 1}/${runs}`);
  }
  process.stdout.write('\n');
  return samples;
}
