import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { cell, code, details, html, plain, row, table, text, utf8Length } from '../../../src/report/markdown.js';
import { CORPUS } from '../../helpers/corpus.js';
import { markdownProblems, scanInline, spanText, splitRow } from '../../helpers/md-check.js';

/** The documented visible form, written independently of the implementation. */
function reference(s: string): string {
  return s
    .replace(/\r\n/g, ' ')
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(
      /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`
    );
}

/** What a reader sees of `text()` output: backslash escapes and our entities undone. */
function decodeProse(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&(amp|lt|gt);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>' })[e] as string);
}

const fold = (s: string) => s.replace(/\uFF20/g, '@').replace(/\uFF03/g, '#');

const hostileUnit = fc.constantFrom(
  '`', ' ', '\\', '|', '@', '<', '>', '&', '\n', '\r', '\t', 'a', 'Z', '\u202E', '\u0000', '#', '1', '[', ']', '(', ')',
  '$', '*', '_', '~', '-', '.', ':', '/', 'w', '!', '\uD83E', '\uDD16', '🤖', '\u200D'
);
const strings = fc.oneof(
  fc.string({ unit: hostileUnit, maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((a) => String.fromCharCode(...a)),
  fc.constantFrom(...CORPUS.filter((s) => s.length < 200))
);

describe('plain', () => {
  it('turns line breaks and tabs into spaces and shows hidden characters', () => {
    expect(plain('a\r\nb\nc\rd\te')).toBe('a b c d e');
    expect(plain('x\u202Ey\u0000z')).toBe('x\\u{202E}y\\u{0000}z');
    expect(plain('\uD800')).toBe('\\u{D800}');
    expect(plain('👩‍💻 ok')).toBe('👩‍💻 ok');
  });

  it('caps the length with an ellipsis, never splitting an escape or a surrogate pair', () => {
    expect(plain('abcdef', 4)).toBe('abc…');
    expect(plain('ab\u202E', 6)).toBe('ab…');
    expect(plain('🤖🤖🤖', 4)).toBe('🤖…');
  });

  it('matches the documented replacements and never exceeds max (property)', () => {
    fc.assert(
      fc.property(strings, fc.integer({ min: 1, max: 60 }), (s, max) => {
        expect(plain(s, 1e9)).toBe(reference(s));
        const capped = plain(s, max);
        expect(capped.length).toBeLessThanOrEqual(max);
        if (reference(s).length <= max) expect(capped).toBe(reference(s));
        else expect(reference(s).startsWith(capped.slice(0, -1))).toBe(true);
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(capped)).toBe(false);
      }),
      { numRuns: 500 }
    );
  });
});

describe('code', () => {
  it.each([
    ['abc', '`abc`'],
    ['a`b', '``a`b``'],
    ['`', '`` ` ``'],
    ['``a', '``` ``a ```'],
    ['a```b``c', '````a```b``c````'],
    [' a ', '`  a  `'],
    ['a ', '`a `'],
    ['  ', '`  `'],
    ['a\nb', '`a b`'],
    ['x\u202Ey', '`x\\u{202E}y`'],
    ['@octocat', '`@octocat`'],
    ['<img src=x onerror=alert(1)>', '`<img src=x onerror=alert(1)>`'],
    ['', '*(empty)*']
  ])('code(%j) === %j', (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it('caps long values at 200 characters by default', () => {
    const c = code('x'.repeat(10_000));
    expect(c).toBe('`' + 'x'.repeat(199) + '…`');
  });

  it('always parses back to one span with the same visible text (property)', () => {
    fc.assert(
      fc.property(strings, (s) => {
        const md = code(s, 1e9);
        if (s === '') return expect(md).toBe('*(empty)*');
        const scan = scanInline(md);
        expect(scan.unmatched).toEqual([]);
        expect(scan.outside).toBe('\uE001');
        expect(scan.spans).toHaveLength(1);
        expect(spanText(scan.spans[0]?.content ?? '')).toBe(reference(s));
      }),
      { numRuns: 1000 }
    );
  });

  it('stays one span per cell inside a table row (property)', () => {
    fc.assert(
      fc.property(fc.array(strings.filter((s) => s !== ''), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = row(cells.map((c) => code(c, 1e9)));
        const split = splitRow(line);
        expect(split).toHaveLength(cells.length);
        split.forEach((c, i) => {
          const scan = scanInline(c);
          expect(scan.spans).toHaveLength(1);
          expect(scan.outside).toBe('\uE001');
          expect(spanText(scan.spans[0]?.content ?? '')).toBe(reference(cells[i] as string));
        });
      }),
      { numRuns: 300 }
    );
  });
});

describe('text', () => {
  it.each([
    ['@octocat', '\uFF20octocat'],
    ['@org/team', '\uFF20org/team'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['a & b', 'a &amp; b'],
    ['#12 and org/repo#3', '\uFF0312 and org/repo\uFF033'],
    ['# title', '\\# title'],
    ['- x', '\\- x'],
    ['+ x', '\\+ x'],
    ['1. x', '1\\. x'],
    ['v1.2', 'v1.2'],
    ['a|b', 'a\\|b'],
    ['[l](javascript:x)', '\\[l\\]\\(javascript:x\\)'],
    ['![i](http://x)', '\\!\\[i\\]\\(http\\://x\\)'],
    ['see www.x.org', 'see www\\.x.org'],
    ['${{ secrets.X }}', '\\${{ secrets.X }}'],
    ['**b** _e_ ~~s~~', '\\*\\*b\\*\\* \\_e\\_ \\~\\~s\\~\\~'],
    ['`x`', '\\`x\\`'],
    ['back\\slash', 'back\\\\slash'],
    ['line\nbreak', 'line break'],
    ['rlo\u202E', 'rlo\\\\u{202E}']
  ])('text(%j) === %j', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('is inert markdown that reads back as the visible text (property)', () => {
    fc.assert(
      fc.property(strings, (s) => {
        const md = text(s, 1e9);
        expect(markdownProblems(md)).toEqual([]);
        const scan = scanInline(md);
        expect(scan.spans).toEqual([]);
        expect(fold(decodeProse(md))).toBe(fold(reference(s)));
      }),
      { numRuns: 1000 }
    );
  });

  it('never exceeds max', () => {
    fc.assert(
      fc.property(strings, fc.integer({ min: 1, max: 40 }), (s, max) => {
        expect(text(s, max).length).toBeLessThanOrEqual(max);
      })
    );
    expect(text('<'.repeat(10_000)).length).toBeLessThanOrEqual(500);
  });
});

describe('html, cell, table, details', () => {
  it('html() escapes for raw HTML and neutralises mentions', () => {
    expect(html('<b>"x" & \'y\' @me #1 `c` [l]')).toBe(
      '&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39; \uFF20me \uFF031 &#96;c&#96; &#91;l&#93;'
    );
  });

  it('cell() escapes every pipe', () => {
    expect(cell('a|b\\|c')).toBe('a\\|b\\\\|c');
    expect(splitRow(row(['a|b', code('x|y'), text('p|q')]))).toEqual(['a|b', '`x|y`', 'p\\|q']);
  });

  it('table() keeps the column count whatever the cells hold', () => {
    const t = table(
      ['A', 'B'],
      CORPUS.map((s) => [code(s), text(s)])
    );
    expect(markdownProblems(t)).toEqual([]);
  });

  it('details() keeps hostile summaries inert', () => {
    for (const s of CORPUS) {
      const md = details(s, text(s));
      expect(markdownProblems(md)).toEqual([]);
      expect(md.startsWith('<details>\n<summary>')).toBe(true);
      expect(md.endsWith('\n\n</details>')).toBe(true);
    }
    expect(details('x', 'y', true).startsWith('<details open>')).toBe(true);
  });
});

describe('utf8Length', () => {
  it('agrees with Buffer.byteLength (property)', () => {
    fc.assert(
      fc.property(strings, (s) => {
        expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
      }),
      { numRuns: 500 }
    );
  });
});
