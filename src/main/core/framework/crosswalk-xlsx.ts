import type { Framework } from '../../../shared/domain/framework';
import { crosswalkBasisMeaning, namedCrosswalk, type NamedCrosswalkEntry } from '../../../shared/domain/framework-crosswalk';
import type { ExportTable } from '../spreadsheet/export-table';
import { writeXlsx } from '../spreadsheet/write-xlsx';

/**
 * The crosswalk from the 16 clusters and 79 pathways to the 2024 framework as a workbook: one
 * sheet of clusters, one of pathways, one saying what each basis means, since a derived link
 * read without that is easily taken for an official one. A link to several targets is one row,
 * its targets joined, so each legacy code is one row a counselor can sort and filter.
 */
export function crosswalkTables(legacy: Framework): ExportTable[] {
  const crosswalk = namedCrosswalk(legacy);
  const rowsOf = (entries: NamedCrosswalkEntry[]) =>
    entries.map((e) => [e.from.code, e.from.name, e.to.map((t) => t.code).join('; '), e.to.map((t) => t.name).join('; '), e.basis]);
  const columns = (level: string, target: string) => [
    { header: `2016 ${level} code`, width: 12 },
    { header: `2016 ${level}`, width: 44 },
    { header: `2024 ${target} code(s)`, width: 22 },
    { header: `2024 ${target}(s)`, width: 56 },
    { header: 'Basis', width: 10 },
  ];
  return [
    { sheetName: 'Clusters', columns: columns('cluster', 'cluster'), rows: rowsOf(crosswalk.clusters) },
    { sheetName: 'Pathways', columns: columns('pathway', 'sub-cluster'), rows: rowsOf(crosswalk.pathways) },
    {
      sheetName: 'Basis',
      columns: [{ header: 'Basis', width: 10 }, { header: 'Meaning', width: 70 }],
      rows: Object.entries(crosswalkBasisMeaning).map(([basis, meaning]) => [basis, meaning]),
    },
  ];
}

export async function crosswalkXlsx(legacy: Framework): Promise<{ fileName: string; bytes: Buffer; count: number }> {
  const tables = crosswalkTables(legacy);
  const count = tables.slice(0, 2).reduce((n, t) => n + t.rows.length, 0);
  return { fileName: 'career-clusters-crosswalk-2016-2024.xlsx', bytes: await writeXlsx(tables), count };
}
