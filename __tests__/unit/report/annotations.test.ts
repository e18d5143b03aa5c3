import type { Finding, FindingKind } from '../../../src/engine/model.js';
import { overflowMessage, selectAnnotations } from '../../../src/report/annotations.js';
import { finding } from '../../helpers/corpus.js';

// Most important first.
const ORDER: FindingKind[] = ['claim-tampered', 'claimed-by-other', 'emergency-override', 'missing-handoff', 'claim-caution', 'uncertain-claim', 'overlapping-claims', 'stale-claim'];

describe('selectAnnotations', () => {
  it('makes one annotation per finding with a file, titled by kind, one line', () => {
    const { annotations, overflow } = selectAnnotations([
      finding({ message: 'first line\nsecond\tline\u0000' }),
      finding({ file: null })
    ]);
    expect(overflow).toEqual([]);
    expect(annotations).toEqual([
      { severity: 'error', title: 'claimed-by-other', message: 'first line second line\\u{0000}', file: 'src/a.ts' }
    ]);
  });

  it('picks the most important kinds first when over the limit and counts the overflow', () => {
    // Every kind three times, in reverse importance, as warnings.
    const findings: Finding[] = [...ORDER]
      .reverse()
      .flatMap((kind) => [3, 2, 1].map((n) => finding({ kind, severity: 'warning', file: `${kind}-${n}.ts` })));
    const { annotations, overflow } = selectAnnotations(findings);
    expect(annotations).toHaveLength(10);
    expect(annotations.map((a) => a.file)).toEqual([
      'claim-tampered-1.ts',
      'claim-tampered-2.ts',
      'claim-tampered-3.ts',
      'claimed-by-other-1.ts',
      'claimed-by-other-2.ts',
      'claimed-by-other-3.ts',
      'emergency-override-1.ts',
      'emergency-override-2.ts',
      'emergency-override-3.ts',
      'missing-handoff-1.ts'
    ]);
    expect(overflow).toEqual([{ severity: 'warning', count: 14 }]);
  });

  it('limits each severity separately and orders error, warning, notice', () => {
    const findings = (['notice', 'warning', 'error'] as const).flatMap((severity) =>
      Array.from({ length: 12 }, (_, i) => finding({ severity, file: `f${String(i).padStart(2, '0')}.ts` }))
    );
    const { annotations, overflow } = selectAnnotations(findings);
    expect(annotations.map((a) => a.severity)).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(10).fill('notice')
    ]);
    expect(annotations.slice(0, 3).map((a) => a.file)).toEqual(['f00.ts', 'f01.ts', 'f02.ts']);
    expect(overflow).toEqual([
      { severity: 'error', count: 2 },
      { severity: 'warning', count: 2 },
      { severity: 'notice', count: 2 }
    ]);
  });

  it('annotates an identity conflict (about a commit, not a file) without a file; other file-less kinds are not annotated', () => {
    const { annotations } = selectAnnotations([
      finding({ kind: 'identity-conflict', severity: 'warning', file: null, message: 'Commit abc1234 is judged as X' }),
      finding({ kind: 'missing-handoff', file: null })
    ]);
    expect(annotations).toEqual([{ severity: 'warning', title: 'identity-conflict', message: 'Commit abc1234 is judged as X' }]);
  });

  it('does not count findings without a file as overflow', () => {
    const findings = Array.from({ length: 30 }, () => finding({ file: null }));
    expect(selectAnnotations(findings)).toEqual({ annotations: [], overflow: [] });
  });

  it('is deterministic whatever the input order', () => {
    const findings = ORDER.flatMap((kind, k) =>
      Array.from({ length: 4 }, (_, i) => finding({ kind, file: `z${(i * 7 + k) % 5}.ts` }))
    );
    const a = selectAnnotations(findings, 5);
    const b = selectAnnotations([...findings].reverse(), 5);
    expect(a.annotations.map((x) => [x.title, x.file])).toEqual(b.annotations.map((x) => [x.title, x.file]));
    expect(a.overflow).toEqual([{ severity: 'error', count: 27 }]);
  });

  it('honours maxPerSeverity', () => {
    const findings = Array.from({ length: 5 }, (_, i) => finding({ file: `${i}.ts` }));
    expect(selectAnnotations(findings, 2).annotations).toHaveLength(2);
    expect(selectAnnotations(findings, 0)).toEqual({ annotations: [], overflow: [{ severity: 'error', count: 5 }] });
  });

  it('caps long messages and keeps them on one line', () => {
    const { annotations } = selectAnnotations([finding({ message: 'x\n'.repeat(5000) })]);
    expect(annotations[0]?.message.length).toBeLessThanOrEqual(1000);
    expect(annotations[0]?.message).not.toMatch(/[\r\n]/);
  });
});

describe('overflowMessage', () => {
  it('is one line naming the counts, or null', () => {
    expect(overflowMessage([])).toBeNull();
    expect(overflowMessage([{ severity: 'warning', count: 1 }])).toBe(
      '1 more warning is not annotated (GitHub shows at most 10 per severity): all findings are listed in the job summary.'
    );
    expect(overflowMessage([{ severity: 'error', count: 3 }, { severity: 'notice', count: 2 }])).toMatch(
      /^3 more errors, 2 more notices are not annotated/
    );
  });
});
