import { frameworkWords } from './framework-names';

/**
 * When a word someone typed names a word in a framework or occupation name, forgiving what
 * students type: plurals ("nurses" → nurse, "secretaries" → secretary), the first letters of a
 * word ("electr" → electrician, as one types) and small typos ("electrition" → electrician).
 * Accents, case and "&"/"and" follow the one naming rule (framework-names.ts).
 *
 * Typos are an edit distance (a letter added, dropped, changed, or two swapped) bounded by the
 * word's length: none under five letters, where one edit turns a word into another ("nurse" /
 * "purse" is fine, "art" / "arm" is not), one from five letters, two from eight.
 */

/** The words of a text as searching compares them. */
export function searchWords(text: string): string[] {
  const w = frameworkWords(text);
  return w === '' ? [] : w.split(' ');
}

/** The word and its singular guesses: "nurses" → nurses, nurse, nurs; "secretaries" → …, secretary. */
function singulars(word: string): string[] {
  const out = [word];
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    out.push(word.slice(0, -1));
    if (word.endsWith('es')) out.push(word.slice(0, -2));
    if (word.endsWith('ies') && word.length > 4) out.push(`${word.slice(0, -3)}y`);
  }
  return out;
}

function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * The edit distance of a and b with adjacent swaps counting as one edit, or max + 1 as soon as
 * it is certainly over max (the search compares every word of every name, so it stops early).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the table: two back (for swaps), the previous and the current.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** Whether the typed word names this word of a name. */
export function wordMatches(typed: string, word: string): boolean {
  if (word.startsWith(typed)) return true;
  const typedForms = singulars(typed);
  const wordForms = singulars(word);
  for (const t of typedForms) {
    // Only the plain "-s" singular is read as the start of a word: "nurses" less "es" ("nurs")
    // would find "nursing"; it is still compared whole.
    if (t.length >= 3 && t.length >= typed.length - 1 && word.startsWith(t)) return true;
    const max = allowedEdits(t.length);
    if (max === 0) continue;
    for (const w of wordForms) if (editDistance(t, w, max) <= max) return true;
  }
  return false;
}

/** Whether every typed word names some word of the text's words (no typed words: everything matches). */
export function allWordsMatch(typed: readonly string[], words: readonly string[]): boolean {
  return typed.every((t) => words.some((w) => wordMatches(t, w)));
}
