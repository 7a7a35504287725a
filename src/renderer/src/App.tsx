import { Suspense, useEffect, useRef, useState, type MouseEvent } from 'react';
import { CaseloadPage } from './caseload/CaseloadPage';
import { loadedWhenShown } from './shell/chunk';
import { caseloadHref } from './caseload/viewMemory';
import { SampleBanner } from './sample/SampleBanner';
import { routes, usePlanStudent, useRoute, useStudentForm } from './shell/route';

// Only the caseload, the page a counselor opens every morning, is in the first script; every other
// page is its own chunk, loaded the first time it is opened (Reports alone carries the charting
// library, most of a megabyte). tests/e2e/caseload-place.test.ts checks what the first show fetches.
const BackupsPage = loadedWhenShown(() => import('./backups/BackupsPage').then((m) => m.BackupsPage));
const CoursesPage = loadedWhenShown(() => import('./catalog/CoursesPage').then((m) => m.CoursesPage));
const FrameworkPage = loadedWhenShown(() => import('./framework/FrameworkPage').then((m) => m.FrameworkPage));
const ImportPage = loadedWhenShown(() => import('./roster/ImportPage').then((m) => m.ImportPage));
const PlanPage = loadedWhenShown(() => import('./plan/PlanPage').then((m) => m.PlanPage));
const ProgramsPage = loadedWhenShown(() => import('./programs/ProgramsPage').then((m) => m.ProgramsPage));
const ReportsPage = loadedWhenShown(() => import('./reports/ReportsPage').then((m) => m.ReportsPage));
const RequirementsPage = loadedWhenShown(() => import('./requirements/RequirementsPage').then((m) => m.RequirementsPage));
const SettingsPage = loadedWhenShown(() => import('./settings/SettingsPage').then((m) => m.SettingsPage));
const StudentFormPage = loadedWhenShown(() => import('./students/StudentFormPage').then((m) => m.StudentFormPage));
const SchoolYearPage = loadedWhenShown(() => import('./year/SchoolYearPage').then((m) => m.SchoolYearPage));

export function App() {
  const route = useRoute();
  const planStudent = usePlanStudent();
  const studentForm = useStudentForm();
  const main = useRef<HTMLElement>(null);

  // Focus moves to a page's heading when the counselor navigates to it, not on the first load:
  // a page that grabs focus as it opens makes keyboard users skip the skip link and the navigation.
  const [navigated, setNavigated] = useState(false);
  useEffect(() => {
    const onHashChange = () => setNavigated(true);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  // The skip link's own hash would be read as a route: move focus by hand instead.
  const skipToMain = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    main.current?.focus();
  };

  // Removing the sample school changes what every page shows: open the (now empty) caseload
  // afresh, with focus on its heading, since the button that had focus is gone.
  const [generation, setGeneration] = useState(0);
  const sampleRemoved = () => {
    setNavigated(true);
    setGeneration((g) => g + 1);
    if (window.location.hash !== '#/caseload') window.location.hash = '#/caseload';
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <SampleBanner onRemoved={sampleRemoved} />
      <header className="app-header">
        <p className="app-name">Counselor Workstation</p>
        <nav aria-label="Pages">
          <ul className="nav-list">
            {routes.map((r) => (
              <li key={r.id}>
                <a className="nav-link" href={r.id === 'caseload' ? caseloadHref() : r.path} aria-current={route === r.id ? 'page' : undefined}>
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main" key={generation}>
        <Suspense fallback={<p role="status">Opening the page…</p>}>
          {studentForm !== undefined ? (
            <StudentFormPage key={studentForm ?? 'new'} studentNumber={studentForm} focusOnShow={navigated} />
          ) : planStudent !== null ? (
            <PlanPage key={planStudent} studentNumber={planStudent} focusOnShow={navigated} />
          ) : route === 'caseload' ? (
            <CaseloadPage focusOnShow={navigated} />
          ) : route === 'import' ? (
            <ImportPage focusOnShow={navigated} />
          ) : route === 'courses' ? (
            <CoursesPage focusOnShow={navigated} />
          ) : route === 'programs' ? (
            <ProgramsPage focusOnShow={navigated} />
          ) : route === 'requirements' ? (
            <RequirementsPage focusOnShow={navigated} />
          ) : route === 'reports' ? (
            <ReportsPage focusOnShow={navigated} />
          ) : route === 'backups' ? (
            <BackupsPage focusOnShow={navigated} />
          ) : route === 'settings' ? (
            <SettingsPage focusOnShow={navigated} />
          ) : route === 'year' ? (
            <SchoolYearPage focusOnShow={navigated} />
          ) : (
            <FrameworkPage focusOnShow={navigated} />
          )}
        </Suspense>
      </main>
    </div>
  );
}
