import type { HandlersFor } from '../dispatch';
import { readFramework } from '../framework/repository';
import type { Store } from '../store/connection';

/** The career clusters and pathways, as the store holds them. */
export function frameworkHandlers(store: Store): HandlersFor<'framework'> {
  return { 'framework.get': () => readFramework(store.db) };
}
