import { localIsoDate } from '../../../shared/domain/common';
import type { HandlersFor } from '../dispatch';
import { resolvePlan } from '../plans/resolve';
import type { Store } from '../store/connection';
import type { PrintTaskPayload } from '../print/job';
import { previewPages, previewPdf } from '../print/preview';
import { installStoreLanguages } from '../labels/store';
import { reprintSnapshot } from '../print/reprint';
import { listSnapshots } from '../print/snapshots';
import { printChoices } from '../settings/settings';
import type { Jobs } from './jobs';

/** A plan's printout: previewed, printed in batches as a job, and reprinted from its snapshot. */
export function printHandlers(store: Store, jobs: Jobs): HandlersFor<'print'> {
  const { db } = store;
  return {
    'print.preview': ({ studentNumber, lang, paper, school }) => {
      const now = new Date();
      return previewPdf(resolvePlan(db, studentNumber, now), printChoices(db, { lang, paper, school }), now);
    },
    'print.layout': ({ studentNumber, lang, paper, school }) => {
      const now = new Date();
      return previewPages(resolvePlan(db, studentNumber, now), printChoices(db, { lang, paper, school }), now);
    },
    'print.start': (request) => {
      // A language no installed one has is refused now, in a sentence, not as a failed job.
      printChoices(db, request);
      const now = new Date();
      const payload: PrintTaskPayload = { ...request, printedAt: now.toISOString(), printedOn: localIsoDate(now) };
      return { jobId: jobs.start('print.plans', payload, 'Preparing to print') };
    },
    'print.status': ({ jobId }) => jobs.status(jobId, 'print.plans'),
    'print.snapshots': ({ studentNumber }) => ({ snapshots: listSnapshots(db, studentNumber) }),
    'print.reprint': ({ snapshotId }) => {
      // A snapshot in a language the school added is drawn with that language's labels.
      installStoreLanguages(db);
      return reprintSnapshot(db, snapshotId);
    },
  };
}
