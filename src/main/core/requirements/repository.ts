import type { Database as Db } from 'better-sqlite3';
import type { SubjectArea } from '../../../shared/domain/catalog';
import { ExpectedByGrade, RequirementSet as RequirementSetSchema, WISCONSIN_MINIMUMS, type RequirementSet } from '../../../shared/domain/requirements';
import { writeTransaction } from '../store/transaction';

export interface SetRecord {
  id: number;
  class_year: number | null;
  name: string;
  total_credits: number;
  expected_by_grade: string | null;
}

export interface RuleRecord {
  id: string;
  kind: 'counts_as' | 'non_credit';
  from_tag: string | null;
  from_area: SubjectArea | null;
  to_area: SubjectArea | null;
  max_credits: number | null;
  name: string | null;
  description: string;
}

function readSet(db: Db, record: SetRecord): RequirementSet {
  const areas = db
    .prepare('SELECT area, credits FROM requirement_area WHERE set_id = ? ORDER BY position')
    .all(record.id) as { area: SubjectArea; credits: number }[];
  const rules = db.prepare('SELECT * FROM requirement_rule WHERE set_id = ? ORDER BY position').all(record.id) as RuleRecord[];
  return toRequirementSet(record, areas, rules);
}

/** A stored set from its rows, read from either store. */
export function toRequirementSet(record: SetRecord, areas: { area: SubjectArea; credits: number }[], rules: readonly RuleRecord[]): RequirementSet {
  return {
    classYear: record.class_year,
    name: record.name,
    areas,
    totalCredits: record.total_credits,
    rules: rules
      .filter((r) => r.kind === 'counts_as')
      .map((r) => ({
        id: r.id,
        fromTag: r.from_tag ?? '',
        fromArea: r.from_area,
        toArea: r.to_area ?? 'other',
        maxCredits: r.max_credits,
        description: r.description,
      })),
    nonCredit: rules.filter((r) => r.kind === 'non_credit').map((r) => ({ id: r.id, name: r.name ?? r.id, description: r.description })),
    expectedByGrade: record.expected_by_grade === null ? null : ExpectedByGrade.parse(JSON.parse(record.expected_by_grade)),
  };
}

/** The set stored for exactly this class year (null: the default), or null when none is stored. */
function findStoredSet(db: Db, classYear: number | null): RequirementSet | null {
  const record = db.prepare('SELECT * FROM requirement_set WHERE ifnull(class_year, 0) = ?').get(classYear ?? 0) as
    | SetRecord
    | undefined;
  return record ? readSet(db, record) : null;
}

/**
 * The requirements a class graduates under: its own set when the district saved one, else the
 * district's default, else Wisconsin's state minimums (so a new store works before anyone
 * edits anything).
 */
export function requirementSetFor(db: Db, classYear: number | null): RequirementSet {
  const own = classYear === null ? null : findStoredSet(db, classYear);
  return own ?? findStoredSet(db, null) ?? WISCONSIN_MINIMUMS;
}

/** Every stored set, keyed by class year ("default" for null), for resolving many plans at once. */
export function requirementSetLookup(db: Db): (classYear: number | null) => RequirementSet {
  const records = db.prepare('SELECT * FROM requirement_set').all() as SetRecord[];
  const sets = new Map(records.map((r) => [r.class_year ?? 0, readSet(db, r)]));
  const fallback = sets.get(0) ?? WISCONSIN_MINIMUMS;
  return (classYear) => (classYear !== null ? sets.get(classYear) : undefined) ?? fallback;
}

/** A set as its rows, without the set's id the store gives (toRequirementSet's inverse): both stores write these. */
export function requirementRows(set: RequirementSet, updatedAt: string) {
  return {
    set: { class_year: set.classYear, name: set.name, total_credits: set.totalCredits, expected_by_grade: set.expectedByGrade === null ? null : JSON.stringify(set.expectedByGrade), updated_at: updatedAt },
    areas: set.areas.map((a, i) => ({ area: a.area, credits: a.credits, position: i })),
    rules: [
      ...set.rules.map((r, i) => ({ id: r.id, position: i, kind: 'counts_as' as const, from_tag: r.fromTag, from_area: r.fromArea, to_area: r.toArea, max_credits: r.maxCredits, name: null, description: r.description })),
      ...set.nonCredit.map((n, i) => ({ id: n.id, position: set.rules.length + i, kind: 'non_credit' as const, from_tag: null, from_area: null, to_area: null, max_credits: null, name: n.name, description: n.description })),
    ],
  };
}

/** Replaces the set for its class year (or the default) as a whole, in one transaction. */
export function saveRequirementSet(db: Db, input: RequirementSet, now = new Date()): RequirementSet {
  const set = RequirementSetSchema.parse(input);
  writeTransaction(db, () => {
    db.prepare('DELETE FROM requirement_set WHERE ifnull(class_year, 0) = ?').run(set.classYear ?? 0);
    const rows = requirementRows(set, now.toISOString());
    const { lastInsertRowid } = db
      .prepare('INSERT INTO requirement_set (class_year, name, total_credits, expected_by_grade, updated_at) VALUES (@class_year, @name, @total_credits, @expected_by_grade, @updated_at)')
      .run(rows.set);
    const id = Number(lastInsertRowid);
    const area = db.prepare('INSERT INTO requirement_area (set_id, area, credits, position) VALUES (@set_id, @area, @credits, @position)');
    for (const a of rows.areas) area.run({ ...a, set_id: id });
    const rule = db.prepare(
      `INSERT INTO requirement_rule (set_id, id, position, kind, from_tag, from_area, to_area, max_credits, name, description)
       VALUES (@set_id, @id, @position, @kind, @from_tag, @from_area, @to_area, @max_credits, @name, @description)`,
    );
    for (const r of rows.rules) rule.run({ ...r, set_id: id });
  });
  return set;
}
