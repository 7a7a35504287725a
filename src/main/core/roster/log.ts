import type { Database as Db } from 'better-sqlite3';
import type { ImportReport } from '../../../shared/domain/roster';
import { importLog } from '../store/import-log';

/** Remembered mappings: field → header text, found again by the file's header layout. */
export function rememberedMapping(db: Db, headerKey: string): Record<string, string> | undefined {
  const row = db.prepare('SELECT mapping FROM roster_mapping WHERE header_key = ?').get(headerKey) as
    | { mapping: string }
    | undefined;
  return row ? (JSON.parse(row.mapping) as Record<string, string>) : undefined;
}

export function rememberMapping(db: Db, headerKey: string, mapping: Record<string, string>, now: Date): void {
  db.prepare(
    `INSERT INTO roster_mapping (header_key, mapping, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (header_key) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(headerKey, JSON.stringify(mapping), now.toISOString());
}

const log = importLog<ImportReport>('roster_import', 'import');
/** Records an import in the log inside the import's transaction; returns its id. */
export const logImport = log.add;
export const listImports = log.list;
export const getImport = log.get;

/** The typed twins, for the department server (inside the caller's transaction). */
export const logImportIn = log.typed.add;
export const listImportsIn = log.typed.list;
export const getImportIn = log.typed.get;
