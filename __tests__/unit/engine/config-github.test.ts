// agents.<name>.github: the only source of a live @mention, so it must be a login by GitHub's rules and nothing else.
import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseConfig } from '../../../src/engine/config/index.js';
import { githubLoginProblem } from '../../../src/engine/config/schema.js';

const config = (login: string) => `agents:\n  ChatGPT Codex:\n    github: ${JSON.stringify(login)}\n`;

describe('agents.<name>.github', () => {
  it.each(['octocat', 'a', 'Codex-Owner-1', 'a'.repeat(39), '0x0'])('accepts %j', (login) => {
    expect(parseConfig(config(login), 'cfg.yml').agents['ChatGPT Codex']).toEqual({ aliases: [], branches: [], github: login });
  });

  it('is absent when not written', () => {
    expect(parseConfig('agents:\n  Claude Code:\n    aliases: [Claude]\n', 'cfg.yml').agents['Claude Code']).toEqual({ aliases: ['Claude'], branches: [] });
  });

  it.each([
    ['@octocat', 'without the leading "@"'],
    ['-octocat', 'single hyphens'],
    ['octocat-', 'single hyphens'],
    ['octo--cat', 'single hyphens'],
    ['octo cat', 'single hyphens'],
    ['org/team', 'single hyphens'],
    ['octo_cat', 'single hyphens'],
    ['a'.repeat(40), 'longer than 39'],
    ['octocat\n@channel', 'single hyphens'],
    ['', 'single hyphens']
  ])('refuses %j with the file, the line and the key', (login, why) => {
    expect(githubLoginProblem(login.trim())).toContain(why);
    let error: unknown;
    try {
      parseConfig(config(login), 'cfg.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^cfg\.yml:3: agents\.ChatGPT Codex\.github: expected a GitHub login/);
  });
});
