// parseClaims at scale and on generated input: a 10 MB file, properties over arbitrary and markdown-ish text, linear
// time. The reader's behaviour line by line is claims-parser.test.ts.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseClaims } from '../../../src/engine/claims/index.js';

describe('garbage in', () => {
  it('a 10 MB file parses without throwing, with a bounded number of diagnostics', () => {
    const unit = '## A Status\n**Currently Working On:** x\n**Files Being Modified:**\n- a/b.ts (note)\n- Whatever it is\n```\ncode\n- c.ts\n```\n<!-- c -->\n- M - CLAIMED BY X\n---\n';
    const text = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const d = parseClaims(text);
    expect(d.agents).toHaveLength(1);
    expect(d.diagnostics.length).toBeLessThanOrEqual(201);
    expect(d.diagnostics.at(-1)!.message).toMatch(/further diagnostic/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

const markdownLine = fc.oneof(
  fc.constantFrom(
    '',
    '---',
    '```',
    '````',
    '~~~',
    '```markdown',
    '<!--',
    '-->',
    '<!-- x -->',
    '## Claude Code Status',
    '## 🤖 ChatGPT Codex Status',
    '### ‚ö†Ô∏è Gemini Status',
    '## Emergency Overrides',
    '### Emergency Override - 2025-12-04 - Codex',
    '## Available Modules',
    '### ✅ Complete',
    '**Currently Working On:** None',
    '**Files Being Modified:**',
    '- None',
    '- None.',
    '**Last Checkin:** 2025-12-03 15:00:00',
    '**Last Check-in:** 2025-12-04 (now)',
    '- **Module:** TrackingModule',
    '- ⚠️ TrackingModule - CLAIMED BY ChatGPT Codex (note)',
    '- üî¥ RoutesModule - Available (x)',
    '- 2025-12-04 Claude Code: hotfix in a/b.ts',
    '- backend/src/app.module.ts (to re-enable module)',
    '- `a.ts` — wiring only',
    '- src/**/*.ts',
    '- Whatever the other AI leaves'
  ),
  fc.string({ maxLength: 60 }).map((s) => `- ${s}`),
  fc.string({ maxLength: 60 }).map((s) => `**${s}:** ${s}`),
  fc.string({ maxLength: 60 }).map((s) => `## ${s} Status`),
  fc.string({ maxLength: 80 })
);

describe('properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        const d = parseClaims(s);
        expect(Array.isArray(d.diagnostics)).toBe(true);
      }),
      { numRuns: 300 }
    );
  });

  it('never throws on arbitrary full-Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 1000 }), fc.string({ unit: 'binary', maxLength: 1000 }), (a, b) => {
        parseClaims(a);
        parseClaims(b);
        parseClaims(a + '\n' + b, { timezone: 'America/New_York' });
      }),
      { numRuns: 200 }
    );
  });

  it('never throws on markdown-ish documents, and its output is well-formed', () => {
    fc.assert(
      fc.property(fc.array(markdownLine, { maxLength: 80 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const text = lines.join(eol);
        const d = parseClaims(text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const a of d.agents) {
          expect(a.name.length).toBeGreaterThan(0);
          expect(a.line).toBeGreaterThanOrEqual(1);
          expect(a.endLine).toBeGreaterThanOrEqual(a.line);
          expect(a.endLine).toBeLessThanOrEqual(lineCount);
          expect(a.body).not.toContain('\r');
          expect(a.idle).toBe(a.workingOn === null && a.files.length === 0);
          for (const f of a.files) expect(f.pattern).not.toMatch(/^\.\/|\s/);
        }
        for (const x of d.diagnostics) {
          expect(x.line).toBeGreaterThanOrEqual(0);
          expect(x.line).toBeLessThanOrEqual(lineCount);
        }
        const names = d.agents.map((a) => a.name.toLowerCase());
        expect(new Set(names).size).toBe(names.length);
      }),
      { numRuns: 400 }
    );
  });

  it('runs in linear time: 4 MB takes less than 8× as long as 1 MB', () => {
    // One pool of generated lines; both inputs are built from it in the same proportions.
    const pool = fc.sample(markdownLine, { numRuns: 2000, seed: 42 });
    const build = (size: number): string => {
      const parts: string[] = [];
      let n = 0;
      for (let i = 0; n < size; i++) {
        const line = pool[i % pool.length]!;
        parts.push(line);
        n += line.length + 1;
      }
      return parts.join('\n');
    };
    const small = build(1_000_000);
    const large = build(4_000_000);
    const measure = (text: string): number => {
      let best = Infinity;
      for (let k = 0; k < 2; k++) {
        const t0 = process.hrtime.bigint();
        parseClaims(text);
        best = Math.min(best, Number(process.hrtime.bigint() - t0));
      }
      return best;
    };
    measure(small); // warm-up
    const ratio = measure(large) / measure(small);
    expect(ratio).toBeLessThan(8);
  });
});
