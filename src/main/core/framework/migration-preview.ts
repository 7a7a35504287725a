import type { Database as Db } from 'better-sqlite3';
import type { Transaction } from 'kysely';
import type { Framework } from '../../../shared/domain/framework';
import { previewMigration, type LegacyChoice, type MigrationPreview } from '../../../shared/domain/framework-migration';
import { foldForSearch } from '../../../shared/text';
import type { StoreSchema } from '../store/store-schema';
import { frameworkIn } from './framework-reads';
import { readFramework } from './repository';

/**
 * The preview of moving every plan to the 2024 framework (shared/domain/framework-migration.ts)
 * from the plans with their students' names, by name. One rule (previewOf), two fetches: the
 * workstation's one statement, the department server's typed read in the caller's snapshot.
 * Reads only; nothing is written.
 */
export function previewOf(choices: LegacyChoice[], framework: Framework): MigrationPreview {
  // By name as a person reads it: "Đặng" with the Ds and "Ó Súilleabháin" with the Os, not after Z.
  const key = (c: LegacyChoice) => foldForSearch(c.name);
  choices.sort((a, b) => key(a).localeCompare(key(b)) || a.studentNumber.localeCompare(b.studentNumber));
  const names = new Map(framework.clusters.flatMap((c) => [[c.code, c.name] as const, ...c.pathways.map((p) => [p.code, p.name] as const)]));
  return previewMigration(choices, names);
}

export function migrationPreview(db: Db): MigrationPreview {
  const choices = db
    .prepare(
      `SELECT p.student_number AS studentNumber, s.last_name || ', ' || s.first_name AS name,
              p.cluster_code AS clusterCode, p.pathway_code AS pathwayCode
         FROM plan p JOIN student s ON s.student_number = p.student_number`,
    )
    .all() as LegacyChoice[];
  return previewOf(choices, readFramework(db));
}

export async function migrationPreviewIn(trx: Transaction<StoreSchema>): Promise<MigrationPreview> {
  const [rows, framework] = await Promise.all([
    trx
      .selectFrom('plan as p')
      .innerJoin('student as s', 's.student_number', 'p.student_number')
      .select(['p.student_number', 's.last_name', 's.first_name', 'p.cluster_code', 'p.pathway_code'])
      .execute(),
    frameworkIn(trx),
  ]);
  const choices = rows.map((r) => ({ studentNumber: r.student_number, name: `${r.last_name}, ${r.first_name}`, clusterCode: r.cluster_code, pathwayCode: r.pathway_code }));
  return previewOf(choices, framework);
}
