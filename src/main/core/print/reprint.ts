import { createHash } from 'node:crypto';
import type { Database as Db } from 'better-sqlite3';
import type { PrintOptions, Reprint } from '../../../shared/domain/print';
import { planInfo, renderLayoutPdf } from '../pdf/document';
import { layoutFingerprint, rendererIdentity } from '../pdf/fingerprint';
import { layoutPlan } from '../pdf/layout';
import { planFileName } from './options';
import { getSnapshot, type PrintedSnapshot } from './snapshots';

/**
 * A printed plan again from its snapshot: the stored view laid out and drawn with the options it
 * was printed with and its creation date, and whether the result is what the family received.
 * Snapshots since migration 19 compare the layout fingerprint (no need to have kept the bytes);
 * older ones compare the bytes themselves. When they differ the counselor is told why, honestly,
 * in one sentence: the copy is still the same plan, but not the same page.
 */

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function reprintSnapshot(db: Db, snapshotId: number): Promise<Reprint> {
  return reprintPrinted(getSnapshot(db, snapshotId));
}

/** The reprint itself, from a snapshot either store read (the department server's: snapshots-as.ts). */
export async function reprintPrinted({ snapshot, view, renderer }: PrintedSnapshot): Promise<Reprint> {
  const options: PrintOptions = { lang: snapshot.lang, paper: snapshot.paper, school: snapshot.school, printedOn: snapshot.printedOn };
  const layout = layoutPlan(view, options);
  const info = planInfo(view, options, new Date(snapshot.printedAt));
  const pdf = await renderLayoutPdf(layout, info);
  const hash = snapshot.hashOf === 'layout' ? layoutFingerprint(layout, info) : sha256(pdf.bytes);
  const identical = hash === snapshot.sha256;
  return {
    fileName: planFileName(view.student),
    base64: pdf.bytes.toString('base64'),
    pages: pdf.pages,
    sha256: hash,
    identical,
    reason: identical ? null : whyDifferent(snapshot.hashOf, renderer),
  };
}

function whyDifferent(hashOf: 'pdf' | 'layout', renderer: string | null): string {
  if (hashOf === 'pdf') {
    return 'This plan was printed by an earlier version of the application, whose pages differ from today’s (type sizes or layout): the plan is the one the family received, the page is not exactly.';
  }
  const now = rendererIdentity();
  if (renderer !== now) {
    return `The printing software or its fonts have changed since this plan was printed (then ${renderer ?? 'unknown'}; now ${now}), so the pages may differ from the family’s copy.`;
  }
  return 'Today’s page layout (type sizes, wording or arrangement) differs from the one printed then: the plan is the one the family received, the page is not exactly.';
}
