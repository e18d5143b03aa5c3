// readInputs: every input held to the rules of its config counterpart, a bad one named with its value in one line.
import { describe, expect, it } from '@jest/globals';
import { readInputs } from '../../../src/action/inputs.js';
import { inputProblem, inputsOf } from '../../helpers/inputs.js';
import { parseConfig } from '../../../src/engine/config/index.js';

const read = inputsOf;
const problem = inputProblem;

describe('readInputs', () => {
  it('no inputs: the built-in defaults and no overrides', () => {
    const inputs = readInputs(read({}));
    expect(inputs.files).toEqual({ claims: 'AI_CURRENT_WORK.md', status: 'AI_SYNC_STATUS.json', handoff: 'AI_HANDOFF.md' });
    expect(inputs.configFile).toBe('.github/ai-sync.yml');
    expect(inputs.overrides).toEqual({});
  });

  it('valid overrides are passed on', () => {
    const inputs = readInputs(read({ 'active-hours': '.5', 'stale-hours': '2.4e1', timezone: ' Europe/Berlin ' }));
    expect(inputs.overrides).toEqual({ activeHours: 0.5, staleHours: 24, timezone: 'Europe/Berlin' });
  });

  describe('timezone, as the config file', () => {
    it.each(['Mars/Olympus', 'Europe/Berlinn', 'UTC+1', 'x'.repeat(200)])('rejects %j', (tz) => {
      expect(() => parseConfig(`timezone: "${tz}"\n`, 'cfg.yml')).toThrow(); // the config says no to the same value
      expect(problem({ timezone: tz })).toBe(
        `input timezone: ${JSON.stringify(tz.length > 60 ? `${tz.slice(0, 60)}…` : tz)} is not an IANA time zone (expected a name like Europe/Berlin or UTC)`
      );
    });

    it('names the value as given for Mars/Olympus', () => {
      expect(problem({ timezone: 'Mars/Olympus' })).toMatch(/^input timezone: "Mars\/Olympus" is not an IANA time zone/);
    });

    it.each(['UTC', 'Asia/Kolkata', 'America/New_York'])('accepts %s', (tz) => {
      expect(readInputs(read({ timezone: tz })).overrides.timezone).toBe(tz);
    });
  });

  describe('active-hours and stale-hours, as the config file', () => {
    it.each([
      ['active-hours', 'two'],
      ['stale-hours', 'Infinity'],
      ['stale-hours', '0x10'],
      ['active-hours', '2\n3']
    ])('%s: %j is not a number', (name, value) => {
      expect(problem({ [name]: value })).toBe(`input ${name}: expected a number of hours, got ${JSON.stringify(value)}`);
    });

    it.each([
      ['active-hours', '0'],
      ['stale-hours', '-1'],
      ['active-hours', '1e-400'],
      ['active-hours', '1e400']
    ])('%s: %j is not above 0', (name, value) => {
      expect(problem({ [name]: value })).toBe(`input ${name}: expected a number of hours > 0, got ${JSON.stringify(value)}`);
    });

    it.each([
      ['5', '4'],
      ['4', '4']
    ])('active-hours %s with stale-hours %s: active must be less than stale', (active, stale) => {
      expect(problem({ 'active-hours': active, 'stale-hours': stale })).toBe(
        `input active-hours: expected less than stale-hours ("${stale}"), got "${active}"`
      );
    });

    it('one of them alone is left to the check against the config (withOverrides)', () => {
      expect(readInputs(read({ 'active-hours': '10' })).overrides).toEqual({ activeHours: 10 });
      expect(readInputs(read({ 'stale-hours': '1' })).overrides).toEqual({ staleHours: 1 });
    });
  });

  describe('file paths', () => {
    it.each(['/etc/passwd', '../outside.md', 'docs/../../x', 'docs//claims.md', 'docs/./claims.md', 'docs/', 'a\0b', 'a\nb'])('rejects %j', (p) => {
      expect(problem({ 'claims-file': p })).toBe(`input claims-file: expected a file path inside the repository, got ${JSON.stringify(p)}`);
    });

    it('drops a leading ./', () => {
      expect(readInputs(read({ 'claims-file': './docs/claims.md', 'config-file': '././ai.yml' }))).toMatchObject({
        files: { claims: 'docs/claims.md' },
        configFile: 'ai.yml'
      });
    });

    it('one file in two roles is refused', () => {
      expect(problem({ 'status-file': 'AI_CURRENT_WORK.md' })).toBe('input status-file: "AI_CURRENT_WORK.md" is also the claims-file; each file has one role');
      expect(problem({ 'claims-file': 'c.md', 'config-file': './c.md' })).toBe('input config-file: "c.md" is also the claims-file; each file has one role');
    });
  });

  it('other inputs quote their value in one line', () => {
    expect(problem({ 'fail-on': 'err\nor' })).toBe('input fail-on: expected one of error | warning | never, got "err\\nor"');
    expect(problem({ 'write-status': 'maybe' })).toBe('input write-status: expected true or false, got "maybe"');
  });
});
