import { BUILT_IN_PRINT_LANGUAGES, type PrintLanguageChoice } from '../../../shared/domain/print';
import { CounselorError } from '../../../shared/errors';
import { otherNamesOf } from './label-keys';
import { languageLabels, type LabelDictionary, type Labels } from './labels';
import { EN_DICTIONARY } from './labels-en';
import { ES_DICTIONARY } from './labels-es';
import { buildRequestSheetLabels, type RequestSheetLabels } from './request-sheet-labels';

/**
 * The one place a printout finds its words by language code: English and Spanish as shipped, and
 * the languages a school added from label sheets, installed from the store where a print starts
 * (core/labels/store.ts). Module state on purpose: the print job runs in a worker thread whose
 * modules are its own, and each thread installs what the store holds before it draws.
 */

export interface PrintLanguage {
  code: string;
  /** The language as a roster writes a guardian's preferred language ("Hmong"). */
  name: string;
  dictionary: LabelDictionary;
}

interface Built {
  name: string;
  /** Other names a roster may write for it (an added language's sheet row). */
  otherNames: string[];
  labels: Labels;
  sheet: RequestSheetLabels;
}

/** Every language, shipped or added, the same way: laid over English (labels.ts languageLabels). */
function build(name: string, dictionary: LabelDictionary): Built {
  const labels = languageLabels(dictionary);
  return { name, otherNames: otherNamesOf(dictionary), labels, sheet: buildRequestSheetLabels({ ...EN_DICTIONARY, ...dictionary }, labels) };
}

const SHIPPED: Record<string, LabelDictionary> = { en: EN_DICTIONARY, es: ES_DICTIONARY };
export const BUILT_IN_LANGUAGES: readonly PrintLanguage[] = BUILT_IN_PRINT_LANGUAGES.map((l) => ({ ...l, dictionary: SHIPPED[l.code]! }));

const builtIn = new Map(BUILT_IN_LANGUAGES.map((l) => [l.code, build(l.name, l.dictionary)]));
let added = new Map<string, Built>();

/** Replaces the added languages with the store's (a built-in code in the list is ignored: English and Spanish are the shipped ones). */
export function installPrintLanguages(languages: readonly PrintLanguage[]): void {
  added = new Map(languages.filter((l) => !builtIn.has(l.code)).map((l) => [l.code, build(l.name, l.dictionary)]));
}

function find(code: string): Built {
  const found = builtIn.get(code) ?? added.get(code);
  if (found) return found;
  const known = [...builtIn.keys(), ...added.keys()].join(', ');
  throw new CounselorError('invalid_input', `No printout language has the code "${code}"; the installed ones are ${known}.`, { lang: code });
}

export function labelsFor(code: string): Labels {
  return find(code).labels;
}

export function requestSheetLabelsFor(code: string): RequestSheetLabels {
  return find(code).sheet;
}

/** Refuses a code no installed language has, in one sentence naming it. */
export function requireLanguage(code: string): void {
  find(code);
}

/** The added languages' codes and names: the family-language rule matches a guardian's preference against them. */
export function addedLanguageChoices(): PrintLanguageChoice[] {
  return [...added].map(([code, { name, otherNames }]) => ({ code, name, otherNames }));
}

/** The BCP 47 tag the PDF declares, so screen readers and search read it in the right language. */
export function pdfLang(code: string): string {
  return ({ en: 'en-US', es: 'es-US' } as Record<string, string>)[code] ?? code;
}
