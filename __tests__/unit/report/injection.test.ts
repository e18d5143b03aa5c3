// The injection corpus through every renderer.

import { selectAnnotations } from '../../../src/report/annotations.js';
import { COMMENT_MARKER, isOwnComment, renderComment, renderResolvedComment } from '../../../src/report/comment.js';
import { renderSummary } from '../../../src/report/summary.js';
import { CORPUS, hostileContext, hostileEvaluation } from '../../helpers/corpus.js';
import { markdownProblems, tableShapes } from '../../helpers/md-check.js';

const ALL = CORPUS.join(' ');

describe.each([...CORPUS.map((s) => [JSON.stringify(s).slice(0, 60), s]), ['everything at once', ALL]])(
  'hostile input %s',
  (_label, s) => {
    const ev = hostileEvaluation(s);
    const ctx = hostileContext(s);

    it('job summary is inert and well-formed', () => {
      const md = renderSummary(ev, ctx);
      expect(markdownProblems(md)).toEqual([]);
      const shapes = tableShapes(md);
      expect(shapes).toHaveLength(2);
      expect(shapes[0]).toEqual(Array(ev.findings.length + 2).fill(8));
      expect(shapes[1]).toEqual(Array(ev.board.length + 2).fill(8));
    });

    it('PR comment is inert, well-formed and recognisable', () => {
      const md = renderComment(ev, ctx);
      expect(markdownProblems(md, { marker: true })).toEqual([]);
      expect(md.startsWith(COMMENT_MARKER + '\n')).toBe(true);
      // An input marker may appear only inside a code span (markdownProblems flags `<!` outside code).
      expect(md.length).toBeLessThanOrEqual(65_536);
      for (const shape of tableShapes(md)) expect(new Set(shape).size).toBe(1);
      expect(isOwnComment({ body: md, user: { login: 'github-actions[bot]' } }, 'github-actions[bot]')).toBe(true);
    });

    it('resolved comment is inert', () => {
      const md = renderResolvedComment({ ...ctx, previousFindings: 3 });
      expect(markdownProblems(md, { marker: true })).toEqual([]);
      expect(md.startsWith(COMMENT_MARKER + '\n')).toBe(true);
    });

    it('annotations are single sane lines', () => {
      const { annotations } = selectAnnotations(ev.findings);
      expect(annotations.length).toBeGreaterThan(0);
      for (const a of annotations) {
        expect(a.message).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
        expect(a.title).not.toMatch(/[\u0000-\u001F]/);
        expect(a.message.length).toBeLessThanOrEqual(1000);
        expect(a.file).toBe(s);
      }
    });
  }
);
