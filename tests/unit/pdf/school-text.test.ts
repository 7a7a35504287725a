import { describe, expect, it } from 'vitest';
import { lineSegments, rangesOf } from '../../../src/main/core/pdf/school-text';
import { segmentOps, textOp } from '../../../src/main/core/pdf/text-ops';
import { textWidth } from '../../../src/main/core/pdf/measure';

/**
 * Issue 14, "per-span language where it changes": a course title (the school's English) inside a
 * Spanish entry is cut out of each line it is wrapped onto, and drawn where the whole line would
 * have put it.
 */
describe("the school's words in a printout of another language", () => {
  it('finds each title in its entry, in order, and cuts each line at the title (taking the space after it)', () => {
    const entry = '✓ Biology · B · (en lugar de Chemistry)';
    const ranges = rangesOf(entry, ['Biology', 'Chemistry']);
    expect(ranges.map(([s, e]) => entry.slice(s, e))).toEqual(['Biology', 'Chemistry']);
    expect(lineSegments(entry, [entry], ranges)).toEqual([
      [
        { text: '✓ ', school: null },
        { text: 'Biology ', school: 0 },
        { text: '· B · (en lugar de ', school: null },
        { text: 'Chemistry', school: 1 },
        { text: ')', school: null },
      ],
    ]);
  });

  it('follows a title wrapped over two lines, and a last line shortened with an ellipsis', () => {
    const entry = '◐ American Literature Honors Seminar';
    const ranges = rangesOf(entry, ['American Literature Honors Seminar']);
    expect(lineSegments(entry, ['◐ American', 'Literature Honors…'], ranges)).toEqual([
      [
        { text: '◐ ', school: null },
        { text: 'American', school: 0 },
      ],
      [{ text: 'Literature Honors…', school: 0 }],
    ]);
  });

  it('leaves whole a line without the school’s words, one with right-to-left text, and one not found in the entry', () => {
    expect(lineSegments('crédito doble', ['crédito doble'], [])).toEqual([null]);
    const arabic = '✓ العربية 1 · A';
    expect(lineSegments(arabic, [arabic], rangesOf(arabic, ['العربية 1']))).toEqual([null]);
    expect(lineSegments('✓ Biology', ['something else'], [[2, 9]])).toEqual([null]);
  });

  it('draws each segment where the whole line would have put it, with the same text, the title as a span with its language', () => {
    const style = { font: 'regular' as const, size: 9.5 };
    const line = '✓ Biology · B · crédito doble';
    const [segments] = lineSegments(line, [line], rangesOf(line, ['Biology']));
    const ops = segmentOps(segments!, style, 100, 50, 'Table/TR:2/TD:1', 3);
    const whole = textOp(line, style, 100, 50);
    expect(ops.map((op) => op.runs.map((r) => r.text).join('')).join('')).toBe(line);
    expect(ops.map((op) => op.baseline)).toEqual(ops.map(() => whole.baseline));
    let prefix = '';
    for (const op of ops) {
      expect(op.x).toBeCloseTo(100 + textWidth(prefix, style), 9);
      prefix += op.runs.map((r) => r.text).join('');
    }
    expect(ops.map((op) => op.tag)).toEqual(['Table/TR:2/TD:1', 'Table/TR:2/TD:1/Span:3.0@en', 'Table/TR:2/TD:1']);
  });
});
