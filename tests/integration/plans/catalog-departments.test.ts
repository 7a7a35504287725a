import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { automaticArea } from '../../../src/main/core/courses/catalog-departments';
import { importCatalog, previewCatalog } from '../../../src/main/core/courses/catalog-import';
import { getCourse, listCourses } from '../../../src/main/core/courses/repository';
import { openStore } from '../../../src/main/core/store/connection';
import { useTempDir } from '../../helpers/temp';
import { TODAY } from './stores';

const tempDir = useTempDir();
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'catalog');
const bytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** Made by make-district-departments.py: 26 courses in 17 departments, two of which only a counselor can place. */
const FILES = ['district-departments.csv', 'district-departments.xlsx'];
const CHOICES = { 'Special Education': 'elective', 'Driver Education': 'other' } as const;

/** Everything an import could write: courses, remembered departments, backups. */
function storeContents(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = ['course', 'course_pathway', 'catalog_department'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
    const backups = existsSync(join(dirname(path), 'backups')) ? readdirSync(join(dirname(path), 'backups')) : [];
    return JSON.stringify({ tables, backups });
  } finally {
    db.close();
  }
}

describe('a district catalog whose departments are not the app’s subject areas', () => {
  it.each(FILES)('%s: CTE departments and academic synonyms map themselves; the rest wait for the counselor, and the preview writes nothing', async (file) => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const before = storeContents(store.path);

    const preview = await previewCatalog(store.db, bytes(file), file);
    // Before departments were mapped, the area words alone took 12 of these 26 rows and lost 14.
    expect(preview).toMatchObject({ headerRow: 3, added: 23, updated: 0, unchanged: 0 });
    expect(preview.departments.slice(0, 2)).toEqual([
      { department: 'Driver Education', rows: 1, area: null, source: 'unmapped' },
      { department: 'Special Education', rows: 2, area: null, source: 'unmapped' },
    ]);
    const areaOf = Object.fromEntries(preview.departments.map((d) => [d.department, d.area]));
    expect(areaOf).toMatchObject({
      'Technology & Engineering': 'cte',
      'Health Science': 'cte',
      Agriculture: 'cte',
      'Business & Marketing': 'cte',
      'Information Technology': 'cte',
      'Family & Consumer Sciences': 'cte',
      'Career & Technical Education': 'cte',
      'Language Arts': 'english',
      'Social Science': 'social_studies',
      PE: 'physical_education',
      Art: 'fine_arts',
      Music: 'fine_arts',
      Mathematics: 'math',
    });
    expect(preview.rejected.map((r) => [r.row, r.column, r.value])).toEqual([
      [27, 'Department', 'Special Education'],
      [28, 'Department', 'Special Education'],
      [29, 'Department', 'Driver Education'],
    ]);
    expect(preview.rejected[0]!.reason).toBe(
      'Department "Special Education" is not mapped to a subject area: choose its area in the import preview (on the command line: --area "Special Education=AREA", AREA one of english, math, science, social_studies, physical_education, health, personal_finance, world_language, fine_arts, cte, elective, other).',
    );
    const chosen = await previewCatalog(store.db, bytes(file), file, { areas: CHOICES });
    expect(chosen).toMatchObject({ added: 26, rejected: [] });
    expect(chosen.departments.filter((d) => d.source === 'chosen').map((d) => [d.department, d.area])).toEqual([
      ['Driver Education', 'other'],
      ['Special Education', 'elective'],
    ]);
    expect(storeContents(store.path)).toBe(before);

    const report = await importCatalog(store.db, bytes(file), file, { areas: CHOICES, storePath: store.path, now: TODAY });
    expect(report).toMatchObject({ added: 26, updated: 0, unchanged: 0, rejected: [] });
    const courses = listCourses(store.db);
    expect(courses).toHaveLength(26);
    expect(courses.filter((c) => c.area === 'cte').map((c) => c.number)).toEqual(['0701', '0702', '0711', '0712', '0721', '0722', '0731', '0732', '0741', '0751', '0752', '0761']);
    expect(getCourse(store.db, '0201')).toMatchObject({ title: 'Algebra 1', credits: 1, area: 'math', grades: [9, 10, 11, 12] });
    expect(getCourse(store.db, '0202').prerequisites).toEqual([['0201']]);
    expect(getCourse(store.db, '01051')).toMatchObject({ credits: 0.5, grades: [10, 11, 12], length: 'semester', area: 'english' });
    expect(getCourse(store.db, '0702')).toMatchObject({ credits: 0.5, grades: [10, 11, 12], area: 'cte' });
    expect(getCourse(store.db, '0901')).toMatchObject({ area: 'elective' });
    expect(getCourse(store.db, '0951')).toMatchObject({ area: 'other', credits: 0.25, length: 'quarter' });
    store.close();
  });

  it('remembers the counselor’s department choices for the next catalog, and a later choice replaces them', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const file = 'district-departments.csv';
    await importCatalog(store.db, bytes(file), file, { areas: { ...CHOICES, 'Underwater Basketry': 'elective' }, now: TODAY });
    // Only departments the file names are remembered.
    expect(store.db.prepare('SELECT department FROM catalog_department ORDER BY 1').pluck().all()).toEqual(['Driver Education', 'Special Education']);

    const next = await previewCatalog(store.db, bytes(file), file);
    expect(next).toMatchObject({ added: 0, unchanged: 26, rejected: [] });
    expect(next.departments.find((d) => d.department === 'Special Education')).toEqual({ department: 'Special Education', rows: 2, area: 'elective', source: 'remembered' });

    // Another spelling of the same department finds the same choice.
    const renamed = new TextEncoder().encode('Course Number,Course Title,Credits,Department\n0903,Study Skills,0.5,special education\n');
    expect(await previewCatalog(store.db, renamed, 'next-year.csv')).toMatchObject({ added: 1, rejected: [], departments: [{ area: 'elective', source: 'remembered' }] });

    await importCatalog(store.db, bytes(file), file, { areas: { 'SPECIAL EDUCATION': 'other' }, now: TODAY });
    expect(getCourse(store.db, '0901').area).toBe('other');
    expect((await previewCatalog(store.db, renamed, 'next-year.csv')).departments[0]).toMatchObject({ area: 'other', source: 'remembered' });

    // A store that never saw the choice does not know it.
    const other = await openStore(join(tempDir(), 'other.db'));
    expect((await previewCatalog(other.db, renamed, 'next-year.csv')).departments[0]).toMatchObject({ area: null, source: 'unmapped' });
    other.close();
    store.close();
  });

  it('without a choice, the import still takes every good row and rejects only the unmapped departments', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const report = await importCatalog(store.db, bytes('district-departments.xlsx'), 'district-departments.xlsx', { now: TODAY });
    expect(report).toMatchObject({ added: 23 });
    expect(new Set(report.rejected.map((r) => r.value))).toEqual(new Set(['Special Education', 'Driver Education']));
    expect(store.db.prepare('SELECT count(*) FROM catalog_department').pluck().get()).toBe(0);
    store.close();
  });

  it('reads department names the way districts write them', () => {
    expect(automaticArea('Trade & Industry')).toBe('cte');
    expect(automaticArea('FACS')).toBe('cte');
    expect(automaticArea('Business/Information Technology')).toBe('cte');
    expect(automaticArea('Art & Music')).toBe('fine_arts');
    expect(automaticArea('World Languages')).toBe('world_language');
    expect(automaticArea('Health & PE')).toBeNull();
    expect(automaticArea('Special Education')).toBeNull();
    expect(automaticArea('Computer Science')).toBeNull();
  });
});
