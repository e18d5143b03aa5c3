// Open pull requests for the radar's tests and benchmark: each one a branch with one commit on top of a base,
// written straight into the fixture's bare repository with ONE `git fast-import` (hundreds of branches in a
// second), then opened in the stand-in's PullStore (drafts too), as on GitHub.
import { runGit } from './github-standin/git.js';
import type { PullInput, PullRecord, RepoFixture, StandIn } from './github-standin/index.js';

export interface OpenPull extends Partial<Omit<PullInput, 'head'>> {
  /** Head branch (created). */
  branch: string;
  /** What its commit writes (path → content) on top of the base. */
  files: Record<string, string | Buffer>;
  message?: string;
}

/** Creates the branches (each from `base`'s head) and opens a pull request for each; returns them in order. */
export async function openPulls(fx: RepoFixture, si: StandIn, pulls: readonly OpenPull[], base = 'main'): Promise<PullRecord[]> {
  const from = (await runGit([`--git-dir=${fx.gitDir}`, 'rev-parse', '--verify', `refs/heads/${base}`])).stdout.toString('utf8').trim();
  const chunks: Buffer[] = [];
  const data = (b: Buffer) => chunks.push(Buffer.from(`data ${b.length}\n`), b, Buffer.from('\n'));
  const when = Math.floor(Date.parse('2025-12-03T12:00:00Z') / 1000);
  for (const p of pulls) {
    chunks.push(Buffer.from(`commit refs/heads/${p.branch}\ncommitter Fixture Author <fixture@example.com> ${when} +0000\n`));
    data(Buffer.from(p.message ?? `work on ${p.branch}\n`));
    chunks.push(Buffer.from(`from ${from}\n`));
    for (const [path, content] of Object.entries(p.files)) {
      chunks.push(Buffer.from(`M 100644 inline ${path}\n`));
      data(Buffer.isBuffer(content) ? content : Buffer.from(content));
    }
    chunks.push(Buffer.from('\n'));
  }
  await runGit([`--git-dir=${fx.gitDir}`, 'fast-import', '--quiet', '--force'], { input: Buffer.concat(chunks) });
  return pulls.map((p, i) => {
    const { branch, files: _files, message: _message, ...rest } = p;
    return si.pulls.create({ base, user: 'octocat', title: `Work on ${branch}`, updatedAt: new Date(Date.parse('2025-12-03T12:00:00Z') + i * 1000).toISOString().replace('.000Z', 'Z'), ...rest, head: branch });
  });
}
