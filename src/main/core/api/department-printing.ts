import type { Kysely } from 'kysely';
import { readAs, type Actor } from '../accounts/actor';
import type { HandlersFor } from '../dispatch';
import { installLanguagesIn } from '../labels/store-as';
import { planViewsAs, printingChoicesIn } from '../print/print-as';
import { previewPages, previewPdf } from '../print/preview';
import { reprintPrinted } from '../print/reprint';
import { getSnapshotIn, listSnapshotsIn } from '../print/snapshots-as';
import type { PrintChoices } from '../settings/settings';
import type { StoreSchema } from '../store/store-schema';
import type { PlanView } from '../../../shared/domain/plan-view';
import type { PreviewRequest } from '../../../shared/domain/print';

/**
 * A plan's printout on the department server besides the print job (department-print.ts): the
 * preview and the laid-out pages (print/preview.ts, as a workstation's), the student's printed
 * copies, and a reprint, which holds the workstation's guarantee: the stored view drawn again by
 * print/reprint.ts, byte for byte the family's copy or a sentence saying why not. Every read is as
 * the signed-in counselor, who may print (and so preview and reprint) any plan.
 */
export function departmentPrinting(
  db: Kysely<StoreSchema>,
  actor: Actor | null,
): Pick<HandlersFor<'print'>, 'print.preview' | 'print.layout' | 'print.snapshots' | 'print.reprint'> {
  /** The plan as it stands now, and the choices it prints with (the database's languages installed first). */
  const previewing = async ({ studentNumber, lang, paper, school }: PreviewRequest, now: Date): Promise<{ view: PlanView; choices: PrintChoices }> => {
    const view = await (await planViewsAs(db, actor, now)).view(studentNumber);
    return { view, choices: await readAs(db, actor, (trx) => printingChoicesIn(trx, { lang, paper, school })) };
  };
  return {
    'print.preview': async (request) => {
      const now = new Date();
      const { view, choices } = await previewing(request, now);
      return previewPdf(view, choices, now);
    },
    'print.layout': async (request) => {
      const now = new Date();
      const { view, choices } = await previewing(request, now);
      return previewPages(view, choices, now);
    },
    'print.snapshots': async ({ studentNumber }) => ({ snapshots: await readAs(db, actor, (trx) => listSnapshotsIn(trx, studentNumber)) }),
    'print.reprint': async ({ snapshotId }) => {
      // A snapshot in a language the school added is drawn with that language's labels.
      const printed = await readAs(db, actor, async (trx) => {
        await installLanguagesIn(trx);
        return getSnapshotIn(trx, snapshotId);
      });
      return reprintPrinted(printed);
    },
  };
}
