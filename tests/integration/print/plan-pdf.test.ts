import type { Database as Db } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import type { Store } from '../../../src/main/core/store/connection';
import { listStudents } from '../../../src/main/core/students/repository';
import type { PreviewRequest } from '../../../src/shared/domain/print';
import { useTempDir } from '../../helpers/temp';
import { sampleStore } from '../plans/stores';
import { pdfFonts, pdfInfo, pdfText, squeezed } from './pdf-tools';

/**
 * One plan as the family gets it, read back from the real PDF with poppler: every name comes out
 * as the same text, every font is embedded and none is Helvetica, labels follow the family's
 * language, and the document says what it is and in which language.
 */

const tempDir = useTempDir();
let store: Store;
let folder: string;

function numberOf(db: Db, lastName: string): string {
  const found = listStudents(db).find((s) => s.lastName === lastName);
  if (!found) throw new Error(`no sample student ${lastName}`);
  return found.studentNumber;
}

async function preview(request: PreviewRequest): Promise<Buffer> {
  const envelope = await dispatch(createHandlers(store), 'print.preview', request);
  if (!envelope.ok) throw new Error(envelope.error.message);
  const value = envelope.value as { base64: string; pages: number; fileName: string };
  expect(value.pages).toBeGreaterThan(0);
  return Buffer.from(value.base64, 'base64');
}

beforeAll(async () => {
  folder = tempDir();
  store = await sampleStore(folder);
});
afterAll(() => store.close());

describe('a printed plan, read back', () => {
  it.each([
    ['Nguyễn', 'Nguyễn Thị Ánh'],
    ['Żółć', 'Zofia Żółć'],
    ['王', '王子涵 (Zihan)'],
  ])('prints %s as the family writes the name, searchable as the same text', async (lastName, written) => {
    const bytes = await preview({ studentNumber: numberOf(store.db, lastName), school: 'Lincoln High School' });
    const text = pdfText(bytes);
    expect(text.normalize('NFC')).toContain(written);
    expect(pdfInfo(bytes).Title).toContain(written);
  });

  it('embeds every font it uses, never Helvetica, with the CJK fallback only where a name needs it', async () => {
    const chinese = await preview({ studentNumber: numberOf(store.db, '王') });
    const polish = await preview({ studentNumber: numberOf(store.db, 'Żółć') });
    for (const bytes of [chinese, polish]) {
      const fonts = pdfFonts(bytes);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      expect(fonts.filter((f) => /helvetica|arial|times|courier|symbol/i.test(f.name))).toEqual([]);
      expect(fonts.every((f) => f.type.includes('TrueType'))).toBe(true);
    }
    expect(pdfFonts(chinese).map((f) => f.name.split('+')[1])).toContain('DroidSansFallback');
    expect(pdfFonts(polish).map((f) => f.name.split('+')[1])).not.toContain('DroidSansFallback');
  });

  it("prints in Spanish for a family that prefers Spanish, unless told otherwise, and declares the language", async () => {
    const spanishFamily = listStudents(store.db).find((s) => s.guardians[0]?.preferredLanguage === 'Spanish')!;
    const englishFamily = listStudents(store.db).find((s) => s.guardians[0]?.preferredLanguage === 'English')!;
    const byDefault = await preview({ studentNumber: spanishFamily.studentNumber });
    const text = squeezed(pdfText(byDefault));
    for (const label of ['Plan Académico y Profesional', 'Grado 9', 'Requisitos de graduación:', 'Metas', 'Madre, padre o tutor', 'Página 1 de 1']) {
      expect(text).toContain(label);
    }
    expect(byDefault.toString('latin1')).toContain('/Lang (es-US)');

    const inEnglish = squeezed(pdfText(await preview({ studentNumber: spanishFamily.studentNumber, lang: 'en' })));
    expect(inEnglish).toContain('Academic and Career Plan');
    expect(inEnglish).not.toContain('Plan Académico');

    const askedSpanish = await preview({ studentNumber: englishFamily.studentNumber, lang: 'es' });
    expect(squeezed(pdfText(askedSpanish))).toContain('Plan Académico y Profesional');
    const english = await preview({ studentNumber: englishFamily.studentNumber });
    expect(english.toString('latin1')).toContain('/Lang (en-US)');
  });

  it('says what it is: title, author (counselor and school), subject; landscape Letter or A4', async () => {
    const student = listStudents(store.db).find((s) => s.lastName === 'Żółć')!;
    const letter = pdfInfo(await preview({ studentNumber: student.studentNumber, school: 'Lincoln High School' }));
    expect(letter.Title).toBe(`Academic and Career Plan: Zofia Żółć (#${student.studentNumber})`);
    expect(letter.Author).toBe(`${student.counselor}, Lincoln High School`);
    expect(letter.Subject).toContain('graduation requirements');
    expect(letter['Page size']).toContain('792 x 612');
    const a4 = pdfInfo(await preview({ studentNumber: student.studentNumber, paper: 'a4' }));
    expect(a4['Page size']).toMatch(/841\.8\d* x 595\.2\d*/);
  });

  it('shows the grid, the requirement progress and the rest of the plan in its text', async () => {
    const text = squeezed(pdfText(await preview({ studentNumber: numberOf(store.db, 'Żółć'), lang: 'en' })));
    for (const phrase of ['Area Grade 9 Grade 10 Grade 11 Grade 12 After high school After high school', 'English', '✓', 'Credits', 'Graduation requirements:', 'Goals', 'Experiences (', 'Credentials', 'Parent or guardian', 'Page 1 of ']) {
      expect(text).toContain(phrase);
    }
    expect(text).toMatch(/English \d+(\.\d+)?\/4 earned, \d+(\.\d+)?\/4 planned/);
  });

  it('refuses a student who is not in the caseload', async () => {
    const envelope = await dispatch(createHandlers(store), 'print.preview', { studentNumber: '999999' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
