// resolveLink: a symbolic link at the claims path is followed once, to a file inside the repository, or refused in one line.
import { describe, expect, it } from '@jest/globals';
import { linkTargetProblem, resolveLink, SYMLINK_MODE } from '../../../src/engine/claims/link.js';

describe('resolveLink', () => {
  it.each([
    ['docs/claims.md', 'docs/claims.md'],
    ['./docs//claims.md', 'docs/claims.md'],
    ['docs/../notes/claims.md', 'notes/claims.md'],
    ['a name with spaces.md', 'a name with spaces.md']
  ])('AI_CURRENT_WORK.md → %j is followed to %s', (target, path) => {
    expect(resolveLink('AI_CURRENT_WORK.md', target)).toEqual({ path });
  });

  // A link in a folder: its target is relative to that folder.
  it.each([
    ['team/AI_CURRENT_WORK.md', 'claims.md', 'team/claims.md'],
    ['team/a/AI_CURRENT_WORK.md', '../claims.md', 'team/claims.md'],
    ['team/AI_CURRENT_WORK.md', '../docs/claims.md', 'docs/claims.md']
  ])('%s → %j is followed to %s', (link, target, path) => {
    expect(resolveLink(link, target)).toEqual({ path });
  });

  it('a target escaping the root is refused, in the words of the rule', () => {
    expect(resolveLink('AI_CURRENT_WORK.md', '../../etc/passwd')).toEqual({
      problem: 'AI_CURRENT_WORK.md is a symbolic link to "../../etc/passwd", outside the repository; ai-sync reads only files inside it'
    });
  });

  it.each([
    ['team/AI_CURRENT_WORK.md', '../../x.md'],
    ['AI_CURRENT_WORK.md', '../octo-repo/AI_CURRENT_WORK.md'], // out and back in by name: still outside for git
    ['AI_CURRENT_WORK.md', 'docs/../../x.md']
  ])('%s → %j escapes the root', (link, target) => {
    expect(resolveLink(link, target)).toEqual({ problem: expect.stringMatching(/, outside the repository; ai-sync reads only files inside it$/) });
  });

  it.each(['/etc/passwd', '/', 'C:\\Windows\\win.ini', 'c:/x', '\\\\server\\share\\x'])('an absolute target %j is refused', (target) => {
    expect(resolveLink('AI_CURRENT_WORK.md', target)).toEqual({
      problem: `AI_CURRENT_WORK.md is a symbolic link to ${JSON.stringify(target)}, an absolute path; ai-sync follows only relative links to files inside the repository`
    });
  });

  it('an empty target is refused', () => {
    expect(resolveLink('AI_CURRENT_WORK.md', '')).toEqual({
      problem: 'AI_CURRENT_WORK.md is a symbolic link with an empty target; ai-sync reads only files inside the repository'
    });
  });

  it.each(['.', './', 'docs/', 'docs/..', 'docs/.'])('a target naming a directory (%j) is refused', (target) => {
    expect(resolveLink('AI_CURRENT_WORK.md', target)).toEqual({ problem: expect.stringMatching(/, a directory; ai-sync reads only files$/) });
  });

  it.each([
    ['AI_CURRENT_WORK.md', 'AI_CURRENT_WORK.md'],
    ['docs/AI_CURRENT_WORK.md', '../docs/AI_CURRENT_WORK.md']
  ])('a link to itself (%s → %j) is a link to a link', (link, target) => {
    expect(resolveLink(link, target)).toEqual({ problem: linkTargetProblem(link, target, 'link') });
  });

  it('a NUL byte is no path', () => {
    expect(resolveLink('AI_CURRENT_WORK.md', 'a\0b')).toEqual({ problem: expect.stringMatching(/^AI_CURRENT_WORK\.md is a symbolic link to "a\\u0000b", not a path/) });
  });

  it('a long or multi-line target stays one line, cut at 80 characters', () => {
    const target = `../${'x'.repeat(200)}\nline`;
    const r = resolveLink('AI_CURRENT_WORK.md', target) as { problem: string };
    expect(r.problem).not.toContain('\n');
    expect(r.problem).toContain(`"../${'x'.repeat(74)}..."`);
  });
});

describe('linkTargetProblem: what the caller found at the target', () => {
  it.each([
    ['missing', 'AI_CURRENT_WORK.md is a symbolic link to "docs/claims.md", which does not exist in the repository; ai-sync reads only files inside it'],
    ['link', 'AI_CURRENT_WORK.md is a symbolic link to "docs/claims.md", itself a symbolic link; ai-sync follows one link, to a file inside the repository'],
    ['directory', 'AI_CURRENT_WORK.md is a symbolic link to "docs/claims.md", a directory; ai-sync reads only files'],
    ['not-a-file', 'AI_CURRENT_WORK.md is a symbolic link to "docs/claims.md", which is not a file; ai-sync reads only files inside the repository']
  ] as const)('%s', (kind, line) => {
    expect(linkTargetProblem('AI_CURRENT_WORK.md', 'docs/claims.md', kind)).toBe(line);
  });

  it('the symlink mode is git\'s 120000, GraphQL\'s 40960', () => {
    expect(SYMLINK_MODE).toBe(40960);
    expect(SYMLINK_MODE.toString(8)).toBe('120000');
  });
});
