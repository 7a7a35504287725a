import { describe, expect, it } from 'vitest';
import { writeAs, type Actor } from '../../src/main/core/accounts/actor';
import { createHandlers } from '../../src/main/core/api';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { saveLanguage } from '../../src/main/core/labels/store';
import { installPrintLanguages } from '../../src/main/core/pdf/label-registry';
import { runPrintJob, type PrintTaskPayload } from '../../src/main/core/print/job';
import { runPrintJobAs } from '../../src/main/core/print/print-as';
import type { PreviewLayout, PrintedPdf, PrintSnapshot, Reprint } from '../../src/shared/domain/print';
import { SKIPPED_WITHOUT_APP_ROLE, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { printingStores } from './department-print-store';
import { pdfText, squeezed } from './print/pdf-tools';

/**
 * A plan's printout on the department server besides the print job (api/department-printing.ts):
 * the preview and its laid-out pages, a student's printed copies and the reprint, compared with a
 * workstation holding the same rows. The reprint's guarantee holds on PostgreSQL: the copy the
 * family received, byte for byte, or a sentence saying why not. A language the school added from a
 * label sheet (Hmong) prints from the database's own rows, the same on both stores.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const quiet = { progress: () => undefined, throwIfCancelled: () => undefined };
const HMONG_TITLE = 'Txoj Kev Npaj Kawm Ntawv';

async function value<T>(call: Promise<Awaited<ReturnType<typeof dispatch>>>): Promise<T> {
  const envelope = await call;
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

describe.skipIf(withoutAppRole)(`previews, snapshots and reprints on the department server${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it("reprints the family's copy byte for byte, lists the copies as the workstation does, and says why when a copy differs", async () => {
    const { store, pg, first, second } = await printingStores(tempDir(), scratchDatabase);
    const payload: PrintTaskPayload = { selection: { counselor: second.displayName }, mode: 'separate', printedAt: '2026-12-02T15:00:00.000Z', printedOn: '2026-12-02' };
    const printed = await runPrintJobAs(pg, first, payload, quiet);
    await runPrintJob(payload, { db: store.db, storePath: store.path, ...quiet });
    if (printed.mode !== 'separate') throw new Error('expected one file per student');
    const server = (actor: Actor) => (method: string, input: unknown) => dispatch(departmentHandlers(pg)(actor) as Handlers, method, input, true);
    const workstation = (method: string, input: unknown) => dispatch(createHandlers(store), method, input, true);
    const family = printed.files[0]!;

    // Another counselor lists the copies; the list is the workstation's for the same prints, ids aside.
    const listed = await value<{ snapshots: PrintSnapshot[] }>(server(first)('print.snapshots', { studentNumber: family.studentNumber }));
    const local = await value<{ snapshots: PrintSnapshot[] }>(workstation('print.snapshots', { studentNumber: family.studentNumber }));
    expect(listed.snapshots).toHaveLength(1);
    const withoutId = (list: PrintSnapshot[]) => list.map(({ id: _id, ...rest }) => rest);
    expect(withoutId(listed.snapshots)).toEqual(withoutId(local.snapshots));

    const reprint = await value<Reprint>(server(first)('print.reprint', { snapshotId: listed.snapshots[0]!.id }));
    expect(reprint).toMatchObject({ identical: true, reason: null, fileName: family.fileName, pages: family.pages });
    expect(Buffer.from(reprint.base64, 'base64').equals(Buffer.from(family.base64, 'base64'))).toBe(true);
    const localReprint = await value<Reprint>(workstation('print.reprint', { snapshotId: local.snapshots[0]!.id }));
    expect(reprint.base64 === localReprint.base64, "the workstation's reprint of the same print").toBe(true);

    // A copy whose fingerprint no longer matches today's drawing is reprinted with the sentence why.
    await writeAs(pg, null, (trx) => trx.updateTable('print_snapshot').set({ sha256: '0'.repeat(64) }).where('id', '=', listed.snapshots[0]!.id).execute());
    const differing = await value<Reprint>(server(first)('print.reprint', { snapshotId: listed.snapshots[0]!.id }));
    expect(differing.identical).toBe(false);
    expect(differing.reason).toMatch(/^Today’s page layout .* the page is not exactly\.$/);
    expect(await server(first)('print.reprint', { snapshotId: 999_999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'There is no printed plan with snapshot number 999999.' },
    });
    store.close();
  }, 120_000);

  it('previews and lays out a plan as the workstation does from the same rows, and refuses a language none installed', async () => {
    const { store, pg, first } = await printingStores(tempDir(), scratchDatabase);
    const studentNumber = store.db.prepare("SELECT student_number FROM student WHERE status = 'active' ORDER BY student_number LIMIT 1").pluck().get() as string;
    const server = (method: string, input: unknown) => dispatch(departmentHandlers(pg)(first) as Handlers, method, input, true);
    const workstation = (method: string, input: unknown) => dispatch(createHandlers(store), method, input, true);
    const asked = { studentNumber, lang: 'es', paper: 'a4', school: 'Madison High' };
    expect(await value<PreviewLayout>(server('print.layout', asked))).toEqual(await value<PreviewLayout>(workstation('print.layout', asked)));
    const [pdf, localPdf] = [await value<PrintedPdf>(server('print.preview', asked)), await value<PrintedPdf>(workstation('print.preview', asked))];
    expect({ fileName: pdf.fileName, pages: pdf.pages }).toEqual({ fileName: localPdf.fileName, pages: localPdf.pages });
    // The creation instant is the moment of each preview; the words on the pages are the same.
    expect(pdfText(Buffer.from(pdf.base64, 'base64'))).toBe(pdfText(Buffer.from(localPdf.base64, 'base64')));
    expect(await server('print.preview', { studentNumber, lang: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await server('print.start', { selection: { studentNumbers: [studentNumber] }, mode: 'combined', lang: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    store.close();
  }, 120_000);

  it("prints a family's added language (Hmong from a label sheet) from the database's own rows, as the workstation prints it", async () => {
    let studentNumber = '';
    const { store, pg, first } = await printingStores(tempDir(), scratchDatabase, (file) => {
      studentNumber = file.db.prepare('SELECT student_number FROM guardian ORDER BY student_number LIMIT 1').pluck().get() as string;
      file.db.prepare("UPDATE guardian SET preferred_language = 'Hmong' WHERE student_number = ?").run(studentNumber);
      saveLanguage(file.db, { code: 'hmn', name: 'Hmong', dictionary: { title: HMONG_TITLE, goals: 'Lub Hom Phiaj' } }, new Date(), null);
    });
    const payload: PrintTaskPayload = { selection: { studentNumbers: [studentNumber] }, mode: 'separate', printedAt: '2026-12-02T15:00:00.000Z', printedOn: '2026-12-02' };
    // Nothing installed on this thread: only the server's read of its own database can print Hmong.
    installPrintLanguages([]);
    const printed = await runPrintJobAs(pg, first, payload, quiet);
    installPrintLanguages([]);
    const local = await runPrintJob(payload, { db: store.db, storePath: store.path, ...quiet });
    if (printed.mode !== 'separate' || local.mode !== 'separate') throw new Error('expected a file per student');
    const family = printed.files[0]!.base64;
    const text = squeezed(pdfText(Buffer.from(family, 'base64')));
    expect(text).toContain(HMONG_TITLE);
    expect(text).toContain('Lub Hom Phiaj');
    expect(family === local.files[0]!.base64, 'the same bytes from both stores').toBe(true);
    installPrintLanguages([]);
    const server = (method: string, input: unknown) => dispatch(departmentHandlers(pg)(first) as Handlers, method, input, true);
    const { snapshots } = await value<{ snapshots: PrintSnapshot[] }>(server('print.snapshots', { studentNumber }));
    expect(snapshots[0]!.lang).toBe('hmn');
    installPrintLanguages([]);
    const reprint = await value<Reprint>(server('print.reprint', { snapshotId: snapshots[0]!.id }));
    expect(reprint.identical).toBe(true);
    expect(reprint.base64 === family, "the reprint is the family's copy").toBe(true);
    store.close();
  }, 120_000);
});
