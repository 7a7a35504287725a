import type { RosterPreview } from '../../../shared/domain/roster';

/** The "Don't import" choice of a column's select. */
export const NOT_IMPORTED = '';

/** What the counselor has chosen on the mapping screen: column index → field ('' = not imported). */
export type ColumnChoices = Readonly<Record<number, string>>;

type Column = RosterPreview['columns'][number];
type Field = RosterPreview['fields'][number];

/** What the mapping screen needs of a preview: a roster's and a course history's both have it. */
export type MappedPreview = Pick<RosterPreview, 'columns' | 'fields'>;

/** The choices the core's preview made (automatic, remembered, or what was sent last time). */
export function choicesOf(preview: MappedPreview): ColumnChoices {
  const choices: Record<number, string> = {};
  for (const column of preview.columns) choices[column.index] = column.field ?? NOT_IMPORTED;
  return choices;
}

/**
 * The core finds a chosen column by its header text (exact first), so a column without a header,
 * or with the same header as a column before it, cannot be named in a mapping: its select is
 * shown but cannot be changed.
 */
export function unaddressableReason(column: Column, columns: readonly Column[]): string | null {
  const header = column.header.trim();
  if (header === '') return 'This column has no header, so it cannot be chosen here. Give it a header in the file to import it.';
  const earlier = columns.find((c) => c.index < column.index && c.header.trim() === header);
  if (earlier) return `Column ${earlier.letter} has the same header, so only that one can be chosen here.`;
  return null;
}

/**
 * Gives `field` to one column. A field feeds one column at most, so a column that held it before
 * goes back to "Don't import"; its letter is returned so the screen can say so.
 */
export function assignField(
  choices: ColumnChoices,
  columnIndex: number,
  field: string,
): { choices: ColumnChoices; displaced: number | null } {
  const next: Record<number, string> = { ...choices, [columnIndex]: field };
  let displaced: number | null = null;
  if (field !== NOT_IMPORTED) {
    for (const [key, value] of Object.entries(choices)) {
      const index = Number(key);
      if (index !== columnIndex && value === field) {
        next[index] = NOT_IMPORTED;
        displaced = index;
      }
    }
  }
  return { choices: next, displaced };
}

/**
 * The mapping the core takes (field → header text, '' = not imported), spelled out for every
 * field so the result does not depend on what the core guessed. Fields held by a column that
 * cannot be named are left out: the core keeps its own choice for them.
 */
export function mappingFor(preview: MappedPreview, choices: ColumnChoices): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const { field } of preview.fields) {
    const column = preview.columns.find((c) => choices[c.index] === field);
    if (!column) mapping[field] = '';
    else if (unaddressableReason(column, preview.columns) === null) mapping[field] = column.header.trim();
  }
  return mapping;
}

export function sameChoices(preview: MappedPreview, a: ColumnChoices, b: ColumnChoices): boolean {
  return preview.columns.every((c) => (a[c.index] ?? NOT_IMPORTED) === (b[c.index] ?? NOT_IMPORTED));
}

/** Required fields (the student number) that no column feeds. */
export function missingRequired(preview: MappedPreview, choices: ColumnChoices): Field[] {
  const chosen = new Set(Object.values(choices));
  return preview.fields.filter((f) => f.required && !chosen.has(f.field));
}
