import type { Database as Db } from 'better-sqlite3';
import { Plan as PlanSchema, type Plan } from '../../../shared/domain/plan';
import { writeTransaction } from '../store/transaction';

interface PlanRecord {
  student_number: string;
  cluster_code: string | null;
  pathway_code: string | null;
  program_id: string | null;
  second_cluster_code: string | null;
  career_interests: string;
  ps_institution: string | null;
  ps_program: string | null;
  ps_credential_type: Plan['postsecondary']['credentialType'];
  notes: string | null;
  last_reviewed: string | null;
}

type Row = Record<string, unknown>;

/** The child rows of one plan (or of every plan), in their order. */
function children(db: Db, table: string, studentNumber: string | null): Row[] {
  const where = studentNumber === null ? '' : 'WHERE student_number = ?';
  const order = table === 'plan_acknowledgement' ? 'warning_id' : table === 'plan_requirement_met' ? 'requirement_id' : 'position';
  const statement = db.prepare(`SELECT * FROM ${table} ${where} ORDER BY student_number, ${order}`);
  return (studentNumber === null ? statement.all() : statement.all(studentNumber)) as Row[];
}

function toPlan(r: PlanRecord, rows: (table: string) => Row[]): Plan {
  return {
    studentNumber: r.student_number,
    clusterCode: r.cluster_code,
    pathwayCode: r.pathway_code,
    programId: r.program_id,
    secondClusterCode: r.second_cluster_code,
    courses: rows('plan_course').map((c) => ({
      id: c.id as string,
      year: c.year as Plan['courses'][number]['year'],
      term: c.term as Plan['courses'][number]['term'],
      courseNumber: c.course_number as string,
      status: c.status as Plan['courses'][number]['status'],
      grade: c.grade as string | null,
      creditsEarned: c.credits_earned as number | null,
      // Left out unless set, so a plan without alternates reads exactly as it did before they existed.
      ...(c.alternate_for !== null && c.alternate_for !== undefined
        ? { alternate: { forCourseId: c.alternate_for as string, rank: c.alternate_rank as number } }
        : {}),
    })),
    goals: rows('plan_goal').map((g) => ({
      id: g.id as string,
      kind: g.kind as Plan['goals'][number]['kind'],
      text: g.text as string,
      targetDate: g.target_date as string | null,
      status: g.status as Plan['goals'][number]['status'],
    })),
    careerInterests: JSON.parse(r.career_interests) as string[],
    experiences: rows('plan_experience').map((e) => ({
      id: e.id as string,
      type: e.type as Plan['experiences'][number]['type'],
      title: e.title as string,
      organization: e.organization as string | null,
      ctso: e.ctso as Plan['experiences'][number]['ctso'],
      startDate: e.start_date as string | null,
      endDate: e.end_date as string | null,
      hours: e.hours as number | null,
    })),
    credentials: rows('plan_credential').map((c) => ({
      id: c.id as string,
      name: c.name as string,
      issuer: c.issuer as string | null,
      status: c.status as 'planned' | 'earned',
      date: c.date as string | null,
    })),
    postsecondary: { institution: r.ps_institution, program: r.ps_program, credentialType: r.ps_credential_type },
    notes: r.notes,
    lastReviewed: r.last_reviewed,
    acknowledgements: rows('plan_acknowledgement').map((a) => ({
      warningId: a.warning_id as string,
      note: a.note as string,
      date: a.date as string,
    })),
    requirementsMet: rows('plan_requirement_met').map((m) => ({
      requirementId: m.requirement_id as string,
      date: m.date as string | null,
    })),
  };
}

const CHILD_TABLES = ['plan_course', 'plan_goal', 'plan_experience', 'plan_credential', 'plan_acknowledgement', 'plan_requirement_met'];

/** The stored plan, or null when the student has none yet. */
export function readPlan(db: Db, studentNumber: string): Plan | null {
  const record = db.prepare('SELECT * FROM plan WHERE student_number = ?').get(studentNumber) as PlanRecord | undefined;
  return record ? toPlan(record, (table) => children(db, table, studentNumber)) : null;
}

/** Every stored plan, read in one query per table: for the caseload and batch printing. */
export function readAllPlans(db: Db): Plan[] {
  const records = db.prepare('SELECT * FROM plan ORDER BY student_number').all() as PlanRecord[];
  const grouped = new Map<string, Map<string, Row[]>>();
  for (const table of CHILD_TABLES) {
    for (const row of children(db, table, null)) {
      const key = row.student_number as string;
      let byTable = grouped.get(key);
      if (!byTable) grouped.set(key, (byTable = new Map<string, Row[]>()));
      const rows = byTable.get(table);
      if (rows) rows.push(row);
      else byTable.set(table, [row]);
    }
  }
  return records.map((r) => toPlan(r, (table) => grouped.get(r.student_number)?.get(table) ?? []));
}

/**
 * Writes a plan whole: the plan row upserted, its child rows replaced. A plan is a few dozen
 * rows, so replacing is cheap and makes every change (and every undo) the same simple write.
 * Validated against the schema first, so the store never holds a plan the contract would refuse.
 */
export function writePlan(db: Db, input: Plan, now = new Date()): void {
  const plan = PlanSchema.parse(input);
  const key = plan.studentNumber;
  writeTransaction(db, () => {
    db.prepare(
      `INSERT INTO plan (student_number, cluster_code, pathway_code, program_id, second_cluster_code, career_interests,
          ps_institution, ps_program, ps_credential_type, notes, last_reviewed, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (student_number) DO UPDATE SET cluster_code = excluded.cluster_code,
          pathway_code = excluded.pathway_code, program_id = excluded.program_id,
          second_cluster_code = excluded.second_cluster_code, career_interests = excluded.career_interests,
          ps_institution = excluded.ps_institution, ps_program = excluded.ps_program,
          ps_credential_type = excluded.ps_credential_type, notes = excluded.notes,
          last_reviewed = excluded.last_reviewed, updated_at = excluded.updated_at`,
    ).run(
      key, plan.clusterCode, plan.pathwayCode, plan.programId, plan.secondClusterCode, JSON.stringify(plan.careerInterests),
      plan.postsecondary.institution, plan.postsecondary.program, plan.postsecondary.credentialType, plan.notes,
      plan.lastReviewed, now.toISOString(),
    );
    for (const table of CHILD_TABLES) db.prepare(`DELETE FROM ${table} WHERE student_number = ?`).run(key);
    const course = db.prepare(
      `INSERT INTO plan_course (student_number, id, position, year, term, course_number, status, grade, credits_earned, alternate_for, alternate_rank)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    plan.courses.forEach((c, i) =>
      course.run(key, c.id, i, c.year, c.term, c.courseNumber, c.status, c.grade, c.creditsEarned, c.alternate?.forCourseId ?? null, c.alternate?.rank ?? null),
    );
    const goal = db.prepare('INSERT INTO plan_goal (student_number, id, position, kind, text, target_date, status) VALUES (?, ?, ?, ?, ?, ?, ?)');
    plan.goals.forEach((g, i) => goal.run(key, g.id, i, g.kind, g.text, g.targetDate, g.status));
    const experience = db.prepare(
      `INSERT INTO plan_experience (student_number, id, position, type, title, organization, ctso, start_date, end_date, hours)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    plan.experiences.forEach((e, i) => experience.run(key, e.id, i, e.type, e.title, e.organization, e.ctso, e.startDate, e.endDate, e.hours));
    const credential = db.prepare('INSERT INTO plan_credential (student_number, id, position, name, issuer, status, date) VALUES (?, ?, ?, ?, ?, ?, ?)');
    plan.credentials.forEach((c, i) => credential.run(key, c.id, i, c.name, c.issuer, c.status, c.date));
    const ack = db.prepare('INSERT INTO plan_acknowledgement (student_number, warning_id, note, date) VALUES (?, ?, ?, ?)');
    for (const a of plan.acknowledgements) ack.run(key, a.warningId, a.note, a.date);
    const met = db.prepare('INSERT INTO plan_requirement_met (student_number, requirement_id, date) VALUES (?, ?, ?)');
    for (const m of plan.requirementsMet) met.run(key, m.requirementId, m.date);
  });
}

/** Only undo of a plan's first change removes a plan; children go with it (ON DELETE CASCADE). */
export function deletePlan(db: Db, studentNumber: string): void {
  db.prepare('DELETE FROM plan WHERE student_number = ?').run(studentNumber);
}
