import type { Database as Db } from 'better-sqlite3';
import type { ImportReport } from '../../../shared/domain/roster';
import { CounselorError } from '../../../shared/errors';

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

/** Records an import in the log inside the import's transaction; returns its id. */
export function logImport(db: Db, report: Omit<ImportReport, 'importId'>): number {
  const { fileName, importedAt, backupPath, ...rest } = report;
  const info = db
    .prepare('INSERT INTO roster_import (file_name, imported_at, backup_path, report) VALUES (?, ?, ?, ?)')
    .run(fileName, importedAt, backupPath, JSON.stringify(rest));
  return Number(info.lastInsertRowid);
}

interface LogRow {
  id: number;
  file_name: string;
  imported_at: string;
  backup_path: string | null;
  report: string;
}

function toReport(r: LogRow): ImportReport {
  const rest = JSON.parse(r.report) as Pick<ImportReport, 'counts' | 'rejected'>;
  return { importId: r.id, fileName: r.file_name, importedAt: r.imported_at, backupPath: r.backup_path, ...rest };
}

export function listImports(db: Db): ImportReport[] {
  return (db.prepare('SELECT * FROM roster_import ORDER BY id DESC').all() as LogRow[]).map(toReport);
}

export function getImport(db: Db, importId: number): ImportReport {
  const row = db.prepare('SELECT * FROM roster_import WHERE id = ?').get(importId) as LogRow | undefined;
  if (!row) throw new CounselorError('not_found', `There is no import number ${importId} in the import log.`);
  return toReport(row);
}
