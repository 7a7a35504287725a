import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { readPlan } from '../../../src/main/core/plans/repository';
import { UNDO_DEPTH, undoLastChange, updatePlan } from '../../../src/main/core/plans/update';
import { openStore } from '../../../src/main/core/store/connection';
import type { PlanOperationInput } from '../../../src/shared/domain/plan-operation';
import { PlanOperation } from '../../../src/shared/domain/plan-operation';
import type { PlanView } from '../../../src/shared/domain/plan-view';
import { dispatch } from '../../../src/main/core/dispatch';
import { onStore, skipsStore, STORE_KINDS, useStoreHandlers } from '../../helpers/store-pair';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, TODAY } from './stores';

const tempDir = useTempDir();
const handlersOf = useStoreHandlers();

/** One of every operation, in an order where each finds what it needs (ids are c-1, g-1 ...). */
const EVERY_OPERATION: [string, PlanOperationInput, (v: PlanView) => unknown, unknown][] = [
  ['choose a cluster and pathway', { op: 'setFramework', clusterCode: null, pathwayCode: 'HS-TS', programId: null, secondClusterCode: 'ED' }, (v) => [v.framework.cluster?.code, v.framework.pathway?.code, v.framework.secondCluster?.code], ['HS', 'HS-TS', 'ED']],
  ['choose the program too', { op: 'setFramework', clusterCode: 'HS', pathwayCode: 'HS-TS', programId: 'nursing' }, (v) => [v.framework.program?.id, v.framework.secondCluster?.code], ['nursing', 'ED']],
  ['choose the 2024 cluster and sub-cluster', { op: 'setFramework2024', choice: { clusterCode: 'HHS', subClusterCode: 'HHS-PHH' } }, (v) => [v.framework.choice2024, v.framework.cluster?.code], [{ cluster: { code: 'HHS', name: 'Healthcare & Human Services' }, subCluster: { code: 'HHS-PHH', name: 'Physical Health' } }, 'HS']],
  ['place a course', { op: 'placeCourse', courseNumber: 'ENG101', year: '9' }, (v) => v.years[0]!.courses.map((c) => [c.id, c.courseNumber, c.term, c.status]), [['c-1', 'ENG101', 'full_year', 'planned']]],
  ['place a semester course', { op: 'placeCourse', courseNumber: 'HSC101', year: '10', term: 'S2' }, (v) => v.years[1]!.courses.map((c) => [c.id, c.term]), [['c-2', 'S2']]],
  ['place a postsecondary entry', { op: 'placeCourse', courseNumber: 'MC-NURS-1', year: 'ps1' }, (v) => v.years[4]!.courses.map((c) => [c.courseNumber, c.institution, c.credits]), [['MC-NURS-1', 'Madison College', 14]]],
  ['move a course', { op: 'moveCourse', courseId: 'c-2', year: '9', term: 'S1' }, (v) => v.years[0]!.courses.map((c) => [c.courseNumber, c.term]), [['ENG101', 'full_year'], ['HSC101', 'S1']]],
  ['complete a course with a grade', { op: 'setCourseStatus', courseId: 'c-1', status: 'completed', grade: 'A-' }, (v) => [v.years[0]!.courses[0]!.status, v.years[0]!.courses[0]!.grade, v.requirements.areas[0]!.earned], ['completed', 'A-', 1]],
  ['remove a course', { op: 'removeCourse', courseId: 'c-3' }, (v) => v.years[4]!.courses, []],
  ['add a goal', { op: 'addGoal', goal: { kind: 'career', text: 'Job shadow a nurse', targetDate: '2027-03-01', status: 'not_started' } }, (v) => v.goals.map((g) => [g.id, g.text]), [['g-1', 'Job shadow a nurse']]],
  ['update the goal', { op: 'updateGoal', goalId: 'g-1', changes: { status: 'achieved' } }, (v) => v.goals[0]?.status, 'achieved'],
  ['add a second goal', { op: 'addGoal', goal: { kind: 'personal_social', text: 'Join HOSA', targetDate: null, status: 'in_progress' } }, (v) => v.goals.length, 2],
  ['remove a goal', { op: 'removeGoal', goalId: 'g-2' }, (v) => v.goals.map((g) => g.id), ['g-1']],
  ['add an experience', { op: 'addExperience', experience: { type: 'ctso', title: 'HOSA member', organization: null, ctso: 'HOSA', startDate: '2026-09-15', endDate: null, hours: 12 } }, (v) => [v.experiences[0]?.ctso, v.experienceHours], ['HOSA', 12]],
  ['update the experience', { op: 'updateExperience', experienceId: 'e-1', changes: { hours: 30 } }, (v) => v.experienceHours, 30],
  ['add a job shadow', { op: 'addExperience', experience: { type: 'job_shadow', title: 'Shadow day', organization: 'UW Health', ctso: null, startDate: '2026-11-02', endDate: '2026-11-02', hours: 6 } }, (v) => v.experienceHours, 36],
  ['remove an experience', { op: 'removeExperience', experienceId: 'e-2' }, (v) => v.experiences.map((e) => e.id), ['e-1']],
  ['add a credential', { op: 'addCredential', credential: { name: 'CPR/BLS', issuer: 'American Heart Association', status: 'planned', date: null } }, (v) => v.credentials.map((c) => [c.id, c.status]), [['cr-1', 'planned']]],
  ['earn the credential', { op: 'updateCredential', credentialId: 'cr-1', changes: { status: 'earned', date: '2026-10-10' } }, (v) => [v.credentials[0]?.status, v.credentials[0]?.date], ['earned', '2026-10-10']],
  ['add and keep a second credential', { op: 'addCredential', credential: { name: 'CNA', issuer: null, status: 'planned', date: null } }, (v) => v.credentials.length, 2],
  ['remove a credential', { op: 'removeCredential', credentialId: 'cr-2' }, (v) => v.credentials.map((c) => c.name), ['CPR/BLS']],
  ['set career interests', { op: 'setCareerInterests', interests: ['Nursing', 'Physical therapy', 'Nursing'] }, (v) => v.careerInterests, ['Nursing', 'Physical therapy']],
  ['set the postsecondary plan', { op: 'setPostsecondary', institution: 'Madison College', program: 'Nursing', credentialType: 'associate' }, (v) => v.postsecondary.institution, 'Madison College'],
  ['write notes', { op: 'setNotes', notes: '  Talk about Start College Now.  ' }, (v) => v.notes, 'Talk about Start College Now.'],
  ['mark reviewed', { op: 'markReviewed', date: '2026-11-20' }, (v) => v.lastReviewed, '2026-11-20'],
  ['record the civics test', { op: 'setRequirementMet', requirementId: 'civics-test', met: true, date: '2026-11-01' }, (v) => v.requirements.nonCredit[0], expect.objectContaining({ met: true, date: '2026-11-01' })],
  ['place a course twice (a warning)', { op: 'placeCourse', courseNumber: 'ENG101', year: '10' }, (v) => v.warnings.map((w) => w.id), ['not_offered_in_grade:ENG101:10', 'duplicate_course:ENG101']],
  ['acknowledge the warning', { op: 'acknowledgeWarning', warningId: 'duplicate_course:ENG101', note: 'Repeating for a better grade' }, (v) => v.warnings[1]?.acknowledged?.note, 'Repeating for a better grade'],
  ['withdraw the acknowledgement', { op: 'withdrawAcknowledgement', warningId: 'duplicate_course:ENG101' }, (v) => v.warnings[1]?.acknowledged, null],
  ['plan a grade 11 course', { op: 'placeCourse', courseNumber: 'SCI311', year: '11' }, (v) => v.years[2]!.courses.map((c) => c.id), ['c-4']],
  ['plan another to be its alternate', { op: 'placeCourse', courseNumber: 'SCI321', year: '11' }, (v) => v.years[2]!.credits.planned, 2],
  ['make it an alternate (it counts no credits)', { op: 'setAlternate', courseId: 'c-5', forCourseId: 'c-4' }, (v) => [v.years[2]!.courses.map((c) => c.alternateFor?.courseNumber ?? null), v.years[2]!.credits.planned], [[null, 'SCI311'], 1]],
];

/** Changes that cannot apply to 900009's plan once ENG101 is placed in grade 9 (c-1), and why. */
const REFUSALS: [PlanOperationInput, RegExp][] = [
  [{ op: 'removeCourse', courseId: 'c-9' }, /no course c-9/],
  [{ op: 'placeCourse', courseNumber: 'XYZ999', year: '10' }, /XYZ999 is not in the course catalog/],
  [{ op: 'placeCourse', courseNumber: 'ENG101', year: 'ps1' }, /not in the postsecondary entries/],
  [{ op: 'setFramework', clusterCode: 'AG', pathwayCode: 'MN-MIR', programId: null }, /belongs to cluster MN, not AG/],
  [{ op: 'setFramework', clusterCode: null, pathwayCode: null, programId: 'no-such-program' }, /No program of study/],
  [{ op: 'moveCourse', courseId: 'c-1', year: 'ps2' }, /cannot move into a postsecondary year/],
  [{ op: 'acknowledgeWarning', warningId: 'heavy_load:9', note: 'fine' }, /no warning heavy_load:9/],
  [{ op: 'addExperience', experience: { type: 'ctso', title: 'Club', organization: null, ctso: null, startDate: null, endDate: null, hours: null } }, /CTSO experience names its organisation/],
];

describe('changing a plan', () => {
  it('covers every operation of the contract', () => {
    const covered = new Set(EVERY_OPERATION.map(([, op]) => op.op));
    expect([...covered].sort()).toEqual(PlanOperation.options.map((o) => o.shape.op.value).sort());
  });

  it('saves every change at once: each is still there after the store is closed and opened again', async () => {
    const path = join(tempDir(), 'counselor.db');
    let store = await sampleStore('', path);
    for (const [what, op, pick, expected] of EVERY_OPERATION) {
      const view = await updatePlan(store.db, '900009', PlanOperation.parse(op), TODAY);
      expect(pick(view), what).toEqual(expected);
      store.close();
      store = await openStore(path);
      expect(resolvePlan(store.db, '900009', TODAY), `${what}, after reopening`).toEqual(view);
    }
    store.close();
  });

  it('changes only the term when a course moves within its own year', async () => {
    const store = await sampleStore(tempDir());
    await updatePlan(store.db, '900009', { op: 'placeCourse', courseNumber: 'ENG101', year: '9' }, TODAY);
    await updatePlan(store.db, '900009', { op: 'placeCourse', courseNumber: 'HSC101', year: '10', term: 'S1' }, TODAY);
    const view = await updatePlan(store.db, '900009', { op: 'moveCourse', courseId: 'c-2', year: '10', term: 'S2' }, TODAY);
    expect(view.years[1]!.courses.map((c) => [c.id, c.courseNumber, c.term])).toEqual([['c-2', 'HSC101', 'S2']]);
    expect(view.years[0]!.courses.map((c) => [c.id, c.term])).toEqual([['c-1', 'full_year']]);
    expect(resolvePlan(store.db, '900009', TODAY).years[1]!.courses[0]!.term).toBe('S2');
    store.close();
  });

  it('undoes changes one by one back to no plan at all', async () => {
    const store = await sampleStore(tempDir());
    const views = [resolvePlan(store.db, '900009', TODAY)];
    for (const [, op] of EVERY_OPERATION.slice(0, 10)) views.push(await updatePlan(store.db, '900009', PlanOperation.parse(op), TODAY));
    for (let i = views.length - 2; i >= 0; i--) {
      const undone = await undoLastChange(store.db, '900009', TODAY);
      // An undo is a change of its own (the next revision); undoing the first removes the plan, revision and all.
      const undos = views.length - 1 - i;
      expect(undone).toEqual({ ...views[i]!, canUndo: i > 0, revision: i === 0 ? 0 : views.length - 1 + undos });
    }
    expect(readPlan(store.db, '900009')).toBeNull();
    // nothing left to undo: the plan comes back as it is
    expect(await undoLastChange(store.db, '900009', TODAY)).toMatchObject({ status: 'none', canUndo: false });
    store.close();
  });

  it(`keeps the last ${UNDO_DEPTH} changes for undo`, async () => {
    const store = await sampleStore(tempDir());
    for (let i = 1; i <= UNDO_DEPTH + 5; i++) await updatePlan(store.db, '900009', { op: 'setNotes', notes: `note ${i}` }, TODAY);
    const kept = store.db.prepare("SELECT count(*) FROM plan_history WHERE student_number = '900009'").pluck().get();
    expect(kept).toBe(UNDO_DEPTH);
    expect((await undoLastChange(store.db, '900009', TODAY)).notes).toBe(`note ${UNDO_DEPTH + 4}`);
    store.close();
  });

  it('refuses a change that cannot apply, and leaves the plan and its undo history as they were', async () => {
    const store = await sampleStore(tempDir());
    await updatePlan(store.db, '900009', { op: 'placeCourse', courseNumber: 'ENG101', year: '9' }, TODAY);
    const before = resolvePlan(store.db, '900009', TODAY);
    const history = () => store.db.prepare('SELECT count(*) FROM plan_history').pluck().get();
    const count = history();
    // A 2024 code outside the shipped framework is refused where the operation is read (every transport parses it).
    expect(() => PlanOperation.parse({ op: 'setFramework2024', choice: { clusterCode: 'ZZZ', subClusterCode: null } })).toThrow(/no 2024 cluster ZZZ/);
    expect(() => PlanOperation.parse({ op: 'setFramework2024', choice: { clusterCode: 'AMF', subClusterCode: 'CON-SKT' } })).toThrow(/CON-SKT is not a sub-cluster of Advanced Manufacturing/);
    for (const [op, message] of REFUSALS) {
      await expect(updatePlan(store.db, '900009', PlanOperation.parse(op), TODAY), op.op).rejects.toThrow(message);
    }
    expect(resolvePlan(store.db, '900009', TODAY)).toEqual(before);
    expect(history()).toBe(count);
    await expect(updatePlan(store.db, '999999', { op: 'setNotes', notes: 'x' }, TODAY)).rejects.toThrow(/No student with number 999999/);
    store.close();
  });
});

// Every operation again through the methods, on the workstation's store and on the department
// server's (as a lead): the answer is the plan as read again, undo takes it back, refusals match.
for (const kind of STORE_KINDS) {
  describe.skipIf(skipsStore(kind))(`changing a plan through the methods ${onStore(kind)}`, () => {
    const setUp = async () => {
      const handlers = await handlersOf(kind, await sampleStore(tempDir()));
      return async (method: 'plans.get' | 'plans.update' | 'plans.undo', input: object): Promise<PlanView> => {
        const answer = await dispatch(handlers, method, { studentNumber: '900009', ...input });
        if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
        return answer.value as PlanView;
      };
    };

    it('makes every operation, each answer the plan as read again, and undoes the last ones', async () => {
      const call = await setUp();
      const views = [await call('plans.get', {})];
      for (const [what, operation, pick, expected] of EVERY_OPERATION) {
        const view = await call('plans.update', { operation });
        expect(pick(view), what).toEqual(expected);
        expect(await call('plans.get', {}), `${what}, read again`).toEqual(view);
        views.push(view);
      }
      // An undo is a change of its own: the view before, at the next revision.
      for (let i = views.length - 2, revision = views.length; i >= views.length - 4; i--, revision++) {
        expect(await call('plans.undo', {}), `undo to ${EVERY_OPERATION[i]![0]}`).toEqual({ ...views[i]!, revision });
      }
    }, 120_000);

    it('refuses a change that cannot apply, in the same sentences, and leaves the plan as it was', async () => {
      const call = await setUp();
      const before = await call('plans.update', { operation: { op: 'placeCourse', courseNumber: 'ENG101', year: '9' } });
      for (const [operation, message] of REFUSALS) {
        await expect(call('plans.update', { operation }), operation.op).rejects.toThrow(message);
      }
      expect(await call('plans.get', {})).toEqual(before);
      await expect(call('plans.update', { studentNumber: '999999', operation: { op: 'setNotes', notes: 'x' } })).rejects.toThrow(/No student with number 999999/);
    }, 60_000);
  });
}
