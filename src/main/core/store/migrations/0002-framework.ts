import type { Migration } from '../migration';
import { FRAMEWORK_AS_SHIPPED } from './0002-framework-rows';

/**
 * The career clusters and pathways the application ships with. Plans reference
 * career_pathway(code), so codes never change; a later change to the framework data is a new
 * migration, not an edit here. The rows are a frozen copy (0002-framework-rows.ts), not the live data.
 */
export const frameworkMigration: Migration = {
  version: 2,
  name: 'framework',
  up(db) {
    db.exec(`
      CREATE TABLE career_cluster (
        code     TEXT PRIMARY KEY,
        name     TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE career_pathway (
        code         TEXT PRIMARY KEY,
        cluster_code TEXT NOT NULL REFERENCES career_cluster (code),
        name         TEXT NOT NULL,
        position     INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE framework_alias (
        kind  TEXT NOT NULL CHECK (kind IN ('cluster', 'pathway')),
        code  TEXT NOT NULL,
        alias TEXT NOT NULL,
        PRIMARY KEY (kind, code, alias)
      ) STRICT;
    `);

    const cluster = db.prepare('INSERT INTO career_cluster (code, name, position) VALUES (?, ?, ?)');
    const pathway = db.prepare(
      'INSERT INTO career_pathway (code, cluster_code, name, position) VALUES (?, ?, ?, ?)',
    );
    const alias = db.prepare('INSERT INTO framework_alias (kind, code, alias) VALUES (?, ?, ?)');

    FRAMEWORK_AS_SHIPPED.forEach((c, i) => {
      cluster.run(c.code, c.name, i + 1);
      for (const a of c.aliases) alias.run('cluster', c.code, a);
      c.pathways.forEach((p, j) => {
        pathway.run(p.code, c.code, p.name, j + 1);
        for (const a of p.aliases) alias.run('pathway', p.code, a);
      });
    });
  },
};
