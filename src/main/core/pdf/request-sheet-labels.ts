import { TERMS } from '../../../shared/domain/plan';
import { filler, type LabelDictionary, type Labels } from './labels';

/**
 * Every word of the course request sheet that is not the student's own data, from the same label
 * dictionary as the plan (its `sheet.` keys, and the plan's own words where the two papers say the
 * same: the student's number, an alternate, the date line, the printed date).
 */
export interface RequestSheetLabels {
  title: (schoolYear: string) => string;
  subject: string;
  titleMany: (students: number) => string;
  number: (n: string) => string;
  grade: (g: number, schoolYear: string) => string;
  counselor: (name: string) => string;
  intro: string;
  columns: { number: string; course: string; credits: string; term: string };
  alternateFor: (title: string, rank: number) => string;
  totalCredits: (n: string) => string;
  noCourses: string;
  more: (n: number) => string;
  changes: string;
  signStudent: string;
  signGuardian: string;
  date: string;
  printed: (date: string) => string;
  terms: Record<string, string>;
}

/** The one builder for the sheet: a language's dictionary, and the plan's labels built from it. */
export function buildRequestSheetLabels(dict: LabelDictionary, plan: Labels): RequestSheetLabels {
  const t = filler(dict);
  return {
    title: (schoolYear) => t('sheet.title', { schoolYear }),
    subject: t('sheet.subject'),
    titleMany: (students) => t('sheet.titleMany', { students }),
    number: plan.number,
    grade: (grade, schoolYear) => t('sheet.grade', { grade, schoolYear }),
    counselor: (name) => t('sheet.counselor', { name }),
    intro: t('sheet.intro'),
    columns: { number: t('sheet.column.number'), course: t('sheet.column.course'), credits: t('sheet.column.credits'), term: t('sheet.column.term') },
    alternateFor: plan.alternateFor,
    totalCredits: (credits) => t('sheet.totalCredits', { credits }),
    noCourses: t('sheet.noCourses'),
    more: (count) => t('sheet.more', { count }),
    changes: t('sheet.changes'),
    signStudent: t('sheet.signStudent'),
    signGuardian: t('sheet.signGuardian'),
    date: plan.date,
    // The plan's own words for the date ("printed December 1, 2026"), so both papers say it alike.
    printed: plan.printed,
    terms: Object.fromEntries(TERMS.map((term) => [term, t(`sheet.term.${term}`)])),
  };
}
