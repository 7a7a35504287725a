/**
 * Right-to-left words inside a left-to-right line, in the order the eye reads them: enough for a
 * name that mixes scripts ("محمد Ali", "Sara Levi שרה", "נועה כהן"), not the full Unicode
 * bidirectional algorithm (numbers and brackets inside right-to-left text are not reordered).
 *
 * fontkit reverses the glyphs of a right-to-left piece of text, and pdfkit cuts a run into pieces
 * after each space: a piece "محمد " was drawn with its space on the left, so the space before the
 * next word vanished. Here each right-to-left word becomes a segment of its own, never holding a
 * space, and consecutive right-to-left words (with the spaces between them) are put in reverse
 * order, so the first word of a Hebrew name sits on the right. Widths do not change: every
 * segment is measured and drawn on its own.
 */

export interface Segment {
  text: string;
  rtl: boolean;
}

const STRONG = /\p{L}/u;
const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** A word is right-to-left when its first letter is. */
function isRtlWord(word: string): boolean {
  for (const char of word) if (STRONG.test(char)) return RTL.test(char);
  return false;
}

const isSpace = (token: string) => /^\s+$/u.test(token);

/** `text` as segments in drawing order, left to right. */
export function visualSegments(text: string): Segment[] {
  // Most lines have no right-to-left letter at all.
  if (!RTL.test(text)) return text === '' ? [] : [{ text, rtl: false }];
  const tokens = text.match(/\s+|\S+/gu) ?? [];
  const segments: Segment[] = [];
  const pushLtr = (token: string) => {
    const last = segments.at(-1);
    if (last && !last.rtl) last.text += token;
    else segments.push({ text: token, rtl: false });
  };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as string;
    if (!isRtlWord(token)) {
      pushLtr(token);
      i++;
      continue;
    }
    // A right-to-left stretch: word (space word)*, drawn last word first.
    let end = i + 1;
    while (end + 1 < tokens.length && isSpace(tokens[end] as string) && isRtlWord(tokens[end + 1] as string)) end += 2;
    for (const part of tokens.slice(i, end).reverse()) {
      if (isRtlWord(part)) segments.push({ text: part, rtl: true });
      else pushLtr(part);
    }
    i = end;
  }
  return segments;
}
