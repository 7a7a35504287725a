import { CREDENTIAL_TYPE_LABELS } from '../../../shared/domain/catalog';
import { displayName } from '../../../shared/domain/names';
import { cellCourses, GRID_ROW_LABELS, printedGridRows } from '../../../shared/domain/plan-grid';
import type { PlanView, PlanViewCourse } from '../../../shared/domain/plan-view';

/**
 * A plan as text for a terminal: the same areas × years grid the printout uses, its rows and
 * placement from shared/domain/plan-grid.ts (course numbers in the cells, ✓ completed, ~ in
 * progress, ✗ failed, W withdrawn), the titles once below it, the transcript course by course
 * (grades, credits earned, attempts), then progress, the on-track verdict, warnings and the rest.
 */

const YEAR_HEADS: Record<string, string> = { '9': 'grade 9', '10': 'grade 10', '11': 'grade 11', '12': 'grade 12', ps1: 'after HS 1', ps2: 'after HS 2' };
const STATUS_MARK: Record<PlanViewCourse['status'], string> = { completed: '✓', in_progress: '~', planned: '', failed: '✗', withdrawn: 'W' };

const credits = (n: number) => String(Math.round(n * 100) / 100);

function gridRows(view: PlanView): { label: string; cells: string[][] }[] {
  return printedGridRows(view).map((row) => ({
    label: GRID_ROW_LABELS[row],
    cells: view.years.map((_, i) => cellCourses(view, row, i).map((c) => `${c.courseNumber}${STATUS_MARK[c.status]}`)),
  }));
}

function grid(view: PlanView): string[] {
  const rows = gridRows(view);
  const totals = view.years.map((y) => [credits(y.credits.planned)]);
  const all = [...rows, { label: 'credits', cells: totals }];
  const labelWidth = Math.max(...all.map((r) => r.label.length), 4) + 2;
  const widths = view.years.map((y, i) => Math.max(YEAR_HEADS[y.year]!.length, ...all.flatMap((r) => (r.cells[i] ?? []).map((c) => c.length))) + 2);
  const line = (label: string, cells: string[]) => (label.padEnd(labelWidth) + cells.map((c, i) => c.padEnd(widths[i]!)).join('')).trimEnd();
  const out = [line('area', view.years.map((y) => YEAR_HEADS[y.year]!))];
  for (const r of all) {
    const height = Math.max(1, ...r.cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(k === 0 ? r.label : '', r.cells.map((c) => c[k] ?? '')));
  }
  return out;
}

function titles(view: PlanView): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of view.years.flatMap((y) => y.courses)) {
    if (seen.has(c.courseNumber)) continue;
    seen.add(c.courseNumber);
    // An alternate counts no credits: said here, since the grid above shows it like any course.
    const alternate = c.alternateFor && `alternate${c.alternateFor.rank > 1 ? ` ${c.alternateFor.rank}` : ''} for ${c.alternateFor.courseNumber}`;
    const tags = [c.flags?.ap && 'AP', c.flags?.honors && 'honors', c.flags?.dualCredit && 'dual credit', !c.inCatalog && 'not in catalog', alternate].filter(Boolean);
    const where = c.institution ? ` · ${c.institution}` : '';
    out.push(`  ${c.courseNumber.padEnd(12)}${c.title} (${credits(c.credits)} cr${tags.length ? `, ${tags.join(', ')}` : ''})${where}`);
  }
  return out;
}

const STATUS_WORD: Record<PlanViewCourse['status'], string> = {
  completed: 'completed',
  in_progress: 'in progress',
  planned: 'planned',
  failed: 'failed, no credit',
  withdrawn: 'withdrawn, no credit',
};

/** The transcript's courses, oldest first, each attempt on its own line with its grades and credits earned. */
function transcript(view: PlanView): string[] {
  const taken = view.years.flatMap((y) => y.courses).filter((c) => c.transcript !== null);
  if (taken.length === 0) return [];
  const out = ['', 'Transcript:'];
  for (const c of taken) {
    const t = c.transcript!;
    const when = `${t.schoolYear ?? ''}${t.schoolYear ? ' ' : ''}grade ${t.gradeLevel ?? c.year}`;
    const grades = t.grades.length > 1 ? ` (${t.grades.map((g) => `${g.term} ${g.grade}`).join(', ')})` : '';
    const attempt = t.attempt > 1 ? `, attempt ${t.attempt}` : '';
    const unmatched = t.matchedBy === 'none' ? ', not in catalog' : '';
    const missing = t.notInLatestFile ? ', not in the latest file' : '';
    out.push(
      `  ${when.padEnd(17)}${c.courseNumber.padEnd(12)}${c.title}: ${STATUS_WORD[c.status]}${c.grade ? `, grade ${c.grade}` : ''}${grades}, ${credits(c.creditsEarned ?? 0)} cr earned${attempt}${unmatched}${missing}`,
    );
  }
  return out;
}

/** "On track", or "Not on track: ..." with every reason; "not yet known" before any course history. */
export function onTrackLine(view: PlanView): string {
  const t = view.onTrack;
  const earned = t.finishedGrade === null ? `${credits(t.earned)} credits earned` : `${credits(t.earned)} of ${credits(t.expected)} credits expected by the end of grade ${t.finishedGrade} earned`;
  if (t.verdict === 'unknown') return 'On track: not yet known (no course history yet, or no grade).';
  if (t.verdict === 'on_track') return `On track: yes — ${earned}, and the plan meets every requirement.`;
  return `On track: no — ${t.reasons.join('; ')}.`;
}

function progress(view: PlanView): string[] {
  const r = view.requirements;
  const row = (label: string, p: { earned: number; planned: number; required: number; met: boolean }) =>
    `  ${label.padEnd(30)}earned ${credits(p.earned).padStart(5)}  planned ${credits(p.planned).padStart(5)}  required ${credits(p.required).padStart(5)}  ${p.met ? '✓' : 'short'}`;
  const out = [`Requirements (${r.setName}):`];
  for (const a of r.areas) {
    out.push(row(a.label, a));
    for (const c of a.countsAs) out.push(`      includes ${credits(c.planned)} counted by rule ${c.ruleId}: ${c.description}`);
  }
  out.push(row('Total', r.total));
  for (const n of r.nonCredit) out.push(`  ${n.name}: ${n.met ? `met${n.date ? ` ${n.date}` : ''}` : 'not yet met'}`);
  out.push('', onTrackLine(view));
  if (view.gpa !== null) out.push(`GPA ${view.gpa} (as the course history file states it)`);
  return out;
}

function rest(view: PlanView): string[] {
  const out: string[] = [];
  if (view.warnings.length > 0) {
    out.push('', 'Warnings:');
    for (const w of view.warnings) {
      out.push(`  ! ${w.message}  [${w.id}]`);
      if (w.acknowledged) out.push(`    acknowledged ${w.acknowledged.date}: ${w.acknowledged.note}`);
    }
  }
  if (view.goals.length > 0) out.push('', 'Goals:', ...view.goals.map((g) => `  ${g.kind.replace('_', '/')}: ${g.text} (${g.status.replace('_', ' ')}${g.targetDate ? `, by ${g.targetDate}` : ''})`));
  if (view.experiences.length > 0) {
    out.push('', `Experiences (${credits(view.experienceHours)} hours):`);
    for (const e of view.experiences) out.push(`  ${e.type.replace(/_/g, ' ')}${e.ctso ? ` (${e.ctso})` : ''}: ${e.title}${e.hours !== null ? `, ${credits(e.hours)} h` : ''}`);
  }
  if (view.credentials.length > 0) out.push('', 'Credentials:', ...view.credentials.map((c) => `  ${c.name}: ${c.status}${c.date ? ` ${c.date}` : ''}${c.issuer ? ` (${c.issuer})` : ''}`));
  const ps = view.postsecondary;
  if (ps.institution || ps.program || ps.credentialType) {
    out.push('', `After high school: ${[ps.program, ps.institution, ps.credentialType && CREDENTIAL_TYPE_LABELS[ps.credentialType]].filter(Boolean).join(' · ')}`);
  }
  if (view.careerInterests.length > 0) out.push('', `Career interests: ${view.careerInterests.join(', ')}`);
  if (view.notes) out.push('', `Notes: ${view.notes}`);
  return out;
}

export function planText(view: PlanView): string {
  const s = view.student;
  const f = view.framework;
  const head = [
    `${displayName(s)} · #${s.studentNumber} · grade ${s.grade ?? '–'} · class of ${s.classYear ?? '–'}${s.counselor ? ` · ${s.counselor}` : ''}`,
    [f.cluster?.name ?? '(cluster not chosen)', f.pathway?.name ?? '(pathway not chosen)', f.program?.name ?? '(program not chosen)'].join(' → ') +
      (f.secondCluster ? `   also exploring: ${f.secondCluster.name}` : ''),
    `Plan ${view.status.replace(/_/g, ' ')}${view.lastReviewed ? ` · last reviewed ${view.lastReviewed}` : ''}`,
  ];
  const hasCourses = view.years.some((y) => y.courses.length > 0);
  const legend = '✓ completed  ~ in progress  ✗ failed  W withdrawn';
  const body = hasCourses ? ['', ...grid(view), legend, '', 'Courses:', ...titles(view), ...transcript(view)] : ['', 'No courses placed yet.'];
  return [...head, ...body, '', ...progress(view), ...rest(view)].join('\n');
}
