import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';
import { FRAMEWORK_AS_SHIPPED } from '../0002-framework-rows';

/** PostgreSQL twin of migration 2: the framework tables and the same frozen rows, in the same order. */
export const frameworkPostgres: PostgresMigration = {
  version: 2,
  name: 'framework',
  async up(db) {
    await sql`
      CREATE TABLE career_cluster (
        code     text COLLATE "C" PRIMARY KEY,
        name     text COLLATE "C" NOT NULL,
        position integer NOT NULL
      );

      CREATE TABLE career_pathway (
        code         text COLLATE "C" PRIMARY KEY,
        cluster_code text COLLATE "C" NOT NULL REFERENCES career_cluster (code),
        name         text COLLATE "C" NOT NULL,
        position     integer NOT NULL
      );

      CREATE TABLE framework_alias (
        kind  text COLLATE "C" NOT NULL CHECK (kind IN ('cluster', 'pathway')),
        code  text COLLATE "C" NOT NULL,
        alias text COLLATE "C" NOT NULL,
        PRIMARY KEY (kind, code, alias)
      );
    `.execute(db);

    const clusters = FRAMEWORK_AS_SHIPPED.map((c, i) => sql`(${c.code}, ${c.name}, ${i + 1})`);
    const pathways = FRAMEWORK_AS_SHIPPED.flatMap((c) => c.pathways.map((p, j) => sql`(${p.code}, ${c.code}, ${p.name}, ${j + 1})`));
    const aliases = FRAMEWORK_AS_SHIPPED.flatMap((c) => [
      ...c.aliases.map((a) => sql`('cluster', ${c.code}, ${a})`),
      ...c.pathways.flatMap((p) => p.aliases.map((a) => sql`('pathway', ${p.code}, ${a})`)),
    ]);
    await sql`INSERT INTO career_cluster (code, name, position) VALUES ${sql.join(clusters)}`.execute(db);
    await sql`INSERT INTO career_pathway (code, cluster_code, name, position) VALUES ${sql.join(pathways)}`.execute(db);
    if (aliases.length > 0) await sql`INSERT INTO framework_alias (kind, code, alias) VALUES ${sql.join(aliases)}`.execute(db);
  },
};
