import type { Database as Db } from 'better-sqlite3';
import { PrintLang } from '../../../shared/domain/print';
import { CounselorError } from '../../../shared/errors';
import { BUILT_IN_LANGUAGES, type PrintLanguage } from '../pdf/label-registry';
import { placeholdersOf } from '../pdf/labels';
import { readTable } from '../spreadsheet/read';
import { displayName, isBlankRow } from '../spreadsheet/table';
import { CODE_KEY, NAME_KEY, OTHER_NAMES_KEY, SHEET_COLUMNS, sheetRows } from './sheet';
import { readAddedLanguages, saveLanguage } from './store';

/**
 * Reading a translated label sheet: every key present once and filled, each text with the same
 * placeholders as the English, the language's code and name usable. Each problem is one sentence
 * naming the file and the row and saying what to do; nothing is stored unless the whole sheet is
 * right. A sheet for a language already installed replaces it only when the counselor, shown how
 * many labels change, says so (`replace`).
 */

export interface LabelImportOutcome {
  code: string;
  name: string;
  /** Labels in the sheet (the language's code and name aside). */
  labels: number;
  /** The installed language this sheet replaces, and how many of its labels the sheet changes; null: a new language. */
  replaces: { name: string; changed: number } | null;
  /** False: the language was installed and `replace` was not given, so nothing was stored. */
  saved: boolean;
}

const MAX_PROBLEMS_SAID = 12;

/** A sheet's language and dictionary, or every problem with it. */
export async function readLabelSheet(bytes: Uint8Array, fileName: string): Promise<PrintLanguage> {
  const file = displayName(fileName);
  const table = await readTable(bytes, fileName);
  const header = (table.rows[0] ?? []).map((h) => h.trim());
  const find = (name: string) => header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  const [keyAt, englishAt] = [find(SHEET_COLUMNS.key), find(SHEET_COLUMNS.english)];
  const fillAt = header.findIndex((h, i) => h !== '' && i !== keyAt && i !== englishAt && i !== find(SHEET_COLUMNS.notes));
  if (keyAt < 0 || fillAt < 0) {
    throw new CounselorError('invalid_input', `${file} is not a label sheet: its first row must head the columns Key, English, your language and Notes. Download the label sheet again and fill its third column.`);
  }
  const problems: string[] = [];
  const expected = new Map(sheetRows().map((r) => [r.key, r]));
  const found = new Map<string, { text: string; row: number }>();
  table.rows.slice(1).forEach((cells, i) => {
    const row = table.rowNumbers[i + 1]!;
    if (isBlankRow(cells)) return;
    const key = (cells[keyAt] ?? '').trim();
    const text = (cells[fillAt] ?? '').trim();
    if (!expected.has(key)) problems.push(`${file}, row ${row}: "${key}" is not a printout label; delete the row, or download the label sheet again.`);
    else if (found.has(key)) problems.push(`${file}, row ${row}: "${key}" is already on row ${found.get(key)!.row}; delete one of the two rows.`);
    else found.set(key, { text, row });
  });
  for (const [key, { english }] of expected) {
    const got = found.get(key);
    // Other names are optional: a blank row, or none on a sheet from before the row existed.
    if (key === OTHER_NAMES_KEY) continue;
    if (!got) {
      problems.push(`${file} has no row for "${key}"; download the label sheet again and copy your text into it.`);
    } else if (got.text === '') {
      problems.push(`${file}, row ${got.row} ("${key}"): the ${header[fillAt]} column is blank; fill it in.`);
    } else if (key !== CODE_KEY && key !== NAME_KEY && placeholdersOf(got.text).join() !== placeholdersOf(english).join()) {
      const want = placeholdersOf(english).map((p) => `{${p}}`).join(', ') || 'no placeholder';
      const has = placeholdersOf(got.text).map((p) => `{${p}}`).join(', ') || 'none';
      problems.push(`${file}, row ${got.row} ("${key}"): the text must have ${want} as the English does (it has ${has}); keep each placeholder as written.`);
    }
  }
  const code = found.get(CODE_KEY)?.text.toLowerCase() ?? '';
  const codeRow = found.get(CODE_KEY)?.row;
  if (code !== '' && !PrintLang.safeParse(code).success) {
    problems.push(`${file}, row ${codeRow} ("${CODE_KEY}"): "${code}" is not a language code; write the language's code in lower case, such as hmn for Hmong.`);
  } else if (BUILT_IN_LANGUAGES.some((l) => l.code === code)) {
    problems.push(`${file}, row ${codeRow} ("${CODE_KEY}"): ${code} ships with the application and cannot be replaced; give your language's own code.`);
  }
  const name = found.get(NAME_KEY)?.text ?? '';
  if (name.length > 100) problems.push(`${file}, row ${found.get(NAME_KEY)?.row} ("${NAME_KEY}"): the name is ${name.length} characters long; at most 100 fit.`);
  if (problems.length > 0) {
    const said = problems.slice(0, MAX_PROBLEMS_SAID).join('\n');
    const more = problems.length > MAX_PROBLEMS_SAID ? `\n… and ${problems.length - MAX_PROBLEMS_SAID} more.` : '';
    throw new CounselorError('invalid_input', `${file} was not imported (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}); nothing was stored.\n${said}${more}`, { problems });
  }
  const dictionary = Object.fromEntries([...found].filter(([k, v]) => k !== CODE_KEY && k !== NAME_KEY && !(k === OTHER_NAMES_KEY && v.text === '')).map(([k, v]) => [k, v.text]));
  return { code, name, dictionary };
}

/** Reads a sheet and stores its language, or says what replacing the installed one would change. */
export async function importLabelSheet(
  db: Db,
  input: { bytes: Uint8Array; fileName: string; replace: boolean },
  now: Date,
  by: string | null,
): Promise<LabelImportOutcome> {
  const language = await readLabelSheet(input.bytes, input.fileName);
  const outcome = labelImportOutcome(language, readAddedLanguages(db), input.replace);
  if (outcome.saved) saveLanguage(db, language, now, by);
  return outcome;
}

/** What importing a sheet's language does beside the installed ones (either store's: store-as.ts is the department server's). */
export function labelImportOutcome(language: PrintLanguage, added: readonly PrintLanguage[], replace: boolean): LabelImportOutcome {
  const installed = added.find((l) => l.code === language.code);
  const changed = installed ? Object.keys(language.dictionary).filter((k) => installed.dictionary[k] !== language.dictionary[k]).length + (installed.name === language.name ? 0 : 1) : 0;
  const replaces = installed ? { name: installed.name, changed } : null;
  const saved = !installed || replace;
  return { code: language.code, name: language.name, labels: Object.keys(language.dictionary).length, replaces, saved };
}
