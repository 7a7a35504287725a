import { useSyncExternalStore } from 'react';

/** What the Import page imports: kept while the counselor visits other pages, like the imports themselves. */
export type ImportKind = 'roster' | 'history' | 'catalog';

export const IMPORT_KINDS: readonly { kind: ImportKind; label: string; hint: string }[] = [
  { kind: 'roster', label: 'Roster', hint: 'Students: numbers, names, grades, counselors.' },
  { kind: 'history', label: 'Course history', hint: 'Transcripts: the courses students have taken, with grades and credits.' },
  { kind: 'catalog', label: 'Course catalog', hint: 'The courses the school offers.' },
];

let current: ImportKind = 'roster';
const listeners = new Set<() => void>();

export function chooseImportKind(kind: ImportKind): void {
  if (kind === current) return;
  current = kind;
  for (const listener of listeners) listener();
}

export function useImportKind(): ImportKind {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
