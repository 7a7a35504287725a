import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import type { Actor } from '../../src/main/core/accounts/actor';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { importLabelSheet } from '../../src/main/core/labels/import';
import { installPrintLanguages } from '../../src/main/core/pdf/label-registry';
import { runPrintJob, type PrintTaskPayload } from '../../src/main/core/print/job';
import { runPrintJobAs } from '../../src/main/core/print/print-as';
import { SKIPPED_WITHOUT_APP_ROLE, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { printingStores } from './department-print-store';
import { pdfText, squeezed } from './print/pdf-tools';

/**
 * Printout languages on the department server (api/department-labels.ts): a lead downloads the
 * label sheet, another program fills it (tests/integration/labels/fill-sheet.py), the lead imports
 * it into the database, and a Hmong-speaking family's plan prints in Hmong from the server, the
 * same bytes as a workstation that imported the same sheet. A counselor cannot import; a lead
 * removes the language and it can no longer be asked for.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const quiet = { progress: () => undefined, throwIfCancelled: () => undefined };
const HMONG = { 'language.code': 'hmn', 'language.name': 'Hmong', title: 'Txoj Kev Npaj Kawm Ntawv thiab Haujlwm', goals: 'Lub Hom Phiaj' };

async function value<T>(call: Promise<Awaited<ReturnType<typeof dispatch>>>): Promise<T> {
  const envelope = await call;
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

describe.skipIf(withoutAppRole)(`printout languages on the department server${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it("imports a filled label sheet as a lead and prints a family's plan in it, as the workstation does; a lead removes it", async () => {
    const dir = tempDir();
    let studentNumber = '';
    const { store, pg, first } = await printingStores(dir, scratchDatabase, (file) => {
      studentNumber = file.db.prepare('SELECT student_number FROM guardian ORDER BY student_number LIMIT 1').pluck().get() as string;
      file.db.prepare("UPDATE guardian SET preferred_language = 'Hmong' WHERE student_number = ?").run(studentNumber);
    });
    await addAccount(pg, { userName: 'lead', displayName: 'Ms. Lead', role: 'lead', password: 'correct horse battery' });
    const lead: Actor = { userName: 'lead', displayName: 'Ms. Lead', role: 'lead' };
    const call = (actor: Actor, method: string, input: unknown) => dispatch(departmentHandlers(pg)(actor) as Handlers, method, input, true);

    const sheet = await value<{ fileName: string; base64: string }>(call(first, 'labels.sheet', {}));
    writeFileSync(join(dir, 'labels.xlsx'), Buffer.from(sheet.base64, 'base64'));
    writeFileSync(join(dir, 'hmong.json'), JSON.stringify({ fill: HMONG, extra: [] }));
    execFileSync('python3', [join(__dirname, 'labels', 'fill-sheet.py'), join(dir, 'labels.xlsx'), join(dir, 'hmong.xlsx'), join(dir, 'hmong.json')]);
    const filled = { fileName: 'hmong.xlsx', base64: readFileSync(join(dir, 'hmong.xlsx')).toString('base64') };

    // A counselor may not add a language: the database refuses the write, and nothing is stored.
    expect((await call(first, 'labels.import', filled)).ok).toBe(false);
    expect(await value(call(lead, 'labels.import', filled))).toMatchObject({ code: 'hmn', name: 'Hmong', replaces: null, saved: true });
    expect(await value(call(lead, 'labels.import', filled))).toMatchObject({ replaces: { name: 'Hmong', changed: 0 }, saved: false });
    await importLabelSheet(store.db, { bytes: readFileSync(join(dir, 'hmong.xlsx')), fileName: 'hmong.xlsx', replace: false }, new Date(), null);

    const payload: PrintTaskPayload = { selection: { studentNumbers: [studentNumber] }, mode: 'combined', printedAt: '2026-12-02T15:00:00.000Z', printedOn: '2026-12-02' };
    installPrintLanguages([]);
    const printed = await runPrintJobAs(pg, first, payload, quiet);
    installPrintLanguages([]);
    const local = await runPrintJob(payload, { db: store.db, storePath: store.path, ...quiet });
    if (printed.mode !== 'combined' || local.mode !== 'combined') throw new Error('expected one file');
    const text = squeezed(pdfText(Buffer.from(printed.base64, 'base64')));
    expect(text).toContain(HMONG.title);
    expect(text).toContain(HMONG.goals);
    expect(printed.base64 === local.base64, 'the same Hmong printout from both stores').toBe(true);

    expect(await value(call(lead, 'labels.remove', { code: 'hmn' }))).toEqual({ code: 'hmn', name: 'Hmong' });
    expect(await call(first, 'print.start', { selection: { studentNumbers: [studentNumber] }, mode: 'combined', lang: 'hmn' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await call(lead, 'labels.remove', { code: 'es' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Spanish ships with the application and cannot be removed.' } });
    store.close();
  }, 120_000);
});
