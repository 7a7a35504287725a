import { useCallback, useEffect, useRef, useState } from 'react';
import type { PrintRequest, PrintResult } from '../../../shared/domain/print';
import { api } from '../api';
import { platform } from '../platform';
import type { RunningJob } from '../roster/importSession';
import { POLL_MS } from '../roster/importSession';
import { base64ToBytes } from '../shell/bytes';
import { messageOf } from '../shell/ErrorAlert';

export const PDF_TYPE = 'application/pdf';

export type PrintEnd =
  | { state: 'done'; result: PrintResult }
  | { state: 'failed'; message: string }
  | { state: 'cancelled'; message: string };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Saves one PDF the core sent (base64) as a file. */
export function savePdf(file: { fileName: string; base64: string }): Promise<void> {
  return platform.saveFile(file.fileName, base64ToBytes(file.base64), PDF_TYPE);
}

/**
 * One print job at a time for a component: start it, poll its status every POLL_MS (one request
 * at a time, a timer in between, so the window stays free), cancel it with `jobs.cancel`. A job
 * still running when the component goes away is asked to stop. `job` is the shape the roster's
 * JobProgressView draws.
 */
export function usePrintJob(fileName: string) {
  const [job, setJob] = useState<RunningJob | null>(null);
  const live = useRef({ mounted: true, jobId: null as string | null, cancelAsked: false });

  useEffect(() => {
    const state = live.current;
    state.mounted = true;
    return () => {
      state.mounted = false;
      if (state.jobId) void api['jobs.cancel']({ jobId: state.jobId }).catch(() => undefined);
    };
  }, []);

  const sendCancel = useCallback(async (jobId: string) => {
    try {
      await api['jobs.cancel']({ jobId });
    } catch {
      // The job ended meanwhile: its status says how.
    }
  }, []);

  const run = useCallback(
    async (request: PrintRequest): Promise<PrintEnd | null> => {
      const state = live.current;
      if (state.jobId || job) return null;
      state.cancelAsked = false;
      setJob({
        kind: 'preview',
        fileName,
        progress: { phase: 'Preparing to print', done: 0, total: null },
        cancelling: false,
        cancelRefused: false,
      });
      let jobId: string;
      try {
        ({ jobId } = await api['print.start'](request));
      } catch (e) {
        if (state.mounted) setJob(null);
        return { state: 'failed', message: messageOf(e) };
      }
      state.jobId = jobId;
      if (state.cancelAsked) void sendCancel(jobId);
      try {
        for (;;) {
          await sleep(POLL_MS);
          if (!state.mounted) return null;
          const current = await api['print.status']({ jobId });
          if (!state.mounted) return null;
          if (current.state === 'running') {
            setJob((j) => (j ? { ...j, progress: current.progress } : j));
            continue;
          }
          if (current.state === 'done' && current.result) return { state: 'done', result: current.result };
          const message = current.error?.message ?? 'Printing stopped without saying why; the details are in the log.';
          return current.state === 'cancelled' ? { state: 'cancelled', message } : { state: 'failed', message };
        }
      } catch (e) {
        return state.mounted ? { state: 'failed', message: messageOf(e) } : null;
      } finally {
        state.jobId = null;
        if (state.mounted) setJob(null);
      }
    },
    [job, fileName, sendCancel],
  );

  const cancel = useCallback(() => {
    const state = live.current;
    if (state.cancelAsked) return;
    state.cancelAsked = true;
    setJob((j) => (j ? { ...j, cancelling: true } : j));
    if (state.jobId) void sendCancel(state.jobId);
  }, [sendCancel]);

  return { job, run, cancel };
}
