// The end-to-end rig, shared by the suites that run the bundled action or talk to the API stand-in (not a test
// file): a fixture repository with a stand-in serving it, created per test or per file, always closed, and held to
// the stand-in's OpenAPI contract — after every test its `violations` must be empty.
import { afterAll, afterEach, beforeAll, expect } from '@jest/globals';
import type { Octokit } from '@octokit/rest';
import { setGraphqlFaults } from '../../../test-support/github-standin/faults.js';
import type { StandInOptions } from '../../../test-support/github-standin/index.js';
import { seedRig, type Rig } from '../../../test-support/seed-scenario.js';
import { buildScenario, type Scenario, type ScenarioName } from './scenarios.js';
import { rig as standInRig, type Rig as ClientRig } from './standin.js';

export type { Rig } from '../../../test-support/seed-scenario.js';

export interface Rigs {
  /** The seed repository (or `files`) and a stand-in serving it (with `standIn` options), closed after the test. */
  seed(files?: Record<string, string>, standIn?: Partial<StandInOptions>): Promise<Rig>;
  /** A scenario of scenarios.ts (the same repository every time), its rig closed after the test. */
  scenario(name: ScenarioName, standIn?: Partial<StandInOptions>): Promise<Scenario>;
  /** A rig built elsewhere, taken into the same care. */
  keep<R extends Rig>(rig: R): R;
  /** Closes a rig before the test ends (a suite of many rounds), with the same check. */
  release(rig: Rig): Promise<void>;
}

/**
 * Rigs for this file's tests. After each test every rig still open is closed (its GraphQL faults cleared) and, unless
 * `violations: false` (suites that assert them themselves), its stand-in must have recorded no OpenAPI violation.
 */
export function useRigs(opts: { violations?: boolean } = {}): Rigs {
  const check = opts.violations ?? true;
  const live = new Set<Rig>();
  const close = async (rigs: Rig[]): Promise<void> => {
    const seen = rigs.map((r) => [...r.si.violations]);
    for (const r of rigs) {
      live.delete(r);
      setGraphqlFaults(r.si, null);
      await r.close();
    }
    if (check) for (const v of seen) expect(v).toEqual([]);
  };
  afterEach(() => close([...live]));
  const keep = <R extends Rig>(rig: R): R => {
    live.add(rig);
    return rig;
  };
  return {
    keep,
    seed: async (files, standIn) => keep(await seedRig(files, standIn)),
    async scenario(name, standIn) {
      const s = await buildScenario(name, standIn);
      keep(s.rig);
      return s;
    },
    release: (rig) => close([rig])
  };
}

/**
 * One fixture repository, stand-in and Octokit client for the whole file (`r.fx`, `r.si`, `r.gh`), created before
 * its first test and closed after its last; after each test the stand-in's fault plan is cleared and its
 * `violations` must be empty. The file's own beforeAll (registered after this call) builds on it.
 */
export function useStandIn(opts: Parameters<typeof standInRig>[0] = {}): ClientRig {
  let current: ClientRig | null = null;
  const the = (): ClientRig => {
    if (!current) throw new Error('the stand-in rig is used before beforeAll created it');
    return current;
  };
  beforeAll(async () => {
    current = await standInRig(opts);
  });
  afterEach(() => {
    the().si.setFaults(null);
    expect(the().si.violations).toEqual([]);
  });
  afterAll(async () => {
    await current?.close();
  });
  return {
    get fx() {
      return the().fx;
    },
    get si() {
      return the().si;
    },
    get gh(): Octokit {
      return the().gh;
    },
    close: () => the().close()
  };
}
