import type { Catalog } from '../../../shared/domain/catalog';
import { emptyPlan, type Experience, type Goal, type Plan } from '../../../shared/domain/plan';
import { HIGH_SCHOOL_YEARS, type ProgramOfStudy } from '../../../shared/domain/program';
import { schoolYearEnd } from '../../../shared/domain/school-year';
import type { StudentInput } from '../../../shared/domain/student';
import { findPathway } from '../framework/lookup';
import { applyProgram } from '../plans/apply-program';
import { newPlanCourse } from '../plans/placement';
import { planWarnings } from '../plans/warnings';

/**
 * Plans for most sample students, built the way a counselor would (program applied, then
 * adjusted) and deterministic for a given date. Student i gets program i mod 9 and one of six
 * situations: three complete (one of them reviewed this school year, one last year), one still
 * exploring, one missing a requirement, one with warnings. Every eighth student has no plan.
 * Years before a student's grade are completed with grades; the current year is in progress.
 */

const GRADES = ['A', 'B+', 'A-', 'B', 'C+', 'A', 'B-', 'B+', 'A-', 'C'];

/** The CTSO and the work-based learning each program's students typically join. */
const PROGRAM_LIFE: Record<string, { ctso: Experience['ctso']; site: string; wbl: Experience['type'] }> = {
  'electro-mechanical': { ctso: 'SkillsUSA', site: 'Kohler Co.', wbl: 'youth_apprenticeship' },
  welding: { ctso: 'SkillsUSA', site: 'Oshkosh Corporation', wbl: 'job_shadow' },
  'automotive-technology': { ctso: 'SkillsUSA', site: 'Ewald Automotive', wbl: 'cooperative_education' },
  'construction-trades': { ctso: 'SkillsUSA', site: 'Findorff', wbl: 'job_shadow' },
  'software-development': { ctso: 'TSA', site: 'Epic Systems', wbl: 'internship_unpaid' },
  nursing: { ctso: 'HOSA', site: 'UW Health University Hospital', wbl: 'job_shadow' },
  'animal-science': { ctso: 'FFA', site: 'the family dairy farm', wbl: 'supervised_agricultural_experience' },
  'early-childhood': { ctso: 'FCCLA', site: 'Lincoln Early Learning Center', wbl: 'youth_apprenticeship' },
  accounting: { ctso: 'FBLA', site: 'Baker Tilly', wbl: 'job_shadow' },
};

export function samplePlans(students: readonly StudentInput[], programs: readonly ProgramOfStudy[], catalog: Catalog, today: Date): Plan[] {
  const end = schoolYearEnd(today);
  const todayText = today.toISOString().slice(0, 10);
  const notAfterToday = (date: string) => (date > todayText ? todayText : date);
  const plans: Plan[] = [];
  students.forEach((student, i) => {
    if (i % 8 === 5 || student.grade === null || student.grade === undefined || student.grade < 9) return;
    const grade = student.grade;
    const program = programs[i % programs.length]!;
    const situation = i % 6;
    let plan = applyProgram(emptyPlan(student.studentNumber), program, catalog);

    if (situation === 3) {
      // Still exploring: a cluster, a second one, and only the years already taken.
      const cluster = findPathway(program.pathwayCode)?.clusterCode ?? null;
      plan = { ...emptyPlan(student.studentNumber), clusterCode: cluster, secondClusterCode: cluster === 'HS' ? 'ED' : 'HS', courses: plan.courses.filter((c) => Number(c.year) < grade || c.year === String(grade)) };
    }
    if (situation === 4) {
      // Senior English not chosen yet: English is planned short, so the plan is started, not complete.
      plan = { ...plan, courses: plan.courses.filter((c) => c.courseNumber !== 'ENG401' && c.courseNumber !== 'ENG411') };
    }
    if (situation === 5) plan = withWarning(plan, i, grade, catalog, notAfterToday(`${end - 1}-10-02`));

    plan = {
      ...plan,
      courses: plan.courses.map((c, n) => {
        if (!(HIGH_SCHOOL_YEARS as readonly string[]).includes(c.year) || Number(c.year) > grade) return c;
        if (Number(c.year) === grade) return { ...c, status: 'in_progress' as const };
        return { ...c, status: 'completed' as const, grade: GRADES[(i + n) % GRADES.length]!, creditsEarned: null };
      }),
    };
    const life = PROGRAM_LIFE[program.id];
    if (situation !== 3 && life) plan = withLife(plan, i, grade, end, life, program);
    if (situation === 0) plan = { ...plan, lastReviewed: notAfterToday(`${end - 1}-09-${String(10 + (i % 15)).padStart(2, '0')}`) };
    if (situation === 1) plan = { ...plan, lastReviewed: `${end - 1}-04-${String(10 + (i % 15)).padStart(2, '0')}` };
    if (situation === 3) plan = { ...plan, careerInterests: ['Helping people', 'Working with my hands'], goals: [goal('g-1', 'career', 'Take a career interest inventory and job shadow in two clusters', `${end}-03-01`, 'in_progress')] };
    if (i % 7 === 2) plan = { ...plan, notes: 'Family prefers conferences with an interpreter; book one in advance.' };
    plans.push(plan);
  });
  return plans;
}

function goal(id: string, kind: Goal['kind'], text: string, targetDate: string | null, status: Goal['status']): Goal {
  return { id, kind, text, targetDate, status };
}

/** Goals, experiences and credentials of the kind the student's program leads to. */
function withLife(plan: Plan, i: number, grade: number, end: number, life: (typeof PROGRAM_LIFE)[string], program: ProgramOfStudy): Plan {
  const occupation = program.occupations[0] ?? program.name;
  const experiences: Experience[] = [
    { id: 'e-1', type: 'ctso', title: `${life.ctso} chapter member`, organization: `Lincoln High School ${life.ctso}`, ctso: life.ctso, startDate: `${end - 1 - (grade - 9)}-09-15`, endDate: null, hours: 20 * (grade - 8) },
  ];
  if (grade >= 11) {
    const hours = life.wbl === 'youth_apprenticeship' || life.wbl === 'cooperative_education' ? 450 : life.wbl === 'job_shadow' ? 6 : 120;
    experiences.push({ id: 'e-2', type: life.wbl, title: `${occupation} at ${life.site}`, organization: life.site, ctso: null, startDate: `${end - 1}-10-${String(1 + (i % 20)).padStart(2, '0')}`, endDate: null, hours });
  }
  if (i % 3 === 0) experiences.push({ id: `e-${experiences.length + 1}`, type: i % 2 === 0 ? 'athletics' : 'service', title: i % 2 === 0 ? 'Varsity soccer' : 'Food pantry volunteer', organization: null, ctso: null, startDate: null, endDate: null, hours: i % 2 === 0 ? null : 40 });
  const goals = [
    goal('g-1', 'academic', 'Keep a B average or better in math and science', `${end}-06-05`, 'in_progress'),
    goal('g-2', 'career', `Job shadow a professional: ${occupation.toLowerCase()}`, `${end}-05-01`, grade >= 11 ? 'achieved' : 'not_started'),
  ];
  if (i % 2 === 0) goals.push(goal('g-3', 'personal_social', 'Take on a leadership role in a club', null, 'not_started'));
  const credentials = plan.credentials.map((c, n) => (grade === 12 && n === 0 ? { ...c, status: 'earned' as const, date: `${end - 1}-05-20` } : c));
  return { ...plan, experiences, goals, credentials, careerInterests: [occupation] };
}

/**
 * One warning a counselor would act on. Seniors: a heavy load (the first one acknowledged with a
 * note) or a course planned twice; younger students: AP Calculus without Precalculus, or a
 * grade-9 course planned in a later grade. Warnings on planned courses only fire for years ahead.
 */
function withWarning(plan: Plan, i: number, grade: number, catalog: Catalog, date: string): Plan {
  const place = (p: Plan, year: Plan['courses'][number]['year'], number: string): Plan => ({ ...p, courses: [...p.courses, newPlanCourse(p, year, number, catalog)] });
  if (grade === 12 && Math.floor(i / 12) % 2 === 0) {
    const next = ['WLG101', 'MUS111', 'MUS121'].reduce((p, n) => place(p, '12', n), plan);
    const heavy = planWarnings(next.courses, catalog).find((w) => w.kind === 'heavy_load');
    return heavy && i < 12 ? { ...next, acknowledgements: [{ warningId: heavy.id, note: 'Student asked for German, choir and orchestra; reviewed with the family.', date }] } : next;
  }
  if (grade === 12) return place(plan, '12', 'FIN201');
  if (Math.floor(i / 24) % 2 === 0) return place(plan, '12', 'MTH411');
  return place(plan, String(grade + 1) as Plan['courses'][number]['year'], 'MTH111');
}
