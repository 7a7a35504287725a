import { CREDENTIAL_TYPES, SUBJECT_AREAS, type CredentialType, type SubjectArea } from '../../../shared/domain/catalog';
import { EN_DICTIONARY } from './labels-en';
import { ES_DICTIONARY } from './labels-es';
import { framework2024LabelKey, frameworkLabelKey } from './label-keys';
import { EXPERIENCE_TYPES, GoalKind, GoalStatus, type ExperienceType, type Goal } from '../../../shared/domain/plan';

/**
 * Every word the printed plan shows that is not the student's own data, built from a language's
 * label dictionary (key → text with `{placeholders}`): English and Spanish ship as dictionaries
 * (labels-en.ts, labels-es.ts) and go through the same builder as a language a school adds from a
 * label sheet, so the page cannot tell a shipped language from an added one. Course
 * titles and programs are the school's data and print as the store has them; the shipped
 * framework's cluster and pathway names, and the shipped non-credit requirements (the civics
 * test), print in the family's language. Dates are written out ("1 de diciembre de 2026").
 */
export interface Labels {
  title: string;
  /** The title of a file holding many plans. */
  titleMany: (students: number) => string;
  /** An ISO date (YYYY-MM-DD) as a family writes it. */
  longDate: (iso: string) => string;
  printed: (date: string) => string;
  page: (n: number, of: number) => string;
  number: (n: string) => string;
  grade: (g: number) => string;
  classOf: (y: number) => string;
  counselor: (name: string) => string;
  cluster: string;
  pathway: string;
  /** The 2024 framework's words (its names: framework2024Name). */
  cluster2024: string;
  subCluster2024: string;
  /** A cluster's or pathway's name by its code; the store's name where the language has none. */
  frameworkName: (code: string, name: string) => string;
  /** A 2024 cluster's or sub-cluster's name in this language; the English name where it has none. */
  framework2024Name: (code: string, name: string) => string;
  /** A non-credit requirement's name by its id (the civics test); the store's name where the language has none. */
  nonCreditName: (id: string, name: string) => string;
  program: string;
  notChosen: string;
  alsoExploring: string;
  area: string;
  /** A year column's heading and the line under it (the school year, or which year after high school). */
  yearHead: (year: string, schoolYear: string | null) => { label: string; sub: string | null };
  cteRow: string;
  electivesRow: string;
  creditsRow: string;
  credits: (n: string) => string;
  earnedCredits: (n: string) => string;
  legend: string;
  dualCreditTag: string;
  /** Words beside the ✗ and W marks: a family reads the word, not the symbol. */
  failed: string;
  withdrawn: string;
  inProgress: string;
  notInCatalog: string;
  /** Beside an alternate: the course it stands in for, and its rank when it is not the first. */
  alternateFor: (title: string, rank: number) => string;
  moreCourses: (n: number) => string;
  /** Leads the note under the grid that gives in full what a cell had to shorten. */
  inFull: string;
  requirements: string;
  areaProgress: (label: string, earned: string, planned: string, required: string) => string;
  short: (n: string) => string;
  total: string;
  notYet: string;
  /** The on-track line: its lead, each verdict, and the parts of a reason. */
  standing: string;
  onTrack: string;
  offTrack: string;
  creditsShort: (short: string, expected: string, grade: number) => string;
  planShort: (areas: string) => string;
  totalCredits: string;
  gpa: (gpa: string) => string;
  goals: string;
  experiences: (hours: string) => string;
  credentials: string;
  afterHighSchool: string;
  careerInterests: string;
  leadsTo: string;
  none: string;
  hours: (n: string) => string;
  by: (date: string) => string;
  earnedOn: (date: string | null) => string;
  plannedCredential: string;
  signStudent: string;
  signGuardian: string;
  signCounselor: string;
  date: string;
  continued: string;
  subject: string;
  areas: Record<SubjectArea, string>;
  goalKinds: Record<Goal['kind'], string>;
  goalStatus: Record<Goal['status'], string>;
  experienceTypes: Record<ExperienceType, string>;
  credentialTypes: Record<CredentialType, string>;
}

/** A language's printout words: key → text, `{name}` where a value goes. */
export type LabelDictionary = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholders a text has, each once, sorted: an added language's text must have the English one's. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

export { framework2024LabelKey, frameworkLabelKey } from './label-keys';

/**
 * A dictionary's text for a key with its values put in, in one pass (a value holding "{x}", a
 * course title say, is never filled again). The dictionary is complete: an import checks it, and
 * the registry lays an added language over English so a key added by a later version has a text.
 */
export function filler(dict: LabelDictionary): (key: string, values?: Record<string, string | number>) => string {
  return (key, values = {}) => {
    const text = dict[key];
    if (text === undefined) throw new Error(`The printout's label dictionary has no "${key}".`);
    return text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

const pick = <K extends string>(keys: readonly K[], text: (k: K) => string): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, text(k)])) as Record<K, string>;

/** The one builder: a language's dictionary as the page's labels. */
export function buildLabels(dict: LabelDictionary): Labels {
  const t = filler(dict);
  /** "2026-12-01" in words; anything that is not an ISO date prints as it came. */
  const longDate = (iso: string): string => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    const month = m ? dict[`month.${Number(m[2])}`] : undefined;
    return m && month ? t('longDate', { month, day: Number(m[3]), year: m[1]! }) : iso;
  };
  return {
    title: t('title'),
    titleMany: (students) => t('titleMany', { students }),
    longDate,
    printed: (d) => t('printed', { date: longDate(d) }),
    page: (page, pages) => t('page', { page, pages }),
    number: (number) => t('number', { number }),
    grade: (grade) => t('grade', { grade }),
    classOf: (year) => t('classOf', { year }),
    counselor: (name) => t('counselor', { name }),
    cluster: t('cluster'),
    pathway: t('pathway'),
    cluster2024: t('cluster2024'),
    subCluster2024: t('subCluster2024'),
    frameworkName: (code, name) => dict[frameworkLabelKey(code)] ?? name,
    framework2024Name: (code, name) => dict[framework2024LabelKey(code)] ?? name,
    nonCreditName: (id, name) => dict[`nonCredit.${id}`] ?? name,
    program: t('program'),
    notChosen: t('notChosen'),
    alsoExploring: t('alsoExploring'),
    area: t('area'),
    yearHead: (y, sy) =>
      y === 'ps1' || y === 'ps2'
        ? { label: t('yearHead.afterHighSchool'), sub: [t('yearHead.afterYear', { year: y.slice(2) }), sy].filter(Boolean).join(' · ') }
        : { label: t('yearHead.grade', { grade: y }), sub: sy },
    cteRow: t('cteRow'),
    electivesRow: t('electivesRow'),
    creditsRow: t('creditsRow'),
    credits: (credits) => t('credits', { credits }),
    earnedCredits: (credits) => t('earnedCredits', { credits }),
    legend: t('legend'),
    dualCreditTag: t('dualCreditTag'),
    failed: t('failed'),
    withdrawn: t('withdrawn'),
    inProgress: t('inProgress'),
    notInCatalog: t('notInCatalog'),
    alternateFor: (title, rank) => (rank > 1 ? t('alternateForRank', { title, rank }) : t('alternateFor', { title })),
    moreCourses: (count) => t('moreCourses', { count }),
    inFull: t('inFull'),
    requirements: t('requirements'),
    areaProgress: (area, earned, planned, required) => t('areaProgress', { area, earned, planned, required }),
    short: (credits) => t('short', { credits }),
    total: t('total'),
    notYet: t('notYet'),
    standing: t('standing'),
    onTrack: t('onTrack'),
    offTrack: t('offTrack'),
    creditsShort: (short, expected, grade) => t('creditsShort', { short, expected, grade }),
    planShort: (areas) => t('planShort', { areas }),
    totalCredits: t('totalCredits'),
    gpa: (gpa) => t('gpa', { gpa }),
    goals: t('goals'),
    experiences: (hours) => t('experiences', { hours }),
    credentials: t('credentials'),
    afterHighSchool: t('afterHighSchool'),
    careerInterests: t('careerInterests'),
    leadsTo: t('leadsTo'),
    none: t('none'),
    hours: (hours) => t('hours', { hours }),
    by: (d) => t('by', { date: longDate(d) }),
    earnedOn: (d) => (d ? t('earnedOn', { date: longDate(d) }) : t('earned')),
    plannedCredential: t('plannedCredential'),
    signStudent: t('signStudent'),
    signGuardian: t('signGuardian'),
    signCounselor: t('signCounselor'),
    date: t('date'),
    continued: t('continued'),
    subject: t('subject'),
    areas: pick(SUBJECT_AREAS, (a) => t(`area.${a}`)),
    goalKinds: pick(GoalKind.options, (k) => t(`goalKind.${k}`)),
    goalStatus: pick(GoalStatus.options, (s) => t(`goalStatus.${s}`)),
    experienceTypes: pick(EXPERIENCE_TYPES, (e) => t(`experience.${e}`)),
    credentialTypes: pick(CREDENTIAL_TYPES, (c) => t(`credential.${c}`)),
  };
}

/** A language's labels: its dictionary laid over English, so a key a later version adds prints in English until the sheet is filled again. */
export function languageLabels(dictionary: LabelDictionary): Labels {
  return buildLabels({ ...EN_DICTIONARY, ...dictionary });
}

/** The shipped languages' labels (the registry, label-registry.ts, adds a school's own). */
export const LABELS: Readonly<Record<'en' | 'es', Labels>> = { en: languageLabels(EN_DICTIONARY), es: languageLabels(ES_DICTIONARY) };
