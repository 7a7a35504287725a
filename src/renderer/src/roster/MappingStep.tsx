import type { ReactNode, Ref } from 'react';
import { withoutCommandLineHints } from '../../../shared/errors';
import { JobProgressView } from '../ui/JobProgressView';
import type { FlowPreview, FlowRequest, FlowState } from './importFlow';
import { missingRequired, NOT_IMPORTED, unaddressableReason } from './mapping';

/** What the mapping step asks of the import flow on screen (a roster's, a course history's). */
export interface MappingActions {
  cancel(): Promise<void>;
  chooseColumnField(columnIndex: number, field: string): void;
  choicesChanged(): boolean;
  showPreview(): Promise<void>;
  checkAgain(): Promise<void>;
  reset(): void;
}

type AnyFlowState = FlowState<FlowPreview, unknown, FlowRequest>;

function whereTheHeadersAre(preview: FlowPreview): string {
  const columns = `${preview.columns.length} ${preview.columns.length === 1 ? 'column' : 'columns'}`;
  const sheet = preview.sheetName ? ` of sheet “${preview.sheetName}”` : '';
  return `${preview.fileName}: ${columns}, headers on row ${preview.headerRow}${sheet}.`;
}

/**
 * Step 2. While the core reads the file: progress. Then each column with samples and what it
 * imports as, the choices a kind of file adds (`children`), and the counts of the last check.
 */
export function MappingStep({
  heading,
  state,
  flow,
  lastCheck,
  children,
}: {
  heading: Ref<HTMLHeadingElement>;
  state: AnyFlowState;
  flow: MappingActions;
  /** The counts of the last check in one sentence. */
  lastCheck: string;
  children?: ReactNode;
}) {
  const { job, preview } = state;
  return (
    <section className="step" aria-labelledby="import-step-title">
      <h2 id="import-step-title" ref={heading} tabIndex={-1} className="step__title">
        Match the columns
      </h2>
      {job ? (
        <JobProgressView
          job={job}
          label={job.kind === 'read' || !preview ? `Reading ${job.fileName}` : `Checking ${job.fileName} again`}
          onCancel={() => void flow.cancel()}
        />
      ) : preview ? (
        <ColumnChoicesForm state={state} preview={preview} flow={flow} lastCheck={lastCheck}>
          {children}
        </ColumnChoicesForm>
      ) : null}
    </section>
  );
}

function ColumnChoicesForm({
  state,
  preview,
  flow,
  lastCheck,
  children,
}: {
  state: AnyFlowState;
  preview: FlowPreview;
  flow: MappingActions;
  lastCheck: string;
  children?: ReactNode;
}) {
  const missing = missingRequired(preview, state.choices);
  const changed = flow.choicesChanged();
  return (
    <>
      <p className="step__intro">{whereTheHeadersAre(preview)}</p>
      {preview.mappingProblem ? (
        <div className="alert" role="alert">
          <p>{withoutCommandLineHints(preview.mappingProblem)}</p>
          <p>Choose the columns below, then press “Check again”.</p>
        </div>
      ) : null}
      <p className={preview.mappingRemembered ? 'note note--remembered' : 'note'}>
        {preview.mappingRemembered
          ? 'These choices were remembered from an earlier file with the same headers.'
          : 'These choices were made from the headers. Change any that are wrong; they are remembered for the next file with the same headers.'}
      </p>

      <div className="table-scroll">
        <table className="data-table mapping-table">
          <caption>Columns in the file and what each imports as</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Header</th>
              <th scope="col">Sample values</th>
              <th scope="col">Import as</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((column) => {
              const id = `map-column-${column.index}`;
              const reason = unaddressableReason(column, preview.columns);
              const header = column.header.trim();
              return (
                <tr key={column.index}>
                  <th scope="row" className="mapping-table__letter">
                    {column.letter}
                  </th>
                  <td className="mapping-table__header">{header || <span className="blank">(no header)</span>}</td>
                  <td>
                    {column.samples.length > 0 ? (
                      <ul className="samples">
                        {column.samples.slice(0, 3).map((s, i) => (
                          <li key={i}>{s}</li>
                        ))}
                      </ul>
                    ) : (
                      <span className="blank">(empty)</span>
                    )}
                  </td>
                  <td>
                    <label htmlFor={id} className="visually-hidden">
                      {`Column ${column.letter}, ${header || 'no header'}: import as`}
                    </label>
                    <select
                      id={id}
                      value={state.choices[column.index] ?? NOT_IMPORTED}
                      disabled={reason !== null}
                      aria-describedby={reason ? `${id}-why` : undefined}
                      onChange={(e) => flow.chooseColumnField(column.index, e.target.value)}
                    >
                      <option value={NOT_IMPORTED}>Don’t import</option>
                      {preview.fields.map((f) => (
                        <option key={f.field} value={f.field}>
                          {f.required ? `${f.label} (required)` : f.label}
                        </option>
                      ))}
                    </select>
                    {reason ? (
                      <p id={`${id}-why`} className="hint">
                        {reason}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {missing.length > 0 ? (
        <p className="note note--warn">
          No column is chosen for {missing.map((f) => f.label.toLowerCase()).join(' or ')}; the import needs one.
        </p>
      ) : null}

      {children}

      <p className="last-check">
        <strong>Last check:</strong> {lastCheck}.
        {changed ? ' You changed the choices since; check again to see what they do.' : ''}
      </p>

      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={Boolean(preview.mappingProblem) && !changed}
          onClick={() => void flow.showPreview()}
        >
          Show the preview
        </button>
        <button type="button" className="button" onClick={() => void flow.checkAgain()}>
          Check again
        </button>
        <button type="button" className="button button--quiet" onClick={() => flow.reset()}>
          Choose another file
        </button>
      </div>
    </>
  );
}
