import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installFonts } from '../../../src/main/core/pdf/fonts';
import { runWidthEm } from '../../../src/main/core/pdf/measure';
import { pdfkit } from '../../../src/main/core/pdf/pdfkit';
import { drawPages } from '../../../src/main/core/pdf/render';
import { printPlans } from '../../../src/main/core/print/print-plans';
import { saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, student, TODAY } from '../plans/stores';

/**
 * Names with emoji and right-to-left words, printed and read back with `pdftotext -bbox`: the words
 * where the ink is. A character no font has used to be drawn as an empty box wider than it was
 * measured, so the name ran into the student number after it; a right-to-left word lost the space
 * after it (fontkit drew it on the word's left).
 */

const tempDir = useTempDir();

interface Word {
  x0: number;
  x1: number;
  y0: number;
  text: string;
}

function page1Words(bytes: Buffer): Word[] {
  const dir = mkdtempSync(join(tmpdir(), 'cw-bbox-'));
  try {
    const path = join(dir, 'plan.pdf');
    writeFileSync(path, bytes);
    const xml = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      text: m[4]!.replace(/&amp;/g, '&'),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;
/** pdftotext gives a right-to-left word's letters in drawing order: read them back right to left. */
const readWord = (w: Word) => (RTL.test(w.text) ? Array.from(w.text).reverse().join('') : w.text);

/** First name, last name, and the words expected on the page from left to right. */
const NAMES: [string, string, string[]][] = [
  ['Zoë 🌟', 'Smith', ['Zoë', 'Smith']],
  ['Dana', 'Reyes 👩🏽‍🎓', ['Dana', 'Reyes']],
  ['Kai 🇺🇸', 'Okafor ❤️', ['Kai', 'Okafor', '❤️']],
  ['محمد', 'Ali', ['محمد', 'Ali']],
  ['Omar', 'الحسن', ['Omar', 'الحسن']],
  // Two Hebrew words: the first in reading order sits on the right.
  ['נועה', 'כהן', ['כהן', 'נועה']],
  ['Sara 🌷', 'Levi שרה', ['Sara', 'Levi', 'שרה']],
  // A number after Arabic letters belongs to the right-to-left phrase and sits on its left (UAX #9).
  ['Layla', 'الحسن 2', ['Layla', '2', 'الحسن']],
  // Devanagari, which no font here has: empty boxes (no text to read back) as wide as measured.
  ['Ananya', 'शर्मा Patel', ['Ananya', 'Patel']],
];

describe('names mixing emoji and right-to-left words', () => {
  it('print every letter with its spaces and end before the student number starts', async () => {
    const store = await sampleStore(tempDir());
    const numbers = NAMES.map((_, i) => String(810000 + i));
    saveStudents(
      store.db,
      NAMES.map(([first, last], i) => ({ ...student(numbers[i]!, 10, last), firstName: first, homeLanguage: 'English' })),
      TODAY,
    );
    const outcome = await printPlans(
      store.db,
      numbers,
      { mode: 'separate', lang: 'en', paper: 'letter', school: 'Lincoln High School', printedAt: TODAY, printedOn: '2026-11-28', fileName: 'x.pdf' },
      { progress: () => undefined, throwIfCancelled: () => undefined },
    );
    if (outcome.mode !== 'separate') throw new Error('expected separate files');
    const problems: string[] = [];
    for (const [i, [first, last, expected]] of NAMES.entries()) {
      const words = page1Words(outcome.files[i]!.bytes);
      // The header line: the name, then the facts starting with "#810000".
      const facts = words.find((w) => w.text === `#${numbers[i]}`)!;
      expect(facts, `${first} ${last}: the student number is on the page`).toBeDefined();
      const name = words.filter((w) => w !== facts && Math.abs(w.y0 - facts.y0) < 4 && w.x0 < facts.x0).sort((a, b) => a.x0 - b.x0);
      const label = `${first} ${last}`;
      if (JSON.stringify(name.map(readWord)) !== JSON.stringify(expected)) problems.push(`${label}: printed ${JSON.stringify(name.map(readWord))}`);
      const end = Math.max(...name.map((w) => w.x1));
      // The layout leaves 8 pt between the name and the facts.
      if (end > facts.x0 - 7) problems.push(`${label}: the name ends at ${end.toFixed(1)}, the number starts at ${facts.x0.toFixed(1)}`);
      for (let k = 1; k < name.length; k++) {
        const gap = name[k]!.x0 - name[k - 1]!.x1;
        // A space in 10 pt bold is about 3.5 pt.
        if (gap < 2.5) problems.push(`${label}: no space between "${readWord(name[k - 1]!)}" and "${readWord(name[k]!)}" (${gap.toFixed(1)} pt)`);
      }
    }
    expect(problems).toEqual([]);
    store.close();
  });

  it('draws the empty box of a letter no font has exactly as wide as it was measured', async () => {
    // Devanagari: no font here has it; the letters print as boxes, and "Smith" must land where measured.
    const run = { font: 'regular' as const, text: 'Ananya शर्मा Smith' };
    const size = 10;
    const PDFDocument = pdfkit();
    const doc = new PDFDocument({ autoFirstPage: false, font: '' });
    installFonts(doc);
    const style = { font: 'regular' as const, size };
    drawPages(doc, { width: 400, height: 100, margin: 0 }, [{ ops: [{ kind: 'text', x: 20, baseline: 50, runs: [run], style, box: { x: 20, y: 40, w: 0, h: 12 } }] }]);
    const bytes = await new Promise<Buffer>((done) => {
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => done(Buffer.concat(chunks)));
      doc.end();
    });
    const smith = page1Words(bytes).find((w) => w.text === 'Smith')!;
    expect(smith.x1).toBeCloseTo(20 + runWidthEm(run) * size, 1);
  });
});
