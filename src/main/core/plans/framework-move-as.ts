import type { Kysely } from 'kysely';
import type { MigrationPicks, MigrationResult, MigrationUndoResult } from '../../../shared/domain/framework-migration';
import { readAs, type Actor } from '../accounts/actor';
import { migrationPreviewIn } from '../framework/migration-preview';
import type { StoreSchema } from '../store/store-schema';
import { bulkStudentsIn } from './bulk-as';
import { applyMoveOn, legacyNames, undoMoveOn } from './framework-move';

/*
 * The move to 2024 on the department server: the workstation's move (framework-move.ts) over the
 * preview read on the typed layer, as the signed-in lead (method-roles: the move is a lead's); the
 * database's row-level security still decides each plan.
 */

export async function applyMoveAs(db: Kysely<StoreSchema>, actor: Actor | null, picks: MigrationPicks, now = new Date()): Promise<MigrationResult> {
  const preview = await readAs(db, actor, (trx) => migrationPreviewIn(trx));
  return applyMoveOn(db, preview, picks, legacyNames(preview), now, { actor });
}

export async function undoMoveAs(db: Kysely<StoreSchema>, actor: Actor | null, now = new Date()): Promise<MigrationUndoResult> {
  return undoMoveOn(db, (numbers) => readAs(db, actor, (trx) => bulkStudentsIn(trx, numbers)), now, { actor });
}
