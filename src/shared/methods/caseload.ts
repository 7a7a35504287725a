import { z } from 'zod';
import { NoInput } from '../domain/common';
import { Framework } from '../domain/framework';
import { MigrationPicks, MigrationPreviewSchema, MigrationResult, MigrationUndoResult } from '../domain/framework-migration';
import { ExportedFile } from '../domain/roster';
import { SampleRemoval, SampleStatus } from '../domain/sample';
import { CaseloadRow, Student, StudentNumber } from '../domain/student';
import { CODED_COLUMNS, NO_TEXT, PLAIN_COLUMNS } from '../caseload-columns';
import { method } from './define';

export const StoreInfo = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  studentCount: z.number().int(),
});

const coded = z.array(z.number().int().min(NO_TEXT));
const wholeOrNone = z.array(z.number().int().nullable());

/** The caseload as columns (shared/caseload-columns.ts): every column as long as the first, every code inside `text`. */
export const CaseloadColumnsOutput = z
  .object({
    text: z.array(z.string()),
    studentNumber: z.array(z.string()),
    grade: wholeOrNone,
    classYear: wholeOrNone,
    creditsEarned: z.array(z.number().nullable()),
    conferencesThisYear: z.array(z.number().int().min(0)),
    ...Object.fromEntries(CODED_COLUMNS.map((name) => [name, coded])) as Record<(typeof CODED_COLUMNS)[number], typeof coded>,
  })
  .superRefine((c, ctx) => {
    const count = c.studentNumber.length;
    for (const name of [...PLAIN_COLUMNS, ...CODED_COLUMNS]) {
      if (c[name].length !== count) ctx.addIssue({ code: 'custom', path: [name], message: `${c[name].length} values for ${count} students` });
    }
    for (const name of CODED_COLUMNS) {
      if (c[name].some((i) => i >= c.text.length)) ctx.addIssue({ code: 'custom', path: [name], message: 'a code past the end of text' });
    }
  });

/** The store, the framework and the caseload: the foundation's methods. */
export const caseloadMethods = {
  'store.info': method(NoInput, StoreInfo, 'Where the store is and what it holds.'),
  'framework.get': method(NoInput, Framework, 'The 16 career clusters and their 79 career pathways.'),
  'framework.crosswalkXlsx': method(
    NoInput,
    ExportedFile,
    'The crosswalk from the 16 clusters and 79 pathways to the 2024 framework (each link stated, inferred or derived) as .xlsx.',
  ),
  'framework.migratePreview': method(
    NoInput,
    MigrationPreviewSchema,
    "Every plan's 16-cluster choice with the 2024 cluster and sub-cluster the crosswalk proposes; where it gives more than one, the options to pick from. Reads only.",
  ),
  'framework.migrate': method(
    z.object({ picks: MigrationPicks.default({}) }).strict(),
    MigrationResult,
    'Move every plan to the 2024 framework as previewed, with the picks given, in one transaction; refused whole when a pick is missing.',
  ),
  'framework.migrateUndo': method(NoInput, MigrationUndoResult, 'Take back the last move to 2024; a plan changed since is left as it is.'),
  'students.list': method(
    NoInput,
    z.object({ students: z.array(CaseloadRow) }),
    'Every student in the caseload, as caseload rows.',
  ),
  'students.caseload': method(
    NoInput,
    CaseloadColumnsOutput,
    'The caseload page\'s list: the same rows as students.list, sent as columns with repeated text once.',
  ),
  'students.get': method(z.object({ studentNumber: StudentNumber }).strict(), Student, 'One student, whole.'),
  'sample.load': method(
    NoInput,
    z.object({ studentsAdded: z.number().int() }),
    'Fill an empty store with the sample school.',
  ),
  'sample.status': method(NoInput, SampleStatus, 'Whether the store holds the sample school, and how much of it.'),
  'sample.remove': method(
    NoInput,
    SampleRemoval,
    'Remove the sample school (after a backup, in one transaction), keeping anything the counselor added.',
  ),
} as const;
