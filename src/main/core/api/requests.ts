import type { HandlersFor } from '../dispatch';
import type { RequestTaskPayload } from '../requests/job';
import type { Jobs } from './jobs';

/** Course requests for the student information system: a job, like printing (a whole school takes seconds). */
export function requestHandlers(jobs: Jobs): HandlersFor<'requests'> {
  return {
    'requests.start': (request) => {
      const payload: RequestTaskPayload = { ...request, requestedAt: new Date().toISOString() };
      return { jobId: jobs.start('requests.export', payload, 'Choosing the students') };
    },
    'requests.status': ({ jobId }) => jobs.status(jobId, 'requests.export'),
  };
}
