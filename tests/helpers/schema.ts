import type { Database } from 'better-sqlite3';

export interface ColumnShape {
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

/** A store's schema as the snapshot keeps it: the SQL of each table and index, and each table's columns. */
export interface SchemaDump {
  version: number;
  tables: Record<string, { sql: string; columns: Record<string, ColumnShape> }>;
  indexes: Record<string, { table: string; sql: string | null }>;
  triggers: Record<string, { table: string; sql: string }>;
}

export function dumpSchema(db: Database): SchemaDump {
  const rows = db
    .prepare("SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' AND name <> 'sqlite_sequence' ORDER BY type, name")
    .all() as { type: string; name: string; tbl: string; sql: string | null }[];
  const dump: SchemaDump = { version: db.pragma('user_version', { simple: true }) as number, tables: {}, indexes: {}, triggers: {} };
  for (const row of rows) {
    if (row.type === 'table') {
      const columns: Record<string, ColumnShape> = {};
      const info = db.prepare(`PRAGMA table_info("${row.name}")`).all() as ({ name: string } & ColumnShape)[];
      for (const { name, type, notnull, dflt_value, pk } of info) columns[name] = { type, notnull, dflt_value, pk };
      dump.tables[row.name] = { sql: row.sql ?? '', columns };
    } else if (row.type === 'index') {
      dump.indexes[row.name] = { table: row.tbl, sql: row.sql };
    } else if (row.type === 'trigger') {
      dump.triggers[row.name] = { table: row.tbl, sql: row.sql ?? '' };
    } else {
      throw new Error(`The schema snapshot does not know a ${row.type} (${row.name}): teach tests/helpers/schema.ts.`);
    }
  }
  return dump;
}

/** What disappeared or changed shape between two dumps: anything here breaks stores already in use. */
export function nonAdditiveChanges(before: SchemaDump, after: SchemaDump): string[] {
  const problems: string[] = [];
  for (const [table, { columns }] of Object.entries(before.tables)) {
    const now = after.tables[table];
    if (!now) {
      problems.push(`table ${table} was removed or renamed`);
      continue;
    }
    for (const [column, shape] of Object.entries(columns)) {
      const current = now.columns[column];
      if (!current) problems.push(`column ${table}.${column} was removed or renamed`);
      else if (JSON.stringify(current) !== JSON.stringify(shape)) {
        problems.push(`column ${table}.${column} changed from ${JSON.stringify(shape)} to ${JSON.stringify(current)}`);
      }
    }
  }
  for (const kind of ['indexes', 'triggers'] as const) {
    for (const [name, entry] of Object.entries(before[kind])) {
      const now = after[kind][name];
      if (!now) problems.push(`${kind === 'indexes' ? 'index' : 'trigger'} ${name} was removed or renamed`);
      else if (now.sql !== entry.sql) problems.push(`${kind === 'indexes' ? 'index' : 'trigger'} ${name} was redefined`);
    }
  }
  return problems;
}

/** What is new in `after`: allowed only with a new migration version. */
export function additions(before: SchemaDump, after: SchemaDump): string[] {
  const added: string[] = [];
  for (const [table, { columns }] of Object.entries(after.tables)) {
    const old = before.tables[table];
    if (!old) added.push(`table ${table}`);
    else for (const column of Object.keys(columns)) if (!old.columns[column]) added.push(`column ${table}.${column}`);
  }
  for (const name of Object.keys(after.indexes)) if (!before.indexes[name]) added.push(`index ${name}`);
  for (const name of Object.keys(after.triggers)) if (!before.triggers[name]) added.push(`trigger ${name}`);
  return added;
}
