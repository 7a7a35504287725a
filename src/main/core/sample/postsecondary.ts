import type { CredentialType, PostsecondaryEntry } from '../../../shared/domain/catalog';

/**
 * Where the sample programs of study lead: Wisconsin Technical College System programs (numbered
 * as the WTCS numbers them: 10- associate, 31- technical diploma, 30- short-term certificate),
 * a UW bachelor's degree and a registered apprenticeship. One entry per semester, so the plan
 * grid shows what the first two years after high school hold.
 */
function semesters(
  prefix: string,
  institution: string,
  program: string,
  type: CredentialType,
  terms: readonly [string, number][],
): PostsecondaryEntry[] {
  return terms.map(([course, credits], i) => ({ code: `${prefix}-${i + 1}`, institution, program, course, credentialType: type, credits }));
}

export const SAMPLE_POSTSECONDARY: PostsecondaryEntry[] = [
  ...semesters('NWTC-EMT', 'Northeast Wisconsin Technical College', 'Electro-Mechanical Technology (10-620-1)', 'associate', [
    ['DC and AC Electricity, Fluid Power, Industrial Safety', 16],
    ['Motor Controls, Programmable Logic Controllers 1', 16],
    ['Mechanical Drives, Instrumentation, PLC 2', 15],
    ['Robotics, Automated Systems Troubleshooting, Capstone', 15],
  ]),
  ...semesters('FVTC-WLD', 'Fox Valley Technical College', 'Welding (31-442-1)', 'technical_diploma', [
    ['Gas Metal Arc and Shielded Metal Arc Welding', 15],
    ['Gas Tungsten Arc Welding, Blueprint Reading, Fabrication', 15],
  ]),
  ...semesters('GTC-AUTO', 'Gateway Technical College', 'Automotive Technology (10-602-3)', 'associate', [
    ['Automotive Maintenance, Electrical Fundamentals', 15],
    ['Brakes, Steering and Suspension', 15],
    ['Engine Performance, Drivability Diagnosis', 16],
    ['Automatic Transmissions, Climate Control, ASE preparation', 16],
  ]),
  ...semesters('WI-CARP', 'Wisconsin Registered Apprenticeship (Carpenters)', 'Carpenter Apprenticeship', 'apprenticeship', [
    ['Apprentice year 1: related instruction and paid on-the-job training', 6],
    ['Apprentice year 1: framing, concrete forms, site safety', 6],
    ['Apprentice year 2: interior systems, blueprint reading', 6],
    ['Apprentice year 2: finish carpentry, OSHA 30', 6],
  ]),
  ...semesters('MATC-SWD', 'Milwaukee Area Technical College', 'IT - Software Developer (10-152-6)', 'associate', [
    ['Programming Fundamentals, Web Development 1, Database 1', 15],
    ['Object-Oriented Programming, Mobile Development', 15],
    ['Data Structures, Software Testing, Cloud Services', 15],
    ['Software Developer Capstone, Internship', 15],
  ]),
  ...semesters('MC-NURS', 'Madison College', 'Nursing - Associate Degree (10-543-1)', 'associate', [
    ['General studies: Anatomy and Physiology, Psychology', 14],
    ['Nursing Fundamentals, Nursing Pharmacology', 15],
    ['Nursing Health Alterations, Clinical Care Across the Lifespan', 16],
    ['Complex Health Alterations, Management and Professional Concepts (NCLEX-RN)', 16],
  ]),
  ...semesters('MC-VET', 'Madison College', 'Veterinary Technician (10-091-1)', 'associate', [
    ['Veterinary Anatomy and Physiology, Animal Care', 16],
    ['Veterinary Clinical Procedures, Pharmacology', 16],
    ['Veterinary Surgical Nursing, Laboratory Procedures', 16],
    ['Veterinary Clinical Practicum (VTNE preparation)', 14],
  ]),
  ...semesters('MC-ECE', 'Madison College', 'Early Childhood Education (10-307-1)', 'associate', [
    ['Early Childhood: Foundations, Health Safety and Nutrition', 15],
    ['Infant and Toddler Development, Curriculum Planning', 15],
    ['Children with Differing Abilities, Practicum 1', 15],
    ['Language Arts, Math and Science for Young Children, Practicum 2', 15],
  ]),
  ...semesters('UWW-ACC', 'University of Wisconsin-Whitewater', 'Accounting, BBA', 'bachelor', [
    ['Principles of Accounting 1, Microeconomics, Business Writing', 15],
    ['Principles of Accounting 2, Macroeconomics, Business Statistics', 15],
    ['Intermediate Accounting 1, Cost Accounting', 15],
    ['Intermediate Accounting 2, Accounting Information Systems', 15],
  ]),
];
