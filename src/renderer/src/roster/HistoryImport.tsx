import { ChooseStep, type ChooseWords } from './ChooseStep';
import { HistoryPreviewStep } from './HistoryPreviewStep';
import { HistoryReportStep } from './HistoryReportStep';
import { historySession, useHistorySession } from './historySession';
import { historyCountsSentence } from './historyState';
import { ImportSteps } from './ImportSteps';
import { MappingStep } from './MappingStep';

const HISTORY_WORDS: ChooseWords = {
  title: 'Choose a course history file',
  intro:
    'Use the transcript or course history export of your student information system (PowerSchool StoredGrades, Infinite Campus, WISEdata, Skyward, Xello, Naviance, SchooLinks, or your own spreadsheet) just as it is. Students must already be in the roster. Nothing is written until you press Import at the end.',
  label: 'Course history file (.xlsx, .csv, .tsv or .txt)',
  inputId: 'history-file',
  refused: 'a course history is not imported while the sample school is there',
};

/** Import a course history: the same steps as the roster, with credit types chosen on the preview. */
export function HistoryImport() {
  const state = useHistorySession();
  return (
    <ImportSteps state={state} noun="course history" onCancel={() => void historySession.cancel()}>
      {(heading) => (
        <>
          {state.step === 'choose' ? <ChooseStep heading={heading} words={HISTORY_WORDS} onFile={(file) => void historySession.chooseFile(file)} /> : null}
          {state.step === 'mapping' ? (
            <MappingStep heading={heading} state={state} flow={historySession} lastCheck={state.preview ? historyCountsSentence(state.preview.counts) : ''} />
          ) : null}
          {state.step === 'preview' ? <HistoryPreviewStep heading={heading} state={state} /> : null}
          {state.step === 'report' ? <HistoryReportStep heading={heading} state={state} /> : null}
        </>
      )}
    </ImportSteps>
  );
}
