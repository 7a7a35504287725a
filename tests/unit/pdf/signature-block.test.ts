import { describe, expect, it } from 'vitest';
import type { DrawOp, RuleOp, TextOp } from '../../../src/main/core/pdf/geometry';
import { LABELS } from '../../../src/main/core/pdf/labels';
import { signatureBlock } from '../../../src/main/core/pdf/page-parts';

const texts = (ops: DrawOp[]) => ops.filter((o): o is TextOp => o.kind === 'text').map((o) => ({ ...o, text: o.runs.map((r) => r.text).join('') }));
const rules = (ops: DrawOp[]) => ops.filter((o): o is RuleOp => o.kind === 'rule');

/** The signature lines that close the plan, in a language whose words are long (a school's added language). */
describe('the signature block', () => {
  const width = 700;

  it('keeps English and Spanish words before their lines, one writing line tall', () => {
    for (const labels of [LABELS.en, LABELS.es]) {
      const block = signatureBlock(labels, 40, width);
      const ops = block.draw(100);
      const words = texts(ops);
      expect(words.map((w) => w.text)).toEqual([labels.signStudent, labels.date, labels.signGuardian, labels.date, labels.signCounselor, labels.date]);
      // Each word ends before its line starts.
      const lines = rules(ops);
      words.forEach((w, i) => expect(w.box.x + w.box.w).toBeLessThanOrEqual(lines[i]!.x1));
    }
  });

  it('puts long words above their lines, whole, instead of cutting them short', () => {
    const hmong = { ...LABELS.en, signStudent: 'Tub ntxhais kawm ntawv', signGuardian: 'Niam txiv los yog tus saib xyuas', signCounselor: 'Tus kws pab tswv yim', date: 'Hnub tim' };
    const english = signatureBlock(LABELS.en, 40, width);
    const block = signatureBlock(hmong, 40, width);
    const ops = block.draw(100);
    const words = texts(ops);
    expect(words.map((w) => w.text)).toEqual([hmong.signStudent, hmong.date, hmong.signGuardian, hmong.date, hmong.signCounselor, hmong.date]);
    expect(words.some((w) => w.text.includes('…'))).toBe(false);
    const lines = rules(ops);
    // Above: every word's box ends at or before the writing line under it.
    for (const w of words) expect(w.box.y + w.box.h).toBeLessThanOrEqual(lines[0]!.y1);
    expect(block.height).toBeGreaterThan(english.height);
    // Everything stays inside the block's height.
    for (const op of ops) expect(op.box.y + op.box.h).toBeLessThanOrEqual(100 + block.height);
  });
});
