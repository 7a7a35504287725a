import type { Database as Db } from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { CounselorError } from '../../../shared/errors';
import type { StoreSchema } from './store-schema';

/**
 * An import log: each import's report kept in its own table (roster_import, history_import, both
 * shaped id / file_name / imported_at / backup_path / report JSON), so a counselor can see what
 * last night's sync did and save its report later. Written inside the import's transaction.
 */
interface Logged {
  importId: number;
  fileName: string;
  importedAt: string;
  backupPath: string | null;
}

interface LogRow {
  id: number;
  file_name: string;
  imported_at: string;
  backup_path: string | null;
  report: string;
}

export interface ImportLog<R extends Logged> {
  /** Records an import; returns its id. Call inside the import's transaction. */
  add(db: Db, report: Omit<R, 'importId'>): number;
  /** Newest first. */
  list(db: Db): R[];
  get(db: Db, importId: number): R;
  /** The same on the typed layer (the department server), inside the caller's transaction. */
  typed: {
    add(db: Kysely<StoreSchema>, report: Omit<R, 'importId'>): Promise<number>;
    list(db: Kysely<StoreSchema>): Promise<R[]>;
    get(db: Kysely<StoreSchema>, importId: number): Promise<R>;
  };
}

/** The log kept in `table`; `what` names the import in the not-found sentence ("course history import"). */
export function importLog<R extends Logged>(table: 'roster_import' | 'history_import', what: string): ImportLog<R> {
  const toReport = (r: LogRow): R =>
    ({ importId: r.id, fileName: r.file_name, importedAt: r.imported_at, backupPath: r.backup_path, ...(JSON.parse(r.report) as object) }) as R;
  const toRow = (report: Omit<R, 'importId'>) => {
    const { fileName, importedAt, backupPath, ...rest } = report as Omit<Logged, 'importId'>;
    return { file_name: fileName, imported_at: importedAt, backup_path: backupPath, report: JSON.stringify(rest) };
  };
  const notFound = (importId: number) => new CounselorError('not_found', `There is no ${what} number ${importId} in the import log.`);
  // Both tables have one shape; the typed layer is given one of the two names.
  const typedTable = table as 'roster_import';
  return {
    add(db, report) {
      const row = toRow(report);
      const info = db
        .prepare(`INSERT INTO ${table} (file_name, imported_at, backup_path, report) VALUES (?, ?, ?, ?)`)
        .run(row.file_name, row.imported_at, row.backup_path, row.report);
      return Number(info.lastInsertRowid);
    },
    list: (db) => (db.prepare(`SELECT * FROM ${table} ORDER BY id DESC`).all() as LogRow[]).map(toReport),
    get(db, importId) {
      const row = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(importId) as LogRow | undefined;
      if (!row) throw notFound(importId);
      return toReport(row);
    },
    typed: {
      add: async (db, report) => (await db.insertInto(typedTable).values(toRow(report)).returning('id').executeTakeFirstOrThrow()).id,
      list: async (db) => ((await db.selectFrom(typedTable).selectAll().orderBy('id', 'desc').execute()) as LogRow[]).map(toReport),
      async get(db, importId) {
        const row = (await db.selectFrom(typedTable).selectAll().where('id', '=', importId).executeTakeFirst()) as LogRow | undefined;
        if (!row) throw notFound(importId);
        return toReport(row);
      },
    },
  };
}
