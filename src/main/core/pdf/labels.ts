import { SUBJECT_AREA_LABELS, type CredentialType, type SubjectArea } from '../../../shared/domain/catalog';
import type { ExperienceType, Goal } from '../../../shared/domain/plan';
import type { PrintLang } from '../../../shared/domain/print';
import { frameworkNameEs } from './framework-es';

/**
 * Every word the printed plan shows that is not the student's own data, in English and Spanish:
 * one table, so a label cannot exist in one language only (the type checker sees to it). Course
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
  /** A cluster's or pathway's name by its code; the store's name where the language has none. */
  frameworkName: (code: string, name: string) => string;
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

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** "2026-12-01" in words; anything that is not an ISO date prints as it came. */
function longDate(iso: string, months: readonly string[], write: (day: number, month: string, year: string) => string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? months[Number(m[2]) - 1] : undefined;
  return m && month ? write(Number(m[3]), month, m[1]!) : iso;
}

const en: Labels = {
  title: 'Academic and Career Plan',
  titleMany: (n) => `Academic and Career Plans (${n} students)`,
  longDate: (iso) => longDate(iso, EN_MONTHS, (d, m, y) => `${m} ${d}, ${y}`),
  printed: (d) => `printed ${en.longDate(d)}`,
  page: (n, of) => `Page ${n} of ${of}`,
  number: (n) => `#${n}`,
  grade: (g) => `grade ${g}`,
  classOf: (y) => `class of ${y}`,
  counselor: (name) => `counselor ${name}`,
  cluster: 'Career cluster',
  pathway: 'Pathway',
  frameworkName: (_code, name) => name,
  nonCreditName: (_id, name) => name,
  program: 'Program of study',
  notChosen: 'not chosen yet',
  alsoExploring: 'also exploring',
  area: 'Area',
  yearHead: (y, sy) =>
    y === 'ps1' || y === 'ps2'
      ? { label: 'After high school', sub: [`year ${y.slice(2)}`, sy].filter(Boolean).join(' · ') }
      : { label: `Grade ${y}`, sub: sy },
  cteRow: 'Career & technical (pathway)',
  electivesRow: 'Electives',
  creditsRow: 'Credits',
  credits: (n) => `${n} cr`,
  earnedCredits: (n) => `✓ ${n} earned`,
  legend: '✓ completed, with its grade · ◐ in progress · ✗ failed · W withdrawn · DC dual credit (college credit in high school) · cr credits',
  dualCreditTag: 'DC',
  failed: 'failed, no credit',
  withdrawn: 'withdrawn, no credit',
  inProgress: 'in progress',
  notInCatalog: 'not in catalog',
  alternateFor: (title, rank) => `Alternate${rank > 1 ? ` ${rank}` : ''} for ${title}`,
  moreCourses: (n) => `+ ${n} more`,
  inFull: 'In full',
  requirements: 'Graduation requirements',
  areaProgress: (label, earned, planned, required) => `${label} ${earned}/${required} earned, ${planned}/${required} planned`,
  short: (n) => `${n} short`,
  total: 'Total',
  notYet: 'not yet',
  standing: 'On track to graduate',
  onTrack: 'yes',
  offTrack: 'not yet',
  creditsShort: (s, x, g) => `${s} credits short of the ${x} expected by the end of grade ${g}`,
  planShort: (areas) => `the plan does not yet meet ${areas}`,
  totalCredits: 'the total credits',
  gpa: (g) => `GPA ${g} (transcript)`,
  goals: 'Goals',
  experiences: (h) => `Experiences (${h} hours)`,
  credentials: 'Credentials',
  afterHighSchool: 'After high school',
  careerInterests: 'Career interests',
  leadsTo: 'Program leads to',
  none: 'None recorded yet.',
  hours: (n) => `${n} h`,
  by: (d) => `by ${en.longDate(d)}`,
  earnedOn: (d) => (d ? `earned ${en.longDate(d)}` : 'earned'),
  plannedCredential: 'planned',
  signStudent: 'Student',
  signGuardian: 'Parent or guardian',
  signCounselor: 'Counselor',
  date: 'Date',
  continued: 'continued',
  subject: 'Courses by grade, graduation requirements, goals, experiences and credentials',
  // The areas' English names are the app's own (the screen's grid rows); only Spanish is print's.
  areas: SUBJECT_AREA_LABELS,
  goalKinds: { academic: 'Academic', career: 'Career', personal_social: 'Personal' },
  goalStatus: { not_started: 'not started', in_progress: 'in progress', achieved: 'achieved', set_aside: 'set aside' },
  experienceTypes: {
    job_shadow: 'job shadow', internship_paid: 'paid internship', internship_unpaid: 'internship',
    youth_apprenticeship: 'youth apprenticeship', cooperative_education: 'co-op', mentorship: 'mentorship',
    service_learning: 'service learning', supervised_agricultural_experience: 'SAE', ctso: 'student organization',
    service: 'service', leadership: 'leadership', athletics: 'athletics',
    arts: 'arts', hobby: 'hobby',
  },
  credentialTypes: {
    certificate: 'certificate', technical_diploma: 'technical diploma',
    associate: 'associate degree', bachelor: "bachelor's degree",
    apprenticeship: 'registered apprenticeship', industry_certification: 'industry certification',
  },
};

const es: Labels = {
  title: 'Plan Académico y Profesional',
  titleMany: (n) => `Planes Académicos y Profesionales (${n} estudiantes)`,
  longDate: (iso) => longDate(iso, ES_MONTHS, (d, m, y) => `${d} de ${m} de ${y}`),
  printed: (d) => `impreso el ${es.longDate(d)}`,
  page: (n, of) => `Página ${n} de ${of}`,
  number: (n) => `n.º ${n}`,
  grade: (g) => `grado ${g}`,
  classOf: (y) => `generación ${y}`,
  counselor: (name) => `consejería: ${name}`,
  cluster: 'Grupo profesional',
  pathway: 'Trayectoria',
  frameworkName: frameworkNameEs,
  nonCreditName: (id, name) => ({ 'civics-test': 'Examen de educación cívica' })[id] ?? name,
  program: 'Programa de estudios',
  notChosen: 'aún sin elegir',
  alsoExploring: 'también explora',
  area: 'Área',
  yearHead: (y, sy) =>
    y === 'ps1' || y === 'ps2'
      ? { label: 'Postsecundaria', sub: [`año ${y.slice(2)}`, sy].filter(Boolean).join(' · ') }
      : { label: `Grado ${y}`, sub: sy },
  cteRow: 'Técnica y profesional (trayectoria)',
  electivesRow: 'Optativas',
  creditsRow: 'Créditos',
  credits: (n) => `${n} cr`,
  earnedCredits: (n) => `✓ ${n} obtenidos`,
  legend: '✓ aprobada, con su calificación · ◐ en curso · ✗ reprobada · W retirada · DC crédito dual (universitario, en la secundaria) · cr créditos',
  dualCreditTag: 'DC',
  failed: 'reprobada, sin crédito',
  withdrawn: 'retirada, sin crédito',
  inProgress: 'en curso',
  notInCatalog: 'no está en el catálogo',
  alternateFor: (title, rank) => `Alternativa${rank > 1 ? ` ${rank}` : ''} para ${title}`,
  moreCourses: (n) => `+ ${n} más`,
  inFull: 'Texto completo',
  requirements: 'Requisitos de graduación',
  areaProgress: (label, earned, planned, required) => `${label} ${earned}/${required} obtenidos, ${planned}/${required} planeados`,
  short: (n) => `faltan ${n}`,
  total: 'Total',
  notYet: 'todavía no',
  standing: 'En camino a graduarse',
  onTrack: 'sí',
  offTrack: 'todavía no',
  creditsShort: (s, x, g) => `faltan ${s} créditos de los ${x} esperados al terminar el grado ${g}`,
  planShort: (areas) => `el plan aún no cumple ${areas}`,
  totalCredits: 'el total de créditos',
  gpa: (g) => `promedio (GPA) ${g} (expediente)`,
  goals: 'Metas',
  experiences: (h) => `Experiencias (${h} horas)`,
  credentials: 'Certificaciones',
  afterHighSchool: 'Después de la secundaria',
  careerInterests: 'Intereses profesionales',
  leadsTo: 'El programa lleva a',
  none: 'Nada registrado todavía.',
  hours: (n) => `${n} h`,
  by: (d) => `para el ${es.longDate(d)}`,
  earnedOn: (d) => (d ? `obtenida el ${es.longDate(d)}` : 'obtenida'),
  plannedCredential: 'planeada',
  signStudent: 'Estudiante',
  signGuardian: 'Madre, padre o tutor',
  signCounselor: 'Consejero(a)',
  date: 'Fecha',
  continued: 'continuación',
  subject: 'Cursos por grado, requisitos de graduación, metas, experiencias y certificaciones',
  areas: {
    english: 'Inglés', math: 'Matemáticas', science: 'Ciencias',
    social_studies: 'Estudios Sociales', physical_education: 'Educación Física', health: 'Salud',
    personal_finance: 'Educación Financiera', world_language: 'Idiomas', fine_arts: 'Bellas Artes',
    cte: 'Educación Técnica y Profesional', elective: 'Optativas', other: 'Otras',
  },
  goalKinds: { academic: 'Académica', career: 'Profesional', personal_social: 'Personal' },
  goalStatus: { not_started: 'sin empezar', in_progress: 'en curso', achieved: 'lograda', set_aside: 'en pausa' },
  experienceTypes: {
    job_shadow: 'observación laboral', internship_paid: 'pasantía pagada', internship_unpaid: 'pasantía',
    youth_apprenticeship: 'aprendizaje juvenil', cooperative_education: 'educación cooperativa', mentorship: 'mentoría',
    service_learning: 'aprendizaje-servicio', supervised_agricultural_experience: 'SAE', ctso: 'organización estudiantil',
    service: 'servicio', leadership: 'liderazgo', athletics: 'deportes',
    arts: 'artes', hobby: 'pasatiempo',
  },
  credentialTypes: {
    certificate: 'certificado', technical_diploma: 'diploma técnico',
    associate: 'título asociado', bachelor: 'licenciatura',
    apprenticeship: 'aprendizaje registrado', industry_certification: 'certificación de la industria',
  },
};

export const LABELS: Record<PrintLang, Labels> = { en, es };

/** The BCP 47 tag the PDF declares, so screen readers and search read it in the right language. */
export const PDF_LANG: Record<PrintLang, string> = { en: 'en-US', es: 'es-US' };
