import type { Generated } from 'kysely';
import type { CredentialType, Flag, PlanYear } from './store-schema';

/** The plans' tables and the records kept about students (store-schema.ts has the rest and the why). */

export interface ConferenceTable {
  id: Generated<number>;
  student_number: string;
  held_on: string;
  student_attended: Flag;
  guardians: Generated<string>;
  others: string | null;
  language: string | null;
  interpreter: Flag;
  interpreter_name: string | null;
  notes: string | null;
  print_snapshot_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface CourseHistoryTable {
  id: Generated<number>;
  student_number: string;
  record_key: string;
  school_year: number | null;
  grade_level: number | null;
  term: string;
  progress: Flag;
  course_number: string;
  state_code: string | null;
  title: string;
  credit_type: string | null;
  grade: string | null;
  result: 'passed' | 'failed' | 'withdrawn' | 'incomplete' | 'in_progress';
  credits_earned: number | null;
  credits_attempted: number | null;
  excluded: Flag;
  missing: Generated<Flag>;
  import_id: number;
  updated_at: string;
}

export interface HistoryCourseMatchTable {
  course_key: string;
  course_number: string;
  title: string;
  catalog_number: string;
  updated_at: string;
}

export interface HistoryImportTable {
  id: Generated<number>;
  file_name: string;
  imported_at: string;
  backup_path: string | null;
  report: string;
}

export interface HistoryStudentTable {
  student_number: string;
  gpa: string;
  import_id: number;
  updated_at: string;
}

export interface PlanTable {
  student_number: string;
  cluster_code: string | null;
  pathway_code: string | null;
  program_id: string | null;
  second_cluster_code: string | null;
  career_interests: string;
  ps_institution: string | null;
  ps_program: string | null;
  ps_credential_type: CredentialType | null;
  notes: string | null;
  last_reviewed: string | null;
  updated_at: string;
  revision: Generated<number>;
  changed_by: string | null;
  /** Migration 20: the edition the plan's choice is in, and its 2024 codes. */
  framework_edition: Generated<'2016' | '2024'>;
  cluster_2024: string | null;
  subcluster_2024: string | null;
}

export interface PlanAcknowledgementTable {
  student_number: string;
  warning_id: string;
  note: string;
  date: string;
}

export interface PlanCourseTable {
  student_number: string;
  id: string;
  position: number;
  year: PlanYear;
  term: 'full_year' | 'S1' | 'S2' | 'Q1' | 'Q2' | 'Q3' | 'Q4';
  course_number: string;
  status: 'planned' | 'in_progress' | 'completed';
  grade: string | null;
  credits_earned: number | null;
  alternate_for: string | null;
  alternate_rank: number | null;
}

export interface PlanCredentialTable {
  student_number: string;
  id: string;
  position: number;
  name: string;
  issuer: string | null;
  status: 'planned' | 'earned';
  date: string | null;
}

export interface PlanExperienceTable {
  student_number: string;
  id: string;
  position: number;
  type: string;
  title: string;
  organization: string | null;
  ctso: 'FFA' | 'FBLA' | 'DECA' | 'HOSA' | 'SkillsUSA' | 'FCCLA' | 'TSA' | null;
  start_date: string | null;
  end_date: string | null;
  hours: number | null;
}

export interface PlanGoalTable {
  student_number: string;
  id: string;
  position: number;
  kind: 'academic' | 'career' | 'personal_social';
  text: string;
  target_date: string | null;
  status: 'not_started' | 'in_progress' | 'achieved' | 'set_aside';
}

export interface PlanHistoryTable {
  id: Generated<number>;
  student_number: string;
  changed_at: string;
  operation: string;
  snapshot: string;
}

export interface PlanRequirementMetTable {
  student_number: string;
  requirement_id: string;
  date: string | null;
}

export interface PrintSnapshotTable {
  id: Generated<number>;
  student_number: string;
  printed_at: string;
  printed_on: string;
  /** A printout language's code (English, Spanish, or one a school added). */
  lang: string;
  paper: 'letter' | 'a4';
  school: string | null;
  pages: number;
  sha256: string;
  view: string;
  hash_of: Generated<'pdf' | 'layout'>;
  renderer: string | null;
}

export interface SchoolYearChangeTable {
  start_id: number;
  student_number: string;
  kind: 'graduated' | 'grade_advanced' | 'review_reset';
  status_before: 'active' | 'not_in_latest_roster' | null;
  grade_from: number | null;
  grade_to: number | null;
  last_reviewed: string | null;
}

export interface SchoolYearStartTable {
  id: Generated<number>;
  school_year: number;
  started_at: string;
  started_on: string;
  backup_path: string | null;
  undone_at: string | null;
}

export interface StudentReactivationTable {
  id: Generated<number>;
  student_number: string;
  start_id: number;
  school_year: number;
  reactivated_at: string;
}

export interface CounselorAccountTable {
  id: Generated<number>;
  user_name: string;
  display_name: string;
  role: 'counselor' | 'lead' | 'admin';
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

/** The department server's sessions (migration 21): only the SHA-256 of a session's id. */
export interface CounselorSessionTable {
  id_sha256: string;
  user_name: string;
  idle_until: string;
  expires_at: string;
}

/** Whose caseload standing may have changed since a tick (migration 22): a student number, or '*' for the whole school. */
export interface StandingStampTable {
  scope: string;
  tick: number;
}

export interface AuditEntryTable {
  id: Generated<number>;
  at: string;
  user_name: string | null;
  student_number: string | null;
  action: string;
  /** JSON: what changed. */
  detail: string;
}

/** The school's settings: one row (id 1), made by migration 16. */
export interface SchoolSettingsTable {
  id: number;
  school_name: string | null;
  default_paper: Generated<'letter' | 'a4'>;
  /** 'family' or a printout language's code. */
  family_language: Generated<string>;
  changed_at: string | null;
  changed_by: string | null;
}

/** The framework new plans use in one school year (migration 22); the year by its end. */
export interface FrameworkYearTable {
  school_year: number;
  edition: '2016' | '2024';
  changed_at: string;
  changed_by: string | null;
}

/** A student's field entered by hand (migration 17): the next roster import keeps it unless told otherwise. */
export interface StudentHandEntryTable {
  student_number: string;
  /** A student field's name ('grade', 'homeroom', …, or 'guardians'). */
  field: string;
  entered_at: string;
  entered_by: string | null;
}

/** A printout language a school added from a label sheet (the printout-language migration); English and Spanish ship. */
export interface PrintoutLanguageTable {
  code: string;
  /** The language as a roster writes a guardian's preferred language. */
  name: string;
  /** The filled label sheet as JSON: key → text. */
  dictionary: string;
  added_at: string;
  added_by: string | null;
}
