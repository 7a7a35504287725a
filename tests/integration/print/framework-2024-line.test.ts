import { describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../src/main/core/pdf/document';
import { FIXED_CREATED, FIXED_OPTIONS, fixedPlan } from '../../fixtures/print/plans';
import { pdfText, squeezed } from './pdf-tools';

/** Issue 15: a plan on the 2024 edition prints its 2024 cluster and sub-cluster, read back from the real PDF. */
function on2024() {
  const plan = fixedPlan();
  plan.framework.choice2024 = { cluster: { code: 'HHS', name: 'Healthcare & Human Services' }, subCluster: { code: 'HHS-PHH', name: 'Physical Health' } };
  return plan;
}

describe('the printout names a 2024 choice', () => {
  it('prints the 2024 cluster and sub-cluster in place of the 16-cluster choice, in English', async () => {
    const text = squeezed(pdfText((await renderPlanPdf(on2024(), FIXED_OPTIONS, FIXED_CREATED)).bytes));
    expect(text).toContain('Career cluster (2024): Healthcare & Human Services → Sub-cluster: Physical Health');
    const before = squeezed(pdfText((await renderPlanPdf(fixedPlan(), FIXED_OPTIONS, FIXED_CREATED)).bytes));
    expect(before).not.toContain('(2024)');
    expect(text).not.toContain('Career cluster: ');
  });

  it('names them in Spanish on the Spanish copy', async () => {
    const text = squeezed(pdfText((await renderPlanPdf(on2024(), { ...FIXED_OPTIONS, lang: 'es' }, FIXED_CREATED)).bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Grupo profesional (marco 2024): Salud y Servicios Humanos → Subgrupo: Salud Física');
    expect(text).not.toContain('Healthcare & Human Services');
    expect(text).not.toContain('Physical Health');
  });
});
