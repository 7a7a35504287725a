import { lazy, Suspense, useEffect, useRef, useState, type MouseEvent } from 'react';
import { BackupsPage } from './backups/BackupsPage';
import { SchoolYearPage } from './year/SchoolYearPage';
import { CaseloadPage } from './caseload/CaseloadPage';
import { CoursesPage } from './catalog/CoursesPage';
import { FrameworkPage } from './framework/FrameworkPage';
import { PlanPage } from './plan/PlanPage';
import { ProgramsPage } from './programs/ProgramsPage';
import { RequirementsPage } from './requirements/RequirementsPage';
import { ImportPage } from './roster/ImportPage';
import { SampleBanner } from './sample/SampleBanner';
import { routes, usePlanStudent, useRoute } from './shell/route';

// The Reports page carries the charting library (ECharts, most of a megabyte): loaded when first
// opened, so the caseload a counselor opens every morning does not wait for it.
const ReportsPage = lazy(() => import('./reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));

export function App() {
  const route = useRoute();
  const planStudent = usePlanStudent();
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
                <a className="nav-link" href={r.path} aria-current={route === r.id ? 'page' : undefined}>
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main" key={generation}>
        {planStudent !== null ? (
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
          <Suspense fallback={<p role="status">Opening Reports…</p>}>
            <ReportsPage focusOnShow={navigated} />
          </Suspense>
        ) : route === 'backups' ? (
          <BackupsPage focusOnShow={navigated} />
        ) : route === 'year' ? (
          <SchoolYearPage focusOnShow={navigated} />
        ) : (
          <FrameworkPage focusOnShow={navigated} />
        )}
      </main>
    </div>
  );
}
