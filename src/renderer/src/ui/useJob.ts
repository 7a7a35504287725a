import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../client/api';
import { cancelQuietly, pollJob, type JobEnd, type JobStatusOf, type RunningJob } from './job';

export interface JobMethods<I, R> {
  start: (input: I) => Promise<{ jobId: string }>;
  status: (jobId: string) => Promise<JobStatusOf<R>>;
}

const cancelJob = (jobId: string) => api['jobs.cancel']({ jobId });

/**
 * One job at a time for a component: `run` starts it and polls it to its end (see pollJob),
 * `cancel` asks it to stop. A job still running when the component goes away is asked to stop.
 * `job` is what JobProgressView draws, null while nothing runs.
 */
export function useJob<I, R>(
  methods: JobMethods<I, R>,
  first: { kind: RunningJob['kind']; fileName: string; phase: string; silentEnd: string },
) {
  const [job, setJob] = useState<RunningJob | null>(null);
  const live = useRef({ mounted: true, jobId: null as string | null, cancelAsked: false });
  const latest = useRef({ methods, first });
  latest.current = { methods, first };

  useEffect(() => {
    const state = live.current;
    state.mounted = true;
    return () => {
      state.mounted = false;
      if (state.jobId) void cancelQuietly(cancelJob, state.jobId);
    };
  }, []);

  const run = useCallback(
    async (input: I): Promise<JobEnd<R> | null> => {
      const state = live.current;
      if (state.jobId || job) return null;
      const { methods: m, first: f } = latest.current;
      state.cancelAsked = false;
      setJob({ kind: f.kind, fileName: f.fileName, progress: { phase: f.phase, done: 0, total: null }, cancelling: false, cancelRefused: false });
      try {
        return await pollJob<R>(
          {
            start: () => m.start(input),
            status: m.status,
            live: () => state.mounted,
            onStarted: (jobId) => {
              state.jobId = jobId;
              // Cancel pressed before the job had an id: send it now.
              if (state.cancelAsked) void cancelQuietly(cancelJob, jobId);
            },
            onProgress: (progress) => setJob((j) => (j ? { ...j, progress } : j)),
            silentEnd: f.silentEnd,
          },
          (jobId) => void cancelQuietly(cancelJob, jobId),
        );
      } finally {
        state.jobId = null;
        if (state.mounted) setJob(null);
      }
    },
    [job],
  );

  const cancel = useCallback(() => {
    const state = live.current;
    if (state.cancelAsked) return;
    state.cancelAsked = true;
    setJob((j) => (j ? { ...j, cancelling: true } : j));
    // The job may end meanwhile: its status then says how.
    if (state.jobId) void cancelQuietly(cancelJob, state.jobId);
  }, []);

  return { job, run, cancel };
}
