import { describe, expect, it } from 'vitest';
import type { PlanView } from '../../../src/shared/domain/plan-view';
import type { PrintOptions } from '../../../src/shared/domain/print';
import { contentBox, inside, type DrawOp, type LaidOutPage, type TextOp } from '../../../src/main/core/pdf/geometry';
import { layoutPlan } from '../../../src/main/core/pdf/layout';
import { textWidth } from '../../../src/main/core/pdf/measure';
import { FIXED_OPTIONS, fixedPlan, longPlan } from '../../fixtures/print/plans';

/**
 * The layout computes every box before anything is drawn, so "nothing leaves the page and no text
 * leaves its cell" is checked here over the boxes themselves, for a typical plan and a very long
 * one with long titles, on Letter and A4, in English and Spanish.
 */

const texts = (page: LaidOutPage) => page.ops.filter((op): op is TextOp => op.kind === 'text');
const pageText = (page: LaidOutPage) => texts(page).map((op) => op.runs.map((r) => r.text).join('')).join('\n');

/** A vertical grid line crossed by a text box that spans the line's height: text spilling into the next cell. */
function crossings(ops: readonly DrawOp[]): string[] {
  const verticals = ops.filter((op) => op.kind === 'rule' && op.x1 === op.x2);
  const found: string[] = [];
  for (const op of ops) {
    if (op.kind !== 'text') continue;
    for (const v of verticals) {
      if (v.kind !== 'rule') continue;
      const overlapsY = op.box.y < Math.max(v.y1, v.y2) && op.box.y + op.box.h > Math.min(v.y1, v.y2);
      const crossesX = op.box.x < v.x1 - 0.01 && op.box.x + op.box.w > v.x1 + 0.01;
      if (overlapsY && crossesX) found.push(op.runs.map((r) => r.text).join(''));
    }
  }
  return found;
}

const cases: [string, () => PlanView, PrintOptions][] = [
  ['a typical plan on Letter in English', fixedPlan, FIXED_OPTIONS],
  ['a typical plan on A4 in Spanish', fixedPlan, { ...FIXED_OPTIONS, paper: 'a4', lang: 'es' }],
  ['a very long plan with long titles on Letter', longPlan, FIXED_OPTIONS],
  ['a very long plan with long titles on A4 in Spanish', longPlan, { ...FIXED_OPTIONS, paper: 'a4', lang: 'es', school: 'Escuela Preparatoria Benito Juárez García del Distrito Escolar Unificado de Madison Metropolitan' }],
];

describe('plan layout', () => {
  for (const [name, plan, options] of cases) {
    it(`keeps ${name} inside the page margins, every text inside its cell`, () => {
      const layout = layoutPlan(plan(), options);
      const content = contentBox(layout.frame);
      for (const [i, page] of layout.pages.entries()) {
        const outside = page.ops.filter((op) => !inside(op.box, content));
        expect(outside, `page ${i + 1}: ${JSON.stringify(outside.slice(0, 3))}`).toEqual([]);
        expect(crossings(page.ops), `page ${i + 1}`).toEqual([]);
        for (const op of texts(page)) {
          // The box is the width the text really has in its fonts: nothing drawn past it.
          expect(op.box.w).toBeCloseTo(textWidth(op.runs.map((r) => r.text).join(''), op.style), 3);
        }
      }
    });
  }

  it('fits a typical plan on one page, with the signature lines', () => {
    const layout = layoutPlan(fixedPlan(), FIXED_OPTIONS);
    expect(layout.pages).toHaveLength(1);
    const text = pageText(layout.pages[0]!);
    for (const label of ['Student', 'Parent or guardian', 'Counselor', 'Page 1 of 1', 'printed November 22, 2026', 'Graduation requirements:']) {
      expect(text).toContain(label);
    }
  });

  it('continues a long plan on more pages, repeating the header and counting "Page i of N" on each', () => {
    const layout = layoutPlan(longPlan(), FIXED_OPTIONS);
    const n = layout.pages.length;
    expect(n).toBeGreaterThan(2);
    layout.pages.forEach((page, i) => {
      const text = pageText(page);
      expect(text).toContain('Lincoln High School · Academic and Career Plan');
      expect(text).toContain(`Page ${i + 1} of ${n}`);
      expect(text).toContain('printed November 22, 2026');
    });
    // The grid's heading row comes back on the pages the grid continues on.
    expect(pageText(layout.pages[1]!)).toContain('Grade 10');
    // Long titles are shortened with an ellipsis rather than spilling.
    expect(layout.pages.map(pageText).join('\n')).toContain('…');
  });

  it('labels the page in Spanish when asked', () => {
    // At 9.5 pt the longer Spanish words left only the signatures for a second page: the gaps close up and it is one sheet.
    const text = layoutPlan(fixedPlan(), { ...FIXED_OPTIONS, lang: 'es' }).pages.map(pageText).join('\n');
    for (const label of ['Plan Académico y Profesional', 'Grado 9', 'Requisitos de graduación:', 'Metas', 'Madre, padre o tutor', 'Página 1 de 1', 'impreso el 22 de noviembre de 2026']) {
      expect(text).toContain(label);
    }
    expect(text).not.toContain('Academic and Career Plan');
  });

  it('prints the name as the family writes it and marks completed, in-progress and dual-credit courses', () => {
    const text = pageText(layoutPlan(fixedPlan(), FIXED_OPTIONS).pages[0]!);
    expect(text).toContain('Nguyễn Thị Ánh');
    expect(text).toMatch(/✓ English 9 · [ABC][+-]?/);
    expect(text).toMatch(/◐ American\s+Literature/);
    expect(text).toContain('DC');
  });
});
