import { describe, expect, it } from 'vitest';
import { mergeGuardians, type GuardianColumn } from '../../../src/main/core/roster/guardians-merge';
import type { Guardian } from '../../../src/shared/domain/student';

const maria: Guardian = { name: 'María Peña', relationship: 'mother', email: 'old@example.org', phone: '608-555-0100', preferredLanguage: 'Spanish' };
const luis: Guardian = { name: 'Luis Peña', relationship: 'father', email: null, phone: '608-555-0101', preferredLanguage: null };
const cols = (...c: GuardianColumn[]) => new Set<GuardianColumn>(c);

describe('merging guardians from a roster with only some guardian columns', () => {
  it('updates the email and keeps the name, phone and language when the file has only an email column', () => {
    const fromFile: Guardian = { name: 'Parent/guardian', relationship: null, email: 'new@example.org', phone: null, preferredLanguage: null };
    expect(mergeGuardians([maria, luis], [fromFile], cols('guardian1Email'))).toEqual([{ ...maria, email: 'new@example.org' }, luis]);
  });

  it('keeps every guardian when the file has no guardian columns for them', () => {
    expect(mergeGuardians([maria, luis], [], cols())).toEqual([maria, luis]);
  });

  it('takes a whole guardian the store did not have', () => {
    expect(mergeGuardians([], [luis], cols('guardian1Name', 'guardian1Phone'))).toEqual([luis]);
  });

  it('removes a guardian whose name column is there but empty, and clears a present column left blank', () => {
    expect(mergeGuardians([maria, luis], [maria], cols('guardian1Name', 'guardian2Name'))).toEqual([maria]);
    expect(mergeGuardians([maria], [], cols('guardian1Phone'))).toEqual([{ ...maria, phone: null }]);
  });
});
