import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

/**
 * Row-level security on the department server (issue 16): the database itself refuses one
 * counselor's edit of another's caseload, whatever the application asks.
 *
 * Who is asking comes from two transaction-local settings that store/row-security.ts
 * (`declareAsker`, behind accounts/actor.ts writeAs/readAs) sets: `counselor.user_name` (the
 * signed-in account) and `counselor.operator` ('on' for the server's own work and the `counselor`
 * command). The account's role and display name are read from counselor_account by SECURITY
 * DEFINER function with a fixed search_path, never taken from a setting; a disabled or unknown
 * account has no role, and no setting at all sees and changes nothing.
 *
 * - Every table is readable by any enabled account (the directory of the others, printing any
 *   plan), except counselor_account (admin and operator only, so no counselor or lead reads a
 *   password hash) and audit_entry (lead, admin, operator).
 * - A student's plan rows and conferences: the counselor whose display name the student's
 *   `counselor` column holds, a lead, the operator.
 * - A printed plan's snapshot: any enabled account adds one (a counselor prints any plan).
 * - Everything else (students, guardians, catalog, programs, requirements, framework, imports,
 *   school years, the sample school): a lead or the operator.
 * - counselor_account: admin or operator. audit_entry: anyone adds entries under their own user
 *   name (the operator under any); nobody, the operator included, changes or removes one (no
 *   UPDATE or DELETE policy; TRUNCATE, which policies do not govern, refused by a trigger). An
 *   INSERT … RETURNING into audit_entry needs the new row readable, so a counselor's cannot return it.
 *
 * ENABLE and FORCE: FORCE binds the table owner too, the role the server is expected to connect as
 * (district IT makes a database owned by a role without SUPERUSER or BYPASSRLS, and the server
 * migrates it as that role). A superuser always bypasses row-level security, so the server must not
 * connect as one (store/row-security.ts `refuseSuperuser`). No GRANT here: the owner needs none,
 * and a GRANT to PUBLIC would open the tables to every role on the cluster, each of which could
 * declare itself the operator with a setting; a district that has another role own the tables
 * grants the server's role what docs/ARCHITECTURE.md lists. The lookup function runs as the
 * owner, whom FORCE binds too: it declares the operator for its own query and then puts the
 * setting back, or reading counselor_account would call it again without end (a function's own
 * SET clause would be simpler, but PostgreSQL lets only a superuser give one for a custom setting).
 */
const CASELOAD = ['plan', 'plan_course', 'plan_goal', 'plan_experience', 'plan_credential', 'plan_acknowledgement', 'plan_requirement_met', 'plan_history', 'conference'];
const LEAD = [
  'student', 'guardian', 'career_cluster', 'career_pathway', 'framework_alias', 'roster_mapping', 'roster_import', 'course', 'course_pathway',
  'postsecondary_entry', 'program', 'program_course', 'requirement_set', 'requirement_area', 'requirement_rule', 'sample_school', 'sample_item',
  'catalog_department', 'history_import', 'course_history', 'history_student', 'history_course_match', 'school_year_start', 'school_year_change',
  'student_reactivation',
];

// Each in a sub-select: evaluated once per statement (an init plan), not once per row.
const OPERATOR = '(SELECT counselor_operator())';
const ROLE = '(SELECT role FROM counselor_actor())';
const READER = `${OPERATOR} OR ${ROLE} IS NOT NULL`;
const LEAD_WRITER = `${OPERATOR} OR ${ROLE} = 'lead'`;
const caseloadWriter = (table: string) =>
  `${OPERATOR} OR ${ROLE} = 'lead' OR (${ROLE} = 'counselor' AND EXISTS (SELECT 1 FROM student s WHERE s.student_number = ${table}.student_number AND s.counselor = (SELECT display_name FROM counselor_actor())))`;

function policies(table: string, read: string, write: string, insert = write): string {
  return `
    ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${read});
    CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${insert});
    CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${write}) WITH CHECK (${write});
    CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (${write});`;
}

export const rowSecurityPostgres: PostgresMigration = {
  version: 15,
  name: 'row-level security',
  async up(db) {
    const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db);
    const schema = sql.id(rows[0]!.schema);
    await sql`
      CREATE FUNCTION counselor_operator() RETURNS boolean LANGUAGE sql STABLE
        AS $$ SELECT coalesce(current_setting('counselor.operator', true) = 'on', false) $$;
      CREATE FUNCTION counselor_actor(OUT role text, OUT display_name text) LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = ${schema}, pg_temp AS $$
      DECLARE
        was text := current_setting('counselor.operator', true);
      BEGIN
        PERFORM set_config('counselor.operator', 'on', true);
        SELECT a.role, a.display_name INTO role, display_name FROM counselor_account a
         WHERE a.user_name = nullif(current_setting('counselor.user_name', true), '') AND a.disabled_at IS NULL;
        PERFORM set_config('counselor.operator', coalesce(was, ''), true);
      END $$;
      -- Only the owner (the role the policies run as) asks it who someone is.
      REVOKE EXECUTE ON FUNCTION counselor_actor() FROM PUBLIC;
      CREATE FUNCTION counselor_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'The audit log is append-only: its entries are never changed or removed.';
      END $$;
    `.execute(db);
    const statements = [
      ...CASELOAD.map((t) => policies(t, READER, caseloadWriter(t))),
      ...LEAD.map((t) => policies(t, READER, LEAD_WRITER)),
      policies('print_snapshot', READER, LEAD_WRITER, READER),
      `ALTER TABLE counselor_account ENABLE ROW LEVEL SECURITY;
       ALTER TABLE counselor_account FORCE ROW LEVEL SECURITY;
       -- CASE, not OR: inside the lookup function the operator setting must be seen first.
       CREATE POLICY counselor_account_admin ON counselor_account USING (CASE WHEN ${OPERATOR} THEN true ELSE coalesce(${ROLE} = 'admin', false) END);`,
      `ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY;
       ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY;
       CREATE POLICY audit_entry_read ON audit_entry FOR SELECT USING (${OPERATOR} OR ${ROLE} IN ('lead', 'admin'));
       CREATE POLICY audit_entry_insert ON audit_entry FOR INSERT
         WITH CHECK (${OPERATOR} OR (${ROLE} IS NOT NULL AND user_name = current_setting('counselor.user_name', true)));
       CREATE TRIGGER audit_entry_append_only BEFORE TRUNCATE ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION counselor_audit_append_only();`,
    ];
    await sql.raw(statements.join('\n')).execute(db);
  },
};
