import type { Database as Db } from 'better-sqlite3';
import type { Paper, PrintLang, PrintMode } from '../../../shared/domain/print';
import { CombinedPdf, planInfo, renderLayoutPdf } from '../pdf/document';
import { layoutFingerprint, rendererIdentity } from '../pdf/fingerprint';
import { layoutPlan } from '../pdf/layout';
import { labelsFor } from '../pdf/label-registry';
import { yieldToEventLoop, type TaskContext } from '../jobs/task';
import { optionsFor, planFileName } from './options';
import type { NewSnapshot } from './snapshots';
import { PlanViewSource, type PlanViews } from './views';

/**
 * Printing a batch of plans: one combined PDF (each plan starting on an odd page, so a stack
 * printed two-sided never puts two students on one sheet) or one PDF per student. Runs as a job:
 * progress after each student, cancel checked between students. The snapshots of the printed
 * plans come back with the PDFs: the caller records them (recordSnapshots, one transaction) once
 * the PDFs are delivered, so a cancelled or failed print records nothing.
 */

export interface PrintPlansOptions {
  mode: PrintMode;
  /** Left out: each plan in its family's language. */
  lang?: PrintLang | undefined;
  paper?: Paper | undefined;
  school: string | null;
  /** The instant of printing: the PDFs' creation date, kept with the snapshots. */
  printedAt: Date;
  /** The date the pages say they were printed (the counselor's local date). */
  printedOn: string;
  /** The combined file's name. */
  fileName: string;
}

export interface PrintedFile {
  studentNumber: string;
  fileName: string;
  bytes: Buffer;
  pages: number;
}

export type PrintOutcome =
  | { mode: 'combined'; fileName: string; bytes: Buffer; pages: number; students: number; snapshots: NewSnapshot[] }
  | { mode: 'separate'; files: PrintedFile[]; pages: number; students: number; snapshots: NewSnapshot[] };

export async function printPlans(
  db: Db | PlanViews,
  studentNumbers: readonly string[],
  options: PrintPlansOptions,
  ctx: Pick<TaskContext, 'progress' | 'throwIfCancelled'>,
): Promise<PrintOutcome> {
  const total = studentNumbers.length;
  const phase = 'Printing plans';
  // Let the call that started the job return before any progress is reported or any plan drawn.
  await yieldToEventLoop();
  ctx.progress({ phase, done: 0, total });
  const source = 'view' in db ? db : new PlanViewSource(db, options.printedAt, studentNumbers);
  const snapshots: NewSnapshot[] = [];
  const files: PrintedFile[] = [];
  const renderer = rendererIdentity();
  let combined: CombinedPdf | null = null;

  for (const [i, studentNumber] of studentNumbers.entries()) {
    // Between students: let a cancel message (and, on the command line, anything else) through.
    await yieldToEventLoop();
    ctx.throwIfCancelled();
    const view = await source.view(studentNumber);
    const planOptions = optionsFor(view.student, options);
    const layout = layoutPlan(view, planOptions);
    // And between laying a plan out and drawing it: a job's first plans run cold (fonts shaped,
    // code compiled), and layout then drawing in one go held the serving thread ~140 ms.
    await yieldToEventLoop();
    ctx.throwIfCancelled();
    const info = planInfo(view, planOptions, options.printedAt);
    // Each plan is drawn once: into the combined file, or as its own file. The snapshot keeps the
    // fingerprint of what makes the plan's own PDF (a reprint lays it out again and compares), so
    // the family's copy is provable without drawing it a second time.
    if (options.mode === 'combined') {
      combined ??= new CombinedPdf({
        title: labelsFor(planOptions.lang).titleMany(total),
        author: options.school ?? view.student.counselor ?? 'Counselor Workstation',
        subject: labelsFor(planOptions.lang).subject,
        lang: options.lang ?? planOptions.lang,
        createdAt: options.printedAt,
      });
      combined.add(layout);
    } else {
      const own = await renderLayoutPdf(layout, info);
      files.push({ studentNumber, fileName: planFileName(view.student), bytes: own.bytes, pages: own.pages });
    }
    snapshots.push({ view, options: planOptions, printedAt: options.printedAt, pages: layout.pages.length, sha256: layoutFingerprint(layout, info, renderer), renderer });
    ctx.progress({ phase, done: i + 1, total });
  }
  ctx.throwIfCancelled();

  if (options.mode === 'combined' && combined) {
    const pdf = await combined.finish();
    return { mode: 'combined', fileName: options.fileName, bytes: pdf.bytes, pages: pdf.pages, students: total, snapshots };
  }
  return { mode: 'separate', files, pages: files.reduce((n, f) => n + f.pages, 0), students: total, snapshots };
}
