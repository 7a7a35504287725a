import type { PrintLang } from '../../../shared/domain/print';
import { LABELS } from './labels';

/**
 * Every word of the course request sheet that is not the student's own data, in English and
 * Spanish: one table, so a label cannot exist in one language only (the type checker sees to it).
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

const en: RequestSheetLabels = {
  title: (y) => `Course Request Form ${y}`,
  subject: 'Course requests for next school year',
  titleMany: (n) => `Course Request Forms (${n} students)`,
  number: (n) => `#${n}`,
  grade: (g, y) => `grade ${g} in ${y}`,
  counselor: (name) => `counselor ${name}`,
  intro:
    'These are the courses planned for next year. An alternate is taken only if the course above it cannot be scheduled. Please check them, write any change below, and sign.',
  columns: { number: 'Course number', course: 'Course', credits: 'Credits', term: 'Term' },
  alternateFor: (title, rank) => `Alternate${rank > 1 ? ` ${rank}` : ''} for ${title}`,
  totalCredits: (n) => `Credits requested (alternates not counted): ${n}`,
  noCourses: 'No courses are planned for this year yet: write the courses you request on the lines below.',
  more: (n) => `… and ${n} more requests (see the plan)`,
  changes: 'Changes or other requests',
  signStudent: 'Student signature',
  signGuardian: 'Parent or guardian signature',
  date: 'Date',
  // The plan's own words for the date ("printed December 1, 2026"), so both papers say it alike.
  printed: LABELS.en.printed,
  terms: { full_year: 'Full year', S1: 'Semester 1', S2: 'Semester 2', Q1: 'Quarter 1', Q2: 'Quarter 2', Q3: 'Quarter 3', Q4: 'Quarter 4' },
};

const es: RequestSheetLabels = {
  title: (y) => `Solicitud de cursos ${y}`,
  subject: 'Solicitud de cursos para el próximo año escolar',
  titleMany: (n) => `Solicitudes de cursos (${n} estudiantes)`,
  number: (n) => `n.º ${n}`,
  grade: (g, y) => `grado ${g} en ${y}`,
  counselor: (name) => `consejero/a ${name}`,
  intro:
    'Estos son los cursos planeados para el próximo año. Una alternativa se toma solo si el curso de arriba no se puede programar. Revíselos, escriba abajo cualquier cambio y firme.',
  columns: { number: 'Número de curso', course: 'Curso', credits: 'Créditos', term: 'Período' },
  alternateFor: (title, rank) => `Alternativa${rank > 1 ? ` ${rank}` : ''} para ${title}`,
  totalCredits: (n) => `Créditos solicitados (sin contar alternativas): ${n}`,
  noCourses: 'Todavía no hay cursos planeados para este año: escriba los cursos que solicita en las líneas de abajo.',
  more: (n) => `… y ${n} solicitudes más (vea el plan)`,
  changes: 'Cambios u otras solicitudes',
  signStudent: 'Firma del estudiante',
  signGuardian: 'Firma de la madre, el padre o el tutor',
  date: 'Fecha',
  printed: LABELS.es.printed,
  terms: { full_year: 'Todo el año', S1: 'Semestre 1', S2: 'Semestre 2', Q1: 'Trimestre 1', Q2: 'Trimestre 2', Q3: 'Trimestre 3', Q4: 'Trimestre 4' },
};

export const REQUEST_SHEET_LABELS: Record<PrintLang, RequestSheetLabels> = { en, es };
