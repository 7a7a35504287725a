/**
 * Sample occupations: the jobs students name ("nurse", "electrician", "game designer"), each with
 * its 2018 SOC code where there is one, and which of them each career pathway (16-cluster
 * framework) and each sub-cluster (2024 framework) shows. The catalogue is in
 * occupations-catalog-a.ts / -b.ts, the lists in occupations-16.ts / occupations-2024.ts.
 *
 * Which occupations are listed where is the project's own selection (docs/reference/
 * career-clusters-2024.md says so too): Advance CTE publishes SOC crosswalks for both frameworks,
 * far longer; these are a short, recognisable sample, at least five per pathway and sub-cluster.
 * Ids are stable: a plan may record one, so an id is never changed or reused.
 */
import { catalogA, type OccupationRow } from './occupations-catalog-a';
import { catalogB } from './occupations-catalog-b';
import { occupations16 } from './occupations-16';
import { occupations2024 } from './occupations-2024';

export interface Occupation {
  id: string;
  /** 2018 SOC detailed occupation code (XX-XXXX), or null where none fits. */
  soc: string | null;
  name: string;
  aliases: readonly string[];
}

const rows: readonly OccupationRow[] = [...catalogA, ...catalogB];

export const occupations: readonly Occupation[] = rows.map(([id, soc, name, aliases]) => ({ id, soc, name, aliases: aliases ?? [] }));

const byId = new Map(occupations.map((o) => [o.id, o]));

/** Pathway code (AG-ABS) or sub-cluster code (AGR-AGB) → its sample occupation ids. */
export const occupationLists: Readonly<Record<string, readonly string[]>> = { ...occupations16, ...occupations2024 };

export function occupationById(id: string): Occupation | undefined {
  return byId.get(id);
}

/** The sample occupations of a pathway or sub-cluster, in the list's order; none for an unknown code. */
export function occupationsOf(code: string): Occupation[] {
  return (occupationLists[code] ?? []).flatMap((id) => {
    const o = byId.get(id);
    return o ? [o] : [];
  });
}
