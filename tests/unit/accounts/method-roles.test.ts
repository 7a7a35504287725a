import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../src/shared/contract';
import { LEAST_ROLE, mayCall, refusalOf } from '../../../src/main/core/accounts/method-roles';
import { ROLES } from '../../../src/main/core/accounts/accounts';

describe('who may call each method on the department server', () => {
  it('names a role for every method of the contract, and for nothing else', () => {
    // The type check already demands this; a table built another way (a cast, a spread) would slip by it.
    expect(Object.keys(LEAST_ROLE).sort()).toEqual([...methodNames].sort());
    for (const role of Object.values(LEAST_ROLE)) expect(ROLES).toContain(role);
  });

  it('lets a counselor read, edit plans and print; a lead import and keep the catalog, programs, requirements, reports and the year; an admin the whole store but no school-wide change', () => {
    const counselorMay = ['students.list', 'directory.list', 'plans.get', 'plans.update', 'conferences.add', 'print.start', 'print.reprint', 'courses.list', 'programs.get'] as const;
    const leadMay = ['roster.import', 'history.import', 'catalog.import', 'courses.add', 'programs.save', 'requirements.save', 'reports.run', 'year.start', 'sample.load', 'sample.remove'] as const;
    const adminMay = ['store.restore', 'store.backups'] as const;
    for (const m of counselorMay) expect([m, mayCall('counselor', m)]).toEqual([m, true]);
    for (const m of leadMay) {
      expect([m, mayCall('counselor', m)]).toEqual([m, false]);
      expect([m, mayCall('lead', m)]).toEqual([m, true]);
    }
    for (const m of adminMay) {
      expect([m, mayCall('lead', m)]).toEqual([m, false]);
      expect([m, mayCall('admin', m)]).toEqual([m, true]);
    }
    // A lead may whatever a counselor may; an admin whatever a counselor may, and none of a lead's
    // school-wide changes (the database refuses them her too: row-security.test.ts).
    for (const m of methodNames) {
      if (mayCall('counselor', m)) expect(mayCall('lead', m)).toBe(true);
      if (mayCall('counselor', m)) expect(mayCall('admin', m)).toBe(true);
    }
    for (const m of leadMay) expect([m, mayCall('admin', m)]).toEqual([m, false]);
  });

  it('refuses in one sentence that says who can', () => {
    expect(refusalOf('counselor', 'year.start')).toBe('Your account (counselor) may not use year.start; ask a lead counselor to do it.');
    expect(refusalOf('lead', 'store.restore')).toBe('Your account (lead) may not use store.restore; ask an administrator to do it.');
    expect(refusalOf('admin', 'roster.import')).toBe('Your account (admin) may not use roster.import; ask a lead counselor to do it.');
  });
});
