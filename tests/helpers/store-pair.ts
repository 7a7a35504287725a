import { afterAll } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import type { Actor } from '../../src/main/core/accounts/actor';
import { createHandlers } from '../../src/main/core/api';
import { departmentHandlers } from '../../src/main/core/api/department';
import type { Handlers } from '../../src/main/core/dispatch';
import type { Store } from '../../src/main/core/store/connection';
import { departmentFrom, SKIPPED_WITHOUT_APP_ROLE, useScratchPostgres, withoutAppRole } from './postgres';

/**
 * A scenario test run on both stores through the handlers (issue 16, "every existing test green on
 * both stores"): the test prepares its school in a SQLite store as it always has, and is handed the
 * handlers of that store (the workstation's) or of a department database the store's file was
 * moved into as `counselor migrate` moves it, called as a lead (every plan is hers to change).
 * `describe.each(STORE_KINDS)` runs the test once per store; the PostgreSQL pass is skipped, and
 * says why, when no test server is named.
 */
export type StoreKind = 'SQLite' | 'PostgreSQL';
export const STORE_KINDS: StoreKind[] = ['SQLite', 'PostgreSQL'];

/** The account the department's pass acts as. */
export const PAIR_LEAD: Actor = { userName: 'lead', displayName: 'Dr. Lead', role: 'lead' };

/** A describe title naming the store, and why its pass is skipped when it is. */
export function onStore(kind: StoreKind): string {
  return kind === 'PostgreSQL' && withoutAppRole ? `on PostgreSQL (${SKIPPED_WITHOUT_APP_ROLE})` : `on ${kind}`;
}

export const skipsStore = (kind: StoreKind): boolean => kind === 'PostgreSQL' && withoutAppRole;

/**
 * The handlers over a prepared store, of the kind asked for. For PostgreSQL the store is closed
 * and its file moved into a fresh department database (dropped after the file's tests).
 */
export function useStoreHandlers(): (kind: StoreKind, store: Store) => Promise<Handlers> {
  const scratch = useScratchPostgres();
  const opened: Store[] = [];
  afterAll(() => opened.forEach((s) => s.close()));
  return async (kind, store) => {
    opened.push(store);
    if (kind === 'SQLite') return createHandlers(store);
    store.close();
    const { file, pg } = await departmentFrom(scratch, store.path);
    file.close();
    await addAccount(pg, { ...PAIR_LEAD, password: 'correct horse battery' });
    return departmentHandlers(pg)(PAIR_LEAD) as Handlers;
  };
}
