/** The label-sheet key of a shipped cluster's or pathway's name (a pathway's code has a dash). */
export function frameworkLabelKey(code: string): string {
  return `${code.includes('-') ? 'pathway' : 'cluster'}.${code}`;
}

/** The label-sheet key of a 2024 cluster's or sub-cluster's name (codes of three letters: no 16-cluster code is one). */
export function framework2024LabelKey(code: string): string {
  return `framework2024.${code}`;
}

/** Other names a roster may write for an added language, separated by semicolons: the one sheet row that may stay blank. */
export const OTHER_NAMES_KEY = 'language.otherNames';

/** A language's other names as its dictionary keeps them (the sheet's text, split at semicolons). */
export function otherNamesOf(dictionary: Readonly<Record<string, string>>): string[] {
  return (dictionary[OTHER_NAMES_KEY] ?? '').split(';').map((n) => n.trim()).filter((n) => n !== '');
}
