import type { CourseInput, CourseLength, DualCredit, SubjectArea } from '../../../shared/domain/catalog';

/**
 * Lincoln High School's course catalog: every requirement area, the CTE sequences its programs
 * of study use, AP and honors courses, and Wisconsin dual credit (Start College Now at the
 * technical college, transcripted credit taught in the building). Numbers follow a common
 * Wisconsin pattern: department letters, then a level digit. SCED codes are given where the
 * course maps cleanly to one.
 */

interface Extra {
  /** "A|B; C" reads "A or B, and C". */
  prereq?: string;
  cte?: boolean;
  ap?: boolean;
  honors?: boolean;
  dual?: DualCredit;
  repeatable?: boolean;
  tags?: string[];
  pathways?: string[];
  sced?: string;
  length?: CourseLength;
}

function grades(range: string): number[] {
  const [from, to] = range.split('-').map(Number) as [number, number | undefined];
  return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
}

function course(number: string, title: string, credits: number, area: SubjectArea, offered: string, x: Extra = {}): CourseInput {
  return {
    number,
    title,
    credits,
    area,
    grades: grades(offered),
    length: x.length ?? (credits <= 0.25 ? 'quarter' : credits === 0.5 ? 'semester' : 'year'),
    prerequisites: x.prereq ? x.prereq.split(';').map((g) => g.split('|').map((n) => n.trim())) : [],
    flags: { cte: x.cte ?? area === 'cte', ap: x.ap ?? false, ib: false, honors: x.honors ?? false, dualCredit: x.dual ?? null },
    repeatable: x.repeatable ?? false,
    tags: x.tags ?? [],
    scedCode: x.sced ?? null,
    stateCode: null,
    pathwayCodes: x.pathways ?? [],
  };
}

const MIR = ['MN-MIR'];
const PRD = ['MN-PRD'];
const TC = 'transcripted_credit' as const;
const SCN = 'start_college_now' as const;

export const SAMPLE_COURSES: CourseInput[] = [
  // English: 4 credits required
  course('ENG101', 'English 9', 1, 'english', '9', { sced: '01001' }),
  course('ENG111', 'Honors English 9', 1, 'english', '9', { honors: true, sced: '01001' }),
  course('ENG201', 'English 10', 1, 'english', '10', { prereq: 'ENG101|ENG111', sced: '01002' }),
  course('ENG211', 'Honors English 10', 1, 'english', '10', { prereq: 'ENG101|ENG111', honors: true, sced: '01002' }),
  course('ENG301', 'American Literature', 1, 'english', '11', { prereq: 'ENG201|ENG211', sced: '01003' }),
  course('ENG311', 'AP English Language and Composition', 1, 'english', '11-12', { prereq: 'ENG201|ENG211', ap: true, sced: '01005' }),
  course('ENG401', 'English 12: Literature and Composition', 1, 'english', '12', { prereq: 'ENG301|ENG311', sced: '01004' }),
  course('ENG411', 'AP English Literature and Composition', 1, 'english', '12', { prereq: 'ENG301|ENG311', ap: true, sced: '01006' }),
  course('ENG421', 'Written Communication (Transcripted Credit)', 1, 'english', '11-12', { prereq: 'ENG201|ENG211', dual: TC }),
  course('ENG431', 'Creative Writing', 0.5, 'english', '10-12'),
  course('ENG451', 'Journalism', 1, 'elective', '10-12', { repeatable: true, pathways: ['AR-JB'] }),
  course('ENG461', 'Yearbook', 1, 'elective', '10-12', { repeatable: true, pathways: ['AR-JB'] }),
  // Mathematics: 3 credits required (a computer-science course may count for 1)
  course('MTH101', 'Algebra 1', 1, 'math', '9-10', { sced: '02052' }),
  course('MTH111', 'Integrated Math 1', 1, 'math', '9'),
  course('MTH201', 'Geometry', 1, 'math', '9-11', { prereq: 'MTH101|MTH111', sced: '02072' }),
  course('MTH211', 'Honors Geometry', 1, 'math', '9-10', { prereq: 'MTH101|MTH111', honors: true, sced: '02072' }),
  course('MTH301', 'Algebra 2', 1, 'math', '10-12', { prereq: 'MTH101|MTH111; MTH201|MTH211', sced: '02056' }),
  course('MTH311', 'Honors Algebra 2', 1, 'math', '10-11', { prereq: 'MTH101|MTH111; MTH201|MTH211', honors: true, sced: '02056' }),
  course('MTH321', 'College Technical Math 1A (Transcripted Credit)', 1, 'math', '11-12', { prereq: 'MTH201|MTH211', dual: TC, pathways: [...MIR, ...PRD, 'TR-FME', 'AC-CON'] }),
  course('MTH401', 'Precalculus', 1, 'math', '11-12', { prereq: 'MTH301|MTH311', sced: '02110' }),
  course('MTH411', 'AP Calculus AB', 1, 'math', '11-12', { prereq: 'MTH401', ap: true, sced: '02124' }),
  course('MTH421', 'AP Calculus BC', 1, 'math', '12', { prereq: 'MTH411', ap: true, sced: '02125' }),
  course('MTH431', 'AP Statistics', 1, 'math', '11-12', { prereq: 'MTH301|MTH311', ap: true, sced: '02203' }),
  course('MTH441', 'Statistics and Probability', 0.5, 'math', '11-12', { prereq: 'MTH201|MTH211' }),
  course('MTH451', 'Business Math', 0.5, 'math', '10-12', { prereq: 'MTH101|MTH111', pathways: ['FN-ACC'] }),
  // Science: 3 credits required (a qualifying agriculture course counts as science)
  course('SCI101', 'Physical Science', 1, 'science', '9'),
  course('SCI111', 'Biology', 1, 'science', '9-10', { sced: '03051' }),
  course('SCI121', 'Honors Biology', 1, 'science', '9-10', { honors: true, sced: '03051' }),
  course('SCI201', 'Chemistry', 1, 'science', '10-12', { prereq: 'MTH101|MTH111', sced: '03101' }),
  course('SCI211', 'Honors Chemistry', 1, 'science', '10-11', { prereq: 'MTH101|MTH111', honors: true, sced: '03101' }),
  course('SCI301', 'Physics', 1, 'science', '11-12', { prereq: 'MTH201|MTH211', sced: '03151' }),
  course('SCI311', 'AP Biology', 1, 'science', '11-12', { prereq: 'SCI111|SCI121; SCI201|SCI211', ap: true }),
  course('SCI321', 'AP Chemistry', 1, 'science', '11-12', { prereq: 'SCI201|SCI211', ap: true }),
  course('SCI331', 'AP Physics 1', 1, 'science', '11-12', { prereq: 'MTH301|MTH311', ap: true }),
  course('SCI341', 'Anatomy and Physiology', 1, 'science', '11-12', { prereq: 'SCI111|SCI121', pathways: ['HS-TS'] }),
  course('SCI351', 'Environmental Science', 1, 'science', '10-12', { pathways: ['AG-ESS'] }),
  course('SCI361', 'Earth and Space Science', 1, 'science', '9-12'),
  // Social studies: 3 credits required
  course('SOC101', 'World Geography', 1, 'social_studies', '9'),
  course('SOC111', 'World History', 1, 'social_studies', '9-10', { sced: '04051' }),
  course('SOC121', 'AP Human Geography', 1, 'social_studies', '9-12', { ap: true }),
  course('SOC201', 'U.S. History', 1, 'social_studies', '10-11', { sced: '04101' }),
  course('SOC211', 'AP U.S. History', 1, 'social_studies', '10-12', { ap: true }),
  course('SOC301', 'Civics', 0.5, 'social_studies', '11-12', { sced: '04151' }),
  course('SOC311', 'Economics', 0.5, 'social_studies', '11-12', { sced: '04201' }),
  course('SOC321', 'AP U.S. Government and Politics', 1, 'social_studies', '11-12', { ap: true }),
  course('SOC331', 'Psychology', 0.5, 'social_studies', '10-12'),
  course('SOC341', 'AP Psychology', 1, 'social_studies', '11-12', { ap: true }),
  course('SOC361', 'American Indian Studies in Wisconsin', 0.5, 'social_studies', '10-12'),
  // Physical education 1.5 and health 0.5
  course('PED101', 'Physical Education 9', 0.5, 'physical_education', '9'),
  course('PED201', 'Physical Education 10', 0.5, 'physical_education', '10'),
  course('PED301', 'Lifetime Fitness', 0.5, 'physical_education', '11-12', { repeatable: true }),
  course('PED311', 'Strength and Conditioning', 0.5, 'physical_education', '10-12', { repeatable: true }),
  course('HLT101', 'Health', 0.5, 'health', '9-10'),
  // Personal financial literacy 0.5
  course('FIN201', 'Personal Finance', 0.5, 'personal_finance', '10-12'),
  course('FIN211', 'Personal Finance and Consumer Economics', 0.5, 'personal_finance', '11-12', { cte: true, pathways: ['HU-CS'] }),
  // World languages
  course('WLS101', 'Spanish 1', 1, 'world_language', '9-12'),
  course('WLS201', 'Spanish 2', 1, 'world_language', '9-12', { prereq: 'WLS101' }),
  course('WLS301', 'Spanish 3', 1, 'world_language', '10-12', { prereq: 'WLS201' }),
  course('WLS401', 'AP Spanish Language and Culture', 1, 'world_language', '11-12', { prereq: 'WLS301|WLS411', ap: true }),
  course('WLS411', 'Spanish for Heritage Speakers', 1, 'world_language', '9-12'),
  course('WLG101', 'German 1', 1, 'world_language', '9-12'),
  course('WLG201', 'German 2', 1, 'world_language', '9-12', { prereq: 'WLG101' }),
  course('WLH101', 'Hmong for Heritage Speakers 1', 1, 'world_language', '9-12'),
  course('WLH201', 'Hmong for Heritage Speakers 2', 1, 'world_language', '10-12', { prereq: 'WLH101' }),
  // Fine arts
  course('ART101', 'Art Foundations', 0.5, 'fine_arts', '9-12'),
  course('ART201', 'Drawing and Painting', 0.5, 'fine_arts', '10-12', { prereq: 'ART101' }),
  course('ART211', 'Ceramics', 0.5, 'fine_arts', '10-12', { prereq: 'ART101' }),
  course('ART301', 'AP Art and Design', 1, 'fine_arts', '11-12', { prereq: 'ART201', ap: true }),
  course('ART311', 'Digital Photography', 0.5, 'fine_arts', '10-12', { pathways: ['AR-VA'] }),
  course('MUS101', 'Concert Band', 1, 'fine_arts', '9-12', { repeatable: true }),
  course('MUS111', 'Concert Choir', 1, 'fine_arts', '9-12', { repeatable: true }),
  course('MUS121', 'Orchestra', 1, 'fine_arts', '9-12', { repeatable: true }),
  course('THR101', 'Theatre Arts', 0.5, 'fine_arts', '9-12', { pathways: ['AR-PA'] }),
  // Technology and engineering: manufacturing, welding, automotive, construction
  course('TEC101', 'Introduction to Engineering and Manufacturing', 0.5, 'cte', '9-10', { pathways: [...MIR, ...PRD] }),
  course('TEC111', 'Introduction to Engineering Design (PLTW)', 1, 'cte', '9-10', { pathways: [...MIR, 'ST-ET'] }),
  course('TEC201', 'Metals Manufacturing', 0.5, 'cte', '10-12', { pathways: [...MIR, ...PRD] }),
  course('TEC211', 'Principles of Engineering (PLTW)', 1, 'cte', '10-12', { prereq: 'TEC111', pathways: [...MIR, 'ST-ET'] }),
  course('TEC301', 'Electricity and Electronics', 1, 'cte', '10-12', { pathways: MIR }),
  course('TEC311', 'Robotics and Automation', 1, 'cte', '11-12', { prereq: 'TEC301', pathways: MIR }),
  course('TEC321', 'Electro-Mechanical Fundamentals (Start College Now, NWTC)', 1, 'cte', '11-12', { prereq: 'TEC301', dual: SCN, pathways: MIR }),
  course('TEC401', 'Manufacturing Youth Apprenticeship', 1, 'cte', '11-12', { repeatable: true, pathways: [...MIR, ...PRD] }),
  course('TEC221', 'Welding 1', 0.5, 'cte', '10-12', { pathways: PRD }),
  course('TEC331', 'Welding 2', 0.5, 'cte', '10-12', { prereq: 'TEC221', pathways: PRD }),
  course('TEC341', 'Welding: SMAW and GMAW (Transcripted Credit)', 1, 'cte', '11-12', { prereq: 'TEC331', dual: TC, pathways: PRD }),
  course('TEC351', 'Fabrication and Design', 1, 'cte', '11-12', { prereq: 'TEC221', pathways: PRD }),
  course('TEC121', 'Small Engines', 0.5, 'cte', '9-12', { pathways: ['TR-FME'] }),
  course('TEC231', 'Automotive Technology 1', 1, 'cte', '10-12', { pathways: ['TR-FME'] }),
  course('TEC361', 'Automotive Technology 2', 1, 'cte', '11-12', { prereq: 'TEC231', pathways: ['TR-FME'] }),
  course('TEC411', 'Automotive Brakes and Suspension (Start College Now, Gateway)', 1, 'cte', '12', { prereq: 'TEC361', dual: SCN, pathways: ['TR-FME'] }),
  course('TEC131', 'Woods and Construction 1', 0.5, 'cte', '9-12', { pathways: ['AC-CON'] }),
  course('TEC241', 'Construction Technology', 1, 'cte', '10-12', { prereq: 'TEC131', pathways: ['AC-CON'] }),
  course('TEC371', 'Building Trades: the Student-Built House', 2, 'cte', '11-12', { prereq: 'TEC241', pathways: ['AC-CON'] }),
  course('TEC381', 'Architectural Drafting and CAD', 0.5, 'cte', '10-12', { pathways: ['AC-CON', 'AC-DPC'] }),
  course('TEC391', 'Residential Construction (Transcripted Credit)', 1, 'cte', '12', { prereq: 'TEC241', dual: TC, pathways: ['AC-CON'] }),
  // Computer science: counts for up to 1 math credit
  course('CSC101', 'Introduction to Computer Science', 0.5, 'cte', '9-12', { tags: ['computer_science'], pathways: ['IT-PSD'] }),
  course('CSC201', 'AP Computer Science Principles', 1, 'cte', '10-12', { ap: true, tags: ['computer_science'], pathways: ['IT-PSD', 'IT-NS'] }),
  course('CSC301', 'AP Computer Science A', 1, 'cte', '10-12', { prereq: 'CSC101|CSC201; MTH101|MTH111', ap: true, tags: ['computer_science'], pathways: ['IT-PSD'] }),
  course('CSC311', 'Web Development', 0.5, 'cte', '10-12', { pathways: ['IT-WDC', 'IT-PSD'] }),
  course('CSC401', 'Programming Fundamentals (Transcripted Credit, MATC)', 1, 'cte', '12', { prereq: 'CSC301', dual: TC, tags: ['computer_science'], pathways: ['IT-PSD'] }),
  // Health science
  course('HSC101', 'Introduction to Health Science', 0.5, 'cte', '9-10', { pathways: ['HS-TS', 'HS-DS'] }),
  course('HSC201', 'Medical Terminology (Transcripted Credit)', 0.5, 'cte', '10-12', { dual: TC, pathways: ['HS-TS', 'HS-HI'] }),
  course('HSC301', 'Certified Nursing Assistant (Start College Now, Madison College)', 1, 'cte', '11-12', { prereq: 'HSC101', dual: SCN, pathways: ['HS-TS'] }),
  course('HSC311', 'Health Science Youth Apprenticeship', 1, 'cte', '11-12', { repeatable: true, pathways: ['HS-TS', 'HS-SS'] }),
  // Agriculture: the qualifying courses count as science
  course('AGR101', 'Introduction to Agriscience', 1, 'cte', '9-10', { pathways: ['AG-ANS', 'AG-PLS', 'AG-ABS'] }),
  course('AGR201', 'Animal Science', 1, 'cte', '10-12', { tags: ['agriculture_science'], pathways: ['AG-ANS'] }),
  course('AGR211', 'Veterinary Science', 1, 'cte', '11-12', { prereq: 'AGR201', tags: ['agriculture_science'], pathways: ['AG-ANS'] }),
  course('AGR221', 'Plant and Soil Science', 1, 'cte', '10-12', { tags: ['agriculture_science'], pathways: ['AG-PLS'] }),
  course('AGR301', 'Agribusiness Management', 0.5, 'cte', '11-12', { pathways: ['AG-ABS'] }),
  course('AGR311', 'Food Science', 0.5, 'cte', '10-12', { tags: ['agriculture_science'], pathways: ['AG-FPP'] }),
  course('AGR321', 'Agricultural Mechanics', 0.5, 'cte', '10-12', { pathways: ['AG-PST'] }),
  course('AGR401', 'Veterinary Assistant (Transcripted Credit)', 1, 'cte', '12', { prereq: 'AGR201', dual: TC, pathways: ['AG-ANS'] }),
  // Family and consumer sciences: early childhood
  course('FCS101', 'Child Development', 0.5, 'cte', '9-12', { pathways: ['HU-ECD'] }),
  course('FCS111', 'Foods and Nutrition', 0.5, 'cte', '9-12', { pathways: ['HT-RFB'] }),
  course('FCS201', 'Early Childhood Education 1', 1, 'cte', '10-12', { prereq: 'FCS101', pathways: ['HU-ECD', 'ED-TT'] }),
  course('FCS301', 'Early Childhood Education 2: Foundations (Transcripted Credit)', 1, 'cte', '11-12', { prereq: 'FCS201', dual: TC, pathways: ['HU-ECD'] }),
  course('FCS311', 'Infant and Toddler Development (Transcripted Credit)', 0.5, 'cte', '11-12', { prereq: 'FCS201', dual: TC, pathways: ['HU-ECD'] }),
  course('FCS401', 'Early Childhood Youth Apprenticeship', 1, 'cte', '12', { repeatable: true, pathways: ['HU-ECD'] }),
  // Business: accounting
  course('BUS101', 'Introduction to Business', 0.5, 'cte', '9-10', { pathways: ['FN-ACC', 'BM-GM'] }),
  course('BUS201', 'Accounting 1', 1, 'cte', '10-12', { pathways: ['FN-ACC'] }),
  course('BUS301', 'Accounting 2 (Transcripted Credit, NWTC)', 1, 'cte', '11-12', { prereq: 'BUS201', dual: TC, pathways: ['FN-ACC'] }),
  course('BUS311', 'Computer Applications (Microsoft Office Specialist)', 0.5, 'cte', '9-12', { pathways: ['BM-AS', 'FN-ACC'] }),
  course('BUS321', 'Business Law', 0.5, 'cte', '11-12', { pathways: ['FN-ACC', 'LW-LS'] }),
  course('BUS411', 'Business Co-op', 1, 'cte', '12', { repeatable: true, pathways: ['FN-ACC', 'BM-AS'] }),
  // Electives and other
  course('ELC101', 'Academic Support', 0.5, 'elective', '9-12', { repeatable: true }),
  course('ELC301', 'Teacher Aide', 0.5, 'elective', '11-12', { repeatable: true, pathways: ['ED-TT'] }),
  course('ELC401', 'Senior Capstone Seminar', 0.5, 'elective', '12'),
  course('OTH101', 'Driver Education (classroom)', 0, 'other', '10-12', { length: 'quarter' }),
];
