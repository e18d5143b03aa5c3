import { Octokit } from '@octokit/rest';
import { createRepoFixture, startStandIn, type RepoFixture, type RepoFixtureOptions, type StandIn, type StandInOptions } from '../../../test-support/github-standin/index.js';

export interface Rig {
  fx: RepoFixture;
  si: StandIn;
  gh: Octokit;
  close(): Promise<void>;
}

/** A fixture repository, a stand-in serving it, and an Octokit pointed at the stand-in (default fetch). */
export async function rig(opts: Partial<StandInOptions> & { fixture?: RepoFixtureOptions } = {}): Promise<Rig> {
  const { fixture, ...standInOpts } = opts;
  const fx = await createRepoFixture(fixture);
  const si = await startStandIn({ gitDir: fx.gitDir, owner: fx.owner, repo: fx.repo, ...standInOpts });
  const gh = client(si);
  return {
    fx,
    si,
    gh,
    async close() {
      await si.close();
      fx.cleanup();
    }
  };
}

export function client(si: StandIn, token = si.token): Octokit {
  return new Octokit({ auth: token, baseUrl: si.url, log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined } });
}

/** The status of a failed Octokit call (or 'ok'). */
export async function statusOf(p: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

/** The Link header's target for a relation, or undefined. */
export function linkRel(link: string | undefined, rel: string): string | undefined {
  return link
    ?.split(',')
    .map((p) => /<([^>]+)>;\s*rel="([^"]+)"/.exec(p.trim()))
    .find((m) => m?.[2] === rel)?.[1];
}

export const author = { name: 'Ada Lovelace', email: 'ada@example.com' };

/** Checks out `branch`, commits one [path, content, message] after the other and pushes the branch. */
export async function advance(fx: RepoFixture, branch: string, commits: [path: string, content: string, message: string][]): Promise<void> {
  await fx.checkout(branch);
  for (const [path, content, message] of commits) {
    fx.write(path, content);
    await fx.commit(message);
  }
  await fx.push(branch);
}
