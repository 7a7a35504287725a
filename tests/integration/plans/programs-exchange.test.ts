import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCourse, listCourses, listPostsecondary, saveCourses } from '../../../src/main/core/courses/repository';
import { writeXlsx } from '../../../src/main/core/spreadsheet/write-xlsx';
import { exportPrograms, programTables } from '../../../src/main/core/programs/export';
import { importPrograms } from '../../../src/main/core/programs/import';
import { copyProgram, getProgram, listPrograms, saveProgram } from '../../../src/main/core/programs/repository';
import { openStore } from '../../../src/main/core/store/connection';
import { useTempDir } from '../../helpers/temp';
import { sampleStore } from './stores';

const tempDir = useTempDir();

describe('sharing programs of study as .xlsx', () => {
  it('round-trips every program, with the courses and postsecondary entries it needs, into an empty store', async () => {
    const source = await sampleStore(tempDir());
    const exported = await exportPrograms(source.db);
    expect(exported.fileName).toBe('programs-of-study.xlsx');
    expect(exported.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    const target = await openStore(join(tempDir(), 'other-district.db'));
    const report = await importPrograms(target.db, exported.bytes, exported.fileName);
    expect(report.rejected).toEqual([]);
    expect(report.added).toBe(exported.count);
    expect(listPrograms(target.db)).toEqual(listPrograms(source.db));
    // the courses the programs use (and their prerequisites) arrive exactly as they were
    for (const course of listCourses(target.db)) expect(course).toEqual(getCourse(source.db, course.number));
    expect(report.coursesAdded).toBe(listCourses(target.db).length);
    expect(getCourse(target.db, 'MTH301').prerequisites).toEqual([['MTH101', 'MTH111'], ['MTH201', 'MTH211']]);
    expect(listPostsecondary(target.db)).toEqual(listPostsecondary(source.db));

    // a second import replaces the programs and adds nothing
    const again = await importPrograms(target.db, exported.bytes, exported.fileName);
    expect(again).toMatchObject({ added: 0, updated: exported.count, coursesAdded: 0, postsecondaryAdded: 0 });
    source.close();
    target.close();
  });

  it('keeps the receiving district’s own version of a course', async () => {
    const source = await sampleStore(tempDir());
    const exported = await exportPrograms(source.db, ['welding']);
    expect(exported.fileName).toBe('program-welding.xlsx');
    const target = await openStore(join(tempDir(), 'other.db'));
    saveCourses(target.db, [{ ...getCourse(source.db, 'TEC221'), title: 'Intro to Welding (our version)' }]);
    await importPrograms(target.db, exported.bytes, exported.fileName);
    expect(getCourse(target.db, 'TEC221').title).toBe('Intro to Welding (our version)');
    expect(getProgram(target.db, 'welding').years['10']).toContain('TEC221');
    source.close();
    target.close();
  });

  it('reports a program it cannot take and imports the rest', async () => {
    const source = await sampleStore(tempDir());
    const programs = [getProgram(source.db, 'nursing'), { ...getProgram(source.db, 'accounting'), id: 'broken', pathwayCode: 'ZZ-ZZZ' }];
    const bytes = await writeXlsx(programTables(programs, listCourses(source.db), listPostsecondary(source.db)));
    const target = await openStore(join(tempDir(), 'other.db'));
    const report = await importPrograms(target.db, bytes, 'mixed.xlsx');
    expect(report.added).toBe(1);
    expect(report.rejected).toEqual([expect.objectContaining({ row: 3, column: 'Programs: ID', value: 'broken', reason: expect.stringContaining('ZZ-ZZZ') })]);
    expect(listPrograms(target.db).map((p) => p.id)).toEqual(['nursing']);
    source.close();
    target.close();
  });

  it('refuses a file that is not a workbook', async () => {
    const store = await openStore(join(tempDir(), 'x.db'));
    await expect(importPrograms(store.db, new TextEncoder().encode('ID,Name\n'), 'programs.csv')).rejects.toThrow(/not an Excel workbook/);
    store.close();
  });

  it('copies a program under a new id and name, to adapt', async () => {
    const store = await sampleStore(tempDir());
    const copy = copyProgram(store.db, 'welding');
    expect(copy).toMatchObject({ id: 'welding-and-fabrication-copy', name: 'Welding and Fabrication (copy)' });
    expect(copy.years).toEqual(getProgram(store.db, 'welding').years);
    expect(copyProgram(store.db, 'welding', 'Welding and Fabrication (copy)').id).toBe('welding-and-fabrication-copy-2');
    store.close();
  });
});

describe('a program naming a course the catalog does not have', () => {
  it('is refused with the grade (or the year after high school) in words, not "year 10"', async () => {
    const store = await sampleStore(tempDir());
    const [program] = listPrograms(store.db);
    const years = { ...program!.years, '10': [...program!.years['10'], 'NOPE101'] };
    expect(() => saveProgram(store.db, { ...program!, years })).toThrow(`Program "${program!.name}" lists NOPE101 in grade 10, which is not in the course catalog.`);
    const after = { ...program!.years, ps1: ['NOPE-PS'] };
    expect(() => saveProgram(store.db, { ...program!, years: after })).toThrow(`lists NOPE-PS in year 1 after high school, which is not in the postsecondary entries.`);
    store.close();
  });
});
