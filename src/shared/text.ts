/**
 * Folding for search and compare: case- and accent-insensitive, so "pena" finds "Peña" and
 * "nguyen" finds "Nguyễn". One rule for every place that compares text a person typed (search
 * boxes, roster headers, department names, framework names) or makes a name from it (ids, file
 * names). NFKD strips combining marks and also reads compatibility forms as their plain letters
 * (full-width "Ｅｎｇｌｉｓｈ", the "ﬁ" ligature, a no-break space); a few letters are not composed
 * with a mark (ł, đ, ø, ß, æ ...) and need mapping by hand.
 */
const LETTERS_WITHOUT_MARKS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  þ: 'th',
  Þ: 'Th',
};
const UNMARKED = new RegExp(`[${Object.keys(LETTERS_WITHOUT_MARKS).join('')}]`, 'gu');

/** Letters without their marks, case kept: "Żółć" → "Zolc", "Łukasz" → "Lukasz", "Søren" → "Soren". */
export function withoutMarks(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(UNMARKED, (c) => LETTERS_WITHOUT_MARKS[c] ?? c);
}

export function foldForSearch(text: string): string {
  return withoutMarks(text).toLowerCase();
}
