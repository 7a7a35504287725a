import { baseGlyphCount, onForgetSubsets } from './font-subsets';
import { FONT_NAMES, pieceWidthEm, type FontName } from './fonts';
import type { RuleOp, TextOp, FillOp } from './geometry';
import type { PdfDocument } from './pdfkit';

/**
 * A page's drawing written straight into its content stream, one string per page. pdfkit's own
 * `doc.text` wraps every run in save / flip / BT / Tm / Tf / TJ / ET / restore, each operator its
 * own buffer, and lays the run out twice (width, then glyphs): in a 400-plan batch that cost more
 * than the layout. Here a line is one BT…ET in the page's y-down space (the text matrix flips the
 * glyphs upright: `1 0 0 -1 x y Tm`), and each piece of text (cut after a space, as pdfkit cuts
 * and as measure.ts measures) is encoded once per document and font through pdfkit's own
 * EmbeddedFont.encode, which also records the glyph's width and code points for the font subset
 * and its ToUnicode map (what text extraction and screen readers read).
 */

/** The part of pdfkit's EmbeddedFont (0.17) a page's text needs. */
interface EncodingFont {
  id: string;
  ref(): unknown;
  encode(text: string): [string[], GlyphPosition[]];
}

interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

/** One piece as TJ operands, or its glyphs when one is placed off the line (marks set by GPOS). */
type EncodedPiece = { tj: string } | { glyphs: string[]; positions: GlyphPosition[] };

interface DocumentFonts {
  fonts: Record<FontName, EncodingFont>;
  pieces: Record<FontName, Map<string, EncodedPiece>>;
  /** Per font, how many glyphs every document's subset starts with (font-subsets.ts); 0: none. */
  base: Record<FontName, number>;
}

const MAX_SHARED_PIECES = 100_000;
/**
 * Pieces drawn only in a font's base glyphs, encoded once per process: those glyphs have the same
 * numbers in every document (font-subsets.ts), and their widths and code points are recorded when
 * the document is made, so pdfkit's encode would add nothing.
 */
const basePieces = new Map<FontName, Map<string, EncodedPiece>>(FONT_NAMES.map((name) => [name, new Map()]));
onForgetSubsets(() => basePieces.forEach((pieces) => pieces.clear()));

const perDocument = new WeakMap<PdfDocument, DocumentFonts | null>();

/**
 * The document's embedded fonts by name (installFonts registered them), or null when this pdfkit
 * lacks what is used here: the caller then draws through doc.text, slower and the same to a reader.
 */
export function documentFonts(doc: PdfDocument): DocumentFonts | null {
  if (perDocument.has(doc)) return perDocument.get(doc) ?? null;
  const fonts = {} as Record<FontName, EncodingFont>;
  const pieces = {} as Record<FontName, Map<string, EncodedPiece>>;
  const base = {} as Record<FontName, number>;
  let usable = true;
  for (const name of FONT_NAMES) {
    doc.font(name);
    const font = (doc as unknown as { _font?: Partial<EncodingFont> })._font;
    usable &&= !!font && typeof font.id === 'string' && typeof font.encode === 'function' && typeof font.ref === 'function';
    fonts[name] = font as EncodingFont;
    pieces[name] = new Map();
    base[name] = baseGlyphCount(font);
  }
  const found = usable ? { fonts, pieces, base } : null;
  perDocument.set(doc, found);
  return found;
}

/** Numbers as pdfkit writes them: at most six decimals. */
function n(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A piece in the document's font: from the shared pieces when it is drawn in base glyphs only. */
function pieceIn(fonts: DocumentFonts, name: FontName, piece: string): EncodedPiece {
  const known = fonts.pieces[name];
  const base = fonts.base[name];
  let code = base > 0 ? basePieces.get(name)!.get(piece) : undefined;
  if (code) return code;
  code = known.get(piece);
  if (code) return code;
  const [glyphs, positions] = fonts.fonts[name].encode(piece);
  code = encodePiece(glyphs, positions);
  if (base > 0 && glyphs.every((hex) => parseInt(hex, 16) <= base)) {
    const shared = basePieces.get(name)!;
    if (shared.size >= MAX_SHARED_PIECES) shared.clear();
    shared.set(piece, code);
  } else {
    known.set(piece, code);
  }
  return code;
}

function encodePiece(glyphs: string[], positions: GlyphPosition[]): EncodedPiece {
  if (positions.some((p) => p.xOffset || p.yOffset)) return { glyphs, positions };
  // Segments end where pdfkit ends them: after a glyph whose advance differs from its width (kerning).
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    if (p.xAdvance !== p.advanceWidth || i === positions.length - 1) {
      parts.push(`<${glyphs.slice(start, i + 1).join('')}> ${n(-(p.xAdvance - p.advanceWidth))}`);
      start = i + 1;
    }
  }
  return { tj: parts.join(' ') };
}

/** The pieces of a run as pdfkit's layout cuts it: after each space or tab. */
function piecesOf(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      out.push(text.slice(last, i + 1));
      last = i + 1;
    }
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export class PageContent {
  private parts: string[] = [];

  constructor(
    private readonly doc: PdfDocument,
    private readonly fonts: DocumentFonts,
  ) {}

  text(op: TextOp): void {
    const size = op.style.size;
    const scale = size / 1000;
    const y = op.baseline;
    const pageFonts = (this.doc as unknown as { page: { fonts: Record<string, unknown> } }).page.fonts;
    let out = `${n(op.style.gray ?? 0)} g BT`;
    let x = op.x;
    for (const run of op.runs) {
      const font = this.fonts.fonts[run.font];
      pageFonts[font.id] ??= font.ref();
      out += ` /${font.id} ${n(size)} Tf 1 0 0 -1 ${n(x)} ${n(y)} Tm`;
      let pending: string[] = [];
      // Widths summed in em as measure.ts sums them, so the next run starts exactly where layout put it.
      let em = 0;
      for (const piece of piecesOf(run.text)) {
        const code = pieceIn(this.fonts, run.font, piece);
        const start = x + em * size;
        em += pieceWidthEm(run.font, piece);
        if ('tj' in code) {
          pending.push(code.tj);
          continue;
        }
        // A piece with a glyph placed off the line: what came before, then glyph by glyph.
        if (pending.length > 0) out += ` [${pending.join(' ')}] TJ`;
        pending = [];
        let cx = start;
        for (let i = 0; i < code.glyphs.length; i++) {
          const p = code.positions[i]!;
          out += ` 1 0 0 -1 ${n(cx + p.xOffset * scale)} ${n(y - p.yOffset * scale)} Tm [<${code.glyphs[i]}>] TJ`;
          cx += p.xAdvance * scale;
        }
        out += ` 1 0 0 -1 ${n(x + em * size)} ${n(y)} Tm`;
      }
      if (pending.length > 0) out += ` [${pending.join(' ')}] TJ`;
      x += em * size;
    }
    this.parts.push(`${out} ET`);
  }

  rule(op: RuleOp): void {
    this.parts.push(`${n(op.width)} w ${n(op.gray)} G ${n(op.x1)} ${n(op.y1)} m ${n(op.x2)} ${n(op.y2)} l S`);
  }

  fill(op: FillOp): void {
    this.parts.push(`${n(op.gray)} g ${n(op.box.x)} ${n(op.box.y)} ${n(op.box.w)} ${n(op.box.h)} re f`);
  }

  /** Writes what is pending into the page (before anything pdfkit itself adds, such as a tag). */
  flush(): void {
    if (this.parts.length === 0) return;
    this.doc.addContent(this.parts.join('\n'));
    this.parts = [];
  }
}
