import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../src/main/core/pdf/document';
import { FIXED_CREATED, FIXED_OPTIONS, fixedPlan, longPlan } from '../../fixtures/print/plans';
import { renderGray } from './pdf-tools';
import { differingShare, encodePgm, parsePgm, type GrayImage } from './pgm';

/**
 * What the page looks like, not just what it says: page 1 of a fixed plan (fixed data, fixed
 * printed-on date) rendered by pdftoppm and compared with a committed reference, so a layout
 * change is seen. After an intended change, look at the new page, then rewrite the reference
 * with UPDATE_PRINT_REFERENCE=1.
 */

const REFERENCE = join(__dirname, '..', '..', 'fixtures', 'print', 'plan-page1.pgm');
const DPI = 50;
/** The page margin the design promises: half an inch, in points. */
const MARGIN = 36;

describe('the printed page as a picture', () => {
  it('matches the reference rendering of a fixed plan within 1% of pixels', async () => {
    const pdf = await renderPlanPdf(fixedPlan(), FIXED_OPTIONS, FIXED_CREATED);
    const page = parsePgm(renderGray(pdf.bytes, DPI));
    if (process.env.UPDATE_PRINT_REFERENCE === '1' || !existsSync(REFERENCE)) {
      if (process.env.CI) throw new Error(`the reference ${REFERENCE} is missing; make it with UPDATE_PRINT_REFERENCE=1 and commit it`);
      writeFileSync(REFERENCE, encodePgm(page));
    }
    const reference = parsePgm(readFileSync(REFERENCE));
    expect([page.width, page.height]).toEqual([reference.width, reference.height]);
    expect(differingShare(page, reference)).toBeLessThan(0.01);
    // Not a blank page matching a blank reference: a good part of the page is ink.
    expect(page.pixels.filter((v) => v < 128).length / page.pixels.length).toBeGreaterThan(0.02);
  });

  it('leaves the margins white on every page of a very long plan, on Letter and A4', async () => {
    for (const options of [FIXED_OPTIONS, { ...FIXED_OPTIONS, paper: 'a4' as const, lang: 'es' as const }]) {
      const pdf = await renderPlanPdf(longPlan(), options, FIXED_CREATED);
      expect(pdf.pages).toBeGreaterThan(2);
      for (let p = 1; p <= pdf.pages; p++) {
        const image = parsePgm(renderGray(pdf.bytes, 100, p));
        expect(inkInMargins(image, 100), `${options.paper} page ${p}`).toBe(0);
      }
    }
  });
});

/** Dark pixels within the margin band (one pixel short of it, for antialiasing at the edge). */
function inkInMargins(image: GrayImage, dpi: number): number {
  const band = Math.floor((MARGIN * dpi) / 72) - 1;
  let ink = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const inMargin = x < band || y < band || x >= image.width - band || y >= image.height - band;
      if (inMargin && image.pixels[y * image.width + x]! < 250) ink++;
    }
  }
  return ink;
}
