import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../shell/ErrorAlert';

/** Something a page reads from the store: loading, there, or refused with the core's sentence. */
export type Query<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

export interface QueryOptions {
  /** Wait this long after the last change of `load` before asking (a preview that follows typing). */
  delayMs?: number;
  /** Keep showing the value there while a new one loads, rather than "loading" again. */
  keepWhileLoading?: boolean;
}

/**
 * Reads `load()` when the page opens and again whenever `load` changes (give it a useCallback with
 * the inputs it reads). An answer that comes after a newer question was asked, or after the page
 * has gone, is dropped, so a slow first answer never overwrites a quick second one.
 */
export function useQuery<T>(load: () => Promise<T>, options: QueryOptions = {}) {
  const [state, setState] = useState<Query<T>>({ status: 'loading' });
  const asked = useRef(0);
  const { delayMs, keepWhileLoading } = options;

  const ask = useCallback(
    async (question: number): Promise<boolean> => {
      try {
        const value = await load();
        if (question === asked.current) setState({ status: 'ready', value });
        return true;
      } catch (e) {
        if (question === asked.current) setState({ status: 'failed', message: messageOf(e) });
        return false;
      }
    },
    [load],
  );

  useEffect(() => {
    const question = ++asked.current;
    if (keepWhileLoading) setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    if (delayMs === undefined) {
      void ask(question);
    } else {
      const timer = setTimeout(() => void ask(question), delayMs);
      return () => {
        asked.current++;
        clearTimeout(timer);
      };
    }
    return () => {
      asked.current++;
    };
  }, [ask, delayMs, keepWhileLoading]);

  /** Asks again (after something changed the store); true when the answer came. */
  const reload = useCallback(() => ask(++asked.current), [ask]);

  /** Changes the value on screen without asking (the core sent the new one back with a change). */
  const update = useCallback((change: (value: T) => T) => {
    setState((s) => (s.status === 'ready' ? { status: 'ready', value: change(s.value) } : s));
  }, []);

  return { state, reload, update };
}
