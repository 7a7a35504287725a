import { z } from 'zod';
import { NoInput } from '../domain/common';
import { Course, CourseNumber, PostsecondaryEntry, SubjectArea } from '../domain/catalog';
import { PlanOperation } from '../domain/plan-operation';
import { PlanView } from '../domain/plan-view';
import { ProgramId, ProgramOfStudy } from '../domain/program';
import { RequirementSet } from '../domain/requirements';
import { ExportedFile, RejectedRow, UploadedFile } from '../domain/roster';
import { ClassYear, StudentNumber } from '../domain/student';
import { BulkAction, BulkResult, BulkStep, BulkUndoResult, MAX_BULK_STUDENTS } from '../domain/bulk';
import { method } from './define';

/** A file sent as bytes (base64), as the roster import takes it, so the call works in the window and a browser. */
const FileUpload = UploadedFile.extend({ sheet: z.string().trim().min(1).max(100).optional() }).strict();

/**
 * A catalog file and the counselor's department choices: department name as the file writes it →
 * subject area ("Special Education" → "elective"). Choices given to catalog.import are remembered.
 */
const CatalogUpload = FileUpload.extend({ areas: z.record(z.string().trim().min(1).max(200), SubjectArea).optional() }).strict();

/** One department (area cell text) of a catalog file, and the area its rows go to. */
export const CatalogDepartment = z.object({
  department: z.string(),
  rows: z.number().int(),
  /** null: not mapped, its rows are rejected until the counselor chooses. */
  area: SubjectArea.nullable(),
  source: z.enum(['chosen', 'remembered', 'automatic', 'unmapped']),
});
export type CatalogDepartment = z.infer<typeof CatalogDepartment>;

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
  /** Every department the file names, unmapped ones first. */
  departments: z.array(CatalogDepartment),
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

/**
 * The revision of the plan the counselor's page showed (PlanView.revision). When the store holds
 * another, someone else changed the plan meanwhile: the change is refused with code 'stale' and
 * nothing is saved. Left out (the command line, older callers), the change applies to the plan as stored.
 */
const BasedOn = { basedOn: z.number().int().nonnegative().optional() };

/** Course catalog, programs of study, graduation requirements and plans. */
export const planMethods = {
  'courses.list': method(
    NoInput,
    z.object({ courses: z.array(Course), postsecondary: z.array(PostsecondaryEntry) }),
    'The course catalog and the postsecondary entries programs lead into.',
  ),
  'courses.add': method(Course, Course, 'Add a new course; a number already in the catalog is refused (edit that course instead).'),
  'courses.edit': method(Course, Course, 'Change a course in the catalog; every plan holding it sees the change.'),
  'courses.retire': method(
    z.object({ number: CourseNumber, retired: z.boolean() }).strict(),
    Course,
    'Retire a course (kept in the plans that hold it, not offered for new placements), or bring it back.',
  ),
  'courses.plans': method(
    z.object({ number: CourseNumber }).strict(),
    z.object({ number: CourseNumber, plans: z.number().int() }),
    "How many students' plans hold a course: what editing it changes.",
  ),
  'postsecondary.save': method(
    PostsecondaryEntry,
    PostsecondaryEntry,
    'Add a postsecondary entry (program, course or credential after high school), or change the entry with the same code.',
  ),
  'catalog.preview': method(
    CatalogUpload,
    CatalogImportResult,
    'Read a course catalog and compare it with the store, with the department choices given; writes nothing.',
  ),
  'catalog.import': method(
    CatalogUpload,
    CatalogImportResult,
    'Import a course catalog (.xlsx or .csv): good rows in, bad rows reported, department choices remembered.',
  ),
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
    z.object({ ...ForStudent, operation: PlanOperation, ...BasedOn }).strict(),
    PlanView,
    'Make one change to a plan; it is saved at once and can be undone.',
  ),
  'plans.undo': method(z.object({ ...ForStudent, ...BasedOn }).strict(), PlanView, 'Take back the last change to a plan.'),
  'plans.applyProgram': method(
    z.object({ ...ForStudent, programId: ProgramId, ...BasedOn }).strict(),
    PlanView,
    "Fill a plan from a program of study, keeping everything the counselor placed.",
  ),
  'plans.bulk': method(
    z.object({ studentNumbers: z.array(StudentNumber).min(1).max(MAX_BULK_STUDENTS), action: BulkAction }).strict(),
    BulkResult,
    'Do one thing to many plans at once (apply a program, mark reviewed), in one transaction: what changed per student, and the steps that undo it.',
  ),
  'plans.bulkUndo': method(
    z.object({ steps: z.array(BulkStep).min(1).max(MAX_BULK_STUDENTS) }).strict(),
    BulkUndoResult,
    'Take back what one plans.bulk changed, in one transaction; a plan changed again since is left as it is.',
  ),
} as const;
