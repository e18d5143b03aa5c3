// Everything in examples/ and .env.example is exercised, so what users copy keeps working.
import { join } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { readContext } from '../../../src/action/context.js';
import { readInputs } from '../../../src/action/inputs.js';
import { parseClaims } from '../../../src/engine/claims/index.js';
import { parseConfig } from '../../../src/engine/config/index.js';
import { readActionMetadata } from '../../../scripts/docs.js';
import { checkClaims, modifying } from '../../helpers/check.js';
import { dotenv, proseOf, readRepo } from '../../helpers/docs.js';

const meta = readActionMetadata();
const INPUTS = meta.inputs.map((i) => i.name);
const OUTPUTS = new Set(meta.outputs.map((o) => o.name));

interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': unknown };
  jobs: Record<string, { permissions?: Record<string, string>; steps: { id?: string; uses?: string; with?: Record<string, unknown> }[] }>;
}

describe('examples/workflows/ai-sync.yml', () => {
  const text = readRepo('examples/workflows/ai-sync.yml');
  const wf = parseYaml(text) as Workflow;

  it('runs on push and pull_request', () => {
    expect(wf.on).toEqual(['push', 'pull_request']);
  });

  it('grants read at the top level and, to the job, exactly the permissions the docs state', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    const jobs = Object.values(wf.jobs);
    expect(jobs).toHaveLength(1);
    // The Security table (docs/security.md): which permission each feature needs; the reasons in docs/action.md.
    const prose = `${proseOf(readRepo('docs/security.md'))}\n${proseOf(readRepo('docs/action.md'))}`;
    const row = (feature: string) => prose.split('\n').find((l) => l.startsWith(`| ${feature}`)) ?? '';
    const stated = (feature: string) => {
      const m = /`([\w-]+): (read|write)`/.exec(row(feature));
      return m ? [m[1] as string, m[2] as string] : null;
    };
    const wanted = Object.fromEntries([stated('committing `AI_SYNC_STATUS.json`'), stated('the sticky PR comment')].filter((x) => x !== null) as string[][]);
    expect(wanted).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(jobs[0]?.permissions).toEqual(wanted);
    expect(prose).toContain('`contents: write` to commit `AI_SYNC_STATUS.json`');
    expect(prose).toContain('`pull-requests: write`');
  });

  it('uses the action with real inputs only, and references real outputs only', () => {
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const action = steps.filter((s) => s.uses?.startsWith('ai-sync/ai-sync@'));
    expect(action).toHaveLength(1);
    for (const key of Object.keys(action[0]?.with ?? {})) expect(INPUTS).toContain(key);
    // What the inputs are set to must be accepted by the action.
    const withs = Object.fromEntries(Object.entries(action[0]?.with ?? {}).map(([k, v]) => [k, String(v)]));
    expect(() => readInputs((name) => (name === 'token' ? 'placeholder' : (withs[name] ?? '')))).not.toThrow();
    for (const m of text.matchAll(/steps\.[\w-]+\.outputs\.([\w-]+)/g)) expect(OUTPUTS.has(m[1] as string)).toBe(true);
  });

  it('groups pull requests per PR (cancelling) and pushes per commit', () => {
    expect(wf.concurrency?.group).toBe('ai-sync-${{ github.event_name }}-${{ github.event.pull_request.number || github.sha }}');
    expect(wf.concurrency?.['cancel-in-progress']).toBe("${{ github.event_name == 'pull_request' }}");
  });
});

describe('examples/AI_CURRENT_WORK.md', () => {
  const text = readRepo('examples/AI_CURRENT_WORK.md');
  const config = parseConfig(readRepo('examples/ai-sync.yml'), '.github/ai-sync.yml');

  it('parses to the three agents, with no diagnostics at all', () => {
    const doc = parseClaims(text, { timezone: config.timezone });
    expect(doc.diagnostics).toEqual([]);
    expect(doc.agents.map((a) => a.name)).toEqual(['Claude Code', 'ChatGPT Codex', 'Gemini CLI']);
    expect(doc.agents.map((a) => a.idle)).toEqual([false, false, true]);
    expect(doc.agents[0]?.files.map((f) => f.pattern)).toEqual(['web/src/checkout/', 'web/src/components/StepIndicator.tsx', 'web/src/routes.ts']);
    expect(doc.agents[1]?.files.map((f) => f.pattern)).toEqual(['api/src/invoices/**', 'api/src/db/migrations/0042_invoice_vat.sql']);
    expect(doc.moduleClaims.map((m) => [m.module, m.agent])).toEqual([
      ['CheckoutModule', 'Claude Code'],
      ['InvoicesModule', 'ChatGPT Codex']
    ]);
    expect(doc.modules.map((m) => [m.module, m.state])).toEqual([
      ['CheckoutModule', 'claimed'],
      ['InvoicesModule', 'claimed'],
      ['SearchModule', 'available'],
      ['AuthModule', 'complete']
    ]);
    expect(doc.overrides).toEqual([]); // the template is in an HTML comment
  });

  // The README: "A change by Codex to web/src/checkout/Cart.tsx within 2 hours of Claude Code's last check-in
  // fails the check."
  const codexChangesCart = (hoursAfterCheckin: number) => {
    const checkin = Date.parse('2026-03-02T08:40:00Z'); // 09:40:00 Europe/Berlin (the example config's zone)
    const dana = { name: 'Dana Developer', email: 'dana@example.com' };
    const commit = modifying(['web/src/checkout/Cart.tsx'], { sha: 'a'.repeat(40), message: 'fix: cart rounding\n\nAI-Agent: ChatGPT Codex\n', author: dana, committer: dana });
    return checkClaims(text, { commits: [commit], configText: readRepo('examples/ai-sync.yml'), now: checkin + hoursAfterCheckin * 3_600_000 });
  };

  it('what the README says about it holds: Codex changing a Claude Code file within 2 hours fails the check', () => {
    const soon = codexChangesCart(1).evaluation;
    expect(soon.verdict).toBe('fail');
    expect(soon.findings.map((f) => [f.kind, f.severity, f.agent, f.claimedBy])).toEqual([
      ['claimed-by-other', 'error', 'ChatGPT Codex', 'Claude Code']
    ]);
    expect(codexChangesCart(3).evaluation.findings.map((f) => f.kind)).toEqual(['claim-caution']);
    expect(codexChangesCart(5).evaluation.findings.map((f) => f.kind)).toEqual(['stale-claim']);
  });
});

describe('examples/ai-sync.yml', () => {
  const text = readRepo('examples/ai-sync.yml');
  const schema = JSON.parse(readRepo('schemas/ai-sync.config.schema.json')) as Record<string, unknown>;

  it('parses with parseConfig', () => {
    const config = parseConfig(text, '.github/ai-sync.yml');
    expect(Object.keys(config.agents)).toEqual(['Claude Code', 'ChatGPT Codex', 'Gemini CLI']);
    expect(config.timezone).toBe('Europe/Berlin');
    expect(config.statusBranches).toEqual(['main']);
  });

  it('validates against the JSON Schema (ajv), which rejects a typo', () => {
    const ajv = new Ajv2020.default({ strict: true, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(parseYaml(text))).toBe(true);
    expect(validate({ ...(parseYaml(text) as object), 'stale-hour': 3 })).toBe(false);
  });

  it('names every top-level key of the schema, so the example shows the whole config', () => {
    expect(Object.keys(parseYaml(text) as object).sort()).toEqual(Object.keys(schema.properties as object).sort());
  });

  it('points editors at the schema the repository publishes', () => {
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/ai-sync/ai-sync/v1/schemas/ai-sync.config.schema.json'
    );
  });
});

describe('.env.example and the local push event', () => {
  const env = dotenv(readRepo('.env.example'));

  it('has one INPUT_ variable per input of action.yml, named as a runner names them', () => {
    const inputs = [...env.keys()].filter((k) => k.startsWith('INPUT_'));
    expect(inputs).toEqual(INPUTS.map((name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`));
  });

  it('holds no token, only a placeholder', () => {
    const text = readRepo('.env.example');
    expect(text).not.toMatch(/\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}/);
    expect(env.get('INPUT_TOKEN')).toMatch(/^<.*>$/);
  });

  it('keeps the local run read-only', () => {
    const inputs = readInputs((name) => env.get(`INPUT_${name.toUpperCase()}`) ?? '');
    expect(inputs.writeStatus).toBe(false);
    expect(inputs.prComment).toBe('never');
  });

  it('sets what readContext needs, and the event template becomes a push the action accepts once filled in', () => {
    for (const key of ['GITHUB_REPOSITORY', 'GITHUB_EVENT_NAME', 'GITHUB_EVENT_PATH', 'GITHUB_API_URL']) expect(env.get(key)).toBeTruthy();
    expect(env.get('GITHUB_EVENT_PATH')).toBe('.tmp/local-action/push-event.json');
    const template = readRepo('examples/local/push-event.json');
    expect(template).toContain('"<before>"');
    expect(template).toContain('"<after>"');
    const dir = mkdtempSync(join(tmpdir(), 'ai-sync-event-'));
    try {
      const path = join(dir, 'push-event.json');
      writeFileSync(path, template.replace('<before>', '1'.repeat(40)).replace('<after>', '2'.repeat(40)));
      const ctx = readContext({ ...Object.fromEntries(env), GITHUB_EVENT_PATH: path });
      expect(ctx).toMatchObject({ owner: 'your-org', repo: 'your-repo', eventName: 'push', defaultBranch: 'main' });
      expect(ctx.event).toMatchObject({ kind: 'push', before: '1'.repeat(40), after: '2'.repeat(40), branch: 'main', deleted: false });
      // Unfilled, it fails with a message that names the field.
      writeFileSync(path, template);
      expect(() => readContext({ ...Object.fromEntries(env), GITHUB_EVENT_PATH: path })).toThrow(/field before/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
