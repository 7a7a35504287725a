import type { CredentialType } from '../../../shared/domain/catalog';
import { PLAN_YEARS, type PlanYear, type ProgramInput, type ProgramOfStudy } from '../../../shared/domain/program';
import { choice2024Code, choice2024FromCode } from '../../../shared/domain/framework-choice';
import { splitList } from '../ui/setup';

/** What the program form edits: text fields as typed, and each year's course numbers as picked. */
export interface ProgramDraft {
  pathwayCode: string;
  name: string;
  description: string;
  occupations: string;
  credentialType: string;
  leadsToTitle: string;
  leadsToInstitution: string;
  years: Record<PlanYear, string[]>;
  /** The 2024 tag as a code ("AMF" or "AMF-IMA"); '' leaves it derived from the pathway. */
  framework2024: string;
}

export function draftOf(program: ProgramOfStudy | null, pathwayCode = ''): ProgramDraft {
  const years = {} as Record<PlanYear, string[]>;
  for (const y of PLAN_YEARS) years[y] = program ? [...program.years[y]] : [];
  return {
    pathwayCode: program?.pathwayCode ?? pathwayCode,
    name: program?.name ?? '',
    description: program?.description ?? '',
    occupations: program?.occupations.join(', ') ?? '',
    credentialType: program?.leadsTo.credentialType ?? 'certificate',
    leadsToTitle: program?.leadsTo.title ?? '',
    leadsToInstitution: program?.leadsTo.institution ?? '',
    years,
    framework2024: program?.framework2024 ? choice2024Code(program.framework2024) : '',
  };
}

/** "Electro-Mechanical (copy)" → "electro-mechanical-copy", made unique among the ids in use. */
export function newProgramId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'program';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The draft as the core takes it; the core checks the pathway, the course numbers and the rest. */
export function programFromDraft(d: ProgramDraft, before: ProgramOfStudy | null, taken: ReadonlySet<string>): ProgramInput {
  return {
    id: before?.id ?? newProgramId(d.name, taken),
    pathwayCode: d.pathwayCode,
    name: d.name.trim(),
    description: d.description.trim(),
    years: d.years,
    dualCreditOptions: before?.dualCreditOptions ?? [],
    credentials: before?.credentials ?? [],
    leadsTo: {
      credentialType: d.credentialType as CredentialType,
      title: d.leadsToTitle.trim(),
      institution: d.leadsToInstitution.trim(),
    },
    occupations: splitList(d.occupations),
    ...(d.framework2024 === '' ? {} : { framework2024: choice2024FromCode(d.framework2024) }),
  };
}
