import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryImportReport, HistoryPreview, HistoryRequest } from '../../../src/shared/domain/history';
import type { TaskContext } from '../../../src/main/core/jobs/task';
import { importHistory, previewHistory } from '../../../src/main/core/history/import';
import type { Store } from '../../../src/main/core/store/connection';
import { adoptSampleAsOwn, sampleStore } from '../plans/stores';

export const HISTORY_FIXTURES = join(__dirname, '..', '..', 'fixtures', 'history');
/** The day the fixtures were written for: school year 2026-27. */
export const NOW = new Date('2026-12-01T15:00:00Z');

export interface ExpectedFile {
  headerRow: number;
  counts: Record<string, number>;
  rejected: { row: number; column: string; value: string; reason: string }[];
  unmatched: { courseNumber: string; title: string; students: number; creditType: string | null; area: string }[];
  students: Record<string, { name: string; rows: number; creditsEarned: number; inProgress: string[]; courses: unknown[] }>;
}

export const expected = JSON.parse(readFileSync(join(HISTORY_FIXTURES, 'expected.json'), 'utf8')) as { files: Record<string, ExpectedFile> };

/** The sample school kept as the school's own, so imports are taken. */
export async function historyStore(dir: string): Promise<Store> {
  return adoptSampleAsOwn(await sampleStore(dir));
}

export function taskContext(store: Store): TaskContext {
  return { db: store.db, storePath: store.path, progress: () => undefined, throwIfCancelled: () => undefined };
}

export function request(name: string, extra: Partial<HistoryRequest> = {}, bytes?: Buffer): HistoryRequest {
  return { fileName: name, base64: (bytes ?? readFileSync(join(HISTORY_FIXTURES, name))).toString('base64'), ...extra };
}

export const importFile = (store: Store, name: string, extra: Partial<HistoryRequest> = {}): Promise<HistoryImportReport> =>
  importHistory(request(name, extra), taskContext(store), NOW);
export const previewFile = (store: Store, name: string, extra: Partial<HistoryRequest> = {}): Promise<HistoryPreview> =>
  previewHistory(request(name, extra), taskContext(store), NOW);

/** Credits a student has earned by the stored rows: final, counted, passed. */
export function storedCredits(store: Store, studentNumber: string): number {
  const row = store.db
    .prepare("SELECT total(credits_earned) AS c FROM course_history WHERE student_number = ? AND progress = 0 AND excluded = 0 AND result = 'passed'")
    .get(studentNumber) as { c: number };
  return row.c;
}

export function rowCount(store: Store, studentNumber?: string): number {
  const sql = studentNumber === undefined ? 'SELECT count(*) FROM course_history' : 'SELECT count(*) FROM course_history WHERE student_number = ?';
  return store.db.prepare(sql).pluck().get(...(studentNumber === undefined ? [] : [studentNumber])) as number;
}
