import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import { readPlan } from '../../../src/main/core/plans/repository';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import type { Store } from '../../../src/main/core/store/connection';
import { listStudents } from '../../../src/main/core/students/repository';
import type { PreviewRequest } from '../../../src/shared/domain/print';
import { useTempDir } from '../../helpers/temp';
import { adoptSampleAsOwn, sampleStore, TODAY } from '../plans/stores';
import { squeezed } from '../print/pdf-tools';
import { writeHistory, type Row } from './records';
import { STUDENT, storeWithTranscript } from './transcripts';

const tempDir = useTempDir();

async function preview(store: Store, request: PreviewRequest): Promise<{ bytes: Buffer; pages: number }> {
  const envelope = await dispatch(createHandlers(store), 'print.preview', request);
  if (!envelope.ok) throw new Error(envelope.error.message);
  const value = envelope.value as { base64: string; pages: number };
  return { bytes: Buffer.from(value.base64, 'base64'), pages: value.pages };
}

/** The page's text in reading order (no -layout): each grid cell's words stay together, whatever the wrapping. */
function readingText(bytes: Buffer, dir: string): string {
  const path = join(dir, 'plan.pdf');
  writeFileSync(path, bytes);
  return squeezed(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));
}

describe('the printed plan over a course history', () => {
  it('shows grades, failed and withdrawn courses in words, credits earned, the on-track line, and the GPA beside the student', async () => {
    const dir = tempDir();
    const store = await storeWithTranscript(dir);
    const { bytes, pages } = await preview(store, { studentNumber: STUDENT, lang: 'en' });
    const text = readingText(bytes, dir);
    expect(pages).toBe(1);
    expect(text).toContain('✓ English 9 · B+/A');
    expect(text).toContain('✗ Algebra 1 · F · failed, no credit');
    expect(text).toContain('✓ Algebra 1 · C');
    expect(text).toContain('W Chemistry · withdrawn, no credit');
    expect(text).toContain('◐ American Literature');
    expect(text).toContain('✓ World History (transfer) · B (not in catalog)');
    expect(text).toContain('4 cr · ✓ 4 earned'); // grade 9: the failed attempts count nothing
    expect(text).toContain('Total 6.5/24 earned');
    expect(text).toContain('On track to graduate: not yet — 5.5 credits short of the 12 expected by the end of grade 10');
    expect(text).toContain('the plan does not yet meet English, Mathematics, Science, Social Studies, Physical Education, Personal Financial Literacy, the total credits');
    expect(text).toContain('#900011 · grade 11 · class of 2028 · counselor Ms. Alvarez · GPA 3.42 (transcript)');
    store.close();
  });

  it('says it in Spanish for a Spanish-speaking family', async () => {
    const dir = tempDir();
    const store = await storeWithTranscript(dir);
    const text = readingText((await preview(store, { studentNumber: STUDENT, lang: 'es' })).bytes, dir);
    // At 9.5 pt these entries wrap in their cells, and pdftotext reads a row's cells line by line
    // across the columns: the words of each entry come in order with the next cell's between them.
    expect(text).toMatch(/✗ Algebra 1 · F · .*reprobada, sin .*crédito/);
    expect(text).toMatch(/W Chemistry · .*retirada, sin crédito/);
    expect(text).toContain('En camino a graduarse: todavía no — faltan 5.5 créditos de los 12 esperados al terminar el grado 10');
    expect(text).toContain('promedio (GPA) 3.42 (expediente)');
    store.close();
  });

  it('still fits a full sample plan on one page once its past years come from the transcript, each course printed once', async () => {
    const dir = tempDir();
    const store = adoptSampleAsOwn(await sampleStore(dir));
    // A senior whose plan (the years before grade 12 completed by hand, grade 12 in progress) prints on one page today.
    const candidates = listStudents(store.db)
      .filter((s) => s.grade === 12)
      .map((s) => ({ student: s, plan: readPlan(store.db, s.studentNumber) }))
      .filter(({ plan }) => plan !== null && plan.courses.filter((c) => c.status === 'completed').length >= 18);
    let senior: (typeof candidates)[number] | undefined;
    for (const c of candidates) {
      if ((await preview(store, { studentNumber: c.student.studentNumber, lang: 'en' })).pages === 1) {
        senior = c;
        break;
      }
    }
    expect(senior).toBeDefined();
    const rows: Row[] = [];
    for (const c of senior!.plan!.courses) {
      const grade = Number(c.year);
      if (!(grade >= 9 && grade <= 12)) continue;
      const year = senior!.student.classYear! - (12 - grade);
      if (c.status === 'completed') {
        for (const term of ['S1', 'S2']) rows.push({ course: c.courseNumber, year, grade, term, mark: c.grade ?? 'B', earned: null });
      } else if (grade === 12) rows.push({ course: c.courseNumber, year, grade, term: 'Q1', progress: true, mark: 'B', earned: 0 });
    }
    writeHistory(store.db, senior!.student.studentNumber, rows, '3.9');
    const view = resolvePlan(store.db, senior!.student.studentNumber, TODAY);
    expect(view.warnings.filter((w) => w.kind === 'duplicate_course').length).toBeGreaterThan(10); // every course completed by hand is on the transcript too

    const { bytes, pages } = await preview(store, { studentNumber: senior!.student.studentNumber, lang: 'en' });
    expect(pages).toBe(1);
    const text = readingText(bytes, dir);
    const english9 = view.years[0]!.courses.find((c) => c.area === 'english' && c.source === 'transcript')!;
    expect(text.split(`✓ ${english9.title}`).length - 1).toBe(1);
    expect(text).toContain(`✓ ${english9.title} · ${english9.grade}`);
    expect(english9.grade).not.toContain('/'); // the same grade both semesters reads as one grade
    expect(text).toContain('On track to graduate: yes ✓');
    expect(text).toContain('GPA 3.9');
    store.close();
  });
});
