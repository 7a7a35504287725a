import { parentPort, workerData } from 'node:worker_threads';
import { CounselorError } from '../../../shared/errors';
import { openStore, type Store } from '../store/connection';
import { storeFailure } from '../store/failures';
import type { WorkerMessage } from './launch';
import { CancelFlag } from './task';
import { tasks, type TaskName } from './tasks';

interface JobWorkerData {
  storePath: string;
  nativeBinding?: string;
  task: TaskName;
  payload: unknown;
}

/** The body of a job's worker thread: open the store, run one task, report, exit. */
export async function runJobWorker(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('runJobWorker must run in a worker thread.');
  const data = workerData as JobWorkerData;
  const flag = new CancelFlag();
  const send = (m: WorkerMessage) => port.postMessage(m);
  port.on('message', (m: { type: string }) => {
    if (m.type === 'cancel') flag.cancel();
  });
  let store: Store | null = null;
  try {
    // Inside the try: a store that cannot be opened is a sentence for the page, not a dead worker.
    store = await openStore(data.storePath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
    const result = await tasks[data.task](data.payload, {
      db: store.db,
      storePath: store.path,
      progress: (progress) => send({ type: 'progress', progress }),
      throwIfCancelled: () => flag.throwIfCancelled(),
    });
    send({ type: 'done', result });
  } catch (thrown) {
    const e = storeFailure(thrown, data.storePath);
    if (e instanceof CounselorError) send({ type: 'error', error: e.toApiError() });
    else {
      console.error(`[counselor] job ${data.task} failed:`, e);
      send({ type: 'error', error: { code: 'internal', message: 'The job failed; the details are in the log.' } });
    }
  } finally {
    store?.close();
    port.close();
  }
}
