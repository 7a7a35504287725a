import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/main/core/accounts/actor';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { runPrintJob, type PrintTaskPayload } from '../../src/main/core/print/job';
import { nextSchoolYear } from '../../src/main/core/print/print-request-sheets';
import { runPrintJobAs } from '../../src/main/core/print/print-as';
import { exportRequests } from '../../src/main/core/requests/export';
import { requestExportResult } from '../../src/main/core/requests/job';
import type { PrintResult } from '../../src/shared/domain/print';
import type { RequestExport, RequestExportResult } from '../../src/shared/domain/requests';
import { SKIPPED_WITHOUT_APP_ROLE, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { printingStores } from './department-print-store';

/**
 * Course requests on the department server: the request file (requests.start/status, a job like
 * a workstation's) and the request sheets (print.start with kind request_sheets), from the
 * database's rows as a signed-in counselor, the same bytes as a workstation makes from the same
 * rows. A finished job is forgotten once its starter has polled its end.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const quiet = { progress: () => undefined, throwIfCancelled: () => undefined };

type Call = (actor: Actor, method: string, input: unknown) => ReturnType<typeof dispatch>;
type Status<R> = { state: string; result: R | null; error: { code: string; message: string } | null };

async function settled<R>(call: Call, actor: Actor, method: string, jobId: string): Promise<Status<R>> {
  for (;;) {
    const polled = await call(actor, method, { jobId });
    if (!polled.ok) throw new Error(polled.error.message);
    const status = polled.value as Status<R>;
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(withoutAppRole)(`course requests on the department server${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it('makes the request file as a job its starter polls, the same bytes as the workstation, then forgets it', async () => {
    // A student whose planned courses are all under way already: nothing of theirs is a request
    // (the query's status filter, on both stores), so both files must leave the student out.
    let underWay = '';
    const { store, pg, first, second } = await printingStores(tempDir(), scratchDatabase, (s) => {
      underWay = s.db
        .prepare("SELECT student_number FROM plan_course WHERE status = 'planned' AND year IN ('10', '11', '12') GROUP BY student_number HAVING count(DISTINCT year) = 3 ORDER BY student_number LIMIT 1")
        .pluck()
        .get() as string;
      s.db.prepare("UPDATE plan_course SET status = 'in_progress' WHERE student_number = ? AND status = 'planned'").run(underWay);
    });
    const server = departmentHandlers(pg);
    const call: Call = (actor, method, input) => dispatch(server(actor) as Handlers, method, input, true);
    const input: RequestExport = { schoolYear: nextSchoolYear(new Date()), selection: { all: true }, preset: 'powerschool', format: 'csv' };
    const started = await call(first, 'requests.start', input);
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    expect(await call(second, 'requests.status', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const status = await settled<RequestExportResult>(call, first, 'requests.status', jobId);
    expect(status.state, status.error?.message).toBe('done');
    const local = requestExportResult(await exportRequests(store.db, input, new Date()), input);
    expect(status.result!.requests).toBeGreaterThan(10);
    expect({ ...status.result!, base64: '' }).toEqual({ ...local, base64: '' });
    expect(status.result!.base64 === local.base64, 'the same file from both stores').toBe(true);
    expect(status.result!.skipped.find((k) => k.studentNumber === underWay)?.reason).toMatch(/^has no courses planned for grade/);
    // Delivered: the job and its file are gone from the server's memory.
    expect(await call(first, 'requests.status', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    store.close();
  }, 120_000);

  it('prints request sheets from the database as the workstation prints them, and forgets the delivered job', async () => {
    const { store, pg, first, second } = await printingStores(tempDir(), scratchDatabase);
    const payload: PrintTaskPayload = {
      selection: { counselor: second.displayName },
      mode: 'combined',
      kind: 'request_sheets',
      printedAt: '2026-12-02T15:00:00.000Z',
      printedOn: '2026-12-02',
    };
    const sheets = await runPrintJobAs(pg, first, payload, quiet);
    const local = await runPrintJob(payload, { db: store.db, storePath: store.path, ...quiet });
    if (sheets.mode !== 'combined' || local.mode !== 'combined') throw new Error('expected one file');
    expect(sheets.students).toBeGreaterThan(3);
    expect({ ...sheets, base64: '' }).toEqual({ ...local, base64: '' });
    expect(sheets.base64 === local.base64, 'the same sheets from both stores').toBe(true);

    const server = departmentHandlers(pg);
    const call: Call = (actor, method, input) => dispatch(server(actor) as Handlers, method, input, true);
    const started = await call(first, 'print.start', { selection: { counselor: first.displayName }, mode: 'separate', kind: 'request_sheets' });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    const status = await settled<PrintResult>(call, first, 'print.status', jobId);
    expect(status.state, status.error?.message).toBe('done');
    expect(await call(first, 'print.status', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    store.close();
  }, 120_000);
});
