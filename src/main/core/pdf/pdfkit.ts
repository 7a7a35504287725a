import { createRequire } from 'node:module';

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

export function openFontkitFont(buffer: Buffer): FontkitFont {
  return load().fontkit.create(buffer);
}
