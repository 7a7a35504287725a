/**
 * Folding for search: case- and accent-insensitive, so "pena" finds "Peña" and "nguyen" finds
 * "Nguyễn". NFD strips combining marks; a few letters are not composed with a mark (ł, đ, ø, ß,
 * æ ...) and need mapping by hand.
 */
const LETTERS_WITHOUT_MARKS: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđðøßæœıþ]/g, (c) => LETTERS_WITHOUT_MARKS[c] ?? c);
}
