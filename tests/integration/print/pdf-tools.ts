import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real PDFs read back with poppler's tools, as a parent's PDF viewer would read them: the text
 * (pdftotext -layout), the fonts and whether each is embedded (pdffonts), the document info.
 */

function withFile<T>(bytes: Buffer, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'cw-pdf-'));
  try {
    const path = join(dir, 'plan.pdf');
    writeFileSync(path, bytes);
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page (pdftotext separates pages with a form feed). */
export function pageTexts(bytes: Buffer): string[] {
  const text = withFile(bytes, (path) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
  const pages = text.split('\f');
  if (pages.at(-1) === '') pages.pop();
  return pages;
}

export function pdfText(bytes: Buffer): string {
  return pageTexts(bytes).join('\n');
}

/** pdftotext -layout pads columns with runs of spaces: fold them to find phrases that span a gap. */
export function squeezed(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(bytes: Buffer): PdfFont[] {
  const out = withFile(bytes, (path) => execFileSync('pdffonts', [path], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name, type (may contain spaces), encoding, emb, sub, uni, object, ID
      const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!m) throw new Error(`unexpected pdffonts line: ${line}`);
      return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes' };
    });
}

export function pdfInfo(bytes: Buffer): Record<string, string> {
  const out = withFile(bytes, (path) => execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' }));
  return Object.fromEntries(
    out
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const i = line.indexOf(':');
        return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
      }),
  );
}

/** Page 1 rendered to an 8-bit grayscale image (PGM) by pdftoppm. */
export function renderGray(bytes: Buffer, dpi: number, page = 1): Buffer {
  return withFile(bytes, (path) =>
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', path], { maxBuffer: 64 * 1024 * 1024 }),
  );
}

export interface WordBox {
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of page 1 with its box in points (pdftotext -bbox): where each word is set, as a reader finds it. */
export function wordBoxes(bytes: Buffer): WordBox[] {
  const html = withFile(bytes, (path) => execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: m[5]!,
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
}
