// The repository's own automation and project files: every workflow declares its permissions and pins every
// third-party action by commit SHA; the release, CodeQL and Dependabot configurations do what the docs say.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, readRepo } from '../../helpers/docs.js';

const ls = (dir: string, ext = /\.ya?ml$/) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => ext.test(f))
    .map((f) => `${dir}/${f}`);

const WORKFLOWS = ls('.github/workflows');
const EXAMPLES = ls('examples/workflows');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  needs?: string | string[];
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown> | string[];
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const load = (path: string) => parseYaml(readRepo(path)) as Workflow;

/** The action's own reference in the examples: the major tag until a release SHA is picked, or a pinned SHA. */
const SELF = /^ai-sync\/ai-sync@(v1|[0-9a-f]{40} # v1(\.\d+){0,2})$/;
const PINNED = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/;

/** Every `uses:` of a file as written, with its trailing comment. */
function usesLines(text: string): string[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(.+?)\s*$/gm)].map((m) => (m[1] as string).replace(/\s+#\s*/, ' # '));
}

describe('workflow hygiene', () => {
  it('finds the workflows', () => {
    expect(WORKFLOWS).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
        '.github/workflows/self-test.yml',
        '.github/workflows/codeql.yml',
        '.github/workflows/release.yml'
      ])
    );
    expect(EXAMPLES).toContain('examples/workflows/ai-sync.yml');
  });

  it.each([...WORKFLOWS, ...EXAMPLES])('%s: top-level permissions, read-only', (path) => {
    const wf = load(path);
    expect(wf.permissions).toBeDefined();
    expect(typeof wf.permissions).toBe('object');
    expect(Object.values(wf.permissions as Record<string, string>).every((v) => v === 'read' || v === 'none')).toBe(true);
  });

  it.each([...WORKFLOWS, ...EXAMPLES])('%s: every action other than ./ is pinned by full SHA with a version comment', (path) => {
    const bad = usesLines(readRepo(path)).filter((u) => {
      if (u.startsWith('./')) return false;
      if (path.startsWith('examples/') && u.startsWith('ai-sync/ai-sync@')) return !SELF.test(u);
      return !PINNED.test(u);
    });
    expect(bad).toEqual([]);
  });

  it('the pin checker rejects tags, short SHAs and missing comments', () => {
    expect(PINNED.test('actions/checkout@v4')).toBe(false);
    expect(PINNED.test('actions/checkout@11bd719 # v4.2.2')).toBe(false);
    expect(PINNED.test('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683')).toBe(false);
    expect(PINNED.test('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2')).toBe(true);
    expect(PINNED.test('github/codeql-action/init@9e907b5e64f6b83e7804b09294d44122997950d6 # v4.32.3')).toBe(true);
    expect(usesLines('      - uses: a/b@' + 'f'.repeat(40) + '   #   v1\n')).toEqual(['a/b@' + 'f'.repeat(40) + ' # v1']);
  });

  it('one SHA per action everywhere (the same version is pinned the same way)', () => {
    const byAction = new Map<string, Set<string>>();
    for (const path of [...WORKFLOWS, ...EXAMPLES]) {
      for (const u of usesLines(readRepo(path))) {
        const m = /^([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@([0-9a-f]{40}) # (\S+)$/.exec(u);
        if (!m) continue;
        const set = byAction.get(m[1] as string) ?? new Set<string>();
        set.add(`${m[2]} ${m[3]}`);
        byAction.set(m[1] as string, set);
      }
    }
    for (const [action, pins] of byAction) expect({ action, pins: [...pins] }).toEqual({ action, pins: [...pins].slice(0, 1) });
  });

  it('write permissions exist only where a job needs them', () => {
    const writes: string[] = [];
    for (const path of [...WORKFLOWS, ...EXAMPLES]) {
      for (const [name, job] of Object.entries(load(path).jobs)) {
        for (const [scope, level] of Object.entries(typeof job.permissions === 'object' ? job.permissions : {})) {
          if (level === 'write') writes.push(`${path} ${name} ${scope}`);
        }
      }
    }
    expect(writes.sort()).toEqual(
      [
        '.github/workflows/codeql.yml analyze security-events',
        '.github/workflows/release.yml release contents',
        '.github/workflows/self-test.yml ai-sync contents',
        '.github/workflows/self-test.yml ai-sync pull-requests',
        'examples/workflows/ai-sync.yml ai-sync contents',
        'examples/workflows/ai-sync.yml ai-sync pull-requests'
      ].sort()
    );
  });
});

describe('release workflow', () => {
  const text = readRepo('.github/workflows/release.yml');
  const wf = load('.github/workflows/release.yml');
  const on = wf.on as { push?: { tags?: string[] }; workflow_dispatch?: { inputs?: Record<string, { required?: boolean }> } };

  it('runs on a version tag or by hand with a version', () => {
    expect(on.push?.tags).toEqual(['v*.*.*']);
    expect(on.workflow_dispatch?.inputs?.version?.required).toBe(true);
  });

  it('verifies before it tags: tests, docs and schemas, dist/ is the bundle, package.json has the version', () => {
    const verify = wf.jobs.verify as Job;
    const runs = (verify.steps ?? []).map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/^npm ci$/m);
    expect(runs).toMatch(/^npm test$/m);
    expect(runs).toMatch(/^npm run docs:check$/m);
    expect(runs).toMatch(/^npm run bundle$/m);
    expect(runs).toContain('git status --porcelain -- dist/');
    expect(runs).toContain('package.json');
    expect(verify.permissions).toBeUndefined(); // inherits contents: read
  });

  it('only the release job writes, after verify, creating vX.Y.Z and force-moving only the major tag', () => {
    const release = wf.jobs.release as Job;
    expect(release.needs).toBe('verify');
    expect(release.permissions).toEqual({ contents: 'write' });
    const script = (release.steps ?? []).map((s) => s.run ?? '').join('\n');
    expect(script).toContain('git tag -a "$tag" -m "$tag"');
    expect(script).toContain('git push origin "refs/tags/$tag"');
    expect(script).toContain('git tag -f "$MAJOR" "$tag^{commit}"');
    expect(script).toContain('git push --force origin "refs/tags/$MAJOR"');
    expect(text.match(/--force/g)).toHaveLength(1);
    expect(text).toContain('echo "major=v${v%%.*}"');
  });

  it('the version check accepts X.Y.Z only', () => {
    const script = ((wf.jobs.verify as Job).steps ?? []).find((s) => (s.run ?? '').includes('grep -Eq'))?.run ?? '';
    const pattern = /grep -Eq '([^']+)'/.exec(script)?.[1] as string;
    const re = new RegExp(pattern);
    expect(['1.2.3', '10.0.0'].every((v) => re.test(v))).toBe(true);
    expect(['1.2', 'v1.2.3', '1.2.3-rc.1', '1.2.3 '].some((v) => re.test(v))).toBe(false);
  });
});

describe('CodeQL and Dependabot', () => {
  it('CodeQL analyses javascript-typescript with init and analyze at the same pinned version', () => {
    const wf = load('.github/workflows/codeql.yml');
    const job = wf.jobs.analyze as Job;
    expect(job.permissions).toMatchObject({ 'security-events': 'write', contents: 'read' });
    const steps = job.steps ?? [];
    const init = steps.find((s) => s.uses?.startsWith('github/codeql-action/init@'));
    const analyze = steps.find((s) => s.uses?.startsWith('github/codeql-action/analyze@'));
    expect(init?.with?.languages).toBe('javascript-typescript');
    expect(init?.uses?.split('@')[1]).toBe(analyze?.uses?.split('@')[1]);
  });

  it('Dependabot updates npm and GitHub Actions weekly, minor and patch grouped', () => {
    const cfg = parseYaml(readRepo('.github/dependabot.yml')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string }; groups: Record<string, { 'update-types': string[] }> }[];
    };
    expect(cfg.version).toBe(2);
    expect(cfg.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const u of cfg.updates) {
      expect(u.directory).toBe('/');
      expect(u.schedule.interval).toBe('weekly');
      expect(Object.values(u.groups).map((g) => [...g['update-types']].sort())).toEqual([['minor', 'patch']]);
    }
  });
});

describe('project files', () => {
  it('LICENSE is MIT with the copyright line, as package.json says', () => {
    const license = readRepo('LICENSE');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toContain('Copyright (c) 2026 ai-sync contributors');
    expect((JSON.parse(readRepo('package.json')) as { license: string }).license).toBe('MIT');
  });

  it('CHANGELOG.md keeps an Unreleased section', () => {
    expect(readRepo('CHANGELOG.md')).toMatch(/^## \[Unreleased\]$/m);
  });

  it('.node-version is 20, the oldest Node the package supports', () => {
    expect(readRepo('.node-version').trim()).toBe('20');
    expect((JSON.parse(readRepo('package.json')) as { engines: { node: string } }).engines.node).toBe('>=20');
  });

  it('.gitattributes keeps CRLF fixtures byte for byte and marks dist/ generated', () => {
    const files = execFileSync('git', ['ls-files', '__tests__/fixtures'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /crlf/i.test(f.split('/').pop() ?? ''));
    expect(files.length).toBeGreaterThan(0);
    const attr = (args: string[]) => execFileSync('git', ['check-attr', ...args], { cwd: ROOT, encoding: 'utf8' });
    for (const f of files) expect(attr(['text', '--', f])).toBe(`${f}: text: unset\n`);
    expect(attr(['text', 'eol', '--', 'src/engine/model.ts'])).toBe('src/engine/model.ts: text: auto\nsrc/engine/model.ts: eol: lf\n');
    expect(attr(['linguist-generated', '--', 'dist/index.js'])).toBe('dist/index.js: linguist-generated: true\n');
  });

  it('SECURITY.md says how to report, what is supported, and the threat model', () => {
    const text = readRepo('SECURITY.md');
    for (const heading of ['## Reporting a vulnerability', '## Supported versions', '## Threat model, in brief']) expect(text).toContain(heading);
  });
});
