import { SUBJECT_AREA_LABELS, SUBJECT_AREAS, type SubjectArea } from '../../../shared/domain/catalog';
import type { CountsAsRule, RequirementSet } from '../../../shared/domain/requirements';
import { expectedDraftOf, expectedFromDraft, type ExpectedDraft } from './expected';

/**
 * A requirement set as the form holds it while the counselor edits it (numbers as typed), and the
 * way back to the set the core takes. Pure: the page and the rules editor share it.
 */

export interface RuleDraft {
  rule: CountsAsRule;
  /** The cap as typed; blank is no cap. */
  max: string;
}

export interface Draft {
  name: string;
  total: string;
  areas: Record<SubjectArea, string>;
  rules: RuleDraft[];
  expected: ExpectedDraft;
}

export function draftOf(set: RequirementSet): Draft {
  const areas = {} as Record<SubjectArea, string>;
  for (const a of SUBJECT_AREAS) areas[a] = String(set.areas.find((x) => x.area === a)?.credits ?? 0);
  return {
    name: set.name,
    total: String(set.totalCredits),
    areas,
    rules: set.rules.map((rule) => ({ rule, max: rule.maxCredits === null ? '' : String(rule.maxCredits) })),
    expected: expectedDraftOf(set.expectedByGrade, set.totalCredits),
  };
}

/** "Courses tagged computer_science count as Mathematics": what a rule does, from its fields. */
export function ruleTitle(r: Pick<CountsAsRule, 'fromTag' | 'fromArea' | 'toArea'>): string {
  const from = r.fromArea ? ` in ${SUBJECT_AREA_LABELS[r.fromArea]}` : '';
  return `Courses tagged ${r.fromTag}${from} count as ${SUBJECT_AREA_LABELS[r.toArea]}`;
}

/** A typed credit amount; NaN travels as null so the core names the field it refuses. */
function num(text: string): number {
  const n = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isFinite(n) ? n : (null as unknown as number);
}

/** The draft as the core takes it: areas the set had, or that now have credits, in the catalog's order. */
export function setFromDraft(d: Draft, before: RequirementSet, classYear: number | null): RequirementSet {
  const areas = SUBJECT_AREAS.filter((a) => before.areas.some((x) => x.area === a) || Number(d.areas[a]) > 0).map((area) => ({
    area,
    credits: num(d.areas[area]),
  }));
  const rules = d.rules.map(({ rule, max }) => ({ ...rule, maxCredits: max.trim() === '' ? null : num(max) }));
  return { ...before, classYear, name: d.name.trim(), totalCredits: num(d.total), areas, rules, expectedByGrade: expectedFromDraft(d.expected) };
}

/** A rule id the set does not use yet: "computer_science-math", then "-2", "-3" ... */
export function newRuleId(fromTag: string, toArea: SubjectArea, taken: readonly RuleDraft[]): string {
  const base = `${fromTag}-${toArea}`.slice(0, 36);
  const ids = new Set(taken.map((r) => r.rule.id));
  let id = base;
  for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
  return id;
}
