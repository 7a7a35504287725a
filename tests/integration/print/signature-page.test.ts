import { describe, expect, it } from 'vitest';
import type { LaidOutPage } from '../../../src/main/core/pdf/geometry';
import { layoutPlan } from '../../../src/main/core/pdf/layout';
import { ARTIFACT } from '../../../src/main/core/pdf/tags';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import type { PrintOptions } from '../../../src/shared/domain/print';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, TODAY } from '../plans/stores';

/**
 * Issue 14: a plan whose signature lines were all that spilled onto a second sheet is laid out
 * again with the gaps between its parts and the grid's rows closed up, and keeps them on page 1.
 * Over every plan of the sample school, in English and in Spanish, against the same layout without
 * the rule: never more pages, many plans one sheet instead of two, the signatures always on the
 * last page and never alone there, and a plan that needs two pages anyway laid out as before.
 */

const tempDir = useTempDir();

/** The page's own text (not the header and footer repeated as furniture), by structure path. */
const contentTags = (page: LaidOutPage) => page.ops.flatMap((op) => (op.kind === 'text' && op.tag !== ARTIFACT ? [op.tag ?? ''] : []));
const signedOn = (page: LaidOutPage) => contentTags(page).some((tag) => tag.includes('signatures'));

describe('the signature lines', () => {
  it('stay on the page before when closing up the gaps is all a plan needs, in English and Spanish', async () => {
    const store = await sampleStore(tempDir());
    const numbers = store.db.prepare('SELECT student_number FROM plan ORDER BY student_number').pluck().all() as string[];
    const saved: string[] = [];
    for (const lang of ['en', 'es'] as const) {
      const options: PrintOptions = { lang, paper: 'letter', school: 'Lincoln High School', printedOn: '2026-11-28' };
      for (const n of numbers) {
        const view = resolvePlan(store.db, n, TODAY);
        const ruled = layoutPlan(view, options).pages;
        const plain = layoutPlan(view, options, { closeUp: false }).pages;
        expect(ruled.length, `${lang} ${n}`).toBeLessThanOrEqual(plain.length);
        expect(signedOn(ruled[ruled.length - 1]!), `${lang} ${n}: the signatures on the last page`).toBe(true);
        if (ruled.length > 1) expect(contentTags(ruled[ruled.length - 1]!).some((tag) => !tag.includes('signatures')), `${lang} ${n}: never the signatures alone`).toBe(true);
        if (ruled.length < plain.length) {
          saved.push(`${lang} ${n}`);
          // What the rule saved was a page of signatures alone.
          expect(contentTags(plain[plain.length - 1]!).every((tag) => tag.includes('signatures')), `${lang} ${n}`).toBe(true);
        } else {
          expect(ruled, `${lang} ${n}: laid out as before`).toEqual(plain);
        }
      }
    }
    expect(saved.length, saved.join(', ')).toBeGreaterThanOrEqual(30);
    store.close();
  });
});
