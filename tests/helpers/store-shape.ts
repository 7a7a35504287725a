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

/**
 * Keys and foreign keys, one line each per table: what makes the same write succeed or fail on both
 * stores (an upsert's ON CONFLICT needs the same unique key; a delete must cascade the same way).
 * Columns of a key are sorted (a key on (a, b) is the key on (b, a)); a partial index is marked,
 * its WHERE clause not compared (each store spells it its own way); plain indexes are listed too,
 * as the department server needs the same ones to answer the same queries quickly.
 */
export type StoreKeys = Map<string, Set<string>>;

function keyLine(unique: boolean, partial: boolean, columns: string[]): string {
  return `${unique ? 'unique' : 'index'} (${[...columns].sort().join(', ')})${partial ? ' where …' : ''}`;
}

function foreignKeyLine(columns: string[], table: string, refColumns: string[], onUpdate: string, onDelete: string): string {
  return `foreign key (${columns.join(', ')}) → ${table} (${refColumns.join(', ')}) on update ${onUpdate.toLowerCase()} on delete ${onDelete.toLowerCase()}`;
}

function addLine(keys: StoreKeys, table: string, line: string): void {
  const lines = keys.get(table) ?? new Set<string>();
  lines.add(line);
  keys.set(table, lines);
}

export function sqliteKeys(db: Database): StoreKeys {
  const keys: StoreKeys = new Map();
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  for (const { name: table } of tables) {
    const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[];
    const primary = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const indexes = db.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: number; origin: string; partial: number }[];
    // An INTEGER PRIMARY KEY is the rowid and has no index of its own to list.
    if (primary.length > 0 && !indexes.some((i) => i.origin === 'pk')) addLine(keys, table, keyLine(true, false, primary));
    for (const index of indexes) {
      const parts = (db.prepare(`PRAGMA index_xinfo("${index.name}")`).all() as { name: string | null; key: number }[]).filter((p) => p.key === 1);
      addLine(keys, table, keyLine(index.unique === 1, index.partial === 1, parts.map((p) => p.name ?? '(expression)')));
    }
    const foreign = db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as {
      id: number; table: string; from: string; to: string | null; on_update: string; on_delete: string;
    }[];
    for (const id of new Set(foreign.map((f) => f.id))) {
      const parts = foreign.filter((f) => f.id === id);
      const first = parts[0]!;
      // REFERENCES parent with no column names the parent's primary key.
      const parentKey = (db.prepare(`PRAGMA table_info("${first.table}")`).all() as { name: string; pk: number }[])
        .filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      const to = parts.map((p, i) => p.to ?? parentKey[i] ?? '?');
      addLine(keys, table, foreignKeyLine(parts.map((p) => p.from), first.table, to, first.on_update, first.on_delete));
    }
  }
  return keys;
}

const ACTIONS: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

export async function postgresKeys(db: Kysely<StoreSchema>): Promise<StoreKeys> {
  const keys: StoreKeys = new Map();
  const { rows: indexes } = await sql<{ table_name: string; is_unique: boolean; partial: boolean; columns: string[] }>`
    SELECT t.relname AS table_name, i.indisunique AS is_unique, i.indpred IS NOT NULL AS partial,
           ARRAY(SELECT coalesce(a.attname::text, '(expression)')
                   FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                   LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0
                  WHERE k.n <= i.indnkeyatts ORDER BY k.n)::text[] AS columns
      FROM pg_index i
      JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace s ON s.oid = t.relnamespace
     WHERE s.nspname = current_schema()`.execute(db);
  for (const i of indexes) if (!POSTGRES_ONLY.has(i.table_name)) addLine(keys, i.table_name, keyLine(i.is_unique, i.partial, i.columns));
  const { rows: foreign } = await sql<{ table_name: string; ref_table: string; columns: string[]; ref_columns: string[]; on_update: string; on_delete: string }>`
    SELECT t.relname AS table_name, r.relname AS ref_table, c.confupdtype AS on_update, c.confdeltype AS on_delete,
           ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns,
           ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS ref_columns
      FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.conrelid
      JOIN pg_class r ON r.oid = c.confrelid
      JOIN pg_namespace s ON s.oid = c.connamespace
     WHERE c.contype = 'f' AND s.nspname = current_schema()`.execute(db);
  for (const f of foreign) {
    addLine(keys, f.table_name, foreignKeyLine(f.columns, f.ref_table, f.ref_columns, ACTIONS[f.on_update] ?? f.on_update, ACTIONS[f.on_delete] ?? f.on_delete));
  }
  return keys;
}

/** Every key or foreign key one store has and the other lacks, one readable line each. */
export function keyDifferences(sqlite: StoreKeys, postgres: StoreKeys): string[] {
  const problems: string[] = [];
  const tables = [...new Set([...sqlite.keys(), ...postgres.keys()])].sort();
  for (const table of tables) {
    const s = sqlite.get(table) ?? new Set<string>();
    const p = postgres.get(table) ?? new Set<string>();
    for (const line of [...s].sort()) if (!p.has(line)) problems.push(`${table}: ${line} only in SQLite`);
    for (const line of [...p].sort()) if (!s.has(line)) problems.push(`${table}: ${line} only in PostgreSQL`);
  }
  return problems;
}
