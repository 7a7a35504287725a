import { fonts, type FontName } from './fonts';
import type { FontkitFont } from './pdfkit';
import { visualSegments } from './visual-order';

/**
 * Per-character font fallback. pdfkit has no fallback fonts (open since 2014): a string is split
 * into runs by glyph coverage, each run drawn in the first font that has its glyphs — the style's
 * own DejaVu face, then Droid Sans Fallback (Chinese, Japanese), then NanumSquare (Korean). Coverage comes from fontkit's
 * `font.hasGlyphForCodePoint` on the shared parsed fonts (fonts.ts), cached per code point.
 * Spaces and combining marks stay in the run of the letter before them, so a decomposed
 * "Nguyễn" is never split between fonts.
 *
 * A character no font has (an emoji: "Zoë 🌟 Smith", "Dana 👩🏽‍🎓") is left out with everything
 * attached to it (skin tone, joiners, variation selectors), and the spaces around it fold into
 * one: pdfkit would draw an empty box whose drawn width is not its measured width, and the next
 * field overlapped the name. Right-to-left words are put in reading order (visual-order.ts).
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

/** Emoji skin tones and tag characters (flags of regions) belong to the emoji before them. */
const EMOJI_PARTS = /[\u{1f3fb}-\u{1f3ff}\u{e0000}-\u{e007f}]/u;

/**
 * `text` without the characters no font can draw (and what attaches to them); spaces left doubled
 * or at an end by a removal fold away. Unchanged when every character prints.
 */
export function printableText(text: string, primary: FontName): string {
  let out = '';
  let dropping = false;
  let dropped = false;
  let font: FontName | null = null;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (ATTACHES.test(char) || EMOJI_PARTS.test(char)) {
      // An attached character the letter's font lacks would draw as an empty box too.
      if (dropping || font === null || !hasGlyph(font, cp)) dropped = true;
      else out += char;
      continue;
    }
    const has = fontFor(char, primary);
    if (has === null) {
      dropping = dropped = true;
    } else {
      out += char;
      font = has;
      dropping = false;
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
    const attach: boolean = current !== null && (char === ' ' || ATTACHES.test(char) || EMOJI_PARTS.test(char));
    const font: FontName = attach && current ? current.font : (fontFor(char, primary) ?? primary);
    if (current && current.font === font) current.text += char;
    else {
      current = { font, text: char };
      runs.push(current);
    }
  }
  return runs;
}
