import type { Database as Db } from 'better-sqlite3';
import { previewMigration, type LegacyChoice, type MigrationPreview } from '../../../shared/domain/framework-migration';
import { foldForSearch } from '../../../shared/text';
import { readFramework } from './repository';

/**
 * The preview of moving every plan to the 2024 framework (shared/domain/framework-migration.ts),
 * read from the store in one statement: the plans with their students' names, by name.
 * Reads only; nothing is written.
 */
export function migrationPreview(db: Db): MigrationPreview {
  const choices = db
    .prepare(
      `SELECT p.student_number AS studentNumber, s.last_name || ', ' || s.first_name AS name,
              p.cluster_code AS clusterCode, p.pathway_code AS pathwayCode
         FROM plan p JOIN student s ON s.student_number = p.student_number
`,
    )
    .all() as LegacyChoice[];
  // By name as a person reads it: "Đặng" with the Ds and "Ó Súilleabháin" with the Os, not after Z.
  const key = (c: LegacyChoice) => foldForSearch(c.name);
  choices.sort((a, b) => key(a).localeCompare(key(b)) || a.studentNumber.localeCompare(b.studentNumber));
  const framework = readFramework(db);
  const names = new Map(framework.clusters.flatMap((c) => [[c.code, c.name] as const, ...c.pathways.map((p) => [p.code, p.name] as const)]));
  return previewMigration(choices, names);
}
