import { describe, expect, it } from 'vitest';
import { fonts, sharedFontsInUse, installFonts } from '../../../src/main/core/pdf/fonts';
import { textWidth, type TextStyle } from '../../../src/main/core/pdf/measure';
import { pdfkit } from '../../../src/main/core/pdf/pdfkit';
import { hasGlyph, splitRuns } from '../../../src/main/core/pdf/runs';
import { ELLIPSIS, wrapText } from '../../../src/main/core/pdf/wrap';

const REGULAR: TextStyle = { font: 'regular', size: 8 };

describe('per-character font fallback', () => {
  it('draws Latin, Vietnamese, Polish and Cyrillic in DejaVu, Chinese and Japanese in Droid, Korean in Nanum', () => {
    expect(splitRuns('Nguyễn Thị Ánh', 'regular')).toEqual([{ font: 'regular', text: 'Nguyễn Thị Ánh' }]);
    expect(splitRuns('Żółć · Ольга Иванова', 'bold')).toEqual([{ font: 'bold', text: 'Żółć · Ольга Иванова' }]);
    expect(splitRuns('王丽 Wang Li', 'regular')).toEqual([
      { font: 'cjk', text: '王丽 ' },
      { font: 'regular', text: 'Wang Li' },
    ]);
    expect(splitRuns('Hana 김하나 (Kim)', 'regular').map((r) => r.font)).toEqual(['regular', 'hangul', 'regular']);
    expect(splitRuns('ひらがな', 'regular')).toEqual([{ font: 'cjk', text: 'ひらがな' }]);
  });

  it('keeps a combining mark with its letter, composing what can be composed', () => {
    // "ễ" written as e + circumflex + tilde (NFD) arrives as one precomposed letter in one run.
    const runs = splitRuns('Nguye\u0302\u0303n', 'regular');
    expect(runs).toEqual([{ font: 'regular', text: 'Nguyễn' }]);
  });

  it('has every character of the fast path in both DejaVu faces', () => {
    const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x24f]];
    const missing: string[] = [];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        for (const face of ['regular', 'bold'] as const) if (!hasGlyph(face, cp)) missing.push(`${face} U+${cp.toString(16)}`);
      }
    }
    for (const ch of '–—‘’“”•…→✓◐') for (const face of ['regular', 'bold'] as const) if (!hasGlyph(face, ch.codePointAt(0)!)) missing.push(`${face} ${ch}`);
    expect(missing).toEqual([]);
  });

  it('gives a shared glyph the characters it is asked for, whoever asked for it first', () => {
    const font = fonts().regular.font as unknown as { getGlyph(id: number, cps?: number[]): { codePoints: number[] }; layout(t: string): { glyphs: { id: number; codePoints: number[] }[] } };
    // Subsetting "í" asks for its dotless i (glyph 243 in DejaVu Sans) with no characters first.
    const DOTLESS_I = 243;
    expect(font.getGlyph(DOTLESS_I).codePoints).toEqual([]);
    expect(font.layout('Yılmaz').glyphs[1]).toMatchObject({ id: DOTLESS_I, codePoints: [0x131] });
    // One glyph drawn for two different characters answers each with its own.
    expect(font.getGlyph(DOTLESS_I, [0x69, 0x307]).codePoints).toEqual([0x69, 0x307]);
    expect(font.getGlyph(DOTLESS_I, [0x131]).codePoints).toEqual([0x131]);
  });

  it('shares one parsed font across documents', () => {
    expect(sharedFontsInUse()).toBe(true);
    const PDFDocument = pdfkit();
    const a = new PDFDocument({ autoFirstPage: false, font: '' });
    const b = new PDFDocument({ autoFirstPage: false, font: '' });
    installFonts(a);
    installFonts(b);
    const fontOf = (doc: PDFKit.PDFDocument) => (doc.font('regular') as unknown as { _font: { font: unknown } })._font.font;
    expect(fontOf(a)).toBe(fonts().regular.font);
    expect(fontOf(b)).toBe(fontOf(a));
  });

  it('measures text exactly as pdfkit will lay it out', () => {
    const PDFDocument = pdfkit();
    const doc = new PDFDocument({ autoFirstPage: false, font: '' });
    installFonts(doc);
    for (const text of ['Nguyễn Thị Ánh', 'AP Computer Science Principles · B+', 'Wiśniewski, Łukasz — 450 h', '✓ English 9 · A-']) {
      doc.font('regular').fontSize(8);
      expect(textWidth(text, REGULAR)).toBeCloseTo(doc.widthOfString(text), 6);
      doc.font('bold').fontSize(12);
      expect(textWidth(text, { font: 'bold', size: 12 })).toBeCloseTo(doc.widthOfString(text), 6);
    }
  });
});

describe('fitting text into a box', () => {
  it('wraps at spaces and never returns a line wider than the box', () => {
    const lines = wrapText('Automotive Brakes and Suspension (Start College Now, Gateway Technical College)', REGULAR, 90);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, REGULAR)).toBeLessThanOrEqual(90);
    expect(lines.join(' ')).toBe('Automotive Brakes and Suspension (Start College Now, Gateway Technical College)');
  });

  it('ends the last line with an ellipsis when the lines run out', () => {
    const lines = wrapText('Integrated Advanced Manufacturing, Mechatronics and Industrial Maintenance Laboratory', REGULAR, 80, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    for (const line of lines) expect(textWidth(line, REGULAR)).toBeLessThanOrEqual(80);
  });

  it('breaks a word longer than the line by characters, and CJK text between any two characters', () => {
    const word = wrapText('Supercalifragilisticexpialidociousandevenlonger', REGULAR, 60);
    expect(word.length).toBeGreaterThan(1);
    expect(word.join('')).toBe('Supercalifragilisticexpialidociousandevenlonger');
    const cjk = wrapText('高级制造与机电一体化实验室课程高级制造与机电一体化', REGULAR, 50);
    expect(cjk.length).toBeGreaterThan(2);
    for (const line of [...word, ...cjk]) expect(textWidth(line, REGULAR)).toBeLessThanOrEqual(60);
  });

  it('gives nothing rather than an overflowing mark in a box narrower than an ellipsis', () => {
    expect(wrapText('English', REGULAR, 2, 1)).toEqual(['']);
    expect(wrapText('English', REGULAR, 0)).toEqual([]);
  });
});
