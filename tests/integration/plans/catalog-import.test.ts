import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../../src/main/core/courses/catalog-import';
import { getCourse, listCourses } from '../../../src/main/core/courses/repository';
import { openStore } from '../../../src/main/core/store/connection';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'catalog', 'district-catalog.csv');
const bytes = () => new Uint8Array(readFileSync(FIXTURE));

describe('importing a course catalog', () => {
  it('takes the good rows and reports each bad one with its row, column, value and reason', async () => {
    const dir = tempDir();
    const store = await openStore(join(dir, 'counselor.db'));
    const report = await importCatalog(store.db, bytes(), 'district-catalog.csv', { storePath: store.path });
    expect(report.headerRow).toBe(4);
    expect(listCourses(store.db).map((c) => c.number).sort()).toEqual(['ALG1', 'ALG2', 'APCSP', 'BAND', 'ENG9', 'GEO', 'IM1', 'WELD1', 'WELD2']);
    expect(report).toMatchObject({ added: 9, updated: 0, unchanged: 0 });
    const byRow = (row: number) => report.rejected.filter((r) => r.row === row);
    expect(byRow(10)).toEqual([expect.objectContaining({ column: 'Credits', value: '1.3', reason: expect.stringContaining('quarter-credit steps') })]);
    expect(byRow(11)).toEqual([expect.objectContaining({ column: 'Department', value: 'Underwater Basketry', reason: expect.stringContaining('--area "Underwater Basketry=AREA"') })]);
    expect(byRow(15)).toEqual([expect.objectContaining({ column: 'Grade Levels', value: '7-8', reason: expect.stringContaining('not high-school grades') })]);
    expect(byRow(16)).toEqual([expect.objectContaining({ column: 'Prerequisites', value: 'Rocket Science', reason: expect.stringContaining('"Rocket Science" is not a course') })]);
    expect(byRow(17)).toEqual([expect.objectContaining({ column: 'Course Number', reason: expect.stringContaining('also on row 18') })]);
    expect(byRow(18)).toEqual([expect.objectContaining({ column: 'Course Number', reason: expect.stringContaining('also on row 17') })]);
    expect(byRow(19)).toEqual([expect.objectContaining({ column: 'Course Name', reason: 'The course title is missing.' })]);
    expect(byRow(20)).toEqual([expect.objectContaining({ column: 'Career Pathways', value: 'Nursing Pathway', reason: expect.stringContaining('not in the framework') })]);
    expect(report.rejected).toHaveLength(8);
    expect(report.skipped).toEqual([expect.objectContaining({ row: 22, why: 'footer' })]);
    store.close();
  });

  it('reads prerequisites by title with "or" and "and", flags, pathways by name, and lengths', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    await importCatalog(store.db, bytes(), 'district-catalog.csv');
    expect(getCourse(store.db, 'GEO').prerequisites).toEqual([['ALG1', 'IM1']]);
    expect(getCourse(store.db, 'ALG2').prerequisites).toEqual([['ALG1', 'IM1'], ['GEO']]);
    expect(getCourse(store.db, 'APCSP')).toMatchObject({ area: 'cte', flags: { cte: true, ap: true, dualCredit: null }, pathwayCodes: ['IT-PSD'] });
    expect(getCourse(store.db, 'WELD2')).toMatchObject({ credits: 0.5, length: 'semester', flags: { dualCredit: 'transcripted_credit' }, pathwayCodes: ['MN-PRD'] });
    expect(getCourse(store.db, 'BAND')).toMatchObject({ area: 'fine_arts', repeatable: true, prerequisites: [], grades: [9, 10, 11, 12] });
    expect(getCourse(store.db, 'ENG9')).toMatchObject({ scedCode: '01001', grades: [9] });
    store.close();
  });

  it('changes nothing on a second import, updates a changed course, and keeps courses the file leaves out', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    await importCatalog(store.db, bytes(), 'district-catalog.csv');
    expect(await importCatalog(store.db, bytes(), 'district-catalog.csv')).toMatchObject({ added: 0, updated: 0, unchanged: 9 });
    const changed = 'Course Number,Course Name,Credits,Department\nALG1,Algebra 1 (block),2,Math\nSTAT,Statistics,0.5,Math\n';
    const report = await importCatalog(store.db, new TextEncoder().encode(changed), 'changes.csv');
    expect(report).toMatchObject({ added: 1, updated: 1, unchanged: 0, rejected: [] });
    expect(getCourse(store.db, 'ALG1')).toMatchObject({ title: 'Algebra 1 (block)', credits: 2, length: 'year' });
    expect(getCourse(store.db, 'STAT').length).toBe('semester');
    expect(listCourses(store.db)).toHaveLength(10);
    store.close();
  });

  it('refuses a file without the columns a course needs, naming what is missing', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const file = new TextEncoder().encode('Course Number,Course Name\nENG9,English 9\n');
    await expect(importCatalog(store.db, file, 'thin.csv')).rejects.toThrow(/no column holds "Credits", "Subject area"/);
    expect(listCourses(store.db)).toEqual([]);
    store.close();
  });

  it('rejects a row whose prerequisite was itself rejected, instead of failing the whole import', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const file = new TextEncoder().encode('Course Number,Course Title,Credits,Subject Area,Prerequisites\nA1,Art 1,5.1,Fine Arts,\nA2,Art 2,1,Fine Arts,A1\nM1,Math 1,1,Math,\n');
    const report = await importCatalog(store.db, file, 'chain.csv');
    expect(report.added).toBe(1);
    expect(report.rejected.map((r) => [r.row, r.column])).toEqual([[2, 'Credits'], [3, 'Prerequisites']]);
    store.close();
  });
});
