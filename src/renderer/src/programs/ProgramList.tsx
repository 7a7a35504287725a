import { CREDENTIAL_TYPE_LABELS } from '../../../shared/domain/catalog';
import { choice2024Name, programTag2024 } from '../../../shared/domain/framework-choice';
import type { ProgramOfStudy } from '../../../shared/domain/program';

/** A program's 2024 cluster/sub-cluster, marked when derived from its pathway rather than set. */
export function Tag2024({ program }: { program: ProgramOfStudy }) {
  const tag = programTag2024(program);
  if (tag.choice === null) return <span className="hint">none</span>;
  return (
    <>
      {choice2024Name(tag.choice)}
      {tag.derived ? <span className="hint"> (derived)</span> : null}
    </>
  );
}

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
            <th scope="col">2024 framework</th>
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
                <Tag2024 program={p} />
              </td>
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
