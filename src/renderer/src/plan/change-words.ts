import type { AuditEntry, StudentAuditAction } from '../../../shared/methods/audit';
import type { PlanOperation } from '../../../shared/domain/plan-operation';
import { STUDENT_FIELD_LABELS } from '../../../shared/domain/student-fields';

/** What each saved change was, in the counselor's words (every operation named: the compiler checks). */
const ACTION_WORDS: Record<PlanOperation['op'] | 'undo' | 'applyProgram' | StudentAuditAction, string> = {
  setFramework: 'Career cluster, pathway or program chosen',
  setFramework2024: '2024 career cluster chosen',
  placeCourse: 'Course added',
  moveCourse: 'Course moved',
  removeCourse: 'Course removed',
  setAlternate: 'Alternate course set',
  setCourseStatus: 'Course status changed',
  addGoal: 'Goal added',
  updateGoal: 'Goal changed',
  removeGoal: 'Goal removed',
  addExperience: 'Experience added',
  updateExperience: 'Experience changed',
  removeExperience: 'Experience removed',
  addCredential: 'Credential added',
  updateCredential: 'Credential changed',
  removeCredential: 'Credential removed',
  setCareerInterests: 'Career interests changed',
  setPostsecondary: 'Plan after high school changed',
  setNotes: 'Notes changed',
  markReviewed: 'Marked reviewed',
  acknowledgeWarning: 'Warning acknowledged',
  withdrawAcknowledgement: 'Acknowledgement withdrawn',
  setRequirementMet: 'Requirement marked met',
  undo: 'Last change undone',
  applyProgram: 'Program of study applied',
  'students.add': 'Student added by hand',
  'students.update': 'Student record changed by hand',
  'students.reassign': 'Counselor changed',
  'roster.add': 'Student added by a roster import',
  'roster.update': 'Student record changed by a roster import',
  'roster.renumber': 'Student number changed by a roster import',
  'roster.absent': 'Marked "not in latest roster" by a roster import',
  'history.import': 'Course history changed by an import',
  'year.start': 'School year started',
  'year.undo': 'School year start undone',
  'year.reactivate': 'Made active again after graduating',
  'conferences.add': 'Conference recorded',
  'conferences.update': 'Conference changed',
  'conferences.remove': 'Conference removed',
};

const FIELD_WORDS: Record<string, string> = { ...STUDENT_FIELD_LABELS, guardians: 'Guardians', status: 'Status' };

/**
 * The fields a change to the student's record changed, as "Grade: 10 → 11": a change by hand keeps
 * them at the top of its detail, a roster import's under `changes`, a reassignment as `counselor`
 * (each `{ from, to }`). Other entries say nothing more.
 */
export function changedFieldsText(entry: AuditEntry): string | null {
  const detail = entry.detail;
  if (!detail || typeof detail !== 'object') return null;
  const record = detail as Record<string, unknown>;
  if (entry.action === 'history.import') return historyText(record);
  if (entry.action.startsWith('year.')) return yearText(record);
  const roster = entry.action.startsWith('roster.');
  const fields = roster ? record.changes : entry.action === 'students.update' || entry.action === 'students.reassign' ? record : null;
  // A roster import's entry names its file, so the lead finds the roster that made the change.
  return [fieldsText(fields), roster ? fromFile(record) : null].filter(Boolean).join(', ') || null;
}

/** "Grade: 10 → 11; Homeroom: — → 204" from `{ field: { from, to, label? } }`. */
function fieldsText(fields: unknown): string {
  const shown = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v).replaceAll('_', ' '));
  return Object.entries(fields && typeof fields === 'object' ? fields : {})
    .filter((e): e is [string, { from?: unknown; to?: unknown; label?: unknown }] => !!e[1] && typeof e[1] === 'object' && 'to' in e[1])
    .map(([field, { from, to, label }]) => `${typeof label === 'string' ? label : (FIELD_WORDS[field] ?? field)}: ${shown(from)} → ${shown(to)}`)
    .join('; ');
}

function fromFile(record: Record<string, unknown>): string | null {
  return typeof record.fileName === 'string' ? `from ${record.fileName}` : null;
}

/** A course history import's entry: courses added, each course changed with its fields, courses no longer listed, the GPA. */
function historyText(record: Record<string, unknown>): string | null {
  const count = (key: string) => (typeof record[key] === 'number' ? (record[key] as number) : 0);
  const changed = Array.isArray(record.changed) ? (record.changed as { course?: { title?: string; schoolYear?: string }; changes?: unknown }[]) : [];
  const parts = [
    count('added') > 0 ? `${count('added')} ${count('added') === 1 ? 'course' : 'courses'} added` : null,
    ...changed.map((c) => `${c.course?.title ?? 'a course'}${c.course?.schoolYear ? ` (${c.course.schoolYear})` : ''}: ${fieldsText(c.changes)}`),
    count('missing') > 0 ? `${count('missing')} no longer listed` : null,
    typeof record.gpa === 'string' ? `GPA ${record.gpa}` : null,
  ].filter(Boolean);
  return [parts.join('; '), fromFile(record)].filter(Boolean).join(', ') || null;
}


/**
 * A school year's entry (main/core/year/audit.ts): the fields it moved, a review that now counts for
 * the year before (a start) or again (an undo), and the school year; a reactivation names the start
 * that graduated the student.
 */
function yearText(record: Record<string, unknown>): string | null {
  const reviewed = (key: string) => {
    const review = record[key];
    return review && typeof review === 'object' && typeof (review as { lastReviewed?: unknown }).lastReviewed === 'string' ? (review as { lastReviewed: string }).lastReviewed : null;
  };
  const reset = reviewed('reviewReset');
  const restored = reviewed('reviewRestored');
  const by = record.graduatedBy as { schoolYear?: unknown; startedOn?: unknown } | undefined;
  const parts = [
    fieldsText(record.changes) || null,
    reset ? `the review of ${reset} now counts for the year before` : null,
    restored ? `the review of ${restored} counts again` : null,
  ].filter(Boolean);
  const when =
    typeof record.schoolYear === 'string'
      ? `school year ${record.schoolYear}`
      : by && typeof by.schoolYear === 'string'
        ? `graduated by the start of ${by.schoolYear}${typeof by.startedOn === 'string' ? ` on ${by.startedOn}` : ''}`
        : null;
  return [parts.join('; '), when].filter(Boolean).join(', ') || null;
}

/** An entry's action in the counselor's words; an action this version does not know, as stored. */
export function actionWords(action: string): string {
  return (ACTION_WORDS as Record<string, string>)[action] ?? action;
}
