import { foldForSearch } from '../text';

/**
 * When two spellings of a cluster, pathway or program name are the same name to a counselor. The
 * source documents write names several ways ("Health Science" / "Health Sciences", "&" / "and",
 * "A/V" / "Audio/Video"), and an import, the command line and the editor's search must agree on
 * which spellings match: accents and case folded, "&" read as "and", punctuation a word break.
 */

/** "Science & Math." → "science and math": the words of a name, for searching word by word. */
export function frameworkWords(text: string): string {
  return foldForSearch(text)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The key two spellings share, spaces gone too: "Science and Math", "science & math" and
 * "Science&Math" all give "scienceandmath", and "MN-MIR" matches "mn mir".
 */
export function frameworkKey(text: string): string {
  return frameworkWords(text).replace(/ /g, '');
}
