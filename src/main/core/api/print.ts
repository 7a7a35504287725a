import { localIsoDate } from '../../../shared/domain/common';
import type { HandlersFor } from '../dispatch';
import { renderPlanPdf } from '../pdf/document';
import { previewLayout } from '../pdf/preview';
import { resolvePlan } from '../plans/resolve';
import type { Store } from '../store/connection';
import type { PrintTaskPayload } from '../print/job';
import { optionsFor, planFileName } from '../print/options';
import { sha256 } from '../print/print-plans';
import { getSnapshot, listSnapshots } from '../print/snapshots';
import { installStoreLanguages } from '../labels/store';
import { printChoices } from '../settings/settings';
import type { Jobs } from './jobs';

/** A plan's printout: previewed, printed in batches as a job, and reprinted from its snapshot. */
export function printHandlers(store: Store, jobs: Jobs): HandlersFor<'print'> {
  const { db } = store;
  return {
    'print.preview': async ({ studentNumber, lang, paper, school }) => {
      const now = new Date();
      const view = resolvePlan(db, studentNumber, now);
      const options = optionsFor(view.student, { ...printChoices(db, { lang, paper, school }), printedOn: localIsoDate(now) });
      const pdf = await renderPlanPdf(view, options, now);
      return { fileName: planFileName(view.student), base64: pdf.bytes.toString('base64'), pages: pdf.pages };
    },
    'print.layout': ({ studentNumber, lang, paper, school }) => {
      const now = new Date();
      const view = resolvePlan(db, studentNumber, now);
      return previewLayout(view, optionsFor(view.student, { ...printChoices(db, { lang, paper, school }), printedOn: localIsoDate(now) }));
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
    'print.reprint': async ({ snapshotId }) => {
      const { snapshot, view } = getSnapshot(db, snapshotId);
      installStoreLanguages(db);
      const { lang, paper, school, printedOn } = snapshot;
      const pdf = await renderPlanPdf(view, { lang, paper, school, printedOn }, new Date(snapshot.printedAt));
      const hash = sha256(pdf.bytes);
      return {
        fileName: planFileName(view.student),
        base64: pdf.bytes.toString('base64'),
        pages: pdf.pages,
        sha256: hash,
        identical: hash === snapshot.sha256,
      };
    },
  };
}
