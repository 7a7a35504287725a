import type { Kysely } from 'kysely';
import type { ImportReport, RosterPreview } from '../../../shared/domain/roster';
import { readAs, type Actor } from '../accounts/actor';
import type { Handlers, HandlersFor } from '../dispatch';
import type { TaskContext } from '../jobs/task';
import { importRosterAs, previewRosterAs } from '../roster/import-as';
import { getImportIn, listImportsIn } from '../roster/log';
import type { ParsedRosterRequest } from '../roster/outcome';
import type { StoreSchema } from '../store/store-schema';
import { ownedJobs } from './department-jobs';
import { importReportFile, importSummary } from './roster';

interface Asked {
  actor: Actor | null;
  request: ParsedRosterRequest;
}

/** The server's roster tasks: what each job runs, typed for its status. */
type RosterTasks = {
  'roster.preview': (payload: Asked, ctx: TaskContext) => Promise<RosterPreview>;
  'roster.import': (payload: Asked, ctx: TaskContext) => Promise<ImportReport>;
};

/**
 * The roster import on the department server (roster/import-as.ts), as jobs polled like a
 * workstation's: roster.preview / roster.import start one, their status methods poll it,
 * jobs.cancel stops it before it writes. A job runs on the serving thread (there is no store file
 * for a worker thread to open) and is its starter's. The role gate (method-roles.ts) lets only a
 * lead preview or import; the database's policies refuse anyone else's writes as well. The log
 * (roster.imports, roster.reportXlsx) is read as the asker. `otherCancel` is the cancel of the
 * server's other jobs (printing), asked when the job is not a roster job of this asker.
 */
export function departmentRoster(db: Kysely<StoreSchema>) {
  const jobs = ownedJobs<RosterTasks>((task, payload, ctx) => {
    const { actor, request } = payload as Asked;
    return task === 'roster.import' ? importRosterAs(db, actor, request, ctx) : previewRosterAs(db, actor, request, ctx);
  });
  return (actor: Actor | null, otherCancel?: Handlers['jobs.cancel']): HandlersFor<'roster'> & Pick<Handlers, 'jobs.cancel'> => ({
    'roster.preview': (request) => jobs.start(actor, 'roster.preview', { actor, request }),
    'roster.previewStatus': ({ jobId }) => jobs.status(actor, jobId, 'roster.preview'),
    'roster.import': (request) => jobs.start(actor, 'roster.import', { actor, request }),
    'roster.importStatus': ({ jobId }) => jobs.status(actor, jobId, 'roster.import'),
    'jobs.cancel': jobs.cancel(actor, otherCancel),
    'roster.imports': async () => ({ imports: (await readAs(db, actor, (trx) => listImportsIn(trx))).map(importSummary) }),
    'roster.reportXlsx': async ({ importId }) => importReportFile(await readAs(db, actor, (trx) => getImportIn(trx, importId))),
  });
}
