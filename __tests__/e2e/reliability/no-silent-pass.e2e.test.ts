// No silent pass, end to end: the adversarial cases in which Claude Code edits a file ChatGPT Codex claimed an hour
// ago, written so the old reader passed in silence. Each run is the bundled action on a real repository; each must
// fail, warn at the file, or say what it could not read (cases 6, 8, 9 and the timezone input have suites of their own:
// claims-link, identity-status and action/inputs).
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../../test-support/action-run.js';
import { CLAIMED_FILE, SEED_CLAIMS, SEED_FILES, claudeTouchesCodexFile } from '../../../test-support/seed-scenario.js';
import { useRigs } from '../helpers/rig.js';

const rigs = useRigs();

const CHECKIN = '**Last Checkin:** 2025-12-03 15:00:00';

/** Runs a push by Claude one hour after Codex's check-in, with the claims file as given. */
async function pushWith(claims: string) {
  const rig = await rigs.seed({ ...SEED_FILES, 'AI_CURRENT_WORK.md': claims });
  const p = await claudeTouchesCodexFile(rig, 1);
  const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload: p.payload, sha: p.after, ref: p.ref });
  const findings = JSON.parse(run.outputs['findings-json'] ?? '[]') as { kind: string; severity: string; file: string | null; line?: number; message: string }[];
  return { run, findings };
}

const codexFiles = (items: string) => SEED_CLAIMS.replace(/(\*\*Files Being Modified:\*\*\r?\n)(- backend[^\n]*\r?\n)+/g, (m, head: string) => (m.includes('tracking.service') ? `${head}${items}` : m));

describe('no silent pass: each adversarial case is reported or honoured', () => {
  it.each([
    ['an IANA zone in parentheses', '2025-12-03 07:00:00 (America/Los_Angeles)'],
    ['a lower-case abbreviation', '2025-12-03 07:00:00 pst'],
    ['a zone in words', '2025-12-03 07:00:00 Pacific Time']
  ])('case 1, %s: the local check-in is read in its zone, the claim is active → fail', async (_label, when) => {
    const { run, findings } = await pushWith(SEED_CLAIMS.replace(CHECKIN, `**Last Checkin:** ${when}`));
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(findings.filter((f) => f.kind === 'claimed-by-other').map((f) => f.file)).toEqual([CLAIMED_FILE]);
  });

  it('case 1, an ambiguous zone (IST): the claim is uncertain → a warning at the file, never stale', async () => {
    const { run, findings } = await pushWith(SEED_CLAIMS.replace(CHECKIN, '**Last Checkin:** 2025-12-03 20:30:00 IST'));
    expect(run.outputs.result).toBe('warn');
    const f = findings.find((x) => x.kind === 'uncertain-claim');
    expect(f).toMatchObject({ severity: 'warning', file: CLAIMED_FILE });
    expect(f?.message).toContain('"IST" is ambiguous');
    expect(run.annotations.some((a) => a.level === 'warning' && a.props.file === CLAIMED_FILE)).toBe(true);
  });

  it.each([
    ['case 2, an unclosed HTML comment', '<!-- half-written note\n'],
    ['case 3, an unclosed code fence', '```\n']
  ])('%s above the sections: reported at its line, the sections it hides are named and still protect', async (_label, opener) => {
    const claims = SEED_CLAIMS.replace('## Claude Code Status', `${opener}\n## Claude Code Status`);
    const line = claims.split(/\r?\n/).findIndex((l) => l === opener.trim()) + 1;
    const { run, findings } = await pushWith(claims);
    expect(run.outputs.result).toBe('warn');
    const unreadable = findings.find((f) => f.kind === 'claims-unreadable');
    expect(unreadable).toMatchObject({ severity: 'warning', file: 'AI_CURRENT_WORK.md', line });
    expect(unreadable?.message).toContain('ChatGPT Codex');
    expect(findings.find((f) => f.kind === 'uncertain-claim')).toMatchObject({ file: CLAIMED_FILE, severity: 'warning' });
    expect(run.summary).toContain('claims-unreadable');
  });

  it.each([['- **\n'], ['- `**`\n'], ['- *\n']])('case 4, Codex claims %s: the whole repository is claimed → fail', async (item) => {
    const { run, findings } = await pushWith(codexFiles(item));
    expect(run.code).toBe(1);
    expect(findings.filter((f) => f.kind === 'claimed-by-other').map((f) => f.file)).toEqual([CLAIMED_FILE]);
  });

  it.each([
    ['backend/src/api/tracking/services/*.{ts,js}'],
    ['{backend/src/api/tracking/services/tracking.service.ts,README.md}']
  ])('case 5, a brace glob %s is one claim, expanded → fail', async (glob) => {
    const { run, findings } = await pushWith(codexFiles(`- ${glob}\n`));
    expect(run.code).toBe(1);
    expect(findings.filter((f) => f.kind === 'claimed-by-other').map((f) => f.file)).toEqual([CLAIMED_FILE]);
  });

  it('case 7, a board in a shape the reader does not know: "nothing is protected" and the line are reported', async () => {
    const { run, findings } = await pushWith('# Who is on what\n\n- ChatGPT Codex: refactoring tracking (since 2025-12-03 15:00)\n');
    expect(run.outputs.result).toBe('warn');
    const messages = findings.filter((f) => f.kind === 'claims-unreadable').map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(/^Nothing in AI_CURRENT_WORK\.md is protected/),
      expect.stringMatching(/^AI_CURRENT_WORK\.md:3: "ChatGPT Codex: refactoring tracking/)
    ]);
  });

  it('case 10, a check-in in 2099: uncertain ("in the future"), a warning — not a block for ever', async () => {
    const { run, findings } = await pushWith(SEED_CLAIMS.replace(CHECKIN, '**Last Checkin:** 2099-01-01 00:00:00'));
    expect(run.outputs.result).toBe('warn');
    const f = findings.find((x) => x.file === CLAIMED_FILE);
    expect(f).toMatchObject({ kind: 'uncertain-claim', severity: 'warning' });
    expect(f?.message).toContain('in the future');
  });
});
