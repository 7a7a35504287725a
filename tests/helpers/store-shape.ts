import type { Database } from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { StoreSchema } from '../../src/main/core/store/store-schema';

/**
 * What the two stores must agree on, column by column, for one query layer to serve both: the
 * names, whether NULL is allowed, and a type family (the drivers return text as strings, integers
 * and reals as numbers; a timestamp or boolean column would come back as a Date or a boolean, which
 * the domain code over SQLite never sees).
 */
export type TypeFamily = 'text' | 'integer' | 'real' | 'timestamp' | 'boolean' | `other: ${string}`;
export interface ColumnShape {
  nullable: boolean;
  family: TypeFamily;
  /** The store's own spelling, for the message. */
  declared: string;
}
export type StoreShape = Map<string, Map<string, ColumnShape>>;

/** PostgreSQL's bookkeeping, with no SQLite table beside it (SQLite keeps PRAGMA user_version). */
const POSTGRES_ONLY = new Set(['schema_version']);

function sqliteFamily(declared: string): TypeFamily {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return 'integer';
  if (t === 'TEXT') return 'text';
  if (t === 'REAL') return 'real';
  return `other: ${declared}`;
}

function postgresFamily(declared: string): TypeFamily {
  if (['text', 'character varying', 'character'].includes(declared)) return 'text';
  if (['smallint', 'integer', 'bigint'].includes(declared)) return 'integer';
  if (['real', 'double precision', 'numeric'].includes(declared)) return 'real';
  if (declared.startsWith('timestamp') || declared === 'date') return 'timestamp';
  if (declared === 'boolean') return 'boolean';
  return `other: ${declared}`;
}

export function sqliteShape(db: Database): StoreShape {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const shape: StoreShape = new Map();
  for (const { name } of tables) {
    const info = db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; type: string; notnull: number; pk: number }[];
    // A primary-key column takes no NULL in a STRICT table even where NOT NULL is not written.
    shape.set(name, new Map(info.map((c) => [c.name, { nullable: c.notnull === 0 && c.pk === 0, family: sqliteFamily(c.type), declared: c.type }])));
  }
  return shape;
}

export async function postgresShape(db: Kysely<StoreSchema>): Promise<StoreShape> {
  const { rows } = await sql<{ table_name: string; column_name: string; is_nullable: 'YES' | 'NO'; data_type: string }>`
    SELECT c.table_name, c.column_name, c.is_nullable, c.data_type
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
     ORDER BY c.table_name, c.ordinal_position`.execute(db);
  const shape: StoreShape = new Map();
  for (const r of rows) {
    if (POSTGRES_ONLY.has(r.table_name)) continue;
    const columns = shape.get(r.table_name) ?? new Map<string, ColumnShape>();
    columns.set(r.column_name, { nullable: r.is_nullable === 'YES', family: postgresFamily(r.data_type), declared: r.data_type });
    shape.set(r.table_name, columns);
  }
  return shape;
}

/** Every way the two stores differ, one readable line each; empty when they agree. */
export function shapeDifferences(sqlite: StoreShape, postgres: StoreShape): string[] {
  const problems: string[] = [];
  const tables = [...new Set([...sqlite.keys(), ...postgres.keys()])].sort();
  for (const table of tables) {
    const s = sqlite.get(table);
    const p = postgres.get(table);
    if (!s || !p) {
      problems.push(`table ${table}: only in ${s ? 'SQLite' : 'PostgreSQL'}`);
      continue;
    }
    const columns = [...new Set([...s.keys(), ...p.keys()])].sort();
    for (const column of columns) {
      const a = s.get(column);
      const b = p.get(column);
      if (!a || !b) {
        problems.push(`${table}.${column}: only in ${a ? 'SQLite' : 'PostgreSQL'}`);
        continue;
      }
      if (a.family !== b.family) problems.push(`${table}.${column}: ${a.family} in SQLite (${a.declared}), ${b.family} in PostgreSQL (${b.declared})`);
      if (a.nullable !== b.nullable) {
        problems.push(`${table}.${column}: ${a.nullable ? 'nullable' : 'NOT NULL'} in SQLite, ${b.nullable ? 'nullable' : 'NOT NULL'} in PostgreSQL`);
      }
    }
  }
  return problems;
}
