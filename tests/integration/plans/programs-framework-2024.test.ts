import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCourses, listPostsecondary } from '../../../src/main/core/courses/repository';
import { exportPrograms, FRAMEWORK_2024_HEADER, PROGRAM_HEADERS, programTables, SHEETS } from '../../../src/main/core/programs/export';
import { importPrograms } from '../../../src/main/core/programs/import';
import { getProgram, listPrograms, saveProgram } from '../../../src/main/core/programs/repository';
import { readTable } from '../../../src/main/core/spreadsheet/read';
import { writeXlsx } from '../../../src/main/core/spreadsheet/write-xlsx';
import { openStore } from '../../../src/main/core/store/connection';
import { programTag2024 } from '../../../src/shared/domain/framework-choice';
import { useTempDir } from '../../helpers/temp';
import { sampleStore } from './stores';

const tempDir = useTempDir();
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);

/** The sample's programs with one tagged by hand (Electro-Mechanical: Engineering, not the derived Industrial Machinery). */
async function taggedSource() {
  const source = await sampleStore(tempDir());
  saveProgram(source.db, { ...getProgram(source.db, 'electro-mechanical'), framework2024: { clusterCode: 'AMF', subClusterCode: 'AMF-ENG' } });
  return source;
}

describe('programs of study tagged with both frameworks, in the programs file (issue 15)', () => {
  it('writes the 2024 tag a lead set in its own column, blank where derived, and reads it back: a round trip keeps set and derived apart', async () => {
    const source = await taggedSource();
    const exported = await exportPrograms(source.db);
    const sheet = await readTable(exported.bytes, exported.fileName, { sheet: SHEETS.programs });
    const header = sheet.rows[0]!;
    const column = header.indexOf(FRAMEWORK_2024_HEADER);
    expect(column).toBe(PROGRAM_HEADERS.length - 1);
    const byId = new Map(sheet.rows.slice(1).map((r) => [r[0], r[column] ?? '']));
    expect(byId.get('electro-mechanical')).toBe('AMF-ENG');
    expect(byId.get('welding')).toBe('');

    const target = await openStore(join(tempDir(), 'other-district.db'));
    const report = await importPrograms(target.db, exported.bytes, exported.fileName);
    expect(report.rejected).toEqual([]);
    expect(listPrograms(target.db)).toEqual(listPrograms(source.db));
    expect(programTag2024(getProgram(target.db, 'electro-mechanical'))).toEqual({ choice: { clusterCode: 'AMF', subClusterCode: 'AMF-ENG' }, derived: false });
    expect(programTag2024(getProgram(target.db, 'welding')).derived).toBe(true);
    source.close();
    target.close();
  });

  it('loads a file from before the column existed, every tag derived; and refuses a row whose code the 2024 framework lacks', async () => {
    const source = await taggedSource();
    const tables = programTables(listPrograms(source.db), listCourses(source.db), listPostsecondary(source.db));
    const column = PROGRAM_HEADERS.indexOf(FRAMEWORK_2024_HEADER);
    const older = tables.map((t) => (t.sheetName === SHEETS.programs ? { ...t, columns: t.columns.slice(0, column), rows: t.rows.map((r) => r.slice(0, column)) } : t));
    const target = await openStore(join(tempDir(), 'older-file.db'));
    const report = await importPrograms(target.db, await writeXlsx(older), 'programs-2025.xlsx');
    expect(report.rejected).toEqual([]);
    expect(report.added).toBe(listPrograms(source.db).length);
    expect(listPrograms(target.db).every((p) => p.framework2024 === undefined)).toBe(true);

    const wrong = tables.map((t) =>
      t.sheetName === SHEETS.programs ? { ...t, rows: t.rows.map((r) => (r[0] === 'welding' ? [...r.slice(0, column), 'AMF-XYZ'] : r)) } : t,
    );
    const refused = await importPrograms(target.db, await writeXlsx(wrong), 'programs-wrong.xlsx');
    expect(refused.rejected).toEqual([expect.objectContaining({ column: `${SHEETS.programs}: framework2024.subClusterCode`, value: 'welding', reason: expect.stringContaining('AMF-XYZ is not a sub-cluster of Advanced Manufacturing') })]);
    source.close();
    target.close();
  });

  it.skipIf(!soffice)(`reads the column from a file LibreOffice saved${soffice ? '' : ' (skipped: LibreOffice is not installed)'}`, async () => {
    const source = await taggedSource();
    const dir = tempDir();
    const exported = await exportPrograms(source.db, ['electro-mechanical', 'welding']);
    mkdirSync(join(dir, 'in'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'in', 'programs.xlsx'), exported.bytes);
    execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), join(dir, 'in', 'programs.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    const resaved = readFileSync(join(dir, 'out', 'programs.xlsx'));
    expect(resaved.equals(exported.bytes)).toBe(false);
    const target = await openStore(join(tempDir(), 'libreoffice.db'));
    const report = await importPrograms(target.db, resaved, 'programs.xlsx');
    expect(report.rejected).toEqual([]);
    expect(getProgram(target.db, 'electro-mechanical').framework2024).toEqual({ clusterCode: 'AMF', subClusterCode: 'AMF-ENG' });
    expect(getProgram(target.db, 'welding').framework2024).toBeUndefined();
    source.close();
    target.close();
  }, 150_000);
});
