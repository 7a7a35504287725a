import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CounselorError } from '../../../shared/errors';
import { shareSubsets } from './font-subsets';
import { openFontkitFont, pdfkit, type DocumentFontInternals, type EmbeddedFont, type EmbeddedFontClass, type FontkitFont, type PdfDocument } from './pdfkit';

/**
 * The fonts every printout embeds, as TrueType from resources/fonts (licences beside them):
 * DejaVu Sans Condensed (Latin with Vietnamese, Polish, Turkish..., Greek, Cyrillic; condensed so
 * body text at 9.5 pt still fits a plan on one page — Debian's fonts-dejavu-extra, same licence
 * as the rest of DejaVu), Droid Sans Fallback
 * for Chinese and Japanese, and NanumSquare for Korean Hangul (Debian's Droid Sans Fallback has
 * none), drawn per character where DejaVu has no glyph.
 * Never pdfkit's built-in Helvetica: it prints wrong glyphs outside Windows-1252 without an error.
 */
export const FONT_FILES = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
  cjk: 'DroidSansFallbackFull.ttf',
  hangul: 'NanumSquareR.ttf',
} as const;
export type FontName = keyof typeof FONT_FILES;
export const FONT_NAMES = Object.keys(FONT_FILES) as FontName[];

/**
 * resources/fonts, found by walking up from this module: src/main/core/pdf/ when run from source
 * (tests, bench, tsx) and out/main/ or out/main/chunks/ in the build, so one rule serves both.
 */
export function fontsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, FONT_FILES.regular))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new CounselorError('internal', 'The fonts for printing are missing from resources/fonts; reinstall the application.');
}

interface LoadedFont {
  buffer: Buffer;
  /** Parsed once per process and shared by every document: 3× faster for per-student files. */
  font: FontkitFont;
}

let loaded: Record<FontName, LoadedFont> | null = null;

/** Each font's bytes and its parsed fontkit font, read once per process (worker threads have their own). */
export function fonts(): Record<FontName, LoadedFont> {
  if (loaded) return loaded;
  const dir = fontsDir();
  const entries = FONT_NAMES.map((name) => {
    const buffer = readFileSync(join(dir, FONT_FILES[name]));
    return [name, { buffer, font: openFontkitFont(buffer) }] as const;
  });
  loaded = Object.fromEntries(entries) as Record<FontName, LoadedFont>;
  return loaded;
}

interface Sharing {
  Embedded: EmbeddedFontClass;
  /** One EmbeddedFont per font, outside any real document: its layout cache is shared by all. */
  measuring: Record<FontName, EmbeddedFont>;
}

let sharing: Sharing | null | undefined;

/**
 * pdfkit has no public way to reuse a parsed font: `doc.font(buffer)` parses it again for every
 * document and shapes every word again. pdfkit's own EmbeddedFont class is reached once through a
 * font pdfkit opened itself; documents then get EmbeddedFonts built on the shared fontkit fonts,
 * sharing one cache of shaped pieces per font (pieces are pure functions of font and text; pdfkit
 * only reads them). Layout measures with the same cache, so widths are pdfkit's own. If a pdfkit
 * upgrade changes these internals this returns null and documents fall back to the buffers:
 * slower, still correct (sharedFontsInUse() tells the tests).
 */
function sharedFonts(): Sharing | null {
  if (sharing !== undefined) return sharing;
  const PDFDocument = pdfkit();
  const probe = new PDFDocument({ autoFirstPage: false, font: '' });
  probe.font(fonts().regular.buffer);
  const internals = probe as unknown as Partial<DocumentFontInternals>;
  const made = internals._font;
  const usable =
    typeof internals._fontCount === 'number' &&
    typeof internals._fontFamilies === 'object' &&
    !!made &&
    typeof made.constructor === 'function' &&
    typeof made.layoutCached === 'function' &&
    typeof made.layoutCache === 'object' &&
    typeof made.font?.hasGlyphForCodePoint === 'function';
  if (!usable || !made) return (sharing = null);
  const Embedded = made.constructor;
  const measuring = Object.fromEntries(FONT_NAMES.map((name, i) => [name, new Embedded(probe, fonts()[name].font, `M${i}`)])) as Record<FontName, EmbeddedFont>;
  return (sharing = { Embedded, measuring });
}

export function sharedFontsInUse(): boolean {
  return sharedFonts() !== null;
}

const MAX_CACHED_PIECES = 100_000;
const pieceWidths = new Map<FontName, Map<string, number>>();

/** Width in em of one piece of text (cut after a space, as pdfkit cuts) in one font, shaped once per process. */
export function pieceWidthEm(name: FontName, piece: string): number {
  let known = pieceWidths.get(name);
  if (!known) pieceWidths.set(name, (known = new Map()));
  let width = known.get(piece);
  if (width !== undefined) return width;
  const shared = sharedFonts();
  if (shared) {
    const font = shared.measuring[name];
    // A long-running window prints many plans: start fresh caches (new documents take the new
    // one) rather than grow forever.
    if (known.size >= MAX_CACHED_PIECES) {
      known.clear();
      font.layoutCache = Object.create(null) as Record<string, { advanceWidth: number }>;
    }
    width = font.layoutCached(piece).advanceWidth / 1000;
  } else {
    if (known.size >= MAX_CACHED_PIECES) known.clear();
    const f = fonts()[name].font;
    width = f.layout(piece).advanceWidth / f.unitsPerEm;
  }
  known.set(piece, width);
  return width;
}

/** Registers the fonts under their names (regular, bold, cjk, hangul) in a new document. */
export function installFonts(doc: PdfDocument): void {
  const all = fonts();
  const shared = sharedFonts();
  const internals = doc as unknown as DocumentFontInternals;
  for (const name of FONT_NAMES) {
    doc.registerFont(name, all[name].buffer);
    if (!shared) continue;
    // `doc.font(name)` looks in _fontFamilies by the registered name first: put the shared one there.
    const font = new shared.Embedded(doc, all[name].font, `F${++internals._fontCount}`);
    font.layoutCache = shared.measuring[name].layoutCache;
    drawEmptyBoxAsMeasured(font);
    shareSubsets(name, font);
    internals._fontFamilies[name] = font;
  }
}

/**
 * pdfkit 0.17 writes the width of glyph 0 (the empty box drawn for a character the font lacks)
 * in font units where every other width is in thousandths of an em: in DejaVu the box was drawn
 * 1.229 em wide but measured 0.6 em, and whatever followed on the line overlapped it. runs.ts
 * leaves such characters out; this keeps measured and drawn widths equal should one get through.
 */
function drawEmptyBoxAsMeasured(font: EmbeddedFont): void {
  const f = font as EmbeddedFont & { widths?: number[]; scale?: number };
  if (Array.isArray(f.widths) && typeof f.scale === 'number' && f.widths.length === 1) {
    f.widths[0] = (font.font as FontkitFont & { getGlyph(id: number): { advanceWidth: number } }).getGlyph(0).advanceWidth * f.scale;
  }
}
