import { CompiledQuery, type Transaction } from 'kysely';
import type { YearStartRecord } from '../../../shared/domain/year';
import { standingsOfIn } from '../plans/caseload-as';
import { reviewWindowOf } from '../plans/plan-view-reads';
import type { StartedSchoolYear } from '../plans/status';
import type { StoreSchema } from '../store/store-schema';
import { addStudent, augustFirst, judgeOf, none, STUDENT_PAGE_SQL, type YearStartChanges, type YearStudentRow } from './changes';
import type { YearReads } from './status';
import { countsByKind, startRecordOf, type StartRow } from './repository';

/*
 * The school year's reads on the typed layer (the department server), inside the caller's
 * transaction: the same questions the workstation asks of its file (year/repository.ts,
 * year/changes.ts, plans/school-year.ts), answered by PostgreSQL, so the rules that judge the
 * answers (year/changes.ts addStudent, year/start.ts startRefusalOf, year/undo.ts undoRefusalOf)
 * are the workstation's own.
 */

type Trx = Transaction<StoreSchema>;

/** The workstation's SQL with its `?` parameters numbered for PostgreSQL (none of these statements holds a `?` in a literal). */
export function numbered(text: string, parameters: readonly unknown[]): CompiledQuery {
  let n = 0;
  return CompiledQuery.raw(text.replace(/\?/g, () => `$${++n}`), [...parameters]);
}

export async function startedIn(trx: Trx): Promise<StartedSchoolYear | null> {
  const row = await trx.selectFrom('school_year_start').select(['school_year', 'started_on']).where('undone_at', 'is', null)
    .orderBy('school_year', 'desc').limit(1).executeTakeFirst();
  return row ? { schoolYear: row.school_year, startedOn: row.started_on } : null;
}

export async function latestStartIn(trx: Trx): Promise<YearStartRecord | null> {
  const row = (await trx.selectFrom('school_year_start').select(['id', 'school_year', 'started_at', 'started_on', 'backup_path'])
    .where('undone_at', 'is', null).orderBy('school_year', 'desc').limit(1).executeTakeFirst()) as StartRow | undefined;
  return row ? startRecordOf(row, await countsIn(trx, row.id)) : null;
}

export async function countsIn(trx: Trx, startId: number) {
  const rows = await trx.selectFrom('school_year_change').select(['kind', (eb) => eb.fn.countAll<string>().as('n')])
    .where('start_id', '=', startId).groupBy('kind').execute();
  return countsByKind(rows);
}

export async function importsSinceIn(trx: Trx, startedAt: string): Promise<{ roster: number; history: number }> {
  const [roster, history] = await Promise.all(
    (['roster_import', 'history_import'] as const).map(async (table) =>
      Number((await trx.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).where('imported_at', '>', startedAt).executeTakeFirstOrThrow()).n),
    ),
  );
  return { roster: roster!, history: history! };
}

/**
 * The students whose plans show "reviewed" on `now`: the caseload's standings (plans/caseload-as.ts,
 * the workstation's rule), over every student whoever asks (the start is school-wide; the
 * policies let every signed-in account read every student).
 */
export async function reviewedIn(trx: Trx, now: Date): Promise<Set<string>> {
  const students = await trx.selectFrom('student').select(['student_number', 'grade', 'class_year']).execute();
  const reviewed = new Set<string>();
  for (const [number, standing] of await standingsOfIn(trx, students, now, await reviewWindowOf(trx, now))) {
    if (standing.summary.planStatus === 'reviewed') reviewed.add(number);
  }
  return reviewed;
}

/** year/changes.ts yearStartChanges on PostgreSQL: the same pages of students, judged by the same rule. */
export async function changesIn(trx: Trx, schoolYear: number, now: Date, reviewed: ReadonlySet<string>): Promise<YearStartChanges> {
  const last = await trx.selectFrom('roster_import').select((eb) => eb.fn.max('imported_at').as('at')).where('imported_at', '<', augustFirst(schoolYear)).executeTakeFirst();
  const judge = judgeOf(schoolYear, now, (last?.at as string | null | undefined) ?? null, reviewed);
  const changes = none(schoolYear);
  let after = '';
  for (;;) {
    const { rows } = await trx.executeQuery<YearStudentRow>(numbered(STUDENT_PAGE_SQL, [schoolYear, after]));
    if (rows.length === 0) return changes;
    for (const s of rows) addStudent(changes, s, judge);
    after = rows[rows.length - 1]!.student_number;
  }
}

/** The School year page's reads (year/status.ts YearReads) inside one PostgreSQL snapshot. */
export function yearReadsIn(trx: Trx): YearReads {
  return {
    started: () => startedIn(trx),
    latestStart: () => latestStartIn(trx),
    importsSince: (startedAt) => importsSinceIn(trx, startedAt),
    reviewed: (now) => reviewedIn(trx, now),
    changes: (schoolYear, now, reviewed) => changesIn(trx, schoolYear, now, reviewed),
  };
}
