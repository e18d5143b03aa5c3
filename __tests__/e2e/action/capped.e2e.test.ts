// The bundled action on a change with more findings than a run lists (engine/judge/cap.ts: the 1,000 most important):
// the verdict, the exit code and the violations/warnings outputs count every finding; findings-json, the status
// file, the summary and the annotations list the first 1,000 and say how many more there are (findings-omitted,
// findingsOmitted, the notes); the webhook notifies and records only findings that were listed, and says how many
// it could not.
import { describe, expect, it } from '@jest/globals';
import { runAction } from '../../../test-support/action-run.js';
import { pushEvent } from '../../../test-support/github-standin/index.js';
import { CLAUDE_TRAILER, HUMAN, SEED_CHECKIN, SEED_CLAIMS, SEED_FILES, iso } from '../../../test-support/seed-scenario.js';
import { useRigs } from '../helpers/rig.js';
import { statusText } from '../helpers/scenarios.js';
import { useReceivers } from '../helpers/webhook.js';

const H = 3_600_000;
const rigs = useRigs();
const receiver = useReceivers();
const GENERATED = 1_040;
/** The summary's text with markdown's backslash escapes undone. */
const unescape = (md: string): string => md.replace(/\\(.)/g, '$1');

describe('a push with more findings than a run lists', () => {
  it('counts every finding, lists 1,000, says how many more in every report, notifies only what it listed', async () => {
    // ChatGPT Codex also claims backend/src/gen/ (active: a change there by Claude Code is an error).
    const claims = SEED_CLAIMS.replace('- backend/src/app.module.ts\n', '- backend/src/app.module.ts\n- backend/src/gen/\n');
    expect(claims).not.toBe(SEED_CLAIMS);
    const rig = await rigs.seed({ ...SEED_FILES, 'AI_CURRENT_WORK.md': claims });
    for (let i = 0; i < GENERATED; i++) rig.fx.write(`backend/src/gen/f-${String(i).padStart(4, '0')}.ts`, `export const n = ${i};\n`);
    await rig.fx.commit(`feat: generated code\n\n${CLAUDE_TRAILER}\n`, { author: HUMAN });
    const { before, after } = await rig.fx.push('main');
    const payload = await pushEvent(rig.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + H), standIn: rig.si });
    const hook = await receiver();
    const run = await runAction({ standIn: rig.si, fixture: rig.fx, eventName: 'push', payload, sha: after, ref: 'refs/heads/main', inputs: { 'notify-webhook': hook.url } });

    // The verdict and the counts: every finding.
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', violations: String(GENERATED), warnings: '0', 'findings-omitted': String(GENERATED - 1_000), 'changed-files': String(GENERATED) });
    expect(run.stdout).toContain(`ai-sync: ${GENERATED} error(s), 0 warning(s)`);
    // The list: the first 1,000 by path.
    const listed = JSON.parse(run.outputs['findings-json'] ?? '[]') as { file: string; severity: string }[];
    expect(listed).toHaveLength(1_000);
    expect(listed[0]?.file).toBe('backend/src/gen/f-0000.ts');
    expect(listed[999]?.file).toBe('backend/src/gen/f-0999.ts');

    const left = `${GENERATED - 1_000} more findings not shown (kinds: ${GENERATED - 1_000} claimed-by-other errors)`;
    const summary = unescape(run.summary);
    expect(summary).toContain(`### Findings (${GENERATED}: ${GENERATED} errors)`);
    expect(summary).toContain(left.replace('claimed-by-other', '`claimed-by-other`'));
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'notice', props: expect.objectContaining({ title: 'findings not shown' }), message: expect.stringContaining(left) }));
    expect(run.annotations.filter((a) => a.level === 'error' && a.props.file !== undefined)).toHaveLength(10);

    // The status file: the listed findings and the count of the others.
    const status = JSON.parse((await statusText(rig)) ?? 'null') as { result: string; findings: unknown[]; findingsOmitted?: unknown; notified?: { file: string }[] };
    expect(status.result).toBe('fail');
    expect(status.findings).toHaveLength(1_000);
    expect(status.findingsOmitted).toEqual({ count: GENERATED - 1_000, bySeverity: { error: GENERATED - 1_000, warning: 0, notice: 0 }, byKind: [{ kind: 'claimed-by-other', severity: 'error', count: GENERATED - 1_000 }] });

    // The notice: the first 50 listed, the findings not listed counted and said; only what was sent is recorded.
    expect(hook.received).toHaveLength(1);
    const body = hook.received[0]?.body as { text: string; findings: { file: string }[]; omitted?: number };
    expect(body.findings).toHaveLength(50);
    expect(body.omitted).toBe(GENERATED - 1_000);
    expect(body.text).toContain(`…and ${GENERATED - 1_000} more findings notify-on selects are not listed by this run`);
    const listedFiles = new Set(listed.map((f) => f.file));
    expect(status.notified?.map((n) => n.file)).toEqual(body.findings.map((f) => f.file));
    expect(status.notified?.every((n) => listedFiles.has(n.file))).toBe(true);
    expect(run.outputs.notified).toBe('50');
    expect(summary).toContain(`Notifications: ${GENERATED - 1_000} more findings notify-on selects are not listed by this run (it lists only its most important findings), so not notified: see the run (kinds in the findings above); they are not recorded as notified.`);
    expect(summary).toContain('Notifications: notified 50 findings (950 more next time: at most 50 per notice).');
  });
});
