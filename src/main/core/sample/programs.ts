import type { ProgramInput, ProgramYears } from '../../../shared/domain/program';
import { SAMPLE_POSTSECONDARY } from './postsecondary';

/**
 * Lincoln High School's programs of study: each a coordinated sequence of academic and CTE
 * courses from grade 9 into two postsecondary years, leading to a certificate, diploma, degree
 * or apprenticeship (DPI's minimum for a program of study). Each high-school sequence plans
 * every Wisconsin credit requirement on its own, so a student who follows one graduates.
 */

const CORE = {
  '9': ['ENG101', 'MTH101', 'SCI101', 'SOC111', 'PED101', 'HLT101'],
  '10': ['ENG201', 'MTH201', 'SCI111', 'SOC201', 'PED201'],
  '11': ['ENG301', 'MTH301', 'SCI201', 'SOC301', 'SOC311', 'PED301'],
  '12': ['ENG401', 'FIN201'],
};

/** The core plus the program's own courses; `years` may replace a year's core outright. */
function years(extra: Record<'9' | '10' | '11' | '12', string[]>, ps: string, replace: Partial<ProgramYears> = {}): ProgramYears {
  const hs = (y: '9' | '10' | '11' | '12') => replace[y] ?? [...CORE[y], ...extra[y]];
  // Two semesters a year after high school; a one-year diploma leaves the second year open.
  const after = SAMPLE_POSTSECONDARY.filter((e) => e.code.startsWith(`${ps}-`)).map((e) => e.code);
  return { '9': hs('9'), '10': hs('10'), '11': hs('11'), '12': hs('12'), ps1: after.slice(0, 2), ps2: after.slice(2, 4) };
}

export const SAMPLE_PROGRAMS: ProgramInput[] = [
  {
    id: 'electro-mechanical',
    pathwayCode: 'MN-MIR',
    name: 'Electro-Mechanical',
    description: 'Engineering design, electricity and automation in high school, a paid manufacturing youth apprenticeship, then NWTC’s Electro-Mechanical Technology associate degree.',
    years: years({ '9': ['TEC111', 'ART101'], '10': ['TEC211', 'TEC301'], '11': ['TEC311', 'TEC321'], '12': ['SCI301', 'MTH321', 'TEC401', 'TEC201', 'PED311'] }, 'NWTC-EMT'),
    dualCreditOptions: ['Start College Now: Electro-Mechanical Fundamentals (NWTC)', 'Transcripted credit: College Technical Math 1A'],
    credentials: ['OSHA 10-Hour General Industry', 'Manufacturing Youth Apprenticeship Certificate'],
    leadsTo: { credentialType: 'associate', title: 'Electro-Mechanical Technology, Associate of Applied Science', institution: 'Northeast Wisconsin Technical College' },
    occupations: ['Electro-mechanical technician', 'Industrial maintenance mechanic', 'Automation technician'],
  },
  {
    id: 'welding',
    pathwayCode: 'MN-PRD',
    name: 'Welding and Fabrication',
    description: 'Welding 1 and 2, transcripted SMAW/GMAW credit and fabrication in high school, then a one-year welding technical diploma.',
    years: years(
      { '9': ['TEC101', 'ART101', 'BUS311'], '10': [], '11': ['TEC341', 'TEC351'], '12': ['MTH321', 'TEC201', 'TEC401', 'SCI361', 'PED311'] },
      'FVTC-WLD',
      { '10': ['ENG201', 'MTH201', 'SCI111', 'SOC201', 'TEC221', 'TEC331', 'PED201', 'WLS101'] },
    ),
    dualCreditOptions: ['Transcripted credit: Welding SMAW and GMAW (Fox Valley Technical College)'],
    credentials: ['AWS D1.1 Structural Welding (3G)', 'OSHA 10-Hour General Industry'],
    leadsTo: { credentialType: 'technical_diploma', title: 'Welding Technical Diploma', institution: 'Fox Valley Technical College' },
    occupations: ['Welder', 'Fabricator', 'Welding inspector (with experience)'],
  },
  {
    id: 'automotive-technology',
    pathwayCode: 'TR-FME',
    name: 'Automotive Technology',
    description: 'Small engines, Automotive Technology 1 and 2, and Start College Now brakes and suspension, then Gateway’s Automotive Technology associate degree.',
    years: years({ '9': ['TEC121', 'ART101', 'BUS311'], '10': ['TEC231', 'WLS101'], '11': ['TEC361', 'TEC221'], '12': ['TEC411', 'MTH321', 'SCI301', 'TEC201'] }, 'GTC-AUTO'),
    dualCreditOptions: ['Start College Now: Automotive Brakes and Suspension (Gateway Technical College)', 'Transcripted credit: College Technical Math 1A'],
    credentials: ['ASE Entry-Level Certification: Maintenance and Light Repair', 'EPA Section 609 Refrigerant Handling'],
    leadsTo: { credentialType: 'associate', title: 'Automotive Technology, Associate of Applied Science', institution: 'Gateway Technical College' },
    occupations: ['Automotive service technician', 'Service writer', 'Parts specialist'],
  },
  {
    id: 'construction-trades',
    pathwayCode: 'AC-CON',
    name: 'Construction Trades',
    description: 'Woods, construction technology and the student-built house, then a registered carpentry apprenticeship: paid work with related instruction.',
    years: years({ '9': ['TEC131', 'ART101', 'BUS311'], '10': ['TEC241', 'TEC381'], '11': ['TEC371'], '12': ['TEC391', 'MTH321', 'SCI361', 'PED311'] }, 'WI-CARP'),
    dualCreditOptions: ['Transcripted credit: Residential Construction', 'Transcripted credit: College Technical Math 1A'],
    credentials: ['OSHA 10-Hour Construction', 'NCCER Core Curriculum'],
    leadsTo: { credentialType: 'apprenticeship', title: 'Journeyworker Carpenter (Wisconsin Registered Apprenticeship)', institution: 'Wisconsin Bureau of Apprenticeship Standards' },
    occupations: ['Carpenter', 'Construction laborer', 'Construction manager (with experience)'],
  },
  {
    id: 'software-development',
    pathwayCode: 'IT-PSD',
    name: 'Software Development',
    description: 'Computer science from the introduction through AP Computer Science A (which counts as the third math credit) and transcripted Programming Fundamentals, then MATC’s Software Developer degree.',
    years: years(
      { '9': ['CSC101', 'ART101'], '10': ['CSC201', 'CSC311'], '11': [], '12': [] },
      'MATC-SWD',
      { '11': ['ENG301', 'SCI201', 'SOC301', 'SOC311', 'PED301', 'CSC301', 'WLS101', 'BUS311'], '12': ['ENG411', 'FIN201', 'CSC401', 'WLS201', 'SCI301', 'SOC331', 'PED311', 'ELC401'] },
    ),
    dualCreditOptions: ['Transcripted credit: Programming Fundamentals (MATC)', 'AP Computer Science A exam credit'],
    credentials: ['Microsoft Office Specialist', 'CompTIA IT Fundamentals+'],
    leadsTo: { credentialType: 'associate', title: 'IT - Software Developer, Associate of Applied Science', institution: 'Milwaukee Area Technical College' },
    occupations: ['Software developer', 'Web developer', 'Quality assurance tester'],
  },
  {
    id: 'nursing',
    pathwayCode: 'HS-TS',
    name: 'Nursing Assistant to Registered Nurse',
    description: 'Health science and medical terminology, anatomy, a CNA course through Start College Now and a health science youth apprenticeship, then Madison College’s ADN leading to the NCLEX-RN.',
    years: years({ '9': ['HSC101', 'FCS111'], '10': ['HSC201', 'WLS101'], '11': ['SCI341', 'SOC331'], '12': ['HSC301', 'HSC311', 'WLS201', 'MTH431', 'PED311'] }, 'MC-NURS'),
    dualCreditOptions: ['Start College Now: Nursing Assistant (Madison College)', 'Transcripted credit: Medical Terminology'],
    credentials: ['Certified Nursing Assistant (Wisconsin Nurse Aide Registry)', 'CPR/BLS for Healthcare Providers'],
    leadsTo: { credentialType: 'associate', title: 'Nursing - Associate Degree (RN)', institution: 'Madison College' },
    occupations: ['Certified nursing assistant', 'Registered nurse', 'Patient care technician'],
  },
  {
    id: 'animal-science',
    pathwayCode: 'AG-ANS',
    name: 'Animal Science and Veterinary Technology',
    description: 'Agriscience, animal, plant and veterinary science (qualifying agriculture courses count as science), a supervised agricultural experience and FFA, then Madison College’s Veterinary Technician degree.',
    years: years({ '9': [], '10': [], '11': [], '12': [] }, 'MC-VET', {
      '9': ['ENG101', 'MTH101', 'SCI111', 'SOC111', 'PED101', 'HLT101', 'AGR101'],
      '10': ['ENG201', 'MTH201', 'SOC201', 'PED201', 'AGR201', 'AGR221', 'AGR321'],
      '11': ['ENG301', 'MTH301', 'SCI201', 'SOC301', 'SOC311', 'PED301', 'AGR211', 'AGR311'],
      '12': ['ENG401', 'FIN201', 'AGR301', 'AGR401', 'WLS101', 'PED311', 'ELC401', 'SOC361', 'ART101'],
    }),
    dualCreditOptions: ['Transcripted credit: Veterinary Assistant (Madison College)'],
    credentials: ['Certified Veterinary Assistant (NAVTA, planned)', 'Wisconsin Youth Apprenticeship: Animal Science'],
    leadsTo: { credentialType: 'associate', title: 'Veterinary Technician, Associate of Applied Science', institution: 'Madison College' },
    occupations: ['Veterinary technician', 'Herd manager', 'Animal care specialist'],
  },
  {
    id: 'early-childhood',
    pathwayCode: 'HU-ECD',
    name: 'Early Childhood Education',
    description: 'Child development and two years of early childhood education with transcripted credit, then an early childhood youth apprenticeship and Madison College’s associate degree.',
    years: years({ '9': ['FCS101', 'ART101'], '10': ['FCS201', 'WLS101'], '11': ['FCS301', 'FCS311'], '12': ['FCS401', 'SOC331', 'WLS201', 'SCI361', 'PED311', 'ELC301'] }, 'MC-ECE'),
    dualCreditOptions: ['Transcripted credit: Early Childhood Foundations', 'Transcripted credit: Infant and Toddler Development'],
    credentials: ['Wisconsin Registry: Introduction to the Child Care Profession', 'Pediatric CPR and First Aid'],
    leadsTo: { credentialType: 'associate', title: 'Early Childhood Education, Associate of Applied Science', institution: 'Madison College' },
    occupations: ['Preschool teacher', 'Child care center director (with experience)', 'Paraprofessional'],
  },
  {
    id: 'accounting',
    pathwayCode: 'FN-ACC',
    name: 'Accounting',
    description: 'Business, Accounting 1 and transcripted Accounting 2, business law and a co-op placement, then UW–Whitewater’s BBA in Accounting.',
    years: years({ '9': ['BUS101', 'BUS311'], '10': ['BUS201', 'WLS101'], '11': ['BUS301', 'MTH451'], '12': ['BUS321', 'BUS411', 'MTH431', 'WLS201', 'SCI361', 'PED311'] }, 'UWW-ACC'),
    dualCreditOptions: ['Transcripted credit: Accounting 2 (NWTC)', 'AP Statistics exam credit'],
    credentials: ['Microsoft Office Specialist: Excel', 'QuickBooks Certified User'],
    leadsTo: { credentialType: 'bachelor', title: 'Bachelor of Business Administration, Accounting', institution: 'University of Wisconsin-Whitewater' },
    occupations: ['Accountant', 'Auditor', 'Bookkeeping clerk'],
  },
];
