import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/main/core/pdf/measure';
import { printableText, splitRuns } from '../../../src/main/core/pdf/runs';
import { textOp } from '../../../src/main/core/pdf/text-ops';
import { joinFields } from '../../../src/main/core/pdf/visual-order';

const NAME = { font: 'bold', size: 10 } as const;
const texts = (s: string) => splitRuns(s, 'bold').map((r) => r.text);

describe('characters no font can draw', () => {
  it('are left out with what attaches to them, keeping the rest of the name and one space between words', () => {
    expect(texts('Zoë 🌟 Smith')).toEqual(['Zoë Smith']);
    expect(texts('Dana 👩🏽‍🎓')).toEqual(['Dana']);
    expect(texts('👩🏽‍🎓 Dana Reyes')).toEqual(['Dana Reyes']);
    expect(texts('Kai 🇺🇸 Okafor')).toEqual(['Kai Okafor']);
    expect(texts('Ana🌷María')).toEqual(['AnaMaría']);
  });

  it('keep a letter of a script no font covers, to print as an empty box rather than vanish', () => {
    // Devanagari and Ethiopic: no font here has them.
    expect(texts('Ananya शर्मा')).toEqual(['Ananya शर्मा']);
    expect(texts('Selam ሰላም 🌟')).toEqual(['Selam ሰላም']);
    // A joiner the letter's font lacks would be a box too: it is invisible anyway, so it goes.
    expect(texts('王\u200d丽')).toEqual(['王丽']);
  });

  it('leave text that prints entirely as it was, emoji the fonts have included', () => {
    for (const text of ['Nguyễn Thị Ánh', '王丽 Wang Li', 'Hana 김하나 (Kim)', '✓ English 9 · A-', 'two  spaces', ' edges ', 'Okafor ❤️']) {
      expect(printableText(text, 'regular')).toBe(text);
    }
  });

  it('take no room: the line measures as the name without them', () => {
    expect(textWidth('Zoë 🌟 Smith', NAME)).toBeCloseTo(textWidth('Zoë Smith', NAME), 6);
    expect(textOp('Dana 👩🏽‍🎓', NAME, 0, 0).box.w).toBeCloseTo(textWidth('Dana', NAME), 6);
  });
});

describe('right-to-left words in a line', () => {
  it('are drawn as runs of their own, never holding the space after them', () => {
    expect(texts('محمد Ali')).toEqual(['محمد', ' Ali']);
    expect(texts('Omar الحسن')).toEqual(['Omar ', 'الحسن']);
    expect(texts(joinFields(['Sara Levi שרה', '#100200']))).toEqual(['Sara Levi ', 'שרה', ' · #100200']);
  });

  it('follow the bidirectional algorithm: numbers inside right-to-left text read left to right, brackets mirror', () => {
    // fontkit reverses a right-to-left word's letters itself, so a word is handed over as typed.
    expect(texts('شارع 12 Main')).toEqual(['12 ', 'شارع', ' Main']);
    // "(כהן)" in a right-to-left run: drawn as "(ןהכ)", so the typed "(" becomes ")" before fontkit reverses it.
    expect(texts('אבי (כהן)')).toEqual([')כהן(', ' ', 'אבי']);
  });

  it('keep each joined field to itself, and never draw the marks that do it', () => {
    // Without isolation the number is part of the Hebrew phrase and moves to its left, as UAX #9 says.
    expect(texts('Sara Levi שרה · #100200')).toEqual(['Sara Levi #100200 ', '·', ' ', 'שרה']);
    expect(joinFields(['Omar', 'Lincoln High'])).toBe('Omar · Lincoln High');
    expect(texts('Ana\u200eMaría')).toEqual(['AnaMaría']);
    expect(splitRuns(joinFields(['נועה כהן', 'Grade 10']), 'bold').map((r) => r.text).join('')).not.toMatch(/[\u2066-\u2069]/u);
  });

  it('that follow each other are drawn last word first, as they are read from the right', () => {
    expect(texts('נועה כהן')).toEqual(['כהן', ' ', 'נועה']);
    expect(texts('Dr. نور الهدى حسن (Nour)')).toEqual(['Dr. ', 'حسن', ' ', 'الهدى', ' ', 'نور', ' (Nour)']);
  });
});
