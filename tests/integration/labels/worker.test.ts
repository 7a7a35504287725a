import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import { workerLauncher } from '../../../src/main/core/jobs/launch';
import { JobRegistry } from '../../../src/main/core/jobs/registry';
import { saveLanguage } from '../../../src/main/core/labels/store';
import { installPrintLanguages } from '../../../src/main/core/pdf/label-registry';
import type { PrintResult, Reprint } from '../../../src/shared/domain/print';
import { useTempDir } from '../../helpers/temp';
import { sampleStore } from '../plans/stores';
import { pdfText, squeezed } from '../print/pdf-tools';

const tempDir = useTempDir();
const workerFile = join(__dirname, '..', '..', '..', 'out', 'main', 'job-worker.js');
const TITLE = 'Txoj Kev Npaj Kawm Ntawv';

/**
 * The print job runs in a worker thread, whose label registry is its own: it installs the store's
 * languages where the print starts, so a family whose guardian prefers Hmong gets Hmong there too,
 * the snapshot keeps the code, and a reprint on the main thread gives the same bytes.
 */
describe('an added language in the print job', () => {
  it("prints in the worker in the family's added language, and reprints it byte for byte", async () => {
    const store = await sampleStore(tempDir());
    const studentNumber = store.db.prepare('SELECT student_number FROM guardian ORDER BY student_number LIMIT 1').pluck().get() as string;
    store.db.prepare("UPDATE guardian SET preferred_language = 'Hmong' WHERE student_number = ?").run(studentNumber);
    saveLanguage(store.db, { code: 'hmn', name: 'Hmong', dictionary: { title: TITLE, goals: 'Lub Hom Phiaj' } }, new Date(), null);
    // This (main) thread has not installed Hmong: only the worker's own install can print it.
    installPrintLanguages([]);
    const handlers = createHandlers(store, new JobRegistry(workerLauncher({ storePath: store.path, workerFile })));
    const started = await dispatch(handlers, 'print.start', { selection: { studentNumbers: [studentNumber] }, mode: 'separate' });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    let status: { state: string; result: PrintResult | null; error: unknown };
    for (;;) {
      const polled = await dispatch(handlers, 'print.status', { jobId });
      if (!polled.ok) throw new Error(polled.error.message);
      status = polled.value as typeof status;
      if (status.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    const result = status.result!;
    if (result.mode !== 'separate') throw new Error('expected a file per student');
    const text = squeezed(pdfText(Buffer.from(result.files[0]!.base64, 'base64')));
    expect(text).toContain(TITLE);
    expect(text).toContain('Lub Hom Phiaj');

    const snapshot = store.db.prepare('SELECT id, lang FROM print_snapshot').get() as { id: number; lang: string };
    expect(snapshot.lang).toBe('hmn');
    installPrintLanguages([]);
    const reprint = await dispatch(handlers, 'print.reprint', { snapshotId: snapshot.id });
    if (!reprint.ok) throw new Error(reprint.error.message);
    expect((reprint.value as Reprint).identical).toBe(true);
    store.close();
  }, 60_000);
});
