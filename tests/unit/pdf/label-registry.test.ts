import { afterEach, describe, expect, it } from 'vitest';
import { addedLanguageChoices, installPrintLanguages, labelsFor, pdfLang, requestSheetLabelsFor } from '../../../src/main/core/pdf/label-registry';
import { familyLanguage } from '../../../src/shared/domain/print';

/**
 * Added languages are found by code through the one registry, laid over English; an unknown code is
 * refused in a sentence naming it; the family-language rule matches a guardian's preference on the
 * added languages' names, case and accents aside.
 */
const HMONG = { code: 'hmn', name: 'Hmong', dictionary: { title: 'Txoj Kev Npaj Kawm Ntawv', grade: 'qib {grade}', 'sheet.grade': 'qib {grade} xyoo {schoolYear}' } };
const guardian = (preferredLanguage: string | null) => ({ guardians: [{ preferredLanguage }] });

afterEach(() => installPrintLanguages([]));

describe('the label registry', () => {
  it("prints an added language's words, English where its dictionary has none, and declares its code", () => {
    installPrintLanguages([HMONG]);
    expect(labelsFor('hmn').title).toBe('Txoj Kev Npaj Kawm Ntawv');
    expect(labelsFor('hmn').grade(10)).toBe('qib 10');
    expect(labelsFor('hmn').goals).toBe('Goals');
    expect(requestSheetLabelsFor('hmn').grade(11, '2027-28')).toBe('qib 11 xyoo 2027-28');
    expect([pdfLang('hmn'), pdfLang('es')]).toEqual(['hmn', 'es-US']);
  });

  it('refuses a code no installed language has, naming it and the installed ones', () => {
    expect(() => labelsFor('hmn')).toThrow('No printout language has the code "hmn"; the installed ones are en, es.');
    installPrintLanguages([HMONG, { code: 'es', name: 'Not Spanish', dictionary: { title: 'x' } }]);
    expect(labelsFor('es').title, 'a shipped language is never replaced').toBe('Plan Académico y Profesional');
    expect(addedLanguageChoices()).toEqual([{ code: 'hmn', name: 'Hmong', otherNames: [] }]);
    installPrintLanguages([{ ...HMONG, dictionary: { ...HMONG.dictionary, 'language.otherNames': ' Hmoob ;; Hmong Daw ' } }]);
    expect(addedLanguageChoices()).toEqual([{ code: 'hmn', name: 'Hmong', otherNames: ['Hmoob', 'Hmong Daw'] }]);
  });

  it('gives a family its added language by the name or code a roster writes, else English', () => {
    const added = [{ code: 'hmn', name: 'Hmong' }, { code: 'so', name: 'Somali' }];
    expect(familyLanguage(guardian(' HMONG '), added)).toBe('hmn');
    expect(familyLanguage(guardian('Hmông'), added)).toBe('hmn');
    expect(familyLanguage(guardian('so'), added)).toBe('so');
    expect(familyLanguage(guardian('Español'), added)).toBe('es');
    expect(familyLanguage(guardian('Hmong'))).toBe('en');
    expect(familyLanguage(guardian('Vietnamese'), added)).toBe('en');
    expect(familyLanguage(guardian(null), added)).toBe('en');
    // Another name the roster writes, from the sheet's "other names" row.
    const withOther = [{ code: 'hmn', name: 'Hmong', otherNames: ['Hmoob', 'Hmong Daw'] }];
    expect(familyLanguage(guardian('hmoob'), withOther)).toBe('hmn');
    expect(familyLanguage(guardian('Hmoob'), added)).toBe('en');
    expect(familyLanguage(guardian('Hmong Njua'), withOther)).toBe('en');
  });
});
