// Injection, end to end: commit messages, branch names, file names, agent names (claims headings) and a PR title
// carrying shell ($(…), backticks, ;, &&, |, newlines, quotes), workflow-expression (${{ … }}), workflow-command
// (::error::, ::add-mask::, ::stop-commands::), markdown/HTML (@mentions, tags, links, code-span breakers), path
// (../), NUL-like and bidi text, and 10,000-character names — created for real in the fixture repository (git
// allows most of them in file and branch names) and run through the bundled action. No command runs (the marker
// files, at absolute paths in a fresh temp directory, are never created), the outputs file parses, the summary and
// the PR comment stay well-formed and inert, the status file stays valid against its schema, and every log line
// that looks like a workflow command is one the action meant to write.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMENT_MARKER } from '../../../src/report/comment.js';
import { STATUS_SCHEMA_URL } from '../../../src/engine/status/schema.js';
import { ROOT, runAction, type ActionRun } from '../../../test-support/action-run.js';
import { runGit } from '../../../test-support/github-standin/git.js';
import { pullRequestEvent, pushEvent, type RepoFixture } from '../../../test-support/github-standin/index.js';
import { SEED_CHECKIN, iso, type Rig } from '../../../test-support/seed-scenario.js';
import { useRigs } from '../helpers/rig.js';
import { markdownProblems } from '../../helpers/md-check.js';
import { STACK_FRAME, statusSchemaErrors, statusText } from '../helpers/scenarios.js';

const H = 3_600_000;
const rigs = useRigs();
let markerDir = '';
/** Absolute marker paths (in markerDir) and a relative one (would land in the action's working directory). */
const M = (name: string) => join(markerDir, name);
const RELATIVE_MARKER = 'ai-sync-pwned-relative';

beforeAll(() => {
  markerDir = mkdtempSync(join(tmpdir(), 'ai-sync-markers-'));
});
afterAll(() => {
  if (markerDir) rmSync(markerDir, { recursive: true, force: true });
});

/** Text payloads (commit messages, titles, claims values): anything goes. */
const TEXT = () => [
  `$(touch ${M('msg-subst')})`,
  `\`touch ${M('msg-backtick')}\``,
  `x; touch ${M('msg-semi')}; && touch ${M('msg-and')} | touch ${M('msg-pipe')}`,
  `line one\ntouch ${M('msg-newline')}\n$(touch ${RELATIVE_MARKER})`,
  `'; touch ${M('msg-squote')}; echo '" ; touch ${M('msg-dquote')} ; "`,
  '${{ github.token }} ${{ secrets.GITHUB_TOKEN }} ${{ toJSON(github) }}',
  '../../../../etc/passwd ..\\..\\windows',
  'NUL-like: \u2400 %00 \\0 \\x00 \u0001\u001b[31mred\u001b[0m',
  'bidi: \u202Eexe.txt\u202C \u2066iso\u2069 \u200F\u200E \u061C',
  '@octocat @github/security <img src=x onerror=alert(1)> <script>alert(1)</script> [x](javascript:alert(1)) ![i](http://x) ``` a`b ` | a | b |',
  '\n::error::injected\n::warning file=x::injected\n::add-mask::nothing\n::stop-commands::pwn\n::set-output name=result::pass\n::set-env name=X::y'
];

/** File names git and the filesystem accept (≤ 255 bytes a component). */
const FILE_NAMES = () => [
  `inj/$(touch\${IFS}${M('file-subst')}).ts`,
  `inj/\`touch\${IFS}${M('file-backtick')}\`.ts`,
  `inj/;touch\${IFS}${M('file-semi')};.ts`,
  `inj/a && touch ${M('file-and')}.ts`,
  `inj/quote'd "double".ts`,
  'inj/${{ github.token }}.ts',
  'inj/..%2f..%2fetc%2fpasswd',
  'inj/..\u2215..\u2215etc\u2215passwd',
  'inj/nul-like-\u2400-%00.ts',
  'inj/bidi-\u202Egnp.exe',
  'inj/new\nline::error::injected.ts',
  'inj/ctrl-\u0001-\u001b[31m.ts',
  'inj/@octocat <b>x</b> [l](javascript:x).md',
  'inj/back\\slash.ts',
  `inj/${'L'.repeat(250)}.ts`
];

/** Of those, the ones a claims file can list (no whitespace, quotes, <, >, | or control characters; a backslash is read as a Windows separator). */
const CLAIMABLE = () => FILE_NAMES().filter((f) => !/[\s"<>|\\\u0000-\u001f]/.test(f));

/** Agent names for "## <name> Status" headings. */
const AGENTS = () => [`$(touch ${M('agent-subst')})`, `\`touch ${M('agent-backtick')}\``, '@octocat <img src=x>', '${{ secrets.X }}', '\u202Eevil\u202C', '../../etc'];

/** Branch names git accepts (no space, ~ ^ : ? * [ \\, no "..", no "@{"). */
const BRANCHES = () => [
  `inj/$(touch\${IFS}${M('branch-subst')})`,
  `inj/\`touch\${IFS}${M('branch-backtick')}\``,
  `inj/;touch\${IFS}${M('branch-semi')};&&x|y`,
  `inj/'quote'"double"`,
  'inj/${{github.token}}',
  'inj/\u202Eevil-\u2400',
  'inj/@octocat<img>',
  `inj/${Array.from({ length: 14 }, () => 'b'.repeat(240)).join('/')}`
];

function fence(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const f = '`'.repeat(longest + 1);
  return `${f} ${s} ${f}`;
}

/** A claims file in which each hostile agent claims some hostile files, checked in an hour before the pushes. */
function hostileClaims(): string {
  const agents = AGENTS();
  const files = CLAIMABLE();
  const sections = agents.map((name, i) => {
    const mine = files.filter((_, k) => k % agents.length === i);
    return [
      `## ${name} Status`,
      '',
      `**Currently Working On:** ${TEXT()[i % TEXT().length]?.split('\n')[0]}`,
      `**Module:** ${name}`,
      '**Started At:** 2025-12-03 14:30:00',
      '**Files Being Modified:**',
      ...mine.map((f) => `- ${fence(f)}`),
      '',
      '**Last Checkin:** 2025-12-03 15:00:00',
      '',
      '---',
      ''
    ].join('\n');
  });
  return ['# AI Current Work Status', '', ...sections, `## ${'N'.repeat(10_000)} Status`, '', '**Module:** long', ''].join('\n');
}

async function checkRefNames(fx: RepoFixture): Promise<void> {
  for (const b of BRANCHES()) await fx.git(['check-ref-format', '--branch', b]);
}

/** Every `::command` line is one the action writes; an injected one would start a line with `::` too. */
function workflowCommands(run: ActionRun, token: string): string[] {
  const bad: string[] = [];
  for (const line of run.stdout.split('\n')) {
    if (!line.startsWith('::')) continue;
    const m = /^::(add-mask|debug|error|warning|notice)( [^:]*)?::/.exec(line);
    if (!m) bad.push(line.slice(0, 120));
    else if (m[1] === 'add-mask' && line !== `::add-mask::${token}` && !line.startsWith('::add-mask::eC1hY2Nlc3Mt')) bad.push(line.slice(0, 120));
  }
  return bad;
}

async function expectInert(run: ActionRun, r: Rig, opts: { comment?: boolean } = {}): Promise<void> {
  // No command ran.
  expect(readdirSync(markerDir)).toEqual([]);
  expect(existsSync(join(ROOT, RELATIVE_MARKER))).toBe(false);
  expect(existsSync(join(r.fx.workDir, RELATIVE_MARKER))).toBe(false);
  // The run ended on a verdict, with no stack trace and no injected workflow command.
  expect(['pass', 'warn', 'fail']).toContain(run.outputs.result);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(workflowCommands(run, r.si.token)).toEqual([]);
  expect(run.stdout).not.toMatch(/^::(error|warning)::injected/m);
  // Outputs: every output there, findings-json parses.
  expect(Object.keys(run.outputs).sort()).toEqual(['agent', 'changed-files', 'comment-url', 'findings-json', 'findings-omitted', 'notified', 'result', 'status-commit-sha', 'status-committed', 'violations', 'warnings']);
  expect(Array.isArray(JSON.parse(run.outputs['findings-json'] ?? 'null'))).toBe(true);
  // The job summary is well-formed and inert.
  expect(markdownProblems(run.summary)).toEqual([]);
  // The status file (when there is one) is valid.
  const status = await statusText(r);
  if (status !== null) expect(statusSchemaErrors(status)).toEqual([]);
  if (opts.comment) {
    const ours = r.si.comments.list(1).filter((c) => c.body.startsWith(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(markdownProblems(ours[0]?.body ?? '', { marker: true })).toEqual([]);
  }
}

const findings = (run: ActionRun) => JSON.parse(run.outputs['findings-json'] ?? '[]') as { kind: string; file: string | null; agent: string | null; claimedBy: string | null }[];

describe('hostile names and messages, end to end', () => {
  it('a push to main: hostile commit messages and file names, claimed by hostile agents', async () => {
    const r = await rigs.seed({ 'AI_CURRENT_WORK.md': hostileClaims(), 'README.md': '# x\n', 'AI_HANDOFF.md': '# h\n' });
    const text = TEXT();
    const names = FILE_NAMES();
    const claimable = CLAIMABLE();
    for (const [i, f] of names.entries()) {
      r.fx.write(f, `${i}\n`);
      // Made by a hostile agent other than the one claiming the file (agent k claims the claimable files k, k+6, …).
      const by = AGENTS()[(Math.max(0, claimable.indexOf(f)) + 1) % AGENTS().length];
      await r.fx.commit(`${text[i % text.length]}\n\nAI-Agent: ${by}\n`, { author: { name: text[i % text.length]!.replace(/[<>\n]/g, ' ').slice(0, 200), email: 'dev@example.com' } });
    }
    const { before, after } = await r.fx.push('main');
    const payload = await pushEvent(r.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + H), standIn: r.si });
    const run = await runAction({ standIn: r.si, fixture: r.fx, eventName: 'push', payload, sha: after, ref: 'refs/heads/main' });
    await expectInert(run, r);
    // Judged, not choked on: every claimable hostile file is reported as someone else's, by its exact name.
    const reported = new Set(findings(run).filter((f) => f.kind === 'claimed-by-other').map((f) => f.file));
    for (const f of CLAIMABLE()) expect(reported.has(f)).toBe(true);
    expect(run.outputs['changed-files']).toBe(String(names.length));
    expect(run.outputs['status-committed']).toBe('true');
    expect(JSON.parse((await statusText(r)) ?? '{}').modifiedFiles).toEqual([...names].sort());
  }, 60_000);

  it('pushes to hostile branch names, and a pull request from one with a hostile title', async () => {
    const r = await rigs.seed({ 'AI_CURRENT_WORK.md': hostileClaims(), 'README.md': '# x\n', '.github/ai-sync.yml': 'agents:\n  Claude Code:\n    branches: ["inj/**"]\n' });
    await checkRefNames(r.fx);
    const files = CLAIMABLE();
    for (const [i, b] of BRANCHES().entries()) {
      await r.fx.checkout(b, { create: true, from: 'main' });
      r.fx.write(files[i % files.length] as string, `branch ${i}\n`);
      await r.fx.commit(TEXT()[i % TEXT().length] as string);
      const { before, after } = await r.fx.push(b);
      const payload = await pushEvent(r.fx, { before, after, ref: `refs/heads/${b}`, pushedAt: iso(SEED_CHECKIN + H), standIn: r.si });
      const run = await runAction({ standIn: r.si, fixture: r.fx, eventName: 'push', payload, sha: after, ref: `refs/heads/${b}` });
      await expectInert(run, r);
      // The branch glob makes the pusher Claude Code; the file is someone else's claim.
      expect({ branch: b.slice(0, 40), agent: run.outputs.agent, result: run.outputs.result }).toEqual({ branch: b.slice(0, 40), agent: 'Claude Code', result: 'fail' });
    }
    const head = BRANCHES()[0] as string;
    const title = TEXT().join(' ') + 'T'.repeat(10_000);
    const pull = r.si.pulls.create({ head, base: 'main', user: 'octocat', title, body: TEXT().join('\n'), updatedAt: iso(SEED_CHECKIN + H) });
    const payload = await pullRequestEvent(r.fx, pull, 'opened', { standIn: r.si });
    const run = await runAction({ standIn: r.si, fixture: r.fx, eventName: 'pull_request', payload, sha: (await r.fx.remoteSha(head)) as string, ref: `refs/pull/${pull.number}/merge` });
    expect(run.outputs.result).toBe('fail');
    await expectInert(run, r, { comment: true });
  }, 60_000);

  it('a status file on main whose fields carry workflow commands (it is repository content too)', async () => {
    const status = {
      $schema: STATUS_SCHEMA_URL,
      schemaVersion: 1,
      lastUpdate: '2999-01-01T00:00:00Z',
      lastAuthor: '\n::error::pwned-author\n',
      lastAgent: `$(touch ${M('status-agent')})`,
      lastCommitMessage: '\n::error::pwned-message\n',
      lastCommit: '\n::error::pw\n::add-mask::x',
      ref: '\n::warning::pwned-ref',
      modifiedFiles: ['\n::error::pwned-file'],
      needsSync: true,
      result: 'pass',
      findings: [],
      agents: [{ name: '\n::error::pwned-agent', workingOn: null, module: null, files: [], startedAt: null, lastCheckin: null, lastSeenAt: '2025-12-03T15:00:00Z', state: 'idle', staleAt: null }]
    };
    const r = await rigs.seed({ 'AI_CURRENT_WORK.md': hostileClaims(), 'README.md': '# x\n', 'AI_SYNC_STATUS.json': JSON.stringify(status) });
    r.fx.write('README.md', 'changed\n');
    await r.fx.commit('docs: readme');
    const { before, after } = await r.fx.push('main');
    const payload = await pushEvent(r.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + H), standIn: r.si });
    const run = await runAction({ standIn: r.si, fixture: r.fx, eventName: 'push', payload, sha: after, ref: 'refs/heads/main' });
    // A status "from 2999" is a hand edit, not a newer push: it no longer blocks the write, and replacing it prints
    // none of its fields raw.
    expect(run.outputs['status-committed']).toBe('true');
    expect(run.stdout).not.toMatch(/^::(error|warning|add-mask)::(pw|x$)/m);
    await expectInert(run, r);
  }, 60_000);

  it('a 10,000-character file name and commit subject (written through git plumbing: no filesystem allows it)', async () => {
    const r = await rigs.seed({ 'AI_CURRENT_WORK.md': hostileClaims(), 'README.md': '# x\n' });
    const long = `inj/${'x'.repeat(10_000)}.ts`;
    const blob = (await runGit(['hash-object', '-w', '--stdin'], { cwd: r.fx.workDir, input: 'long\n' })).stdout.toString('utf8').trim();
    await r.fx.git(['update-index', '--add', '--cacheinfo', `100644,${blob},${long}`]);
    await r.fx.git(['commit', '-q', '--no-verify', '-m', `${'S'.repeat(10_000)} $(touch ${M('long-subst')})\n\nAI-Agent: ${AGENTS()[0]}`]);
    const { before, after } = await r.fx.push('main');
    const payload = await pushEvent(r.fx, { before, after, ref: 'refs/heads/main', pushedAt: iso(SEED_CHECKIN + H), standIn: r.si });
    const run = await runAction({ standIn: r.si, fixture: r.fx, eventName: 'push', payload, sha: after, ref: 'refs/heads/main' });
    await expectInert(run, r);
    const status = JSON.parse((await statusText(r)) ?? '{}') as { modifiedFiles: string[]; lastCommitMessage: string };
    expect(status.modifiedFiles).toEqual([long]);
    expect(status.lastCommitMessage.startsWith('S'.repeat(100))).toBe(true);
  }, 60_000);
});
