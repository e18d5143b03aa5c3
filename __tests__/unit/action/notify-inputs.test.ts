// notify-webhook and notify-on: a secret URL accepted only as https: (http: to another host with a warning) and
// refused without being shown; notify-on's words, its default (the same as action.yml states) and its errors.
import { describe, expect, it } from '@jest/globals';
import { readInputs } from '../../../src/action/inputs.js';
import { inputProblem, inputsOf } from '../../helpers/inputs.js';
import { NOTIFY_ON_DEFAULT } from '../../../src/report/notice.js';
import { readActionMetadata } from '../../../scripts/docs.js';

const read = inputsOf;
const problem = inputProblem;

describe('notify-webhook', () => {
  it('absent: no webhook, no warning', () => {
    expect(readInputs(read({}))).toMatchObject({ notify: { webhook: null, on: NOTIFY_ON_DEFAULT }, warnings: [] });
  });

  it.each([
    ['https://hooks.slack.com/services/T0/B0/abc', 'https://hooks.slack.com/services/T0/B0/abc'],
    ['  https://Mattermost.Example.com/hooks/xyz \n', 'https://mattermost.example.com/hooks/xyz'],
    ['http://127.0.0.1:8080/hook', 'http://127.0.0.1:8080/hook'],
    ['http://localhost/hook', 'http://localhost/hook'],
    ['http://[::1]:9/h', 'http://[::1]:9/h']
  ])('accepts %j without a warning', (raw, href) => {
    expect(readInputs(read({ 'notify-webhook': raw }))).toMatchObject({ notify: { webhook: href }, warnings: [] });
  });

  it('accepts http: to another host with a warning that does not show the URL', () => {
    const inputs = readInputs(read({ 'notify-webhook': 'http://chat.example.com/hooks/SECRETKEY' }));
    expect(inputs.notify.webhook).toBe('http://chat.example.com/hooks/SECRETKEY');
    expect(inputs.warnings).toEqual(["input notify-webhook: an http: URL sends the findings (and the webhook's key) unencrypted; use https:"]);
  });

  it.each(['hooks.slack.com/services/SECRETKEY', 'xoxb:SECRETKEY', 'ftp://example.com/SECRETKEY', 'javascript:SECRETKEY', 'file:///SECRETKEY', 'https://', 'SECRETKEY'])(
    'refuses %j without showing any of it',
    (raw) => {
      const message = problem({ 'notify-webhook': raw });
      expect(message).toBe('input notify-webhook: expected an https: (or http:) URL; the value is not one (it is a secret and is not shown)');
      expect(message).not.toContain('SECRETKEY');
    }
  );
});

describe('notify-on', () => {
  it('the default is the one action.yml states', () => {
    const stated = readActionMetadata().inputs.find((i) => i.name === 'notify-on')?.default;
    expect(stated).toBe(NOTIFY_ON_DEFAULT.join(', '));
    expect(readInputs(read({ 'notify-on': stated ?? '' })).notify.on).toEqual(NOTIFY_ON_DEFAULT);
  });

  it('reads severities, kinds and none', () => {
    expect(readInputs(read({ 'notify-on': 'warning\nclaim-tampered' })).notify.on).toEqual(['warning', 'claim-tampered']);
    expect(readInputs(read({ 'notify-on': 'None' })).notify.on).toEqual([]);
  });

  it('an unknown value is named, with every allowed value', () => {
    const message = problem({ 'notify-on': 'error, errors' });
    expect(message).toMatch(/^input notify-on: unknown value "errors"; expected a severity \(error, warning, notice\), a finding kind \(claim-tampered, invalid-claims-file, .*, incomplete-changes\) or none$/);
    expect(message).toContain('emergency-override');
    expect(problem({ 'notify-on': 'x\ny"z' })).toMatch(/^input notify-on: unknown value "x"/);
  });

  it('none cannot be combined', () => {
    expect(problem({ 'notify-on': 'none, error' })).toBe('input notify-on: "none" cannot be combined with other values');
  });
});
