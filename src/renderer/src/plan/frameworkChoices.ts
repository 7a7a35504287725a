import type { CareerCluster, CareerPathway, Framework } from '../../../shared/domain/framework';
import type { ProgramOfStudy } from '../../../shared/domain/program';
import { normaliseFrameworkText } from '../framework/search';

/** A thing the framework search can choose: a cluster, a pathway (and its cluster) or a program (and both). */
export interface FrameworkChoice {
  id: string;
  kind: 'cluster' | 'pathway' | 'program';
  name: string;
  /** Where it sits: "Manufacturing → Maintenance, Installation & Repair". */
  trail: string;
  clusterCode: string;
  pathwayCode: string | null;
  programId: string | null;
  /** Its own names (name, spellings, code; a program's occupations too). */
  ownKey: string;
  /** Its own names and those of the pathway and cluster above it: "manufacturing" finds Welding and Fabrication. */
  key: string;
}

export function pathwayOf(framework: Framework, code: string | null): CareerPathway | undefined {
  if (!code) return undefined;
  for (const c of framework.clusters) {
    const p = c.pathways.find((p) => p.code === code);
    if (p) return p;
  }
  return undefined;
}

export function clusterOf(framework: Framework, code: string | null): CareerCluster | undefined {
  return code ? framework.clusters.find((c) => c.code === code) : undefined;
}

/** Programs to offer: those of the chosen pathway, else of the chosen cluster, else all. */
export function programsFor(
  framework: Framework,
  programs: readonly ProgramOfStudy[],
  clusterCode: string | null,
  pathwayCode: string | null,
): ProgramOfStudy[] {
  if (pathwayCode) return programs.filter((p) => p.pathwayCode === pathwayCode);
  if (clusterCode) return programs.filter((p) => pathwayOf(framework, p.pathwayCode)?.clusterCode === clusterCode);
  return [...programs];
}

export function frameworkChoices(framework: Framework, programs: readonly ProgramOfStudy[]): FrameworkChoice[] {
  const out: FrameworkChoice[] = [];
  const keyOf = (...parts: string[]) => normaliseFrameworkText(parts.join(' | '));
  for (const c of framework.clusters) {
    const clusterKey = keyOf(c.code, c.name, ...c.aliases);
    out.push({
      id: `cluster:${c.code}`,
      kind: 'cluster',
      name: c.name,
      trail: 'Career cluster',
      clusterCode: c.code,
      pathwayCode: null,
      programId: null,
      ownKey: clusterKey,
      key: clusterKey,
    });
    for (const p of c.pathways) {
      const pathwayKey = keyOf(p.code, p.name, ...p.aliases);
      out.push({
        id: `pathway:${p.code}`,
        kind: 'pathway',
        name: p.name,
        trail: `Career pathway in ${c.name}`,
        clusterCode: c.code,
        pathwayCode: p.code,
        programId: null,
        ownKey: pathwayKey,
        key: `${pathwayKey} | ${clusterKey}`,
      });
    }
  }
  for (const prog of programs) {
    const p = pathwayOf(framework, prog.pathwayCode);
    const c = clusterOf(framework, p?.clusterCode ?? null);
    if (!p || !c) continue;
    out.push({
      id: `program:${prog.id}`,
      kind: 'program',
      name: prog.name,
      trail: `Program of study · ${c.name} → ${p.name}`,
      clusterCode: c.code,
      pathwayCode: p.code,
      programId: prog.id,
      ownKey: keyOf(prog.name, prog.id, ...prog.occupations),
      key: keyOf(prog.name, prog.id, ...prog.occupations, p.code, p.name, ...p.aliases, c.code, c.name, ...c.aliases),
    });
  }
  return out;
}

const KIND_ORDER = { cluster: 0, pathway: 1, program: 2 } as const;

/**
 * Every typed word must appear in the names of the choice or of what it belongs to. Names that
 * start with the text come first, then the choice's own names, then matches through a parent;
 * within each, clusters before pathways before programs (the order the counselor narrows in).
 */
export function searchFrameworkChoices(choices: readonly FrameworkChoice[], text: string, limit = 12): FrameworkChoice[] {
  const n = normaliseFrameworkText(text);
  if (n === '') return [];
  const words = n.split(' ');
  const rank = (c: FrameworkChoice) =>
    normaliseFrameworkText(c.name).startsWith(n) ? 0 : words.every((w) => c.ownKey.includes(w)) ? 1 : 2;
  return choices
    .filter((c) => words.every((w) => c.key.includes(w)))
    .map((c) => ({ c, r: rank(c) }))
    .sort((a, b) => a.r - b.r || KIND_ORDER[a.c.kind] - KIND_ORDER[b.c.kind])
    .slice(0, limit)
    .map(({ c }) => c);
}
