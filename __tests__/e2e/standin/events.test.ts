import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { inputEnvName, outputBlock, pullRequestEvent, pushEvent, readOutputs, runnerEnv, writeEventFile, ZERO_SHA } from '../../../test-support/github-standin/index.js';
import { author } from '../helpers/standin.js';
import { useStandIn } from '../helpers/rig.js';

const r = useStandIn({ fixture: { initialFiles: { 'README.md': 'hi\n', 'old.txt': 'old\n', 'gone.txt': 'bye\n' } } });

const run = promisify(execFile);

describe('push events', () => {
  it('builds commits oldest first from real git data, with added/removed/modified', async () => {
    r.fx.write('new.txt', 'new\n');
    r.fx.write('README.md', 'changed\n');
    r.fx.remove('gone.txt');
    const c1 = await r.fx.commit('first change', { author: { name: 'Octo Cat', email: '583231+octocat@users.noreply.github.com' } });
    r.fx.write('second.txt', '2\n');
    const c2 = await r.fx.commit('second change', { author, date: '2024-03-01T10:00:00+01:00' });
    const { before, after } = await r.fx.push('main');
    expect(after).toBe(c2);
    const ev = await pushEvent(r.fx, { before, after, ref: 'refs/heads/main', standIn: r.si, pushedAt: '2024-03-01T09:30:00Z' });
    expect(ev).toMatchObject({ ref: 'refs/heads/main', before, after, created: false, deleted: false, forced: false, base_ref: null });
    expect(ev.commits.map((c) => c.id)).toEqual([c1, c2]);
    expect(ev.commits[0]).toMatchObject({ message: 'first change', added: ['new.txt'], removed: ['gone.txt'], modified: ['README.md'], author: { username: 'octocat' }, distinct: true });
    expect(ev.commits[1]!.timestamp).toBe('2024-03-01T10:00:00+01:00');
    expect(ev.commits[1]!.url).toBe(`${r.si.origin}/${r.fx.owner}/${r.fx.repo}/commit/${c2}`);
    expect(ev.head_commit?.id).toBe(c2);
    expect(ev.repository).toMatchObject({ full_name: `${r.fx.owner}/${r.fx.repo}`, name: r.fx.repo, owner: { login: r.fx.owner, name: r.fx.owner }, default_branch: 'main' });
    expect(ev.repository.pushed_at).toBe(Date.parse('2024-03-01T09:30:00Z') / 1000);
    expect(JSON.stringify(ev)).not.toContain('Codertocat');
    expect(ev.compare).toBe(`${r.si.origin}/${r.fx.owner}/${r.fx.repo}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`);
    // It agrees with the stand-in's compare.
    const cmp = await r.gh.rest.repos.compareCommitsWithBasehead({ owner: r.fx.owner, repo: r.fx.repo, basehead: `${before}...${after}` });
    expect(cmp.data.commits.map((c) => c.sha)).toEqual(ev.commits.map((c) => c.id));
  });

  it('truncated keeps the last 20 and tells the real size; none lists nothing; a new branch lists only new commits', async () => {
    await r.fx.checkout('many', { create: true });
    const shas: string[] = [];
    for (let i = 0; i < 22; i++) {
      r.fx.write(`many/${i}.txt`, `${i}\n`);
      shas.push(await r.fx.commit(`many ${i}`));
    }
    const push = await r.fx.push('many');
    expect(push.before).toBe(ZERO_SHA);
    const all = await pushEvent(r.fx, { ...push, ref: 'refs/heads/many' });
    expect(all.created).toBe(true);
    expect(all.commits.map((c) => c.id)).toEqual(shas);
    const cut = await pushEvent(r.fx, { ...push, ref: 'refs/heads/many', commits: 'truncated' });
    expect(cut.commits.map((c) => c.id)).toEqual(shas.slice(-20));
    expect((cut as unknown as { size: number }).size).toBe(22);
    const none = await pushEvent(r.fx, { ...push, ref: 'refs/heads/many', commits: 'none' });
    expect(none.commits).toEqual([]);
    expect(none.head_commit?.id).toBe(shas[21]);
  });

  it('detects a forced push and a deletion', async () => {
    await r.fx.checkout('many');
    await r.fx.git(['reset', '-q', '--hard', 'HEAD~3']);
    r.fx.write('rewritten.txt', 'x\n');
    const rewritten = await r.fx.commit('rewritten');
    const forced = await r.fx.push('many', { force: true });
    const ev = await pushEvent(r.fx, { ...forced, ref: 'refs/heads/many' });
    expect(ev.forced).toBe(true);
    expect(ev.commits.map((c) => c.id)).toEqual([rewritten]);
    const del = await r.fx.push('many', { delete: true });
    const gone = await pushEvent(r.fx, { ...del, ref: 'refs/heads/many' });
    expect(gone).toMatchObject({ deleted: true, after: ZERO_SHA, commits: [], head_commit: null });
    await r.fx.checkout('main');
  });
});

describe('pull_request events', () => {
  it('fills the pull from the store and real git', async () => {
    await r.fx.checkout('agent/a', { create: true });
    r.fx.write('a.txt', 'a\n');
    const head = await r.fx.commit('agent a');
    await r.fx.push('agent/a');
    await r.fx.checkout('main');
    const pull = r.si.pulls.create({ head: 'agent/a', base: 'main', user: 'agent-a', title: 'Claim a', updatedAt: '2024-06-01T00:00:00Z', draft: false });
    const ev = await pullRequestEvent(r.fx, pull, 'synchronize', { standIn: r.si, before: ZERO_SHA.replace(/0/g, '1') });
    expect(ev).toMatchObject({
      action: 'synchronize',
      number: pull.number,
      after: head,
      pull_request: {
        number: pull.number,
        title: 'Claim a',
        draft: false,
        updated_at: '2024-06-01T00:00:00Z',
        user: { login: 'agent-a' },
        head: { ref: 'agent/a', sha: head },
        base: { ref: 'main', sha: await r.fx.remoteSha('main') }
      },
      repository: { full_name: `${r.fx.owner}/${r.fx.repo}` }
    });
    // The same pull through the API agrees.
    const api = await r.gh.rest.pulls.get({ owner: r.fx.owner, repo: r.fx.repo, pull_number: pull.number });
    expect(api.data.head.sha).toBe(ev.pull_request.head.sha);
    expect(api.data.url).toBe(ev.pull_request.url);
    const opened = await pullRequestEvent(r.fx, pull, 'opened');
    expect(opened.action).toBe('opened');
    expect('before' in opened).toBe(false);
    expect(opened.pull_request.html_url).toBe(`https://github.com/${r.fx.owner}/${r.fx.repo}/pull/${pull.number}`);
  });
});

describe('runner environment', () => {
  it('sets what a runner sets; @actions/core in a child reads inputs and writes outputs readOutputs parses', async () => {
    const eventPath = writeEventFile({ ref: 'refs/heads/main' });
    const env = runnerEnv({
      standIn: r.si,
      eventName: 'push',
      eventPath,
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      workspace: r.fx.workDir,
      inputs: { 'fail-on': 'conflict', 'github-token': r.si.token, 'odd name': 'x' }
    });
    try {
      expect(env).toMatchObject({
        GITHUB_API_URL: r.si.url,
        GITHUB_GRAPHQL_URL: `${r.si.url}/graphql`,
        GITHUB_SERVER_URL: r.si.origin,
        GITHUB_REPOSITORY: `${r.fx.owner}/${r.fx.repo}`,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_ACTIONS: 'true',
        'INPUT_FAIL-ON': 'conflict',
        'INPUT_GITHUB-TOKEN': r.si.token,
        INPUT_ODD_NAME: 'x'
      });
      expect(inputEnvName('fail-on')).toBe('INPUT_FAIL-ON');
      expect(readFileSync(env.GITHUB_OUTPUT!, 'utf8')).toBe('');
      const script = [
        "import * as core from '@actions/core';",
        "core.setOutput('mode', core.getInput('fail-on'));",
        "core.setOutput('multi', 'line 1\\nline 2');",
        "core.setOutput('json', JSON.stringify({ a: [1, 2] }));",
        "await core.summary.addRaw('# hi').write();"
      ].join('\n');
      await run(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), env: { PATH: process.env.PATH ?? '', ...env } });
      expect(readOutputs(env.GITHUB_OUTPUT!)).toEqual({ mode: 'conflict', multi: 'line 1\nline 2', json: '{"a":[1,2]}' });
      expect(readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain('# hi');
    } finally {
      rmSync(dirname(env.GITHUB_OUTPUT!), { recursive: true, force: true });
      rmSync(dirname(eventPath), { recursive: true, force: true });
    }
  });

  it('parses hand-written blocks and legacy lines', () => {
    const env = runnerEnv({ standIn: r.si, eventName: 'push', eventPath: '/nonexistent', sha: '', ref: 'refs/heads/main', workspace: '/tmp' });
    try {
      const p = env.GITHUB_OUTPUT!;
      const text = outputBlock('a', 'one\ntwo') + 'b=plain\n' + outputBlock('c', '');
      writeFileSync(p, text);
      expect(readOutputs(p)).toEqual({ a: 'one\ntwo', b: 'plain', c: '' });
    } finally {
      rmSync(dirname(env.GITHUB_OUTPUT!), { recursive: true, force: true });
    }
  });
});
