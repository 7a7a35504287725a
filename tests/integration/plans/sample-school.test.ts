import { describe, expect, it } from 'vitest';
import { listCourses, listPostsecondary } from '../../../src/main/core/courses/repository';
import { findPathway } from '../../../src/main/core/framework/lookup';
import { readAllPlans } from '../../../src/main/core/plans/repository';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { listPrograms } from '../../../src/main/core/programs/repository';
import { listCaseload } from '../../../src/main/core/plans/caseload';
import { SUBJECT_AREAS } from '../../../src/shared/domain/catalog';
import { PlanView } from '../../../src/shared/domain/plan-view';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, TODAY } from './stores';

const tempDir = useTempDir();

describe('the sample school’s catalog, programs and plans', () => {
  it('ships about 120 courses covering every area, with AP, dual credit and counts-as courses', async () => {
    const store = await sampleStore(tempDir());
    const courses = listCourses(store.db);
    expect(courses.length).toBeGreaterThanOrEqual(110);
    expect(courses.length).toBeLessThanOrEqual(135);
    expect(new Set(courses.map((c) => c.area))).toEqual(new Set(SUBJECT_AREAS));
    expect(courses.some((c) => c.title === 'AP English Literature and Composition' && c.flags.ap)).toBe(true);
    expect(courses.some((c) => c.title === 'AP Calculus AB')).toBe(true);
    expect(courses.some((c) => c.title === 'Civics')).toBe(true);
    expect(courses.some((c) => c.tags.includes('agriculture_science'))).toBe(true);
    expect(courses.some((c) => c.tags.includes('computer_science'))).toBe(true);
    expect(new Set(courses.map((c) => c.flags.dualCredit))).toEqual(new Set([null, 'start_college_now', 'transcripted_credit']));
    store.close();
  });

  it('ships at least 8 complete programs across at least 6 clusters, each from grade 9 into postsecondary', async () => {
    const store = await sampleStore(tempDir());
    const programs = listPrograms(store.db);
    expect(programs.length).toBeGreaterThanOrEqual(8);
    expect(new Set(programs.map((p) => findPathway(p.pathwayCode)?.clusterCode)).size).toBeGreaterThanOrEqual(6);
    expect(programs.find((p) => p.name === 'Electro-Mechanical')?.pathwayCode).toBe('MN-MIR');
    const entries = new Set(listPostsecondary(store.db).map((e) => e.code));
    for (const p of programs) {
      for (const year of ['9', '10', '11', '12', 'ps1'] as const) expect(p.years[year].length, `${p.id} ${year}`).toBeGreaterThan(0);
      expect(p.years.ps1.every((code) => entries.has(code))).toBe(true);
      expect(p.credentials.length + p.dualCreditOptions.length + p.occupations.length).toBeGreaterThan(3);
    }
    store.close();
  });

  it('gives most students a plan: some complete or reviewed, some started, some with warnings', async () => {
    const store = await sampleStore(tempDir());
    const rows = await listCaseload(store.db, TODAY);
    const count = (status: string) => rows.filter((r) => r.planStatus === status).length;
    expect(readAllPlans(store.db).length).toBeGreaterThan(rows.length * 0.75);
    for (const status of ['none', 'started', 'complete', 'reviewed']) expect(count(status), status).toBeGreaterThan(0);
    const views = rows.map((r) => resolvePlan(store.db, r.studentNumber, TODAY));
    for (const v of views) expect(PlanView.safeParse(v).success).toBe(true);
    // the caseload works status out from a few columns; it must agree with the whole plan's
    expect(rows.map((r) => r.planStatus)).toEqual(views.map((v) => v.status));
    const kinds = new Set(views.flatMap((v) => v.warnings.map((w) => w.kind)));
    for (const kind of ['prerequisite_missing', 'not_offered_in_grade', 'duplicate_course', 'heavy_load']) expect(kinds).toContain(kind);
    expect(views.some((v) => v.warnings.some((w) => w.acknowledged))).toBe(true);
    // seniors have a transcript: completed courses with grades
    const senior = views.find((v) => v.student.grade === 12 && v.status !== 'none')!;
    expect(senior.years[0]!.courses.every((c) => c.status === 'completed' && c.grade !== null)).toBe(true);
    expect(views.some((v) => v.experiences.length > 0 && v.goals.length > 0 && v.credentials.length > 0)).toBe(true);
    store.close();
  });

  it('is the same every time for the same date', async () => {
    const a = await sampleStore(tempDir());
    const b = await sampleStore(tempDir());
    expect(readAllPlans(b.db)).toEqual(readAllPlans(a.db));
    a.close();
    b.close();
  });
});
