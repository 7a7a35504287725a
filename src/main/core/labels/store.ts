import type { Database as Db } from 'better-sqlite3';
import type { InstalledLanguage } from '../../../shared/domain/settings';
import { CounselorError } from '../../../shared/errors';
import { BUILT_IN_LANGUAGES, installPrintLanguages, type PrintLanguage } from '../pdf/label-registry';
import type { LabelDictionary } from '../pdf/labels';
import { writeTransaction } from '../store/transaction';
import { otherNamesOf } from '../pdf/label-keys';

/**
 * The printout languages a school added from label sheets (the printout_language table), and the
 * one call every print makes before it draws: installing them into the label registry of the
 * thread it runs on.
 */

export interface LanguageRow {
  code: string;
  name: string;
  dictionary: string;
  added_at: string;
  added_by: string | null;
}

function rows(db: Db): LanguageRow[] {
  return db.prepare('SELECT code, name, dictionary, added_at, added_by FROM printout_language ORDER BY name COLLATE NOCASE').all() as LanguageRow[];
}

/** The added languages with their dictionaries (a row that is not a JSON object is the store damaged by hand). */
export function readAddedLanguages(db: Db): PrintLanguage[] {
  return rows(db).map(languageOf);
}

/** A printout_language row read back from either store (store-as.ts is the department server's). */
export function languageOf(r: Pick<LanguageRow, 'code' | 'name' | 'dictionary'>): PrintLanguage {
  const dictionary = JSON.parse(r.dictionary) as unknown;
  if (typeof dictionary !== 'object' || dictionary === null || Array.isArray(dictionary)) {
    throw new CounselorError('store_damaged', `The printout language ${r.name} (${r.code}) cannot be read back; import its label sheet again.`);
  }
  return { code: r.code, name: r.name, dictionary: dictionary as LabelDictionary };
}

/** Where a print starts (preview, job, reprint; main thread or worker): the store's languages into this thread's registry. */
export function installStoreLanguages(db: Db): void {
  installPrintLanguages(readAddedLanguages(db));
}

/** English and Spanish, then the added languages by name: what Settings and the print choices list. */
export function listLanguages(db: Db): InstalledLanguage[] {
  return installedLanguagesOf(rows(db));
}

/** The shipped languages, then the added rows (in the order given) with their other names: one list for both stores. */
export function installedLanguagesOf(added: readonly LanguageRow[]): InstalledLanguage[] {
  return [
    ...BUILT_IN_LANGUAGES.map((l) => ({ code: l.code, name: l.name, builtIn: true, addedAt: null, addedBy: null })),
    ...added.map((r) => ({
      code: r.code,
      name: r.name,
      otherNames: otherNamesOf(languageOf(r).dictionary),
      builtIn: false,
      addedAt: r.added_at,
      addedBy: r.added_by,
    })),
  ];
}

/** Adds a language, or replaces the one with its code (a sheet imported again). */
export function saveLanguage(db: Db, language: PrintLanguage, now: Date, by: string | null): void {
  writeTransaction(db, () => {
    const sameName = db.prepare('SELECT code FROM printout_language WHERE lower(name) = lower(?) AND code <> ?').pluck().get(language.name, language.code) as string | undefined;
    if (sameName) throw nameTaken(sameName, language);
    db.prepare(
      `INSERT INTO printout_language (code, name, dictionary, added_at, added_by) VALUES (@code, @name, @dictionary, @at, @by)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, dictionary = excluded.dictionary, added_at = excluded.added_at, added_by = excluded.added_by`,
    ).run({ code: language.code, name: language.name, dictionary: JSON.stringify(language.dictionary), at: now.toISOString(), by });
  });
}

/** Removes an added language; the shipped ones stay. A plan printed in it keeps its snapshot, but cannot be reprinted until it is added again. */
export function removeLanguage(db: Db, code: string): { code: string; name: string } {
  refuseBuiltIn(code);
  return writeTransaction(db, () => {
    const row = db.prepare('SELECT code, name FROM printout_language WHERE code = ?').get(code) as { code: string; name: string } | undefined;
    if (!row) throw noSuchLanguage(code);
    db.prepare('DELETE FROM printout_language WHERE code = ?').run(code);
    return row;
  });
}

/*
 * The sentences both stores' writes refuse with (store-as.ts is the department server's).
 */

export function nameTaken(sameName: string, language: Pick<PrintLanguage, 'name'>): CounselorError {
  return new CounselorError('conflict', `The printout language "${sameName}" is already named ${language.name}; remove it first, or give this sheet that code.`);
}

export function refuseBuiltIn(code: string): void {
  if (BUILT_IN_LANGUAGES.some((l) => l.code === code)) {
    throw new CounselorError('invalid_input', `${code === 'en' ? 'English' : 'Spanish'} ships with the application and cannot be removed.`);
  }
}

export function noSuchLanguage(code: string): CounselorError {
  return new CounselorError('not_found', `No added printout language has the code "${code}".`);
}
