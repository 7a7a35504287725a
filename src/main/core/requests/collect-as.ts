import { sql, type Kysely, type Transaction } from 'kysely';
import type { RequestExportResult, RequestSelection } from '../../../shared/domain/requests';
import type { Student } from '../../../shared/domain/student';
import { readAs, type Actor } from '../accounts/actor';
import { catalogIn, catalogOf } from '../plans/plan-view-reads';
import type { StoreSchema } from '../store/store-schema';
import { toStudent, type GuardianRecord, type StudentRecord } from '../students/repository';
import {
  chooseRequestStudents,
  collectedAll,
  PLANNED_COLUMNS,
  PLANNED_YEARS,
  plannedCourses,
  requestCollectorOver,
  type CollectedRequests,
  type CollectOptions,
  type PlannedRow,
  type RequestCollector,
} from './collect';
import { exportRequestsFrom, type CollectorSource, type ExportSteps } from './export';
import { requestExportResult, RequestTaskPayload } from './job';

/**
 * A school year's course requests from the department database (collect.ts's reads on the typed
 * layer, in one snapshot as the signed-in counselor, who may print and export any student's):
 * the same choosing (chooseRequestStudents) and the same collecting (requestCollectorOver), so a
 * request file or a request sheet is the same from either store.
 */

/** listStudents (students/repository.ts) on the typed layer: every student with guardians, by name. */
async function listStudentsIn(trx: Transaction<StoreSchema>): Promise<Student[]> {
  const [records, guardianRows] = await Promise.all([
    trx.selectFrom('student').selectAll().orderBy(sql`lower(last_name)`).orderBy(sql`lower(first_name)`).orderBy('student_number').execute(),
    trx.selectFrom('guardian').select(['student_number', 'name', 'relationship', 'email', 'phone', 'preferred_language']).orderBy('student_number').orderBy('position').execute(),
  ]);
  const guardians = new Map<string, GuardianRecord[]>();
  for (const g of guardianRows) guardians.set(g.student_number, [...(guardians.get(g.student_number) ?? []), g as GuardianRecord]);
  return records.map((r) => toStudent(r as unknown as StudentRecord, guardians.get(r.student_number) ?? []));
}

/** requestCollector (collect.ts) over the department database. */
export function requestCollectorAs(
  db: Kysely<StoreSchema>,
  actor: Actor | null,
  selection: RequestSelection,
  schoolYear: string,
  today: Date,
  options: CollectOptions = {},
): Promise<RequestCollector> {
  return readAs(db, actor, async (trx) => {
    const [students, listed, plans, rows] = await Promise.all([
      listStudentsIn(trx),
      catalogIn(trx),
      trx.selectFrom('plan').select('student_number').execute(),
      trx
        .selectFrom('plan_course')
        .select(PLANNED_COLUMNS)
        .where('status', '=', 'planned')
        .where('year', 'in', PLANNED_YEARS)
        .orderBy('student_number')
        .orderBy('position')
        .execute(),
    ]);
    const reads = {
      chosen: chooseRequestStudents(students, selection, today),
      catalog: catalogOf(listed),
      hasPlan: new Set(plans.map((p) => p.student_number)),
      planned: plannedCourses(rows.map((r) => PLANNED_COLUMNS.map((c) => r[c]) as PlannedRow)),
    };
    return requestCollectorOver(reads, selection, schoolYear, today, options);
  });
}

/** collectRequests (collect.ts) over the department database. */
export async function collectRequestsAs(
  db: Kysely<StoreSchema>,
  actor: Actor | null,
  selection: RequestSelection,
  schoolYear: string,
  today: Date,
  options: CollectOptions = {},
): Promise<CollectedRequests> {
  return collectedAll(await requestCollectorAs(db, actor, selection, schoolYear, today, options));
}

/** The `requests.export` job on the department server (job.ts runRequestExportJob's twin): the same file from the database's rows. */
export async function exportRequestsAs(db: Kysely<StoreSchema>, actor: Actor | null, payload: RequestTaskPayload, steps: ExportSteps): Promise<RequestExportResult> {
  const { requestedAt, ...request } = RequestTaskPayload.parse(payload);
  const source: CollectorSource = (asked, today) => requestCollectorAs(db, actor, asked.selection, asked.schoolYear, today);
  return requestExportResult(await exportRequestsFrom(source, request, new Date(requestedAt), steps), request);
}
