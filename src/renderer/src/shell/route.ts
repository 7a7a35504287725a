import { useSyncExternalStore } from 'react';

/** The pages the workstation has, addressed by the hash (`#/caseload`) so a reload stays put. */
export const routes = [
  { id: 'caseload', path: '#/caseload', label: 'Caseload' },
  { id: 'import', path: '#/import', label: 'Import' },
  { id: 'courses', path: '#/courses', label: 'Courses' },
  { id: 'programs', path: '#/programs', label: 'Programs' },
  { id: 'requirements', path: '#/requirements', label: 'Requirements' },
  { id: 'reports', path: '#/reports', label: 'Reports' },
  { id: 'framework', path: '#/framework', label: 'Framework' },
  { id: 'year', path: '#/year', label: 'School year' },
  { id: 'backups', path: '#/backups', label: 'Backups' },
  { id: 'settings', path: '#/settings', label: 'Settings' },
] as const;

export type RouteId = (typeof routes)[number]['id'];

export function routeFromHash(hash: string): RouteId {
  // A page may keep its view after a "?" (the caseload's search and filters).
  const path = hash.split('?')[0];
  const found = routes.find((r) => r.path === path);
  return found ? found.id : 'caseload';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): RouteId {
  return useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
}

/** A student's plan: `#/plan/<student number>` (numbers are text: `004109` keeps its zeros). */
export function planPath(studentNumber: string): string {
  return `#/plan/${encodeURIComponent(studentNumber)}`;
}

export function planStudentFromHash(hash: string): string | null {
  const m = /^#\/plan\/([^/?#]+)$/.exec(hash);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

/** The student whose plan is open, or null on every other page. */
export function usePlanStudent(): string | null {
  return useSyncExternalStore(subscribe, () => planStudentFromHash(window.location.hash));
}

/** The student form: `#/student/new` adds a student by hand, `#/student/<number>` edits one (not a nav link: reached from the caseload and the plan). */
export function studentFormPath(studentNumber: string | null): string {
  return studentNumber === null ? '#/student/new' : `#/student/${encodeURIComponent(studentNumber)}`;
}

/** undefined: not the student form; null: a new student; else the number of the student edited. */
export function studentFormFromHash(hash: string): string | null | undefined {
  const m = /^#\/student\/([^/?#]+)$/.exec(hash);
  if (!m?.[1]) return undefined;
  if (m[1] === 'new') return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
}

export function useStudentForm(): string | null | undefined {
  return useSyncExternalStore(subscribe, () => studentFormFromHash(window.location.hash));
}
