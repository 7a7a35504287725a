import type { Database as Db } from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { BulkStep, BulkStudentOutcome } from '../../../shared/domain/bulk';
import {
  choiceFor,
  migrateChoice,
  type MigrationPicks,
  type MigrationPreview,
  type MigrationResult,
  type MigrationRow,
  type MigrationUndoResult,
} from '../../../shared/domain/framework-migration';
import type { Plan } from '../../../shared/domain/plan';
import { CounselorError } from '../../../shared/errors';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import { migrationPreview } from '../framework/migration-preview';
import { kyselyOverStore } from '../store/kysely-sqlite';
import type { StoreSchema } from '../store/store-schema';
import { bulkUndoOn, eachStudent, studentsIn } from './bulk';
import { changePlanIn, type ChangeRequest } from './change';
import { readPlanIn } from './plan-rows';

/*
 * Moving the caseload's plans to the 2024 framework (issue 15), applied: the preview's proposal
 * for each plan, with the counselor's pick where the crosswalk gives more than one target, in ONE
 * transaction. Each plan changes through the same changePlanIn as a counselor's single change
 * (its undo step, revision and audit entry), inside its own savepoint (bulk.ts eachStudent), so
 * a plan that cannot move (graduated, its cluster changed since the preview) is reported and the
 * others stand. The 16-cluster choice stays beside the 2024 one.
 *
 * Every audit entry of one move carries its id (`frameworkMigration`: when it was applied), which
 * is how `--undo` in another run finds exactly that move's changes again; the undo's own entries
 * carry `frameworkMigrationUndo`, so a second undo says it was taken back instead of trying again.
 */

const MOVE = 'frameworkMigration';
const UNDO = 'frameworkMigrationUndo';

/** Refused before anything is written: rows that need a pick and have none (or one not among the options). */
function refuseMissingPicks(rows: readonly MigrationRow[], picks: MigrationPicks): void {
  const missing = rows.filter((r) => r.needsPick && choiceFor(r, picks[r.studentNumber]) === null);
  if (missing.length === 0) return;
  const named = missing.slice(0, 5).map((r) => `${r.name} (${r.studentNumber}: ${r.options.map((o) => o.code).join(' or ')})`);
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  throw new CounselorError(
    'invalid_input',
    `${missing.length} plan${missing.length === 1 ? ' needs' : 's need'} a pick where the crosswalk gives more than one 2024 choice: ${named.join('; ')}${more}. Pick one for each; nothing was changed.`,
    { needsPick: missing.map((r) => r.studentNumber) },
  );
}

/** The preview's rows moved, in one transaction; `preview` is read just before by the caller. */
export async function applyMoveOn(
  db: Kysely<StoreSchema>,
  preview: MigrationPreview,
  picks: MigrationPicks,
  names: ReadonlyMap<string, string>,
  now = new Date(),
  request: ChangeRequest = {},
): Promise<MigrationResult> {
  refuseMissingPicks(preview.rows, picks);
  const migration = now.toISOString();
  const results = await writeAs(db, request.actor ?? null, async (trx) => {
    const done: BulkStudentOutcome[] = [];
    for (const row of preview.rows) {
      const choice = choiceFor(row, picks[row.studentNumber]);
      if (choice === null) {
        done.push({ studentNumber: row.studentNumber, name: row.name, outcome: 'unchanged', summary: 'The crosswalk has no 2024 place for this choice; left as it is.', revision: null });
        continue;
      }
      done.push(
        await eachStudent(trx, row.studentNumber, row.name, async () => {
          const before = (await readPlanIn(trx, row.studentNumber))?.revision ?? 0;
          const change = (plan: Plan): Plan => {
            // The plan is read in this transaction: a choice changed since the preview is not moved on the preview's word.
            const now2016 = migrateChoice({ ...row, clusterCode: plan.clusterCode, pathwayCode: plan.pathwayCode }, names);
            if (JSON.stringify(now2016.from) !== JSON.stringify(row.from)) {
              throw new CounselorError('conflict', 'Its 16-cluster choice changed since the preview; left as it is (preview again to move it).');
            }
            const { edition: _made2024, ...rest } = plan;
            return { ...rest, choice2024: choice };
          };
          const detail = { operation: { op: 'setFramework2024', choice }, [MOVE]: migration };
          const revision = await changePlanIn(trx, row.studentNumber, 'setFramework2024', change, { ...request, now, detail });
          const to = [choice.clusterCode, choice.subClusterCode].filter(Boolean).join(' / ');
          return revision === before
            ? { studentNumber: row.studentNumber, name: row.name, outcome: 'unchanged', summary: `Already on ${to}.`, revision: null }
            : { studentNumber: row.studentNumber, name: row.name, outcome: 'changed', summary: `Moved to ${to}.`, revision };
        }),
      );
    }
    return done;
  });
  const undo: BulkStep[] = results.flatMap((r) => (r.outcome === 'changed' && r.revision !== null ? [{ studentNumber: r.studentNumber, revision: r.revision }] : []));
  return { migration, results, undo };
}

/**
 * The newest move's id and its steps, read from the audit log (as `actor`: on the department
 * server the policies show the log to a lead); null when no move was made.
 */
export async function lastMoveOn(db: Kysely<StoreSchema>, actor: Actor | null = null): Promise<{ migration: string; steps: BulkStep[]; undone: boolean } | null> {
  const entries = await readAs(db, actor, (trx) =>
    trx
      .selectFrom('audit_entry')
      .select(['student_number', 'action', 'detail'])
      .where('action', 'in', ['setFramework2024', 'undo'])
      .where('detail', 'like', `%"${MOVE}%`)
      .orderBy('id', 'desc')
      .execute(),
  );
  const parsed = entries.map((e) => ({ studentNumber: e.student_number, action: e.action, detail: JSON.parse(e.detail) as Record<string, unknown> }));
  const newest = parsed.find((e) => typeof e.detail[MOVE] === 'string');
  if (!newest) return null;
  const migration = newest.detail[MOVE] as string;
  const steps = parsed
    .filter((e) => e.detail[MOVE] === migration && e.studentNumber !== null && typeof e.detail.revision === 'number')
    .map((e) => ({ studentNumber: e.studentNumber as string, revision: e.detail.revision as number }))
    .reverse();
  return { migration, steps, undone: parsed.some((e) => e.detail[UNDO] === migration) };
}

/** Takes back the newest move: exactly its changes; a plan changed since is left as it is and listed. */
export async function undoMoveOn(
  db: Kysely<StoreSchema>,
  names: (studentNumbers: readonly string[]) => Promise<Map<string, { firstName: string; lastName: string; grade: number | null }>>,
  now = new Date(),
  request: ChangeRequest = {},
): Promise<MigrationUndoResult> {
  const last = await lastMoveOn(db, request.actor ?? null);
  if (last === null) throw new CounselorError('not_found', 'No plans were moved to the 2024 framework, so there is nothing to take back.');
  if (last.undone) {
    throw new CounselorError('conflict', `The last move to 2024 (${last.migration}) was already taken back; nothing was changed.`);
  }
  const students = await names(last.steps.map((s) => s.studentNumber));
  const { results } = await bulkUndoOn(db, students, last.steps, now, { ...request, detail: { [UNDO]: last.migration } });
  return { migration: last.migration, results };
}

/** The legacy names the preview shows, as the move re-reads them. */
export function legacyNames(preview: MigrationPreview): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of preview.rows) {
    if (r.from.cluster) names.set(r.from.cluster.code, r.from.cluster.name);
    if (r.from.pathway) names.set(r.from.pathway.code, r.from.pathway.name);
  }
  return names;
}

/** The workstation's move: the preview read from the file, then applied on the same connection. */
export async function applyMove(db: Db, picks: MigrationPicks, now = new Date()): Promise<MigrationResult> {
  const preview = migrationPreview(db);
  return applyMoveOn(kyselyOverStore(db), preview, picks, legacyNames(preview), now);
}

export async function undoMove(db: Db, now = new Date()): Promise<MigrationUndoResult> {
  return undoMoveOn(kyselyOverStore(db), async (numbers) => studentsIn(db, numbers), now);
}
