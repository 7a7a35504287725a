import { z } from 'zod';
import { NoInput } from '../domain/common';
import { Course, PostsecondaryEntry } from '../domain/catalog';
import { PlanOperation } from '../domain/plan-operation';
import { PlanView } from '../domain/plan-view';
import { ProgramId, ProgramOfStudy } from '../domain/program';
import { RequirementSet } from '../domain/requirements';
import { ExportedFile, RejectedRow, UploadedFile } from '../domain/roster';
import { ClassYear, StudentNumber } from '../domain/student';
import { method } from './define';

/** A file sent as bytes (base64), as the roster import takes it, so the call works in the window and a browser. */
const FileUpload = UploadedFile.extend({ sheet: z.string().trim().min(1).max(100).optional() }).strict();

export const SkippedImportRow = z.object({ row: z.number().int(), why: z.enum(['footer', 'repeated_header']), text: z.string() });

export const CatalogImportResult = z.object({
  fileName: z.string(),
  sheetName: z.string().nullable(),
  headerRow: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(RejectedRow),
  skipped: z.array(SkippedImportRow),
});

export const ProgramImportResult = z.object({
  fileName: z.string(),
  added: z.number().int(),
  updated: z.number().int(),
  coursesAdded: z.number().int(),
  postsecondaryAdded: z.number().int(),
  rejected: z.array(RejectedRow),
});

const ForStudent = { studentNumber: StudentNumber };

/** Course catalog, programs of study, graduation requirements and plans. */
export const planMethods = {
  'courses.list': method(
    NoInput,
    z.object({ courses: z.array(Course), postsecondary: z.array(PostsecondaryEntry) }),
    'The course catalog and the postsecondary entries programs lead into.',
  ),
  'courses.save': method(Course, Course, 'Add a course to the catalog, or change the course with the same number.'),
  'postsecondary.save': method(
    PostsecondaryEntry,
    PostsecondaryEntry,
    'Add a postsecondary entry (program, course or credential after high school), or change the entry with the same code.',
  ),
  'catalog.import': method(FileUpload, CatalogImportResult, 'Import a course catalog (.xlsx or .csv): good rows in, bad rows reported.'),
  'programs.list': method(NoInput, z.object({ programs: z.array(ProgramOfStudy) }), 'Every program of study, in framework order.'),
  'programs.get': method(z.object({ id: ProgramId }).strict(), ProgramOfStudy, 'One program of study.'),
  'programs.save': method(ProgramOfStudy, ProgramOfStudy, 'Add a program of study, or replace the one with the same id.'),
  'programs.copy': method(
    z.object({ id: ProgramId, name: z.string().trim().min(1).max(200).optional() }).strict(),
    ProgramOfStudy,
    'Copy a program of study under a new id, to adapt it.',
  ),
  'programs.export': method(
    z.object({ ids: z.array(ProgramId).optional() }).strict(),
    ExportedFile,
    'Programs of study (all, or the ones named) as an .xlsx workbook to share.',
  ),
  'programs.import': method(UploadedFile.strict(), ProgramImportResult, 'Import programs of study from a workbook another district exported.'),
  'requirements.get': method(
    z.object({ classYear: ClassYear.nullable().optional() }).strict(),
    RequirementSet,
    "A class's graduation requirements (the default set when the class has none of its own).",
  ),
  'requirements.save': method(RequirementSet, RequirementSet, "Replace a class's graduation requirements, or the default set."),
  'plans.get': method(z.object(ForStudent).strict(), PlanView, "A student's plan, resolved: names, credits, progress, warnings."),
  'plans.update': method(
    z.object({ ...ForStudent, operation: PlanOperation }).strict(),
    PlanView,
    'Make one change to a plan; it is saved at once and can be undone.',
  ),
  'plans.undo': method(z.object(ForStudent).strict(), PlanView, 'Take back the last change to a plan.'),
  'plans.applyProgram': method(
    z.object({ ...ForStudent, programId: ProgramId }).strict(),
    PlanView,
    "Fill a plan from a program of study, keeping everything the counselor placed.",
  ),
} as const;
