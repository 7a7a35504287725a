import { describe, expect, it } from 'vitest';
import { familyWrittenName } from '../../../src/main/core/pdf/student-name';
import { combinedFileName, familyLanguage, planFileName } from '../../../src/main/core/print/options';

const person = (firstName: string, lastName: string, extra: { middleName?: string; preferredName?: string; homeLanguage?: string } = {}) => ({
  firstName,
  lastName,
  middleName: extra.middleName ?? null,
  preferredName: extra.preferredName ?? null,
  homeLanguage: extra.homeLanguage ?? null,
  studentNumber: '004100',
});

describe('names on the printed plan', () => {
  it('writes each name in the order its family writes it', () => {
    expect(familyWrittenName(person('Thị Ánh', 'Nguyễn', { homeLanguage: 'Vietnamese' }))).toBe('Nguyễn Thị Ánh');
    expect(familyWrittenName(person('子涵', '王', { preferredName: 'Zihan', homeLanguage: 'Mandarin' }))).toBe('王子涵 (Zihan)');
    expect(familyWrittenName(person('하나', '김', { homeLanguage: 'Korean' }))).toBe('김하나');
    expect(familyWrittenName(person('Hana', 'Kim', { homeLanguage: 'Korean' }))).toBe('Hana Kim');
    expect(familyWrittenName(person('José', 'Peña', { middleName: 'Luis', homeLanguage: 'Spanish' }))).toBe('José Luis Peña');
    expect(familyWrittenName(person('Zofia', 'Żółć', { homeLanguage: 'Polish' }))).toBe('Zofia Żółć');
  });

  it('prints in Spanish when the first guardian prefers it, however the roster spells it', () => {
    const withLanguage = (preferredLanguage: string | null) => ({ guardians: [{ name: 'A', relationship: null, email: null, phone: null, preferredLanguage }] });
    for (const spanish of ['Spanish', 'Español', 'espanol', 'es', 'SPA', 'Spanish; English']) expect(familyLanguage(withLanguage(spanish)), spanish).toBe('es');
    for (const other of ['English', 'Vietnamese', 'Hmong', null, 'Estonian']) expect(familyLanguage(withLanguage(other)), String(other)).toBe('en');
    expect(familyLanguage({ guardians: [] })).toBe('en');
  });

  it('names files Lastname-Firstname-#number.pdf in plain ASCII', () => {
    expect(planFileName({ ...person('Thị Ánh', 'Nguyễn'), studentNumber: '004100' })).toBe('Nguyen-Thi-Anh-#004100.pdf');
    expect(planFileName({ ...person('Łukasz', 'Żółć'), studentNumber: '100112' })).toBe('Zolc-Lukasz-#100112.pdf');
    expect(planFileName({ ...person('Siobhán', "O'Brien"), studentNumber: '100125' })).toBe('O-Brien-Siobhan-#100125.pdf');
    expect(planFileName({ ...person('子涵', '王', { preferredName: 'Zihan' }), studentNumber: '100133' })).toBe('Zihan-#100133.pdf');
    expect(planFileName({ ...person('子涵', '王'), studentNumber: '../etc/x' })).toBe('student-#etc-x.pdf');
    expect(combinedFileName({ grade: 11 }, '2026-11-22')).toBe('plans-grade-11-2026-11-22.pdf');
    expect(combinedFileName({ counselor: 'Ms. Alvarez' }, '2026-11-22')).toBe('plans-Ms-Alvarez-2026-11-22.pdf');
  });
});
