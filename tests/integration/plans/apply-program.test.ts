import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/main/core/plans/repository';
import { applyProgramToPlan, undoLastChange, updatePlan } from '../../../src/main/core/plans/update';
import { getProgram } from '../../../src/main/core/programs/repository';
import type { PlanView } from '../../../src/shared/domain/plan-view';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, TODAY } from './stores';

const tempDir = useTempDir();

const numbersIn = (view: PlanView, year: string) => view.years.find((y) => y.year === year)!.courses.map((c) => c.courseNumber);
const everyNumber = (view: PlanView) => view.years.flatMap((y) => y.courses.map((c) => c.courseNumber));

describe('applying a program of study', () => {
  it('fills an empty plan from grade 9 into postsecondary and chooses cluster, pathway and program', async () => {
    const store = await sampleStore(tempDir());
    const program = getProgram(store.db, 'electro-mechanical');
    const view = await applyProgramToPlan(store.db, '900009', 'electro-mechanical', TODAY);
    expect(view.framework).toMatchObject({
      cluster: { code: 'MN', name: 'Manufacturing' },
      pathway: { code: 'MN-MIR', name: 'Maintenance, Installation & Repair' },
      program: { id: 'electro-mechanical', name: 'Electro-Mechanical' },
    });
    for (const year of ['9', '10', '11', '12', 'ps1', 'ps2'] as const) expect(numbersIn(view, year)).toEqual(program.years[year]);
    expect(view.requirements.allPlanned).toBe(true);
    expect(view.warnings).toEqual([]);
    expect(view.status).toBe('complete');
    expect(view.credentials.map((c) => [c.name, c.status])).toEqual(program.credentials.map((name) => [name, 'planned']));
    expect(view.postsecondary).toEqual({ institution: 'Northeast Wisconsin Technical College', program: program.leadsTo.title, credentialType: 'associate' });
    store.close();
  });

  it('keeps a course the counselor placed and does not fill its slot with the program’s course', async () => {
    const store = await sampleStore(tempDir());
    // Integrated Math 1 takes grade 9's math slot; Algebra 1 (the program's) must stay out.
    await updatePlan(store.db, '900009', { op: 'placeCourse', courseNumber: 'MTH111', year: '9' }, TODAY);
    const view = await applyProgramToPlan(store.db, '900009', 'electro-mechanical', TODAY);
    expect(numbersIn(view, '9')).toContain('MTH111');
    expect(everyNumber(view)).not.toContain('MTH101');
    expect(view.years.find((y) => y.year === '9')!.courses.find((c) => c.courseNumber === 'MTH111')!.id).toBe('c-1');
    // Geometry still follows: Integrated Math 1 satisfies its prerequisite.
    expect(numbersIn(view, '10')).toContain('MTH201');
    expect(view.warnings).toEqual([]);
    store.close();
  });

  it('does not add a course that is already anywhere in the plan', async () => {
    const store = await sampleStore(tempDir());
    // The program has Electricity and Electronics in grade 10; the counselor put it in grade 11.
    await updatePlan(store.db, '900009', { op: 'placeCourse', courseNumber: 'TEC301', year: '11' }, TODAY);
    const view = await applyProgramToPlan(store.db, '900009', 'electro-mechanical', TODAY);
    expect(everyNumber(view).filter((n) => n === 'TEC301')).toHaveLength(1);
    expect(numbersIn(view, '11')).toContain('TEC301');
    expect(numbersIn(view, '10')).not.toContain('TEC301');
    store.close();
  });

  it('leaves years before the student’s grade alone and keeps an existing postsecondary plan', async () => {
    const store = await sampleStore(tempDir());
    await updatePlan(store.db, '900011', { op: 'setPostsecondary', institution: 'UW–Madison', program: 'Mechanical Engineering', credentialType: 'bachelor' }, TODAY);
    const view = await applyProgramToPlan(store.db, '900011', 'welding', TODAY);
    expect(numbersIn(view, '9')).toEqual([]);
    expect(numbersIn(view, '10')).toEqual([]);
    expect(numbersIn(view, '11')).toEqual(getProgram(store.db, 'welding').years['11']);
    expect(view.postsecondary).toEqual({ institution: 'UW–Madison', program: 'Mechanical Engineering', credentialType: 'bachelor' });
    store.close();
  });

  it('changes nothing when applied a second time, and undo takes the application back', async () => {
    const store = await sampleStore(tempDir());
    await updatePlan(store.db, '900009', { op: 'setNotes', notes: 'Interested in robotics' }, TODAY);
    const first = await applyProgramToPlan(store.db, '900009', 'electro-mechanical', TODAY);
    const second = await applyProgramToPlan(store.db, '900009', 'electro-mechanical', TODAY);
    expect(second).toEqual(first);
    const undone = await undoLastChange(store.db, '900009', TODAY);
    expect(everyNumber(undone)).toEqual([]);
    expect(undone.framework.program).toBeNull();
    expect(readPlan(store.db, '900009')?.notes).toBe('Interested in robotics');
    store.close();
  });

  it('refuses a program that does not exist, and a student who does not', async () => {
    const store = await sampleStore(tempDir());
    await expect(applyProgramToPlan(store.db, '900009', 'underwater-welding', TODAY)).rejects.toThrow(/No program of study with id "underwater-welding"/);
    await expect(applyProgramToPlan(store.db, '999999', 'welding', TODAY)).rejects.toThrow(/No student with number 999999/);
    store.close();
  });
});
