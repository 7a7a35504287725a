import { describe, expect, it } from 'vitest';
import { departmentKey } from '../../src/main/core/courses/catalog-departments';
import { planFileName } from '../../src/main/core/print/options';
import { normaliseHeader } from '../../src/main/core/roster/fields';
import { foldForSearch, withoutMarks } from '../../src/shared/text';

/**
 * One folding rule (shared/text.ts) for search, roster headers, department names and file names:
 * what one place reads as the same letters, every place does.
 */
describe('text folding', () => {
  it('drops marks and maps the letters that have none, keeping case only where asked', () => {
    expect(withoutMarks('Żółć Łukasz Søren Þór Straẞe')).toBe('Zolc Lukasz Soren Thor StraSSe');
    expect(foldForSearch('Nguyễn Peña Straße')).toBe('nguyen pena strasse');
  });

  it('reads full-width letters and ligatures as plain ones (spreadsheets from East Asian systems)', () => {
    expect(foldForSearch('Ｅｎｇｌｉｓｈ ﬁne')).toBe('english fine');
    expect(normaliseHeader('Ｓｔｕｄｅｎｔ ＃')).toBe('studentnumber');
  });

  it('folds the same way for headers, departments and file names', () => {
    expect(normaliseHeader('Apellido Paterno (Łódź)')).toBe('apellidopaternolodz');
    expect(departmentKey('Éducation & Santé')).toBe('education and sante');
    expect(planFileName({ lastName: 'Żółć', firstName: 'Łukasz', preferredName: null, studentNumber: '1' })).toContain('Zolc');
  });
});
