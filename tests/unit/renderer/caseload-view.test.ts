import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, hashOfView, viewFromHash, type CaseloadView } from '../../../src/renderer/src/caseload/viewAddress';

describe("the caseload's view in the address", () => {
  it('leaves the default view out of the address', () => {
    expect(hashOfView(DEFAULT_VIEW)).toBe('#/caseload');
    expect(viewFromHash('#/caseload')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips a search with accents and spaces, every filter and a two-column sort', () => {
    const view: CaseloadView = {
      query: 'Peña & co',
      show: 'all',
      grade: '10',
      counselor: 'Ms. Alvarez',
      planStatus: 'draft',
      cluster: 'HLTH',
      onTrack: 'behind',
      conference: 'none',
      sorting: [
        { id: 'name', desc: false },
        { id: 'credits', desc: true },
      ],
    };
    const hash = hashOfView(view);
    expect(hash).toMatch(/^#\/caseload\?/);
    expect(hash).toContain('sort=name%2C-credits');
    expect(viewFromHash(hash)).toEqual(view);
  });

  it('ignores a sort it cannot read and names nothing for another page', () => {
    expect(viewFromHash('#/caseload?sort=name;drop,-grade').sorting).toEqual([{ id: 'grade', desc: true }]);
    expect(viewFromHash('#/courses?q=pena')).toEqual(DEFAULT_VIEW);
  });
});
