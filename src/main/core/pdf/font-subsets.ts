import { deflateSync } from 'node:zlib';
import type { FontName } from './fonts';
import type { EmbeddedFont, FontkitFont } from './pdfkit';

/**
 * Font subsets made once per process instead of once per document. pdfkit embeds in every PDF a
 * subset of each font it used, holding the glyphs in the order the document first drew them, and
 * builds that subset's TrueType file and deflates it in every document: for 400 per-student files
 * that was a quarter of the print job. Two changes make the files repeat:
 *  - every document's Latin fonts start with the same glyphs in the same order (BASE_TEXT: what
 *    English and Spanish plans and their labels draw), so most plans add nothing to that subset and
 *    a piece of text in those glyphs is the same bytes in every document (content.ts reuses them);
 *  - a subset's file (deflated, exactly as pdfkit deflates a stream) is kept by font and glyph
 *    list, and a document with the same list writes the kept bytes.
 * A document's bytes remain a pure function of its own pages (the base is fixed, not the batch's),
 * so a plan printed alone or in a batch is the same file and a reprint compares equal.
 */

/**
 * Printable ASCII, Spanish's letters and signs, the ligatures shaping makes of them (fi, ff, ffi:
 * "Office", "Difficulty") and the punctuation and marks the labels use: what nine plans in ten
 * draw, no more (each glyph more makes every file bigger). A plan with a letter outside it
 * (Vietnamese, Polish, French names) adds that letter after the base, as pdfkit would.
 */
const LATIN = [...String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i)), ...'áéíóúüñÁÉÍÓÚÜÑ¿¡·…', 'ff', 'fi', 'fl', 'ffi', 'ffl'];
/** Per font; the marks and signs only in the regular one (bold is headings and names). CJK and Hangul: none. */
const BASE_TEXT: Partial<Record<FontName, readonly string[]>> = { regular: [...LATIN, ...'º°«»–—‘’“”•→✓✗◐'], bold: LATIN };

/** The parts of pdfkit's EmbeddedFont (0.17) and fontkit's TrueType subset this module touches. */
interface SubsetFont extends EmbeddedFont {
  document: { ref(data?: object): FileRef };
  subset: { glyphs: number[]; includeGlyph(id: number): number; encode(): Buffer };
  widths: number[];
  unicode: number[][];
  scale: number;
  embed(): void;
}

interface FileRef {
  data: Record<string, unknown>;
  compress: boolean;
}

interface BaseGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** Per font: the base glyphs in order, found once. */
const baseGlyphs = new Map<FontName, BaseGlyph[]>();

function baseOf(name: FontName, font: FontkitFont): BaseGlyph[] {
  let base = baseGlyphs.get(name);
  if (base) return base;
  const seen = new Set<number>([0]);
  base = [];
  for (const text of BASE_TEXT[name] ?? []) {
    // Shaped as pdfkit shapes text, so a ligature is the glyph drawn for its letters, and its code
    // points are those letters (what text extraction and search read), as pdfkit's encode records.
    const glyphs = (font.layout(text) as unknown as { glyphs: BaseGlyph[] }).glyphs;
    const glyph = glyphs[0];
    // A glyph two base characters share is mapped to the first (ASCII before the others); one the
    // font lacks (glyph 0), or text that does not shape to one glyph, is left out.
    if (glyphs.length !== 1 || !glyph || seen.has(glyph.id)) continue;
    seen.add(glyph.id);
    base.push({ id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [...glyph.codePoints] });
  }
  baseGlyphs.set(name, base);
  return base;
}

/** How many glyphs after glyph 0 every document's subset of this font starts with (0: none). */
const baseCounts = new WeakMap<EmbeddedFont, number>();

export function baseGlyphCount(font: unknown): number {
  return baseCounts.get(font as EmbeddedFont) ?? 0;
}

const MAX_FILES = 64;
/** Deflated font files by font and glyph list, least recently used first. */
const files = new Map<string, Buffer>();

function fontFile(key: string, make: () => Buffer): Buffer {
  let file = files.get(key);
  if (file) files.delete(key);
  else file = deflateSync(make());
  files.set(key, file);
  if (files.size > MAX_FILES) files.delete(files.keys().next().value!);
  return file;
}

/** Forgets the kept files (tests: a document made afresh, to compare with one made from them). */
export function forgetKeptSubsets(): void {
  files.clear();
  for (const forget of forgetters) forget();
}

const forgetters: (() => void)[] = [];

/** Whoever keeps what depends on the kept subsets (content.ts's pieces) forgets it with them. */
export function onForgetSubsets(forget: () => void): void {
  forgetters.push(forget);
}

/**
 * Prepares a document's EmbeddedFont (one installFonts made on the shared fontkit font): the base
 * glyphs included with their widths and code points (what pdfkit's encode would record on first
 * use), and the font file taken from the kept ones. Returns false, changing nothing, when this
 * pdfkit lacks the internals used; documents then subset as pdfkit does.
 */
export function shareSubsets(name: FontName, embedded: EmbeddedFont): boolean {
  const font = embedded as SubsetFont;
  const usable =
    typeof font.embed === 'function' &&
    typeof font.document?.ref === 'function' &&
    typeof font.subset?.includeGlyph === 'function' &&
    typeof font.subset.encode === 'function' &&
    Array.isArray(font.subset.glyphs) &&
    Array.isArray(font.widths) &&
    Array.isArray(font.unicode) &&
    typeof font.scale === 'number';
  if (!usable) return false;
  if (BASE_TEXT[name]) {
    const base = baseOf(name, font.font);
    for (const glyph of base) {
      const gid = font.subset.includeGlyph(glyph.id);
      font.widths[gid] = glyph.advanceWidth * font.scale;
      font.unicode[gid] = glyph.codePoints;
    }
    baseCounts.set(embedded, base.length);
  }
  const subset = font.subset;
  const encode = subset.encode.bind(subset);
  // The glyph list decides the file (fontkit adds a composite's parts while encoding: the same list
  // adds the same parts).
  subset.encode = () => fontFile(`${name}:${subset.glyphs.join(',')}`, encode);
  const embed = font.embed.bind(font);
  font.embed = () => {
    // embed() asks for the font file's reference first: it is written as it comes, already deflated.
    const doc = font.document;
    const ref = doc.ref;
    doc.ref = (data?: object) => {
      doc.ref = ref;
      const file = ref.call(doc, data);
      // The order pdfkit's own write() gives a deflated stream's dictionary: Length, then Filter.
      file.data.Length = 0;
      file.data.Filter = 'FlateDecode';
      file.compress = false;
      return file;
    };
    try {
      embed();
    } finally {
      doc.ref = ref;
    }
  };
  return true;
}
