import type { Generated } from 'kysely';
import type {
  ConferenceTable,
  CourseHistoryTable,
  HistoryCourseMatchTable,
  HistoryImportTable,
  HistoryStudentTable,
  PlanTable,
  PlanAcknowledgementTable,
  PlanCourseTable,
  PlanCredentialTable,
  PlanExperienceTable,
  PlanGoalTable,
  PlanHistoryTable,
  PlanRequirementMetTable,
  PrintSnapshotTable,
  SchoolYearChangeTable,
  SchoolYearStartTable,
  StudentReactivationTable,
  CounselorAccountTable,
  CounselorSessionTable,
  StandingStampTable,
  AuditEntryTable,
  PrintoutLanguageTable,
  SchoolSettingsTable,
  FrameworkYearTable,
  StudentHandEntryTable,
} from './store-schema-records';

/**
 * The store's tables as Kysely sees them: one interface for both stores (SQLite and the department
 * server's PostgreSQL), so a typed query compiles for either. Each column has the one JavaScript
 * representation both drivers return: text as string (dates as 'YYYY-MM-DD', instants as ISO 8601
 * text, JSON as its text), INTEGER/REAL as number (PostgreSQL's bigint ids are parsed to numbers
 * by store/postgres.ts), flags as 0 | 1. `Generated` marks what the store fills in (row ids,
 * defaults). Kept by hand beside the migrations: tests/helpers/store-schema-columns.ts must match it
 * (the compiler checks) and a migrated store (tests/integration/store/store-schema.test.ts), and
 * tests/integration/store/postgres-schema.test.ts holds the two stores to each other.
 */

export type Flag = 0 | 1;
export type Area = 'english' | 'math' | 'science' | 'social_studies' | 'physical_education' | 'health' | 'personal_finance' | 'world_language' | 'fine_arts' | 'cte' | 'elective' | 'other';
export type CredentialType = 'certificate' | 'technical_diploma' | 'associate' | 'bachelor' | 'apprenticeship' | 'industry_certification';
export type PlanYear = '9' | '10' | '11' | '12' | 'ps1' | 'ps2';

export interface StoreSchema {
  career_cluster: CareerClusterTable;
  career_pathway: CareerPathwayTable;
  catalog_department: CatalogDepartmentTable;
  conference: ConferenceTable;
  counselor_account: CounselorAccountTable;
  counselor_session: CounselorSessionTable;
  standing_stamp: StandingStampTable;
  audit_entry: AuditEntryTable;
  school_settings: SchoolSettingsTable;
  framework_year: FrameworkYearTable;
  printout_language: PrintoutLanguageTable;
  student_hand_entry: StudentHandEntryTable;
  course: CourseTable;
  course_history: CourseHistoryTable;
  course_pathway: CoursePathwayTable;
  framework_alias: FrameworkAliasTable;
  guardian: GuardianTable;
  history_course_match: HistoryCourseMatchTable;
  history_import: HistoryImportTable;
  history_student: HistoryStudentTable;
  plan: PlanTable;
  plan_acknowledgement: PlanAcknowledgementTable;
  plan_course: PlanCourseTable;
  plan_credential: PlanCredentialTable;
  plan_experience: PlanExperienceTable;
  plan_goal: PlanGoalTable;
  plan_history: PlanHistoryTable;
  plan_requirement_met: PlanRequirementMetTable;
  postsecondary_entry: PostsecondaryEntryTable;
  print_snapshot: PrintSnapshotTable;
  program: ProgramTable;
  program_course: ProgramCourseTable;
  requirement_area: RequirementAreaTable;
  requirement_rule: RequirementRuleTable;
  requirement_set: RequirementSetTable;
  roster_import: RosterImportTable;
  roster_mapping: RosterMappingTable;
  sample_item: SampleItemTable;
  sample_school: SampleSchoolTable;
  school_year_change: SchoolYearChangeTable;
  school_year_start: SchoolYearStartTable;
  student: StudentTable;
  student_reactivation: StudentReactivationTable;
}

export interface CareerClusterTable {
  code: string;
  name: string;
  position: number;
}

export interface CareerPathwayTable {
  code: string;
  cluster_code: string;
  name: string;
  position: number;
}

export interface CatalogDepartmentTable {
  department_key: string;
  department: string;
  area: Area;
  updated_at: string;
}

export interface CourseTable {
  number: string;
  title: string;
  credits: number;
  area: Area;
  grades: string;
  length: 'year' | 'semester' | 'quarter';
  prerequisites: string;
  cte: Flag;
  ap: Flag;
  ib: Flag;
  honors: Flag;
  dual_credit: 'start_college_now' | 'early_college_credit' | 'transcripted_credit' | null;
  repeatable: Flag;
  tags: string;
  sced_code: string | null;
  state_code: string | null;
  updated_at: string;
  retired: Generated<Flag>;
}

export interface CoursePathwayTable {
  course_number: string;
  pathway_code: string;
}

export interface FrameworkAliasTable {
  kind: 'cluster' | 'pathway';
  code: string;
  alias: string;
}

export interface GuardianTable {
  student_number: string;
  position: number;
  name: string;
  relationship: string | null;
  email: string | null;
  phone: string | null;
  preferred_language: string | null;
}

export interface PostsecondaryEntryTable {
  code: string;
  institution: string;
  program: string;
  course: string;
  credential_type: CredentialType;
  credits: number | null;
}

export interface ProgramTable {
  id: string;
  pathway_code: string;
  name: string;
  description: string;
  dual_credit_options: string;
  credentials: string;
  occupations: string;
  leads_to_type: CredentialType;
  leads_to_title: string;
  leads_to_institution: string;
  updated_at: string;
  /** Migration 22: the 2024 tag a lead set; NULL: derived from the pathway when read. */
  cluster_2024: string | null;
  subcluster_2024: string | null;
}

export interface ProgramCourseTable {
  program_id: string;
  year: PlanYear;
  position: number;
  course_code: string;
}

export interface RequirementAreaTable {
  set_id: number;
  area: Area;
  credits: number;
  position: number;
}

export interface RequirementRuleTable {
  set_id: number;
  id: string;
  position: number;
  kind: 'counts_as' | 'non_credit';
  from_tag: string | null;
  from_area: Area | null;
  to_area: Area | null;
  max_credits: number | null;
  name: string | null;
  description: string;
}

export interface RequirementSetTable {
  id: Generated<number>;
  class_year: number | null;
  name: string;
  total_credits: number;
  updated_at: string;
  expected_by_grade: string | null;
}

export interface RosterImportTable {
  id: Generated<number>;
  file_name: string;
  imported_at: string;
  backup_path: string | null;
  report: string;
}

export interface RosterMappingTable {
  header_key: string;
  mapping: string;
  updated_at: string;
}

export interface SampleItemTable {
  kind: 'student' | 'course' | 'program' | 'postsecondary';
  key: string;
}

export interface SampleSchoolTable {
  id: number;
  name: string;
  loaded_at: string;
}

export interface StudentTable {
  student_number: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  preferred_name: string | null;
  grade: number | null;
  class_year: number | null;
  date_of_birth: string | null;
  email: string | null;
  counselor: string | null;
  homeroom: string | null;
  home_language: string | null;
  status: Generated<'active' | 'not_in_latest_roster' | 'graduated'>;
  created_at: string;
  updated_at: string;
  /** When a roster import last listed the student (migration 12); null when none has. */
  roster_listed_at: string | null;
}
