import { ChooseStep } from './ChooseStep';
import { importSession, useImportSession } from './importSession';
import { countsSentence, type ImportState } from './importState';
import { ImportSteps } from './ImportSteps';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ReportStep } from './ReportStep';

/** Import a roster: choose or drop a file → match the columns → check the preview → import → report. */
export function RosterImport() {
  const state = useImportSession();
  return (
    <ImportSteps state={state} noun="roster" onCancel={() => void importSession.cancel()}>
      {(heading) => (
        <>
          {state.step === 'choose' ? <ChooseStep heading={heading} onFile={(file) => void importSession.chooseFile(file)} /> : null}
          {state.step === 'mapping' ? (
            <MappingStep heading={heading} state={state} flow={importSession} lastCheck={state.preview ? countsSentence(state.preview.counts) : ''}>
              <WholeRoster state={state} />
            </MappingStep>
          ) : null}
          {state.step === 'preview' ? <PreviewStep heading={heading} state={state} /> : null}
          {state.step === 'report' ? <ReportStep heading={heading} state={state} /> : null}
        </>
      )}
    </ImportSteps>
  );
}

/** The roster's own choice on the mapping step: is this file the whole roster? */
function WholeRoster({ state }: { state: ImportState }) {
  return (
    <>
      <div className="check">
        <input
          id="mark-absent"
          type="checkbox"
          checked={state.markAbsent}
          aria-describedby="mark-absent-hint"
          onChange={(e) => importSession.setMarkAbsent(e.target.checked)}
        />
        <label htmlFor="mark-absent">
          This file is the whole roster: mark students who are not in it as “not in latest roster”
        </label>
      </div>
      <p id="mark-absent-hint" className="hint hint--indented">
        Uncheck it for a partial roster (one grade, one counselor’s students). No student is ever deleted.
      </p>
    </>
  );
}
