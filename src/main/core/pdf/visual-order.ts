import bidiFactory from 'bidi-js';

/**
 * A line of text in the order it is drawn, left to right: the Unicode Bidirectional Algorithm
 * (UAX #9, from bidi-js rather than by hand) on a left-to-right line, since every printout's page
 * is left to right. It puts right-to-left words in reading order, keeps numbers inside Arabic or
 * Hebrew text left to right ("شارع 12"), and mirrors brackets in right-to-left text.
 *
 * Two things about the drawing decide the shape of the answer:
 * - fontkit shapes a right-to-left script and reverses its glyphs itself, so a right-to-left word
 *   is handed over in logical order (its letters as typed), with brackets already mirrored
 *   (fontkit does not mirror them).
 * - pdfkit cuts a run into pieces after each space, so a right-to-left segment never holds a
 *   space: "محمد " drawn as one piece put its space on the wrong side and the gap before the next
 *   word vanished. Spaces between right-to-left words are segments of their own.
 * Widths do not change: every segment is measured and drawn on its own.
 */

export interface Segment {
  text: string;
  rtl: boolean;
}

const bidi = bidiFactory();

/** Letters of the right-to-left scripts: most lines have none and skip the algorithm. */
export const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\u200f\u202b\u202e\u2067]/u;
const SPACE = /\s/u;
/** The algorithm's own invisible marks, embeddings and isolates: they steer the order, and are never drawn. */
export const BIDI_CONTROL = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'gu');

/**
 * One field of a line joined from several ("name · number · counselor"), kept to itself: without
 * the isolate, a Hebrew name followed by " · #100200" pulls the number to its left, as the
 * algorithm says it must (the number reads as part of the right-to-left phrase). Latin text is
 * returned as it is.
 */
export function isolate(field: string): string {
  return RTL.test(field) ? `\u2068${field}\u2069` : field;
}

/** Fields of one line joined with a middle dot, each kept to itself (see isolate). */
export function joinFields(fields: readonly string[], separator = ' · '): string {
  return fields.map(isolate).join(separator);
}

/** `text` as segments in drawing order, left to right. */
export function visualSegments(text: string): Segment[] {
  if (!RTL.test(text)) {
    const plain = text.replace(BIDI_CONTROLS, '');
    return plain === '' ? [] : [{ text: plain, rtl: false }];
  }
  const embedding = bidi.getEmbeddingLevels(text, 'ltr');
  const { levels } = embedding;
  const mirrored = bidi.getMirroredCharactersMap(text, levels);
  const charAt = (i: number) => mirrored.get(i) ?? (text[i] as string);
  const order = bidi.getReorderedIndices(text, embedding);

  const segments: Segment[] = [];
  const pushLtr = (piece: string) => {
    const last = segments.at(-1);
    if (last && !last.rtl) last.text += piece;
    else segments.push({ text: piece, rtl: false });
  };
  // A right-to-left word, met in visual order (last letter first): handed over as typed.
  let word: string[] = [];
  const endWord = () => {
    if (word.length > 0) segments.push({ text: word.reverse().join(''), rtl: true });
    word = [];
  };
  for (const i of order) {
    const char = charAt(i);
    if (BIDI_CONTROL.test(char)) continue;
    if ((levels[i] ?? 0) % 2 === 1 && !SPACE.test(char)) {
      word.push(char);
      continue;
    }
    endWord();
    pushLtr(char);
  }
  endWord();
  return segments;
}
