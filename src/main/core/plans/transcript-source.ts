import type { Database as Db } from 'better-sqlite3';
import type { Catalog } from '../../../shared/domain/catalog';
import { departmentMapping, mapDepartment, type DepartmentMapping } from '../courses/catalog-departments';
import { transcriptCourses, type TranscriptCourse } from '../history/attempts';
import { courseMatcher, rememberedMatches, type CourseMatcher } from '../history/match';
import type { TranscriptRow } from '../history/repository';

/**
 * What turning transcript rows into courses needs from the store, read once: the catalog matcher
 * (with the counselor's remembered matches) and the credit type → area mapping the import uses
 * (the catalog department words). One reader serves a single plan, a print run or the caseload.
 */
export type TranscriptReader = (records: readonly TranscriptRow[], classYear: number | null) => TranscriptCourse[];

export function transcriptReader(db: Db, catalog: Catalog): TranscriptReader {
  return transcriptReaderOf(catalog, rememberedMatches(db), departmentMapping(db));
}

/** The reader over what was read from either store (the department server reads it on the typed layer). */
export function transcriptReaderOf(catalog: Catalog, remembered: Map<string, string>, mapping: DepartmentMapping): TranscriptReader {
  const matches = courseMatcher(catalog, remembered);
  // The same few hundred courses recur on every student's transcript: match each once per reader.
  const known = new Map<string, ReturnType<CourseMatcher['match']>>();
  const matcher: CourseMatcher = {
    match(courseNumber, stateCode, title) {
      const key = `${courseNumber}\u0000${stateCode ?? ''}\u0000${title}`;
      let found = known.get(key);
      if (found === undefined) {
        found = matches.match(courseNumber, stateCode, title);
        known.set(key, found);
      }
      return found;
    },
  };
  const areas = new Map<string, ReturnType<typeof mapDepartment>['area']>();
  const areaOf = (creditType: string) => {
    if (!areas.has(creditType)) areas.set(creditType, mapDepartment(mapping, creditType).area);
    return areas.get(creditType) ?? null;
  };
  return (records, classYear) => (records.length === 0 ? [] : transcriptCourses(records, { matcher, areaOf, classYear }));
}
