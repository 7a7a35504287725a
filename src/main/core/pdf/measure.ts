import { fonts, pieceWidthEm, type FontName } from './fonts';
import { splitRuns, type TextRun } from './runs';

/**
 * Text widths as pdfkit will draw them, computed without a document so layout can be planned (and
 * tested) before anything is drawn. pdfkit lays a run out in pieces cut after each space or tab
 * and adds their advances; the same pieces are measured here, through pdfkit's own shaping and
 * the cache the documents share (fonts.ts), so the widths are what lands on the page.
 */

export interface TextStyle {
  font: 'regular' | 'bold';
  size: number;
  /** Gray level 0 (black) to 1 (white); black when left out. */
  gray?: number;
}

function pieceWidth(font: FontName, piece: string): number {
  return pieceWidthEm(font, piece);
}

/** Width in em of a run, cut into pieces exactly as pdfkit's EmbeddedFont.layout cuts it. */
export function runWidthEm(run: TextRun): number {
  const { text } = run;
  let width = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      width += pieceWidth(run.font, text.slice(last, i + 1));
      last = i + 1;
    }
  }
  if (last < text.length) width += pieceWidth(run.font, text.slice(last));
  return width;
}

export function measureRuns(runs: readonly TextRun[], size: number): number {
  let width = 0;
  for (const run of runs) width += runWidthEm(run);
  return width * size;
}

/** Widths in em by face and text: the same titles and labels come back in every plan of a batch. */
const widths = { regular: new Map<string, number>(), bold: new Map<string, number>() };
const MAX_WIDTHS = 50_000;

export function textWidth(text: string, style: TextStyle): number {
  const cache = widths[style.font];
  let em = cache.get(text);
  if (em === undefined) {
    em = measureRuns(splitRuns(text, style.font), 1);
    if (cache.size >= MAX_WIDTHS) cache.clear();
    cache.set(text, em);
  }
  return em * style.size;
}

/** Each font's ascent and descent in em, read once: fontkit derives them from its tables on every read. */
let metrics: Record<FontName, { ascent: number; descent: number }> | null = null;

function fontMetrics(name: FontName): { ascent: number; descent: number } {
  if (!metrics) {
    const all = fonts();
    metrics = Object.fromEntries(
      (Object.keys(all) as FontName[]).map((n) => {
        const { font } = all[n];
        return [n, { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm }];
      }),
    ) as Record<FontName, { ascent: number; descent: number }>;
  }
  return metrics[name];
}

/** DejaVu's ascent and descent in em: the fonts of nearly every line. */
export function primaryMetrics(): { ascent: number; descent: number } {
  return fontMetrics('regular');
}

/** Ascent and descent in em of the fonts a line actually uses: the box it inks. */
export function runsMetrics(runs: readonly TextRun[]): { ascent: number; descent: number } {
  let ascent = 0;
  let descent = 0;
  for (const run of runs) {
    const m = fontMetrics(run.font);
    ascent = Math.max(ascent, m.ascent);
    descent = Math.max(descent, m.descent);
  }
  return { ascent, descent };
}
