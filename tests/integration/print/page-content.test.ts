import { describe, expect, it } from 'vitest';
import { renderLayoutPdf } from '../../../src/main/core/pdf/document';
import { installFonts } from '../../../src/main/core/pdf/fonts';
import type { DrawOp, LaidOutPage } from '../../../src/main/core/pdf/geometry';
import { pdfkit } from '../../../src/main/core/pdf/pdfkit';
import { addPage, drawThroughText } from '../../../src/main/core/pdf/render';
import { splitRuns } from '../../../src/main/core/pdf/runs';
import { pdfText, renderGray, squeezed, wordBoxes } from './pdf-tools';
import { differingShare, parsePgm } from './pgm';

/**
 * The page content written directly (content.ts: one BT…ET a line, each piece of text encoded
 * once per document) looks and reads exactly like pdfkit's own doc.text drawing the same runs:
 * kerning ("AVATAR"), marks placed by the font off the line ("q̃", a decomposed "ẹ́"), Vietnamese,
 * Chinese and Korean fallbacks, right-to-left words, bold, gray, rules and fills.
 */

const FRAME = { width: 792, height: 612, margin: 36 };
const LINES: [string, 'regular' | 'bold', number, number?][] = [
  ['AVATAR Wave Type: kerning pairs', 'regular', 9.5],
  ['q\u0303 x\u0323\u0301 marks placed off the line, then more text', 'regular', 12],
  ['Nguyễn Thị Ánh · Elif Yılmaz · Żółć', 'bold', 14],
  ['王子涵 (Zihan) · 김민준 · Ли Мин', 'regular', 9.5, 0.35],
  ['יוסף כהן and يوسف حداد in a line', 'regular', 11],
];

function page(): LaidOutPage {
  const ops: DrawOp[] = LINES.map(([text, font, size, gray], i) => {
    const box = { x: 36, y: 40 + i * 30, w: 600, h: 20 };
    return { kind: 'text', x: 36 + i * 3.3, baseline: 60 + i * 30, runs: splitRuns(text, font), style: { font, size, gray }, box };
  });
  ops.push({ kind: 'rule', x1: 36, y1: 220, x2: 700, y2: 220, width: 0.5, gray: 0.55, box: { x: 36, y: 219.75, w: 664, h: 0.5 } });
  ops.push({ kind: 'fill', box: { x: 36, y: 230, w: 300, h: 14 }, gray: 0.85 });
  return { ops };
}

function throughText(p: LaidOutPage): Promise<Buffer> {
  const PDFDocument = pdfkit();
  const doc = new PDFDocument({ autoFirstPage: false, font: '' });
  installFonts(doc);
  addPage(doc, FRAME);
  drawThroughText(doc, p);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.end();
  });
}

describe('a page written straight into its content stream', () => {
  it('looks and reads as pdfkit’s own text drawing of the same runs', async () => {
    const p = page();
    const direct = (await renderLayoutPdf({ frame: FRAME, pages: [p] }, { title: 't', author: 'a', subject: 's', lang: 'en', createdAt: new Date(0) })).bytes;
    const viaText = await throughText(p);
    // Every word in the same place, to a thousandth of a point (pdfkit rounds to a millionth).
    const words = wordBoxes(direct);
    const expected = wordBoxes(viaText);
    expect(words.map((w) => w.word)).toEqual(expected.map((w) => w.word));
    expect(words.length).toBeGreaterThan(30);
    for (const [i, w] of words.entries()) {
      const e = expected[i]!;
      expect(Math.max(Math.abs(w.xMin - e.xMin), Math.abs(w.xMax - e.xMax), Math.abs(w.yMin - e.yMin), Math.abs(w.yMax - e.yMax)), w.word).toBeLessThan(0.001);
    }
    // And the ink: marks set off the line land where pdfkit sets them. (The rasteriser's
    // anti-aliasing differs by a level or two between the two ways of writing text at some
    // resolutions; 200 dpi shows none.)
    const a = parsePgm(renderGray(direct, 200));
    const b = parsePgm(renderGray(viaText, 200));
    expect(differingShare(a, b, 8)).toBeLessThan(0.0002);
    expect(a.pixels.filter((v) => v < 128).length).toBeGreaterThan(2000);
    expect(squeezed(pdfText(direct))).toBe(squeezed(pdfText(viaText)));
    expect(squeezed(pdfText(direct))).toContain('Nguyễn Thị Ánh · Elif Yılmaz · Żółć');
  });
});
