import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * pdfkit and the fontkit it uses, loaded on first use (a cold `require('pdfkit')` costs ~215 ms,
 * and every `counselor` command loads the core). fontkit is resolved from pdfkit's own folder, so
 * fonts opened here are the very objects pdfkit knows how to embed, whatever npm hoisted.
 */

export type PdfKitModule = typeof import('pdfkit');
export type PdfDocument = PDFKit.PDFDocument;

/** The part of a fontkit font this code uses (fontkit ships no types). */
export interface FontkitFont {
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { advanceWidth: number };
}

interface FontkitModule {
  create(buffer: Uint8Array): FontkitFont;
}

/**
 * pdfkit's EmbeddedFont (pdfkit 0.17): not exported, reached through a font pdfkit made itself
 * (see fonts.ts). `layoutCache` holds the shaped pieces of text (cut after each space), keyed by
 * the piece; `layoutCached` shapes a piece once and keeps it there.
 */
export interface EmbeddedFont {
  font: FontkitFont;
  layoutCache?: Record<string, { advanceWidth: number }>;
  layoutCached(piece: string): { advanceWidth: number };
}
export type EmbeddedFontClass = new (document: PdfDocument, font: FontkitFont, id: string) => EmbeddedFont;

/** The private fields of a pdfkit document that sharing parsed fonts needs (pdfkit 0.17). */
export interface DocumentFontInternals {
  _font: (EmbeddedFont & { constructor: EmbeddedFontClass }) | null;
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
}

let loaded: { pdfkit: PdfKitModule; fontkit: FontkitModule } | null = null;

function load() {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const pdfkit = require('pdfkit') as PdfKitModule;
  const fromPdfkit = createRequire(require.resolve('pdfkit'));
  const fontkit = fromPdfkit('fontkit') as FontkitModule;
  loaded = { pdfkit, fontkit };
  return loaded;
}

export function pdfkit(): PdfKitModule {
  return load().pdfkit;
}

/**
 * The versions of pdfkit and fontkit in use, from their package.json files (fontkit's `exports`
 * hides its package.json from require: found by walking up from its entry file). Part of the
 * renderer's identity a print snapshot keeps.
 */
export function libraryVersions(): { pdfkit: string; fontkit: string } {
  const require = createRequire(import.meta.url);
  const pdfkitEntry = require.resolve('pdfkit');
  const fontkitEntry = createRequire(pdfkitEntry).resolve('fontkit');
  return { pdfkit: packageVersion(pdfkitEntry, 'pdfkit'), fontkit: packageVersion(fontkitEntry, 'fontkit') };
}

function packageVersion(entry: string, name: string): string {
  let dir = dirname(entry);
  for (let up = 0; up < 6; up++) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch {
      // No package.json at this level: keep walking up.
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

/** A fontkit font, parsed once and shared by every document of the process (see fonts.ts). */
export function openFontkitFont(buffer: Buffer): FontkitFont {
  const font = load().fontkit.create(buffer);
  honourCodePoints(font as unknown as GlyphSource);
  decodeOutlinesOnce(font as unknown as GlyphSource);
  return font;
}

interface FontkitGlyph {
  codePoints: number[];
  _decode?: () => unknown;
  isMark?: boolean;
  isLigature?: boolean;
}

interface GlyphSource {
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph | null;
}

/**
 * fontkit keeps one Glyph object per glyph id per font, carrying the code points of whoever asked
 * for it first, and pdfkit writes those code points into the PDF's ToUnicode map (what text
 * extraction, search and screen readers read). Subsetting asks for the parts of composite glyphs
 * with no code points: once one document has embedded "í" (dotless i + acute), every later
 * document of the process got a dotless i that maps to nothing, and "Yılmaz" extracted as
 * "Y lmaz" from a batch (the single plan printed first was right). Here a glyph asked for with
 * code points always carries those code points: an empty record is filled in, a different one
 * (two characters drawn with one glyph) is answered with a view that carries the asker's own.
 */
function honourCodePoints(font: GlyphSource): void {
  if (typeof font.getGlyph !== 'function') return;
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || codePoints.length === 0 || sameCodePoints(glyph.codePoints, codePoints)) return glyph;
    // The view shares everything else (outline, metrics) with the cached glyph through its prototype.
    const own = glyph.codePoints.length === 0 ? glyph : (Object.create(glyph) as FontkitGlyph);
    own.codePoints = codePoints;
    // What fontkit's Glyph constructor derives from the code points.
    own.isMark = codePoints.every((c) => MARK.test(String.fromCodePoint(c)));
    own.isLigature = codePoints.length > 1;
    return own;
  };
}

const MARK = /^\p{M}$/u;

/**
 * fontkit decodes a glyph's outline record again each time a document's font subset takes the
 * glyph (to find a composite's parts): 400 per-student files decoded the same few hundred glyphs
 * 400 times, a tenth of a file's time. The record is only read (fonts here have no variations),
 * so each glyph object keeps its first decoding; views made by honourCodePoints inherit it.
 */
function decodeOutlinesOnce(font: GlyphSource): void {
  const getGlyph = font.getGlyph.bind(font);
  const decoded = new WeakSet<FontkitGlyph>();
  font.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || decoded.has(glyph) || typeof glyph._decode !== 'function') return glyph;
    const decode = glyph._decode.bind(glyph);
    let record: unknown;
    let done = false;
    glyph._decode = () => {
      if (!done) [record, done] = [decode(), true];
      return record;
    };
    decoded.add(glyph);
    return glyph;
  };
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
