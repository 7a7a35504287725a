import type { ColumnFiltersState } from '@tanstack/react-table';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { api } from '../client/api';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { PrintPanel } from '../print/PrintPanel';
import { refreshSampleStatus } from '../sample/sampleState';
import { Page } from '../shell/Page';
import { CaseloadTable } from './CaseloadTable';
import { EmptyCaseload } from './EmptyCaseload';
import { ALL_OPTION, clusterOptions, conferenceOptions, counselorOptions, gradeOptions, onTrackOptions, planStatusOptions, queryTokens, toEntries } from './entries';
import { FilterSelect } from './FilterSelect';
import { ExportButtons, type ExportOutcome } from './ExportButtons';
import { useCaseload } from './useCaseload';
import { useClusterNames } from './useClusterNames';
import { visibleStudentNumbers } from './visible';
import './caseload.css';

const NO_ENTRIES: never[] = [];

export function CaseloadPage({ focusOnShow }: { focusOnShow: boolean }) {
  const { state, reload } = useCaseload();
  const [query, setQuery] = useState('');
  const [grade, setGrade] = useState(ALL_OPTION);
  const [counselor, setCounselor] = useState(ALL_OPTION);
  const [planStatus, setPlanStatus] = useState(ALL_OPTION);
  const [cluster, setCluster] = useState(ALL_OPTION);
  const [onTrack, setOnTrack] = useState(ALL_OPTION);
  const [conference, setConference] = useState(ALL_OPTION);
  const clusterNames = useClusterNames();
  const [loadingSample, setLoadingSample] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [exported, setExported] = useState<ExportOutcome>(null);
  const [printOpen, setPrintOpen] = useState(false);
  const printButton = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);

  const entries = useMemo(() => (state.status === 'ready' ? toEntries(state.value) : NO_ENTRIES), [state]);
  const grades = useMemo(() => gradeOptions(entries), [entries]);
  const counselors = useMemo(() => counselorOptions(entries), [entries]);
  const planStatuses = useMemo(() => planStatusOptions(), []);
  const onTrackChoices = useMemo(() => onTrackOptions(), []);
  const conferenceChoices = useMemo(() => conferenceOptions(), []);
  const clusters = useMemo(() => clusterOptions(entries, clusterNames), [entries, clusterNames]);

  // The box shows every keystroke at once; the table follows when React has time (interruptible).
  const deferredQuery = useDeferredValue(query);
  const tokens = useMemo(() => queryTokens(deferredQuery), [deferredQuery]);
  const columnFilters = useMemo<ColumnFiltersState>(
    () => [
      ...(grade !== ALL_OPTION ? [{ id: 'grade', value: grade }] : []),
      ...(counselor !== ALL_OPTION ? [{ id: 'counselor', value: counselor }] : []),
      ...(planStatus !== ALL_OPTION ? [{ id: 'planStatus', value: planStatus }] : []),
      ...(cluster !== ALL_OPTION ? [{ id: 'cluster', value: cluster }] : []),
      ...(onTrack !== ALL_OPTION ? [{ id: 'onTrack', value: onTrack }] : []),
      ...(conference !== ALL_OPTION ? [{ id: 'lastConference', value: conference }] : []),
    ],
    [grade, counselor, planStatus, cluster, onTrack, conference],
  );

  const loadSample = async () => {
    setLoadingSample(true);
    setActionError(null);
    try {
      await api['sample.load']({});
      void refreshSampleStatus();
      if (await reload()) search.current?.focus();
    } catch (e) {
      setActionError(messageOf(e));
    } finally {
      setLoadingSample(false);
    }
  };

  return (
    <Page title="Caseload" focusOnShow={focusOnShow}>
      <ErrorAlert
        title={
          actionError
            ? 'The sample school was not loaded.'
            : exported?.ok === false
              ? 'The caseload was not exported.'
              : 'The caseload could not be shown.'
        }
        message={actionError ?? (exported?.ok === false ? exported.message : null) ?? (state.status === 'failed' ? state.message : null)}
      />
      <div className="caseload-bar">
        <div className="toolbar" role="search" aria-label="Find students">
          <div className="field field--grow">
            <label htmlFor="caseload-search">Search by name or student number</label>
            <input
              ref={search}
              id="caseload-search"
              type="search"
              autoComplete="off"
              spellCheck={false}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <FilterSelect id="caseload-grade" label="Grade" value={grade} options={grades} onChange={setGrade} />
          <FilterSelect id="caseload-counselor" label="Counselor" value={counselor} options={counselors} onChange={setCounselor} />
          <FilterSelect id="caseload-plan-status" label="Plan status" value={planStatus} options={planStatuses} onChange={setPlanStatus} />
          <FilterSelect id="caseload-cluster" label="Career cluster" value={cluster} options={clusters} onChange={setCluster} />
          <FilterSelect id="caseload-on-track" label="On track" value={onTrack} options={onTrackChoices} onChange={setOnTrack} />
          <FilterSelect id="caseload-conference" label="Conference" value={conference} options={conferenceChoices} onChange={setConference} />
        </div>
        <ExportButtons
          // The rows the table shows: the same search words (deferred, as rendered) and filters.
          studentNumbers={() => visibleStudentNumbers(entries, { tokens, grade, counselor, planStatus, cluster, onTrack, conference })}
          onOutcome={setExported}
        />
        <button ref={printButton} type="button" className="button" aria-expanded={printOpen} onClick={() => setPrintOpen((o) => !o)}>
          Print plans…
        </button>
      </div>
      {printOpen ? (
        <PrintPanel
          shownNumbers={() =>
            visibleStudentNumbers(entries, { tokens, grade, counselor, planStatus, cluster, onTrack, conference }) ?? entries.map((e) => e.row.studentNumber)
          }
          grades={grades}
          counselors={counselors}
          onClose={() => (setPrintOpen(false), printButton.current?.focus())}
        />
      ) : null}
      <p role="status" className="export-status">
        {exported?.ok ? exported.message : null}
      </p>
      {state.status === 'loading' ? (
        <p role="status" className="caseload-count">
          Loading the caseload…
        </p>
      ) : state.status === 'ready' ? (
        <>
          <CaseloadTable
            entries={entries}
            tokens={tokens}
            columnFilters={columnFilters}
            renderedQuery={deferredQuery}
            clusterNames={clusterNames}
          />
          {entries.length === 0 ? <EmptyCaseload busy={loadingSample} onLoadSample={() => void loadSample()} /> : null}
        </>
      ) : null}
    </Page>
  );
}
