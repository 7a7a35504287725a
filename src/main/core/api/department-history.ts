import type { Kysely } from 'kysely';
import type { HistoryImportReport, HistoryPreview } from '../../../shared/domain/history';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import type { Handlers, HandlersFor } from '../dispatch';
import { storeUnmatchedIn, matchCourseIn } from '../history/history-writes-as';
import { importHistoryAs, previewHistoryAs, type CatalogReader } from '../history/import-as';
import { getHistoryImportIn, listHistoryImportsIn } from '../history/log';
import type { ParsedHistoryRequest } from '../history/outcome';
import type { TaskContext } from '../jobs/task';
import { catalogIn, catalogOf } from '../plans/plan-view-reads';
import type { StoreSchema } from '../store/store-schema';
import { ownedJobs } from './department-jobs';
import { historyReportFile } from './history';

interface Asked {
  actor: Actor | null;
  request: ParsedHistoryRequest;
}

type HistoryTasks = {
  'history.preview': (payload: Asked, ctx: TaskContext) => Promise<HistoryPreview>;
  'history.import': (payload: Asked, ctx: TaskContext) => Promise<HistoryImportReport>;
};

const catalog: CatalogReader = async (trx) => catalogOf(await catalogIn(trx));

/**
 * The course history import on the department server (history/import-as.ts), as the roster's
 * (department-roster.ts): history.preview / history.import start a job on the serving thread, the
 * starter's alone, polled by their status methods and stopped by jobs.cancel before it writes.
 * The role gate (method-roles.ts) lets only a lead preview, import or match a course; the
 * database's policies refuse anyone else's writes as well. The log, its report and the courses
 * to match are read as the asker. `otherCancel` is the cancel of the server's other jobs.
 */
export function departmentHistory(db: Kysely<StoreSchema>) {
  const jobs = ownedJobs<HistoryTasks>((task, payload, ctx) => {
    const { actor, request } = payload as Asked;
    return task === 'history.import' ? importHistoryAs(db, actor, request, ctx, catalog) : previewHistoryAs(db, actor, request, ctx, catalog);
  });
  return (actor: Actor | null, otherCancel?: Handlers['jobs.cancel']): HandlersFor<'history'> & Pick<Handlers, 'jobs.cancel'> => ({
    'history.preview': (request) => jobs.start(actor, 'history.preview', { actor, request }),
    'history.previewStatus': ({ jobId }) => jobs.status(actor, jobId, 'history.preview'),
    'history.import': (request) => jobs.start(actor, 'history.import', { actor, request }),
    'history.importStatus': ({ jobId }) => jobs.status(actor, jobId, 'history.import'),
    'jobs.cancel': jobs.cancel(actor, otherCancel),
    'history.imports': async () => ({
      imports: (await readAs(db, actor, (trx) => listHistoryImportsIn(trx))).map(({ rejected: _rejected, ...summary }) => summary),
    }),
    'history.reportXlsx': async ({ importId }) => historyReportFile(await readAs(db, actor, (trx) => getHistoryImportIn(trx, importId))),
    'history.unmatched': async () => ({ courses: await readAs(db, actor, async (trx) => storeUnmatchedIn(trx, await catalog(trx))) }),
    'history.matchCourse': async (request) => ({
      courses: await writeAs(db, actor, async (trx) => {
        const known = await catalog(trx);
        await matchCourseIn(trx, known, request);
        return storeUnmatchedIn(trx, known);
      }),
    }),
  });
}
