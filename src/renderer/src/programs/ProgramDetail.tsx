import { CREDENTIAL_TYPE_LABELS, type Course, type PostsecondaryEntry } from '../../../shared/domain/catalog';
import { isHighSchoolYear, PLAN_YEAR_LABELS, PLAN_YEARS, type PlanYear, type ProgramOfStudy } from '../../../shared/domain/program';
import { focusKey } from '../ui/focus';
import { Tag2024 } from './ProgramList';

export const COPY_KEY = 'program-copy';
export const EDIT_KEY = 'program-edit';

export interface CatalogLookup {
  courses: ReadonlyMap<string, Course>;
  postsecondary: ReadonlyMap<string, PostsecondaryEntry>;
}

/** What a code in one year of a program names, or that the catalog does not know it. */
export function entryName(year: PlanYear, code: string, catalog: CatalogLookup): string {
  if (isHighSchoolYear(year)) return catalog.courses.get(code)?.title ?? 'not in the catalog';
  const e = catalog.postsecondary.get(code);
  return e ? `${e.course} (${e.institution}, ${e.program})` : 'not in the catalog';
}

/** One program of study: what it leads to, and its courses year by year. */
export function ProgramDetail({
  program,
  pathwayName,
  catalog,
  onCopy,
  onEdit,
}: {
  program: ProgramOfStudy;
  pathwayName: string;
  catalog: CatalogLookup;
  onCopy(): void;
  onEdit(): void;
}) {
  return (
    <section className="setup-card" aria-labelledby="program-title">
      <h2 id="program-title" className="setup-card__title">
        {program.name}
      </h2>
      <p className="hint">{pathwayName}</p>
      <p>
        <strong>2024 framework:</strong> <Tag2024 program={program} />
      </p>
      {program.description ? <p>{program.description}</p> : null}
      <p>
        <strong>Leads to:</strong> {program.leadsTo.title} ({CREDENTIAL_TYPE_LABELS[program.leadsTo.credentialType]}),{' '}
        {program.leadsTo.institution}
      </p>
      {program.occupations.length > 0 ? (
        <p>
          <strong>Example occupations:</strong> {program.occupations.join(', ')}
        </p>
      ) : null}
      {program.credentials.length > 0 ? (
        <p>
          <strong>Credentials on the way:</strong> {program.credentials.join(', ')}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button button--small" onClick={onCopy} {...focusKey(COPY_KEY)}>
          Copy
        </button>
        <button type="button" className="button button--small" onClick={onEdit} {...focusKey(EDIT_KEY)}>
          Edit
        </button>
      </div>
      <div className="program-years">
        {PLAN_YEARS.map((y) => (
          <section key={y} aria-labelledby={`program-year-${y}`}>
            <h3 id={`program-year-${y}`}>{PLAN_YEAR_LABELS[y]}</h3>
            {program.years[y].length === 0 ? (
              <p className="none">No courses listed.</p>
            ) : (
              <ul>
                {program.years[y].map((code, i) => (
                  <li key={`${code}-${i}`}>
                    <span className="course-table__number">{code}</span> {entryName(y, code, catalog)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
