import type { Database as Db } from 'better-sqlite3';
import { Plan as PlanSchema, type Plan } from '../../../shared/domain/plan';
import { writeTransaction } from '../store/transaction';
import { CHILD_ORDER, CHILD_TABLES, planChildRows, planColumns, toPlan, type PlanChildren, type PlanRecord } from './plan-record';
import { preparedOnce } from '../store/statements';

/**
 * The synchronous plan reads of the workstation (the plan view, the caseload, printing) and the
 * bulk loader of the sample school. A counselor's change never comes through here: it is
 * plans/change.ts on the typed layer, which keeps the revision and the audit log.
 */

type ChildRow = PlanChildren[keyof PlanChildren][number] & { student_number: string };

/** The child rows of one plan (or of every plan), in their order. */
function children(db: Db, table: keyof PlanChildren, studentNumber: string | null): ChildRow[] {
  const where = studentNumber === null ? '' : 'WHERE student_number = ?';
  const statement = preparedOnce(db, `SELECT * FROM ${table} ${where} ORDER BY student_number, ${CHILD_ORDER[table]}`);
  return (studentNumber === null ? statement.all() : statement.all(studentNumber)) as ChildRow[];
}

function childrenBy(rows: (table: keyof PlanChildren) => ChildRow[]): PlanChildren {
  return Object.fromEntries(CHILD_TABLES.map((t) => [t, rows(t)])) as unknown as PlanChildren;
}

/** The stored plan, or null when the student has none yet. */
export function readPlan(db: Db, studentNumber: string): Plan | null {
  const record = preparedOnce(db, 'SELECT * FROM plan WHERE student_number = ?').get(studentNumber) as PlanRecord | undefined;
  return record ? toPlan(record, childrenBy((table) => children(db, table, studentNumber))) : null;
}

/** Every stored plan, read in one query per table: for the caseload. */
export function readAllPlans(db: Db): Plan[] {
  const records = db.prepare('SELECT * FROM plan ORDER BY student_number').all() as PlanRecord[];
  return assemble(records, (table) => children(db, table, null));
}

/**
 * The stored plans of the given students, one query per table for the lot (a print batch reads its
 * plans a page at a time, where one plan at a time was seven queries each); a student without a plan is left out.
 */
export function readPlansOf(db: Db, studentNumbers: readonly string[]): Map<string, Plan> {
  const wanted = JSON.stringify(studentNumbers);
  const among = 'WHERE student_number IN (SELECT value FROM json_each(?))';
  const records = preparedOnce(db, `SELECT * FROM plan ${among}`).all(wanted) as PlanRecord[];
  const rows = (table: keyof PlanChildren) => preparedOnce(db, `SELECT * FROM ${table} ${among} ORDER BY student_number, ${CHILD_ORDER[table]}`).all(wanted) as ChildRow[];
  const plans = assemble(records, rows);
  return new Map(plans.map((p) => [p.studentNumber, p]));
}

/** Plans from their rows, each child table's rows in plan order. */
function assemble(records: readonly PlanRecord[], rowsOf: (table: keyof PlanChildren) => ChildRow[]): Plan[] {
  const grouped = new Map<string, Map<string, ChildRow[]>>();
  for (const table of CHILD_TABLES) {
    for (const row of rowsOf(table)) {
      const key = row.student_number;
      let byTable = grouped.get(key);
      if (!byTable) grouped.set(key, (byTable = new Map<string, ChildRow[]>()));
      const rows = byTable.get(table);
      if (rows) rows.push(row);
      else byTable.set(table, [row]);
    }
  }
  return records.map((r) => toPlan(r, childrenBy((table) => grouped.get(r.student_number)?.get(table) ?? [])));
}

/**
 * Writes plans made in bulk (the sample school, benches), inside the caller's transaction when
 * there is one: the plan row upserted, its child rows replaced. Not a counselor's change: no
 * revision, no audit entry, no undo step (plans/change.ts makes those). Validated against the
 * schema first, so the store never holds a plan the contract would refuse.
 */
export function writePlan(db: Db, input: Plan, now = new Date()): void {
  const plan = PlanSchema.parse(input);
  const key = plan.studentNumber;
  const columns = { ...planColumns(plan), updated_at: now.toISOString() };
  const names = Object.keys(columns);
  writeTransaction(db, () => {
    db.prepare(
      `INSERT INTO plan (student_number, ${names.join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})
       ON CONFLICT (student_number) DO UPDATE SET ${names.map((n) => `${n} = excluded.${n}`).join(', ')}`,
    ).run(key, ...Object.values(columns));
    const rows = planChildRows(plan);
    for (const table of CHILD_TABLES) {
      db.prepare(`DELETE FROM ${table} WHERE student_number = ?`).run(key);
      const list = rows[table] as Record<string, unknown>[];
      if (list.length === 0) continue;
      const cols = Object.keys(list[0]!);
      const insert = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      for (const row of list) insert.run(...cols.map((c) => row[c] ?? null));
    }
  });
}
