import type { RowSelectionState, SortingState } from '@tanstack/react-table';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../client/api';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { refreshSampleStatus } from '../sample/sampleState';
import { Page } from '../shell/Page';
import { studentFormPath } from '../shell/route';
import { CaseloadTable } from './CaseloadTable';
import { EmptyCaseload } from './EmptyCaseload';
import { ALL_OPTION, BLANK_OPTION, clusterOptions, conferenceOptions, counselorOptions, gradeOptions, onTrackOptions, planStatusOptions, queryTokens, toEntries } from './entries';
import { FilterSelect } from './FilterSelect';
import { ExportButtons, type ExportOutcome } from './ExportButtons';
import { useCaseload } from './useCaseload';
import { useClusterNames } from './useClusterNames';
import { visibleStudentNumbers, type CaseloadFilters } from './visible';
import { hashOfView, viewFromHash } from './viewAddress';
import { keepScroll, keepView, scrollFor } from './viewMemory';
import { loadedWhenShown } from '../shell/chunk';
import './caseload.css';

// Shown only when asked for, so loaded then: they carry the contract's schemas (zod), which the
// first show of the caseload does not need.
const PrintPanel = loadedWhenShown(() => import('../print/PrintPanel').then((m) => m.PrintPanel), 'The print choices could not be opened.');
const RequestExportDialog = loadedWhenShown(
  () => import('./RequestExportDialog').then((m) => m.RequestExportDialog),
  'The course request export could not be opened.',
);
const BulkActions = loadedWhenShown(() => import('./BulkActions').then((m) => m.BulkActions), 'The actions on many students could not be opened.');

const NO_ENTRIES: never[] = [];

/**
 * Which students the caseload lists, by status: the current ones by default; those the latest
 * roster no longer lists (left the school, or a partial file) and those who graduated (kept,
 * read-only, still printed and exported) each on asking, or everyone.
 */
const VIEWS = [
  { value: 'active', label: 'Current students' },
  { value: 'not_in_latest_roster', label: 'Not in latest roster' },
  { value: 'graduated', label: 'Graduated' },
  { value: 'all', label: 'All students' },
];

export function CaseloadPage({ focusOnShow }: { focusOnShow: boolean }) {
  const { state, reload } = useCaseload();
  // The view the address names (a bookmark, the browser's Back, "Back to caseload"): read once, on opening.
  const [opened] = useState(() => viewFromHash(window.location.hash));
  const [query, setQuery] = useState(opened.query);
  const [grade, setGrade] = useState(opened.grade);
  const [counselor, setCounselor] = useState(opened.counselor);
  const [planStatus, setPlanStatus] = useState(opened.planStatus);
  const [cluster, setCluster] = useState(opened.cluster);
  const [onTrack, setOnTrack] = useState(opened.onTrack);
  const [conference, setConference] = useState(opened.conference);
  const [sorting, setSorting] = useState<SortingState>(opened.sorting);
  const clusterNames = useClusterNames();
  const [loadingSample, setLoadingSample] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [exported, setExported] = useState<ExportOutcome>(null);
  const [printOpen, setPrintOpen] = useState(false);
  const printButton = useRef<HTMLButtonElement>(null);
  const [requestsOpen, setRequestsOpen] = useState(false);
  const requestsButton = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  // Students chosen for an action on many; export and print take them instead of the rows shown.
  const [selection, setSelection] = useState<RowSelectionState>({});
  const selected = useMemo(() => Object.keys(selection).filter((n) => selection[n]), [selection]);

  const [view, setView] = useState(opened.show);
  const allEntries = useMemo(() => (state.status === 'ready' ? toEntries(state.value) : NO_ENTRIES), [state]);
  // The choice appears once a student is not current; until then every student is current.
  const anyNotCurrent = useMemo(() => allEntries.some((e) => e.row.status !== 'active'), [allEntries]);
  // A report on a whole school's selection names every student: one map, not a search per student,
  // made the first time a report asks (not while the caseload is first shown).
  const nameOf = useMemo(() => {
    let names: Map<string, string> | undefined;
    return (n: string) => (names ??= new Map(allEntries.map((e) => [e.row.studentNumber, e.name]))).get(n) ?? n;
  }, [allEntries]);
  const entries = useMemo(() => (view === 'all' ? allEntries : allEntries.filter((e) => e.row.status === view)), [allEntries, view]);
  const grades = useMemo(() => gradeOptions(entries), [entries]);
  const counselors = useMemo(() => counselorOptions(entries), [entries]);
  const planStatuses = useMemo(() => planStatusOptions(), []);
  const onTrackChoices = useMemo(() => onTrackOptions(), []);
  const conferenceChoices = useMemo(() => conferenceOptions(), []);
  const clusters = useMemo(() => clusterOptions(entries, clusterNames), [entries, clusterNames]);

  // The table follows the box in the same frame: a keystroke is one pass of substring tests and the
  // rows in view (visible.ts), cheap at 20,000, so deferring it would only cost a frame.
  const shownQuery = query;
  const current = { query: shownQuery, show: view, grade, counselor, planStatus, cluster, onTrack, conference, sorting };
  const viewHash = hashOfView(current);
  // The address follows the view (replaced, not pushed: Back leaves the caseload, not a keystroke),
  // written after the frame that shows the rows (replaceState costs a few milliseconds a keystroke),
  // once for a burst of keys, and at once when the page goes (a plan opened in the same frame).
  const unwritten = useRef<string | null>(null);
  useEffect(() => {
    unwritten.current = viewHash;
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => ((unwritten.current = null), keepView(viewHash)))));
    return () => (cancelAnimationFrame(frame), clearTimeout(timer));
  }, [viewHash]);
  useEffect(() => () => void (unwritten.current !== null && keepView(unwritten.current)), []);
  const [initialScroll] = useState(() => scrollFor(window.location.hash));
  // Kept under the view on screen, not the address: the address is written a frame later, and a
  // scroll in that frame was kept under the previous view's address (and came back as 0).
  const shownView = useRef(viewHash);
  shownView.current = viewHash;
  const onScrollTop = useCallback((top: number) => keepScroll(shownView.current, top), []);
  const tokens = useMemo(() => queryTokens(shownQuery), [shownQuery]);
  const filters = useMemo<CaseloadFilters>(
    () => ({ tokens, grade, counselor, planStatus, cluster, onTrack, conference }),
    [tokens, grade, counselor, planStatus, cluster, onTrack, conference],
  );
  /** The rows on screen, or null for the whole store (nothing filters it, no graduate is left out). */
  const shownNumbers = () => {
    const filtered = visibleStudentNumbers(entries, filters);
    return filtered ?? (entries.length === allEntries.length ? null : entries.map((e) => e.row.studentNumber));
  };
  const targetNumbers = () => (selected.length > 0 ? selected : shownNumbers());

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
          {anyNotCurrent ? <FilterSelect id="caseload-view" label="Show" value={view} options={VIEWS} onChange={setView} /> : null}
          <FilterSelect id="caseload-grade" label="Grade" value={grade} options={grades} onChange={setGrade} />
          <FilterSelect id="caseload-counselor" label="Counselor" value={counselor} options={counselors} onChange={setCounselor} />
          <FilterSelect id="caseload-plan-status" label="Plan status" value={planStatus} options={planStatuses} onChange={setPlanStatus} />
          <FilterSelect id="caseload-cluster" label="Career cluster" value={cluster} options={clusters} onChange={setCluster} />
          <FilterSelect id="caseload-on-track" label="On track" value={onTrack} options={onTrackChoices} onChange={setOnTrack} />
          <FilterSelect id="caseload-conference" label="Conference" value={conference} options={conferenceChoices} onChange={setConference} />
        </div>
        <ExportButtons
          // The rows the table shows: the same search words and filters.
          studentNumbers={targetNumbers}
          onOutcome={setExported}
        />
        <button ref={printButton} type="button" className="button" aria-expanded={printOpen} onClick={() => setPrintOpen((o) => !o)}>
          Print plans…
        </button>
        <button ref={requestsButton} type="button" className="button" aria-haspopup="dialog" onClick={() => setRequestsOpen(true)}>
          Export course requests…
        </button>
        {/* A page of its own, not a nav link: a transfer student is added from the caseload they join. */}
        <a className="button" href={studentFormPath(null)}>
          Add student
        </a>
      </div>
      <Suspense fallback={null}>
        {requestsOpen ? (
          <RequestExportDialog
            // null when nothing filters the caseload: every active student, without sending every number.
            shownNumbers={targetNumbers}
            grades={grades.map((o) => o.value).filter((v) => /^\d+$/.test(v))}
            // Back to the button once the modal dialog has gone (nothing outside it takes focus while it is open).
            onClose={() => (setRequestsOpen(false), requestAnimationFrame(() => requestsButton.current?.focus()))}
          />
        ) : null}
        {printOpen ? (
          <PrintPanel
            shownNumbers={() => targetNumbers() ?? entries.map((e) => e.row.studentNumber)}
            grades={grades}
            counselors={counselors}
            onClose={() => (setPrintOpen(false), printButton.current?.focus())}
          />
        ) : null}
        {selected.length > 0 ? (
          <BulkActions
            selected={selected}
            counselors={counselors.map((o) => o.value).filter((v) => v !== ALL_OPTION && v !== BLANK_OPTION)}
            nameOf={nameOf}
            onChanged={() => void reload()}
            onClear={() => (setSelection({}), search.current?.focus())}
          />
        ) : null}
      </Suspense>
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
            filters={filters}
            renderedQuery={shownQuery}
            clusterNames={clusterNames}
            sorting={sorting}
            onSortingChange={setSorting}
            initialScrollTop={initialScroll}
            onScrollTop={onScrollTop}
            selection={selection}
            onSelectionChange={setSelection}
          />
          {allEntries.length === 0 ? <EmptyCaseload busy={loadingSample} onLoadSample={() => void loadSample()} /> : null}
        </>
      ) : null}
    </Page>
  );
}
