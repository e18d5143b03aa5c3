// --agent names through the built CLI: a name that is no known agent but close to one gets a did-you-mean
// (src/engine/names.ts closestAgent), on refusals and on a claim that would start a new agent's section.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildCli, fixture, makeWorld, NOW, read, runCli, type World } from '../helpers/cli.js';

let cli: string;
let w: World;
let repo: string;
const env = { AI_SYNC_NOW: NOW };
const FILE = 'AI_CURRENT_WORK.md';
const CONFIG = 'agents:\n  ChatGPT Codex:\n    aliases: [Codex, "*@openai.com"]\n';

beforeAll(() => {
  cli = buildCli();
  w = makeWorld({ [FILE]: fixture('flat.md'), '.github/ai-sync.yml': CONFIG });
  repo = w.clone('u');
}, 180_000);
afterAll(() => w.cleanup());

describe('did you mean', () => {
  it.each([
    ['checkin', 'ClaudeCode', 'Claude Code'],
    ['checkin', 'Cluade Code', 'Claude Code'],
    ['checkin', 'Codx', 'ChatGPT Codex']
  ])('%s --agent %j: no section, did you mean %j?', async (command, typed, meant) => {
    const r = await runCli(cli, [command, '--agent', typed], { cwd: repo, env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`ai-sync: ${FILE} has no section for ${typed} (did you mean "${meant}"?): claim something first (ai-sync claim)\n`);
    expect(read(repo, FILE)).toBe(fixture('flat.md'));
  });

  it('release --agent "Claud Code": nothing to release, did you mean "Claude Code"?', async () => {
    const r = await runCli(cli, ['release', '--agent', 'Claud Code'], { cwd: repo, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ai-sync: ${FILE} has no section and no module claims for Claud Code (did you mean "Claude Code"?): nothing to release\n`);
    expect(read(repo, FILE)).toBe(fixture('flat.md'));
  });

  it('no guess when nothing is close', async () => {
    const r = await runCli(cli, ['checkin', '--agent', 'Copilot'], { cwd: repo, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ai-sync: ${FILE} has no section for Copilot: claim something first (ai-sync claim)\n`);
  });

  it('a name the engine resolves needs no guess ("codex" is ChatGPT Codex by its alias)', async () => {
    const r = await runCli(cli, ['checkin', '--agent', 'codex'], { cwd: w.clone('codex'), env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('checked in ChatGPT Codex');
    expect(r.stdout).not.toContain('did you mean');
  });

  it.each([
    ['ClaudeCode', 'Claude Code'],
    ['Claud Code', 'Claude Code']
  ])('claim --agent %j is refused before a second section for %j is started', async (typed, meant) => {
    const clone = w.clone(`claim-${typed.replace(/\W/g, '')}`);
    const r = await runCli(cli, ['claim', '--agent', typed, '--files', 'docs/guide.md'], { cwd: clone, env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `ai-sync: ${FILE} has no section for "${typed}" (did you mean "${meant}"?): not starting a second section for ${meant}; ` +
        `run again as ai-sync claim --agent '${meant}' ..., or, if "${typed}" is another agent, list it under "agents:" in the config first\n`
    );
    expect(read(clone, FILE)).toBe(fixture('flat.md'));
    // The suggested name works as is.
    const again = await runCli(cli, ['claim', '--agent', meant, '--files', 'docs/guide.md'], { cwd: clone, env });
    expect(again.code).toBe(0);
    expect(read(clone, FILE).match(/^## .*Claude Code.*$/gm)).toEqual(['## Claude Code Status']);
  });

  it('a name the config lists is a different agent, not a typo', async () => {
    const other = makeWorld({ [FILE]: fixture('flat.md'), '.github/ai-sync.yml': 'agents:\n  Claude Coder: {}\n' });
    try {
      const clone = other.clone('coder');
      const r = await runCli(cli, ['claim', '--agent', 'Claude Coder', '--files', 'docs/guide.md'], { cwd: clone, env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(read(clone, FILE)).toContain('## Claude Coder Status');
    } finally {
      other.cleanup();
    }
  });

  it('a new agent close to no one gets no note', async () => {
    const r = await runCli(cli, ['claim', '--agent', 'Gemini CLI', '--files', 'docs/other.md'], { cwd: w.clone('gemini'), env });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('note:');
  });

  it('verify --agent with a likely typo judges as asked and says who was probably meant', async () => {
    const clone = w.clone('verify');
    const r = await runCli(cli, ['verify', '--base', 'HEAD', '--agent', 'ClaudeCode', '--json'], { cwd: clone, env });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { warnings: string[] };
    expect(doc.warnings).toContain(`--agent "ClaudeCode" names no agent in ${FILE} (did you mean "Claude Code"?)`);
    const exact = JSON.parse((await runCli(cli, ['verify', '--base', 'HEAD', '--agent', 'Claude Code', '--json'], { cwd: clone, env })).stdout) as { warnings: string[] };
    expect(exact.warnings.some((x) => x.includes('did you mean'))).toBe(false);
  });
});
