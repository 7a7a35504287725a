import type { Selectable } from 'kysely';
import type { StoreSchema } from '../../src/main/core/store/store-schema';

/**
 * StoreSchema (store/store-schema.ts) written out as values, so a test can hold it against the
 * stores: the compiler checks that this object names exactly StoreSchema's tables and columns, and
 * that a column is `Y` (nullable) exactly when its StoreSchema type admits null; the test
 * (tests/integration/store/store-schema.test.ts) checks it against a migrated store. A new column
 * fails the typecheck here until it is written down in both places.
 */
const Y = 'nullable';
const N = 'not null';
type Nullability<Row> = { [C in keyof Row]-?: null extends Row[C] ? typeof Y : typeof N };
export type StoreSchemaColumns = { [T in keyof StoreSchema]: Nullability<Selectable<StoreSchema[T]>> };

export const STORE_SCHEMA_COLUMNS: StoreSchemaColumns = {
  career_cluster: { code: N, name: N, position: N },
  career_pathway: { code: N, cluster_code: N, name: N, position: N },
  catalog_department: { department_key: N, department: N, area: N, updated_at: N },
  conference: {
    id: N, student_number: N, held_on: N, student_attended: N, guardians: N, others: Y, language: Y,
    interpreter: N, interpreter_name: Y, notes: Y, print_snapshot_id: Y, created_at: N, updated_at: N,
  },
  student_hand_entry: { student_number: N, field: N, entered_at: N, entered_by: Y },
  school_settings: { id: N, school_name: Y, default_paper: N, family_language: N, changed_at: Y, changed_by: Y },
  framework_year: { school_year: N, edition: N, changed_at: N, changed_by: Y },
  printout_language: { code: N, name: N, dictionary: N, added_at: N, added_by: Y },
  audit_entry: { id: N, at: N, user_name: Y, student_number: Y, action: N, detail: N },
  counselor_account: { id: N, user_name: N, display_name: N, role: N, password_hash: N, created_at: N, disabled_at: Y },
  counselor_session: { id_sha256: N, user_name: N, idle_until: N, expires_at: N },
  standing_stamp: { scope: N, tick: N },
  course: {
    number: N, title: N, credits: N, area: N, grades: N, length: N, prerequisites: N, cte: N, ap: N, ib: N,
    honors: N, dual_credit: Y, repeatable: N, tags: N, sced_code: Y, state_code: Y, updated_at: N, retired: N,
  },
  course_history: {
    id: N, student_number: N, record_key: N, school_year: Y, grade_level: Y, term: N, progress: N,
    course_number: N, state_code: Y, title: N, credit_type: Y, grade: Y, result: N, credits_earned: Y,
    credits_attempted: Y, excluded: N, missing: N, import_id: N, updated_at: N,
  },
  course_pathway: { course_number: N, pathway_code: N },
  framework_alias: { kind: N, code: N, alias: N },
  guardian: {
    student_number: N, position: N, name: N, relationship: Y, email: Y, phone: Y, preferred_language: Y,
  },
  history_course_match: { course_key: N, course_number: N, title: N, catalog_number: N, updated_at: N },
  history_import: { id: N, file_name: N, imported_at: N, backup_path: Y, report: N },
  history_student: { student_number: N, gpa: N, import_id: N, updated_at: N },
  plan: {
    student_number: N, cluster_code: Y, pathway_code: Y, program_id: Y, second_cluster_code: Y,
    career_interests: N, ps_institution: Y, ps_program: Y, ps_credential_type: Y, notes: Y, last_reviewed: Y,
    updated_at: N, revision: N, changed_by: Y, framework_edition: N, cluster_2024: Y, subcluster_2024: Y,
  },
  plan_acknowledgement: { student_number: N, warning_id: N, note: N, date: N },
  plan_course: {
    student_number: N, id: N, position: N, year: N, term: N, course_number: N, status: N, grade: Y,
    credits_earned: Y, alternate_for: Y, alternate_rank: Y,
  },
  plan_credential: { student_number: N, id: N, position: N, name: N, issuer: Y, status: N, date: Y },
  plan_experience: {
    student_number: N, id: N, position: N, type: N, title: N, organization: Y, ctso: Y, start_date: Y,
    end_date: Y, hours: Y,
  },
  plan_goal: { student_number: N, id: N, position: N, kind: N, text: N, target_date: Y, status: N },
  plan_history: { id: N, student_number: N, changed_at: N, operation: N, snapshot: N },
  plan_requirement_met: { student_number: N, requirement_id: N, date: Y },
  postsecondary_entry: { code: N, institution: N, program: N, course: N, credential_type: N, credits: Y },
  print_snapshot: {
    id: N, student_number: N, printed_at: N, printed_on: N, lang: N, paper: N, school: Y, pages: N, sha256: N,
    view: N, hash_of: N, renderer: Y,
  },
  program: {
    id: N, pathway_code: N, name: N, description: N, dual_credit_options: N, credentials: N, occupations: N,
    leads_to_type: N, leads_to_title: N, leads_to_institution: N, updated_at: N, cluster_2024: Y, subcluster_2024: Y,
  },
  program_course: { program_id: N, year: N, position: N, course_code: N },
  requirement_area: { set_id: N, area: N, credits: N, position: N },
  requirement_rule: {
    set_id: N, id: N, position: N, kind: N, from_tag: Y, from_area: Y, to_area: Y, max_credits: Y, name: Y,
    description: N,
  },
  requirement_set: { id: N, class_year: Y, name: N, total_credits: N, updated_at: N, expected_by_grade: Y },
  roster_import: { id: N, file_name: N, imported_at: N, backup_path: Y, report: N },
  roster_mapping: { header_key: N, mapping: N, updated_at: N },
  sample_item: { kind: N, key: N },
  sample_school: { id: N, name: N, loaded_at: N },
  school_year_change: {
    start_id: N, student_number: N, kind: N, status_before: Y, grade_from: Y, grade_to: Y, last_reviewed: Y,
  },
  school_year_start: { id: N, school_year: N, started_at: N, started_on: N, backup_path: Y, undone_at: Y },
  student: {
    student_number: N, first_name: N, middle_name: Y, last_name: N, preferred_name: Y, grade: Y,
    class_year: Y, date_of_birth: Y, email: Y, counselor: Y, homeroom: Y, home_language: Y, status: N,
    created_at: N, updated_at: N, roster_listed_at: Y,
  },
  student_reactivation: { id: N, student_number: N, start_id: N, school_year: N, reactivated_at: N },
};
