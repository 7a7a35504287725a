import { WISCONSIN_MINIMUMS } from '../../../shared/domain/requirements';
import { CounselorError } from '../../../shared/errors';
import { framework } from '../framework/data';
import { BUILT_IN_LANGUAGES, type PrintLanguage } from '../pdf/label-registry';
import { framework2024LabelKey, frameworkLabelKey, placeholdersOf, type LabelDictionary } from '../pdf/labels';
import { framework2024 } from '../../../shared/domain/framework-2024';
import { EN_DICTIONARY } from '../pdf/labels-en';
import { writeXlsx } from '../spreadsheet/write-xlsx';

/**
 * The label sheet a school has translated to add a printout language (issue 14): one row per key
 * with the English text, a column to fill, and a note naming the key's placeholders. The first two
 * rows say which language it is. The rows are the English dictionary's keys, then the civics test
 * and the shipped framework's 16 clusters and 79 pathways (in English those print as the store has
 * them; in another language from the sheet).
 */

export const SHEET_COLUMNS = { key: 'Key', english: 'English', notes: 'Notes' } as const;
export const CODE_KEY = 'language.code';
export const NAME_KEY = 'language.name';
export { OTHER_NAMES_KEY, otherNamesOf } from '../pdf/label-keys';
import { OTHER_NAMES_KEY } from '../pdf/label-keys';
/** The fill column's heading on a blank sheet; a sheet started from a language is headed by its name. */
export const BLANK_HEADING = 'Your language';

export interface SheetRow {
  key: string;
  english: string;
  note: string;
}

/** What each placeholder stands for, so a translator can move it within the sentence. */
const PLACEHOLDER_MEANING: Record<string, string> = {
  students: 'the number of students', month: "the month's name", day: 'the day of the month', year: 'a year',
  date: 'a date in words', page: 'the page number', pages: 'the number of pages', number: "the student's number",
  grade: 'a grade (9 to 12)', name: "the counselor's name", credits: 'a number of credits', title: "a course's title",
  rank: "an alternate's rank (2, 3 …)", count: 'a number of courses', area: "a subject area's name", earned: 'credits earned',
  planned: 'credits planned', required: 'credits required', short: 'credits missing', expected: 'credits expected',
  areas: 'subject areas', gpa: 'the grade point average', hours: 'a number of hours', schoolYear: 'a school year (2027-28)',
};

function noteFor(english: string, key: string): string {
  const names = placeholdersOf(english);
  if (names.length > 0) return `Keep ${names.map((n) => `{${n}}`).join(', ')} as written (${names.map((n) => `{${n}} is ${PLACEHOLDER_MEANING[n] ?? 'a value'}`).join('; ')}); move them where your language puts them.`;
  if (key.startsWith('cluster.')) return "A career cluster's name.";
  if (key.startsWith('pathway.')) return "A career pathway's name.";
  if (key.startsWith('framework2024.')) return key.includes('-') ? "A 2024 career sub-cluster's name." : "A 2024 career cluster's name.";
  if (key.startsWith('month.')) return "The month's name as written in a date.";
  return '';
}

/** Every row a filled sheet must have, in the sheet's order, with the English a translator starts from. */
export function sheetRows(): SheetRow[] {
  const english: [string, string][] = [
    ...Object.entries(EN_DICTIONARY),
    ...WISCONSIN_MINIMUMS.nonCredit.map((n): [string, string] => [`nonCredit.${n.id}`, n.name]),
    ...framework.clusters.flatMap((c) => [c, ...c.pathways]).map((f): [string, string] => [frameworkLabelKey(f.code), f.name]),
    ...framework2024.clusters.flatMap((c) => [c, ...c.subClusters]).map((f): [string, string] => [framework2024LabelKey(f.code), f.name]),
  ];
  return [
    { key: CODE_KEY, english: 'en', note: "The language's code in lower case (BCP 47): hmn for Hmong, so for Somali, vi for Vietnamese." },
    { key: NAME_KEY, english: 'English', note: "The language's name as your roster writes a guardian's preferred language (Hmong): families who prefer it get their plans in it." },
    { key: OTHER_NAMES_KEY, english: '', note: 'Other names your roster may write for it, separated by semicolons (Hmoob; Hmong Daw): families who prefer those get their plans in it too. May stay blank.' },
    ...english.map(([key, text]) => ({ key, english: text, note: noteFor(text, key) })),
  ];
}

/**
 * The sheet as .xlsx: blank to fill, or started from an installed language (`from`: its code) so a
 * translation is corrected rather than typed again. English has nothing to start from.
 */
export async function labelSheet(from: string | undefined, added: readonly PrintLanguage[]): Promise<{ fileName: string; bytes: Buffer }> {
  const source = from === undefined ? undefined : [...BUILT_IN_LANGUAGES, ...added].find((l) => l.code === from);
  if (from !== undefined && (!source || from === 'en')) {
    const known = [...BUILT_IN_LANGUAGES, ...added].filter((l) => l.code !== 'en').map((l) => l.code).join(', ');
    throw new CounselorError('invalid_input', `A label sheet can start from ${known}, not "${from}".`);
  }
  const text = (row: SheetRow, dict: LabelDictionary | undefined): string =>
    row.key === CODE_KEY ? (source?.code ?? '') : row.key === NAME_KEY ? (source?.name ?? '') : (dict?.[row.key] ?? '');
  const bytes = await writeXlsx([
    {
      sheetName: 'Labels',
      columns: [
        { header: SHEET_COLUMNS.key, width: 28 },
        { header: SHEET_COLUMNS.english, width: 60 },
        { header: source?.name ?? BLANK_HEADING, width: 60 },
        { header: SHEET_COLUMNS.notes, width: 80 },
      ],
      rows: sheetRows().map((r) => [r.key, r.english, text(r, source?.dictionary), r.note]),
    },
  ]);
  return { fileName: `printout-labels${source ? `-${source.code}` : ''}.xlsx`, bytes };
}
