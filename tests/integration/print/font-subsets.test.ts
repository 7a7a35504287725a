import { describe, expect, it } from 'vitest';
import { renderLayoutPdf } from '../../../src/main/core/pdf/document';
import { forgetKeptSubsets } from '../../../src/main/core/pdf/font-subsets';
import type { PlanLayout } from '../../../src/main/core/pdf/layout';
import { pdfText, squeezed } from './pdf-tools';

/**
 * Font subsets made once (font-subsets.ts): every document's Latin fonts start with the same
 * glyphs, a subset's font file is kept by its glyph list, and a piece of text in base glyphs is
 * encoded once per process. None of it may change a document's bytes: a file made from what was
 * kept must be the file made afresh, whatever was printed before it (a reprint compares bytes).
 */

const NOW = new Date('2026-11-22T15:00:00Z');
const info = { title: 'Plan', author: 'Lincoln High School', subject: 'Plan', lang: 'en' as const, createdAt: NOW };

function plan(name: string): PlanLayout {
  const style = { font: 'regular' as const, size: 9.5 };
  const box = { x: 36, y: 40, w: 200, h: 12 };
  return {
    frame: { width: 792, height: 612, margin: 36 },
    pages: [
      {
        ops: [
          { kind: 'text', x: 36, baseline: 50, runs: [{ font: 'bold', text: name }], style: { font: 'bold', size: 14 }, box },
          { kind: 'text', x: 36, baseline: 70, runs: [{ font: 'regular', text: `${name} · English 9 ✓ → Biología – 4 años, Office Difficulty` }], style, box },
        ],
      },
    ],
  };
}

/** The deflated font files a PDF embeds (FontFile2 streams), in order. */
function fontFiles(bytes: Buffer): string[] {
  const pdf = bytes.toString('latin1');
  return [...pdf.matchAll(/\/FontFile2 (\d+) 0 R/g)].map(([, id]) => {
    const start = pdf.indexOf('stream\n', pdf.indexOf(`\n${id} 0 obj`)) + 'stream\n'.length;
    return pdf.slice(start, pdf.indexOf('\nendstream', start));
  });
}

// Base glyphs only; a Vietnamese and a Polish letter after the base; the same letters the other way round.
const NAMES = ['Maria Lopez', 'Nguyễn Żaneta', 'Żaneta Nguyễn'];

describe('font subsets made once', () => {
  it('make every file byte for byte what it is made afresh, whatever was printed before it', async () => {
    const first: Buffer[] = [];
    for (const name of NAMES) first.push((await renderLayoutPdf(plan(name), info)).bytes);
    forgetKeptSubsets();
    const again = new Map<string, Buffer>();
    for (const name of [...NAMES].reverse()) again.set(name, (await renderLayoutPdf(plan(name), info)).bytes);
    NAMES.forEach((name, i) => expect(first[i]!.equals(again.get(name)!), name).toBe(true));
    // And what they say is the names, letter for letter, and ligatures as their letters.
    NAMES.forEach((name, i) => expect(squeezed(pdfText(first[i]!))).toContain(`${name} · English 9 ✓ → Biología – 4 años, Office Difficulty`));
  });

  it('share one font file between plans drawn in the base glyphs', async () => {
    const [a, b, c] = await Promise.all(['Maria Lopez', 'Juan Núñez', 'Nguyễn Văn An'].map(async (name) => fontFiles((await renderLayoutPdf(plan(name), info)).bytes)));
    expect(a).toHaveLength(2);
    expect(b).toEqual(a);
    // A letter outside the base makes a subset of its own.
    expect(c![0]).not.toEqual(a![0]);
  });
});
