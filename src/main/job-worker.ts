// Build entry of the job worker thread (out/main/job-worker.js): long tasks run here, off the
// thread that serves the window.
import { tasks } from './core/api/jobs';
import { runJobWorker } from './core/jobs/worker-main';

void runJobWorker(tasks);
