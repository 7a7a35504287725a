import { fonts, type FontName } from './fonts';
import type { FontkitFont } from './pdfkit';
import { BIDI_CONTROL, visualSegments } from './visual-order';

/**
 * Per-character font fallback. pdfkit has no fallback fonts (open since 2014): a string is split
 * into runs by glyph coverage, each run drawn in the first font that has its glyphs — the style's
 * own DejaVu face, then Droid Sans Fallback (Chinese, Japanese), then NanumSquare (Korean). Coverage comes from fontkit's
 * `font.hasGlyphForCodePoint` on the shared parsed fonts (fonts.ts), cached per code point.
 * Spaces and combining marks stay in the run of the letter before them, so a decomposed
 * "Nguyễn" is never split between fonts.
 *
 * An emoji no font has ("Zoë 🌟 Smith", "Dana 👩🏽‍🎓") is left out with everything attached to it
 * (skin tone, joiners, variation selectors), and the spaces around it fold into one; so is an
 * invisible character (joiner, selector) the font of its letter lacks. A letter of a script no
 * font covers stays, drawn as the font's empty box: a counselor sees that something is missing
 * rather than a name silently shortened (fonts.ts draws that box exactly as wide as measured).
 * Right-to-left words are put in reading order (visual-order.ts).
 */

export interface TextRun {
  font: FontName;
  text: string;
}

const UNKNOWN = 0;
const HAS = 1;
const LACKS = 2;
const coverage = new Map<FontName, Uint8Array>();

export function hasGlyph(name: FontName, codePoint: number): boolean {
  if (codePoint > 0xffff) return fontOf(name).hasGlyphForCodePoint(codePoint);
  let cache = coverage.get(name);
  if (!cache) {
    cache = new Uint8Array(0x10000);
    coverage.set(name, cache);
  }
  const known = cache[codePoint];
  if (known !== UNKNOWN) return known === HAS;
  const has = fontOf(name).hasGlyphForCodePoint(codePoint);
  cache[codePoint] = has ? HAS : LACKS;
  return has;
}

function fontOf(name: FontName): FontkitFont {
  return fonts()[name].font;
}

/** Marks, joiners and variation selectors belong to the character before them. */
const ATTACHES = /[\p{M}\u200c\u200d\ufe00-\ufe0f]/u;

/** The font to draw one character in: the primary when it has the glyph, else the first fallback that does; null when none has it. */
function fontFor(char: string, primary: FontName): FontName | null {
  const cp = char.codePointAt(0) ?? 0;
  if (hasGlyph(primary, cp)) return primary;
  if (primary === 'bold' && hasGlyph('regular', cp)) return 'regular';
  if (hasGlyph('cjk', cp)) return 'cjk';
  if (hasGlyph('hangul', cp)) return 'hangul';
  return null;
}

/** Emoji and pictographs, and the letters that pair into flags. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\u{1f1e6}-\u{1f1ff}]/u;
/** Invisible characters (joiners, variation selectors, tags) and skin tones: part of what precedes them. */
const INVISIBLE_OR_TONE = /[\p{Default_Ignorable_Code_Point}\u{1f3fb}-\u{1f3ff}]/u;

const attaches = (char: string) => ATTACHES.test(char) || INVISIBLE_OR_TONE.test(char);

/**
 * `text` without the emoji no font can draw (and what attaches to them) and without invisible
 * characters its fonts lack; spaces left doubled or at an end by a removal fold away. Unchanged
 * when every character prints.
 */
export function printableText(text: string, primary: FontName): string {
  let out = '';
  let dropping = false;
  let dropped = false;
  let font: FontName = primary;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    // Kept for the bidirectional order, which leaves them out of what is drawn (visual-order.ts).
    if (BIDI_CONTROL.test(char)) {
      out += char;
      continue;
    }
    if (attaches(char)) {
      // An invisible character the font lacks would print as an empty box; a mark stays (see above).
      const lost = dropping || (INVISIBLE_OR_TONE.test(char) && !hasGlyph(font, cp));
      if (lost) dropped = true;
      else out += char;
      continue;
    }
    const has = fontFor(char, primary);
    dropping = has === null && PICTOGRAPH.test(char);
    if (dropping) dropped = true;
    else {
      out += char;
      font = has ?? primary;
    }
  }
  return dropped ? out.replace(/ {2,}/g, ' ').trim() : out;
}

/** Most text is plain Latin that DejaVu covers: skip the per-character walk for it. */
const LATIN_ONLY = /^[\u0020-\u007e\u00a0-\u024f\u2013\u2014\u2018-\u201d\u2022\u2026\u2192\u2713]*$/;

export function splitRuns(text: string, primary: FontName): TextRun[] {
  const normal = text.normalize('NFC');
  if (normal.length === 0) return [];
  if (LATIN_ONLY.test(normal)) return [{ font: primary, text: normal }];
  const runs: TextRun[] = [];
  // Each right-to-left word is its own segment (and so its own runs): never merged with a neighbour.
  for (const segment of visualSegments(printableText(normal, primary))) runs.push(...fontRuns(segment.text, primary));
  return runs;
}

function fontRuns(text: string, primary: FontName): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  for (const char of text) {
    const attach: boolean = current !== null && (char === ' ' || attaches(char));
    const font: FontName = attach && current ? current.font : (fontFor(char, primary) ?? primary);
    if (current && current.font === font) current.text += char;
    else {
      current = { font, text: char };
      runs.push(current);
    }
  }
  return runs;
}
