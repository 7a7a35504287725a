import { CREDENTIAL_TYPE_LABELS } from '../../../shared/domain/catalog';
import type { ProgramOfStudy } from '../../../shared/domain/program';

/** Every program, in framework order (so grouped by pathway): pressing a name shows the program. */
export function ProgramList({
  programs,
  pathways,
  selected,
  onSelect,
}: {
  programs: readonly ProgramOfStudy[];
  pathways: ReadonlyMap<string, string>;
  selected: string | null;
  onSelect(id: string): void;
}) {
  if (programs.length === 0) return <p className="hint">No programs of study yet: add one with New program, or import a workbook.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Programs of study by pathway</caption>
        <thead>
          <tr>
            <th scope="col">Program</th>
            <th scope="col">Pathway</th>
            <th scope="col">Leads to</th>
          </tr>
        </thead>
        <tbody>
          {programs.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <button type="button" className="program-pick" aria-pressed={p.id === selected} onClick={() => onSelect(p.id)}>
                  {p.name}
                </button>
              </th>
              <td>{pathways.get(p.pathwayCode) ?? p.pathwayCode}</td>
              <td>
                {p.leadsTo.title} <span className="hint">({CREDENTIAL_TYPE_LABELS[p.leadsTo.credentialType]})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
