import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../src/main/core/pdf/labels';
import { familyWrittenName } from '../../../src/main/core/pdf/student-name';
import { printPlans, type PrintPlansOptions } from '../../../src/main/core/print/print-plans';
import { selectStudents } from '../../../src/main/core/print/views';
import { listStudents, saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, student, TODAY } from '../plans/stores';
import { pdfText, squeezed } from './pdf-tools';

/**
 * What a search box or a screen reader reads from a printed batch is what the page shows. The
 * fonts are parsed once per process and shared by every document; a document that embedded "í"
 * (Spanish plans: "Tecnología") used to leave a dotless i that maps to no character in every later
 * document, so "Yılmaz" extracted as "Y lmaz" from a batch while the first single plan was right.
 */

const tempDir = useTempDir();
const NOW = new Date('2026-11-22T15:00:00Z');
const quiet = { progress: () => undefined, throwIfCancelled: () => undefined };

function options(mode: PrintPlansOptions['mode'], lang?: 'en' | 'es'): PrintPlansOptions {
  return { mode, lang, paper: 'letter', school: 'Lincoln High School', printedAt: NOW, printedOn: '2026-11-22', fileName: 'plans.pdf' };
}

describe('text extracted from a printed batch', () => {
  it('gives every student name exactly as printed, in a combined batch and in a plan printed after it', async () => {
    const store = await sampleStore(tempDir());
    // Besides the sample school: a Chinese name, and names in Hebrew and Arabic letters.
    const extra = [
      { ...student('820001', 10, '李'), firstName: '明', homeLanguage: 'Mandarin' },
      { ...student('820002', 10, 'כהן'), firstName: 'נועה', homeLanguage: 'Hebrew' },
      { ...student('820003', 10, 'حداد'), firstName: 'يوسف', homeLanguage: 'Arabic' },
      { ...student('820004', 10, 'Ali'), firstName: 'محمد', homeLanguage: 'Arabic' },
    ];
    saveStudents(store.db, extra, TODAY);
    const numbers = selectStudents(store.db, { all: true });
    const students = listStudents(store.db, numbers);
    const names = students.map((s) => ({ number: s.studentNumber, name: familyWrittenName(s) }));
    // The names whose letters broke or could break: dotless ı, Vietnamese stacked marks, Polish, Chinese.
    for (const expected of ['Elif Yılmaz', 'Nguyễn Thị Ánh', 'Zofia Żółć', 'Żółć Ánh', '王子涵 (Zihan)', 'Lê Ngọc', '李明', 'נועה כהן', 'يوسف حداد']) {
      expect(names.map((n) => n.name)).toContain(expected);
    }

    // A Spanish plan first: its subset holds "í", whose outline is built on the dotless i.
    await printPlans(store.db, numbers.slice(0, 1), options('separate', 'es'), quiet);
    const batch = await printPlans(store.db, numbers, options('combined'), quiet);
    if (batch.mode !== 'combined') throw new Error('expected one file');
    // pdftotext marks right-to-left stretches with embedding controls: drop them.
    const text = squeezed(pdfText(batch.bytes)).replace(/[\u202a-\u202e]/g, '');
    const langs = new Map(batch.snapshots.map((s) => [s.view.student.studentNumber, s.options.lang]));
    const rtl = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;
    const mixed = (name: string) => rtl.test(name) && /\p{Script=Latin}/u.test(name);
    const missing = names.filter(({ number, name }) => {
      if (mixed(name)) return false;
      // pdftotext's own reordering pulls the " · " after a right-to-left name into it: the name alone.
      return rtl.test(name) ? !text.includes(name) : !text.includes(`${name} · ${LABELS[langs.get(number) as 'en' | 'es'].number(number)}`);
    });
    expect(missing.map((n) => n.name)).toEqual([]);
    // A name mixing directions: pdftotext moves the space between them before the Arabic word (the
    // page has it where it belongs: mixed-names.test.ts reads the words' positions).
    expect(names.filter((n) => mixed(n.name)).map((n) => n.name)).toEqual(['محمد Ali']);
    expect(text).toMatch(/محمد ?Ali/);
    expect(text).not.toMatch(/Y lmaz/);

    // A single plan printed afterwards in the same process reads right too.
    const yilmaz = names.find((n) => n.name === 'Elif Yılmaz')!.number;
    const single = await printPlans(store.db, [yilmaz], options('separate'), quiet);
    if (single.mode !== 'separate') throw new Error('expected separate files');
    expect(squeezed(pdfText(single.files[0]!.bytes))).toContain(`Elif Yılmaz · ${LABELS.en.number(yilmaz)}`);
    store.close();
  });
});
