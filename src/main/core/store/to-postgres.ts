import { existsSync } from 'node:fs';
import Database, { type Database as Db } from 'better-sqlite3';
import { sql, type Kysely, type Transaction } from 'kysely';
import { CounselorError } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { migratePostgres } from './postgres';
import { declareAsker } from './row-security';
import type { StoreSchema } from './store-schema';
import { readTransactionAsync, writeTransactionAsync } from './transaction';

/** One table moved, with its rows in the file. */
export interface MovedTable {
  table: string;
  rows: number;
}

export interface MoveToPostgresResult {
  dryRun: boolean;
  from: string;
  storeVersion: number;
  /** Every table of the store, in the order it is copied (a table after those it refers to). */
  tables: MovedTable[];
  totalRows: number;
}

/** node-postgres takes at most 65,535 parameters a statement: rows are inserted in batches under that. */
const MAX_PARAMETERS = 60_000;

/**
 * `counselor migrate --from FILE.db --to postgres://…`: a workstation's caseload moved into a
 * department database. The file is opened read-only and read in one snapshot, so it is left
 * byte for byte as it was, and a window still writing it cannot hand over half a change. The
 * department database is brought to the same store version first (migratePostgres), and must hold
 * no students: merging two caseloads is a different thing, and this is the first move of one.
 * Then, in one transaction, the rows the migrations seeded (the framework) are replaced and every
 * table is copied with its ids, each identity sequence moved past the highest id, and every count
 * checked against the file's before the commit. A dry run counts and writes nothing. Both the
 * check and the copy run as the operator (store/row-security.ts): the department server's
 * row-level security would otherwise show this command no rows and let it write none.
 */
export async function moveToPostgres(fromPath: string, pg: Kysely<StoreSchema>, options: { dryRun?: boolean } = {}): Promise<MoveToPostgresResult> {
  const file = openSource(fromPath);
  try {
    file.exec('BEGIN');
    const tables = tablesInCopyOrder(file);
    const counted = tables.map((table) => ({ table, rows: file.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number }));
    const result = { dryRun: options.dryRun === true, from: fromPath, storeVersion: LATEST_SCHEMA_VERSION, tables: counted, totalRows: counted.reduce((n, t) => n + t.rows, 0) };
    await migratePostgres(pg);
    await readTransactionAsync(pg, async (trx) => {
      await declareAsker(trx, null);
      await refuseIfNotEmpty(trx);
    });
    if (options.dryRun) return result;
    await writeTransactionAsync(pg as unknown as Kysely<Record<string, Record<string, unknown>>>, async (trx) => {
      await declareAsker(trx, null);
      await refuseIfNotEmpty(trx);
      for (const table of [...tables].reverse()) await sql`DELETE FROM ${sql.table(table)}`.execute(trx);
      for (const { table, rows } of counted) {
        await copyTable(file, trx, table);
        const { rows: landed } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(trx);
        if (landed[0]?.n !== rows) throw new Error(`Copying ${table}: ${rows} rows in the file, ${landed[0]?.n} in the department database.`);
      }
      await moveIdentitiesPastCopiedIds(trx);
    }).catch((e: unknown) => {
      if (e instanceof CounselorError) throw e;
      const why = e instanceof Error ? e.message : String(e);
      throw new CounselorError('store_unavailable', `The department database stopped the move (${why}); nothing was moved, it holds what it held before. Put that right on the server and run the move again.`);
    });
    return result;
  } finally {
    if (file.inTransaction) file.exec('COMMIT');
    file.close();
  }
}

function openSource(path: string): Db {
  if (!existsSync(path)) throw new CounselorError('not_found', `There is no store file at ${path}; check the path given to --from.`);
  let file: Db;
  try {
    file = new Database(path, { readonly: true, fileMustExist: true });
    file.pragma('schema_version');
  } catch {
    throw new CounselorError('store_damaged', `${path} is not a Counselor Workstation store (it cannot be read as SQLite); check the path given to --from.`);
  }
  const version = file.pragma('user_version', { simple: true }) as number;
  if (version !== LATEST_SCHEMA_VERSION) {
    file.close();
    throw version > LATEST_SCHEMA_VERSION
      ? new CounselorError('store_too_new', `${path} was written by a newer version of Counselor Workstation (store version ${version}; this one knows up to ${LATEST_SCHEMA_VERSION}). Move it with that version.`)
      : new CounselorError(
          'conflict',
          `${path} is at store version ${version}, older than this version's ${LATEST_SCHEMA_VERSION}. Open it once with this version (for example \`counselor students --db ${path}\`), which upgrades it after a backup, then move it. Nothing was changed.`,
        );
  }
  return file;
}

async function refuseIfNotEmpty(db: Transaction<StoreSchema> | Transaction<Record<string, Record<string, unknown>>>): Promise<void> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM student`.execute(db);
  const students = rows[0]?.n ?? 0;
  if (students > 0) {
    throw new CounselorError(
      'conflict',
      `The department database already holds ${students.toLocaleString('en-US')} students: a workstation's store moves only into an empty department database. Nothing was changed.`,
    );
  }
}

/**
 * Tables the department database keeps as its own: neither emptied nor copied. Its accounts may be
 * made (`counselor user add`) before the caseload moves in, and a workstation's table is empty.
 */
const DEPARTMENT_OWNED = new Set(['counselor_account']);

/**
 * Tables only a workstation fills: the standing stamps its triggers bump for the kept standings
 * (migration 23). The department server works standings out live, and its twin of the table is
 * the operator's alone, so a lead's sample load would be refused writing it.
 */
const WORKSTATION_ONLY = new Set(['standing_stamp']);

/** The store's tables, each after every table it refers to (SQLite's foreign key list), so the copy never meets a missing parent. */
export function tablesInCopyOrder(file: Db): string[] {
  const names = (file.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).filter(
    (name) => !DEPARTMENT_OWNED.has(name) && !WORKSTATION_ONLY.has(name),
  );
  const parents = new Map(names.map((n) => [n, (file.prepare(`PRAGMA foreign_key_list("${n}")`).all() as { table: string }[]).map((f) => f.table).filter((t) => t !== n)]));
  const ordered: string[] = [];
  const placed = new Set<string>();
  const place = (name: string, path: ReadonlySet<string>) => {
    if (placed.has(name)) return;
    if (path.has(name)) throw new Error(`The store's tables refer to each other in a circle (${[...path, name].join(' → ')}).`);
    for (const parent of parents.get(name) ?? []) place(parent, new Set([...path, name]));
    placed.add(name);
    ordered.push(name);
  };
  for (const name of names) place(name, new Set());
  return ordered;
}

export async function copyTable(file: Db, trx: Transaction<Record<string, Record<string, unknown>>>, table: string): Promise<void> {
  const columns = (file.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
  const perBatch = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const read = file.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`).raw();
  let batch: unknown[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const values = sql.join(batch.map((row) => sql`(${sql.join(row)})`));
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES ${values}`.execute(trx);
    batch = [];
  };
  for (const row of read.iterate() as IterableIterator<unknown[]>) {
    batch.push(row);
    if (batch.length >= perBatch) await flush();
  }
  await flush();
}

/** Ids were copied as they were (every table, or `only` these): each identity's sequence must start after the highest, or the next insert collides. */
export async function moveIdentitiesPastCopiedIds(trx: Transaction<Record<string, Record<string, unknown>>>, only?: readonly string[]): Promise<void> {
  const { rows: all } = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND is_identity = 'YES'`.execute(trx);
  // `only`: the tables a copy wrote (a table another role's policies hide would read as empty and move its sequence back).
  const rows = only ? all.filter((r) => only.includes(r.table_name)) : all;
  for (const { table_name: table, column_name: column } of rows) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), coalesce((SELECT max(${sql.ref(column)}) FROM ${sql.table(table)}), 0) + 1, false)`.execute(trx);
  }
}
