import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { readAs, type Actor } from '../../src/main/core/accounts/actor';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { runPrintJob, type PrintTaskPayload } from '../../src/main/core/print/job';
import { runPrintJobAs } from '../../src/main/core/print/print-as';
import type { PrintResult } from '../../src/shared/domain/print';
import { SKIPPED_WITHOUT_APP_ROLE, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { printingStores } from './department-print-store';

/**
 * Printing on the department server (print/print-as.ts): the workstation's print job with the
 * department database as the source of plan views, as a signed-in counselor through the role
 * row-level security binds. The same rows give the same PDF, byte for byte, as a workstation
 * printing from the file, and the snapshots are recorded in the database; a print run is a job
 * polled by its starter only (request sheets and the request file: department-requests.test.ts).
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const quiet = { progress: () => undefined, throwIfCancelled: () => undefined };

const setUp = () => printingStores(tempDir(), scratchDatabase);

type Call = (actor: Actor, method: string, input: unknown) => ReturnType<typeof dispatch>;
type Status = { state: string; result: PrintResult | null; error: { code: string } | null };

/** Polls print.status until the job is no longer running. */
async function settled(call: Call, actor: Actor, jobId: string): Promise<Status> {
  for (;;) {
    const polled = await call(actor, 'print.status', { jobId });
    if (!polled.ok) throw new Error(polled.error.message);
    const status = polled.value as Status;
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(withoutAppRole)(`printing on the department server${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it("prints another counselor's caseload as the workstation prints it from the same rows, byte for byte, and keeps the snapshots in the database", async () => {
    const { store, pg, first, second } = await setUp();
    const payload: PrintTaskPayload = { selection: { counselor: second.displayName }, mode: 'combined', printedAt: '2026-12-02T15:00:00.000Z', printedOn: '2026-12-02' };
    // A counselor prints any plan: the whole of another counselor's caseload.
    const server = await runPrintJobAs(pg, first, payload, quiet);
    const workstation = await runPrintJob(payload, { db: store.db, storePath: store.path, ...quiet });
    if (server.mode !== 'combined' || workstation.mode !== 'combined') throw new Error('expected one file');
    expect(server.students).toBeGreaterThan(5);
    expect(server.fileName).toBe(workstation.fileName);
    expect(server.pages).toBe(workstation.pages);
    expect(Buffer.from(server.base64, 'base64').equals(Buffer.from(workstation.base64, 'base64'))).toBe(true);

    // Every column but the id, whatever later migrations add: the database keeps what the file keeps.
    const withoutId = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, ...rest }) => rest);
    // Read as the operator: a connection that declared no one sees no row.
    const { rows } = await readAs(pg, null, (trx) => sql<Record<string, unknown>>`SELECT * FROM print_snapshot ORDER BY id`.execute(trx));
    expect(rows).toHaveLength(server.students);
    expect(withoutId(rows)).toEqual(withoutId(store.db.prepare('SELECT * FROM print_snapshot ORDER BY id').all() as Record<string, unknown>[]));
  }, 120_000);

  it('runs print.start as a job its starter polls to the end; another counselor is not told of it', async () => {
    const { pg, first, second } = await setUp();
    // One server: its print jobs are kept by the handlers made once, as `counselor serve` makes them.
    const server = departmentHandlers(pg);
    const call: Call = (actor, method, input) => dispatch(server(actor) as Handlers, method, input, true);
    const started = await call(first, 'print.start', { selection: { counselor: first.displayName }, mode: 'separate' });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    expect(await call(second, 'print.status', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const status = await settled(call, first, jobId);
    expect(status.state).toBe('done');
    if (status.result?.mode !== 'separate') throw new Error('expected one file per student');
    expect(status.result.files.length).toBe(status.result.students);
    const { rows } = await readAs(pg, null, (trx) => sql<{ n: number }>`SELECT count(*) AS n FROM print_snapshot`.execute(trx));
    expect(Number(rows[0]!.n)).toBe(status.result.students);
  }, 120_000);
});
