import { describe, expect, it } from 'vitest';
import { runPrintJob } from '../../../src/main/core/print/job';
import { saveStudents } from '../../../src/main/core/students/repository';
import type { Store } from '../../../src/main/core/store/connection';
import type { PrintResult } from '../../../src/shared/domain/print';
import { useTempDir } from '../../helpers/temp';
import { pageTexts, pdfFonts, pdfInfo, squeezed } from '../print/pdf-tools';
import { student, TODAY } from '../plans/stores';
import { requestStore } from './stores';

const tempDir = useTempDir();

async function print(store: Store, request: Record<string, unknown>): Promise<PrintResult> {
  const payload = { kind: 'request_sheets', schoolYear: '2027-28', mode: 'combined', printedAt: TODAY.toISOString(), printedOn: '2026-11-28', ...request };
  return runPrintJob(payload, { db: store.db, storePath: '', progress: () => undefined, throwIfCancelled: () => undefined });
}

function titles(store: Store, ...numbers: string[]): string[] {
  return numbers.map((n) => store.db.prepare('SELECT title FROM course WHERE number = ?').pluck().get(n) as string);
}

describe('course request sheets', () => {
  it('prints one page per student in one file: the requests, each alternate under its course, and lines to sign', async () => {
    const store = await requestStore(tempDir());
    const listed = ['000777', '700011', '700012'];
    const result = await print(store, { selection: { studentNumbers: listed }, lang: 'en', school: 'Lincoln High School' });
    if (result.mode !== 'combined') throw new Error('combined expected');
    const bytes = Buffer.from(result.base64, 'base64');
    expect(pdfInfo(bytes).Pages).toBe(String(listed.length));
    expect([result.pages, result.students, result.skipped]).toEqual([3, 3, []]);
    const pages = pageTexts(bytes).map(squeezed);
    const [biology, chemistry, literature, physics] = titles(store, 'SCI311', 'SCI321', 'ENG301', 'SCI331');
    const first = pages[0]!;
    expect(first).toContain('Lincoln High School · Course Request Form 2027-28');
    expect(first).toMatch(/#000777 · grade 11 in 2027-28/);
    // In request order: AP Biology, then its alternates by rank, then American Literature; the course under way is not there.
    const at = (text: string) => first.indexOf(text);
    expect(at(`${physics} — Alternate for ${biology}`)).toBeGreaterThan(at(`SCI311 ${biology}`));
    expect(at(`${chemistry} — Alternate 2 for ${biology}`)).toBeGreaterThan(at(`${physics} — Alternate for`));
    expect(at(`ENG301 ${literature}`)).toBeGreaterThan(at(`${chemistry} — Alternate 2`));
    expect(first).not.toContain('SOC201');
    const credits = store.db.prepare("SELECT sum(credits) FROM course WHERE number IN ('SCI311', 'ENG301')").pluck().get() as number;
    expect(first).toContain(`Credits requested (alternates not counted): ${credits}`);
    expect(first).toMatch(/Student signature\s+Date\s+Parent or guardian signature\s+Date/);
    // A student with nothing planned gets the form to fill in by hand.
    expect(pages[1]).toContain('No courses are planned for this year yet');
    expect(pdfFonts(bytes).every((f) => f.embedded)).toBe(true);
    store.close();
  });

  it('prints in Spanish for a Spanish-speaking family, one file per student, and says whom it skipped', async () => {
    const store = await requestStore(tempDir());
    saveStudents(store.db, [{ ...student('000777', 10, 'Aaberg'), guardians: [{ name: 'Rosa Aaberg', relationship: 'Mother', email: null, phone: null, preferredLanguage: 'Español' }] }], TODAY);
    const senior = store.db.prepare("SELECT student_number FROM student WHERE class_year = 2027 ORDER BY student_number").pluck().get() as string;
    const result = await print(store, { selection: { studentNumbers: ['000777', senior, '900011'] }, mode: 'separate' });
    if (result.mode !== 'separate') throw new Error('separate expected');
    expect(result.files.map((f) => [f.fileName, f.pages])).toEqual([
      ['Aaberg-Anh-#000777-requests-2027-28.pdf', 1],
      ['Zolc-Anh-#900011-requests-2027-28.pdf', 1],
    ]);
    expect(result.skipped?.map((s) => [s.studentNumber, s.reason])).toEqual([[senior, 'graduates before 2027-28 (class of 2027)']]);
    const spanish = squeezed(pageTexts(Buffer.from(result.files[0]!.base64, 'base64'))[0]!);
    expect(spanish).toContain('Solicitud de cursos 2027-28');
    expect(spanish).toContain('grado 11 en 2027-28');
    expect(spanish).toMatch(/Alternativa para AP/);
    expect(spanish).toMatch(/Firma del estudiante\s+Fecha\s+Firma de la madre, el padre o el tutor\s+Fecha/);
    // The date in words, as on the plan, never as ISO digits.
    expect(spanish).toContain('impreso el 28 de noviembre de 2026');
    const english = squeezed(pageTexts(Buffer.from(result.files[1]!.base64, 'base64'))[0]!);
    if (process.env.KEEP_SHEET) (await import('node:fs')).writeFileSync(process.env.KEEP_SHEET, Buffer.from(result.files[0]!.base64, 'base64'));
    expect(english).toContain('grade 12 in 2027-28');
    expect(english).toContain('printed November 28, 2026');
    const seniors = await print(store, { selection: { grade: 12 }, schoolYear: '2027-28' }).catch((e: Error) => e);
    expect(seniors).toBeInstanceOf(Error);
    expect((seniors as Error).message).toMatch(/^None of the \d+ students in grade 12 is in high school in 2027-28; no request sheets were printed\.$/);
    store.close();
  });
});
