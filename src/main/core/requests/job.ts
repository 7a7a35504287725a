import { z } from 'zod';
import { RequestExport, type RequestExportResult } from '../../../shared/domain/requests';
import type { TaskContext } from '../jobs/task';
import { exportRequests, type RequestFile } from './export';

/**
 * The `requests.export` job: a request file with the moment it was asked for (taken on the thread
 * that serves the window, so "grade 10 now" and "next year" are the counselor's), run in a worker
 * thread. The file comes back as base64 in the job's result, kept in memory only while the job is.
 */
export const RequestTaskPayload = RequestExport.extend({ requestedAt: z.iso.datetime() });
export type RequestTaskPayload = z.infer<typeof RequestTaskPayload>;

export async function runRequestExportJob(payload: unknown, ctx: TaskContext): Promise<RequestExportResult> {
  const { requestedAt, ...request } = RequestTaskPayload.parse(payload);
  return requestExportResult(await exportRequests(ctx.db, request, new Date(requestedAt), ctx), request);
}

/** The job's result from the file made (on a workstation or the department server, collect-as.ts). */
export function requestExportResult({ bytes, ...counts }: RequestFile, request: Pick<RequestExport, 'schoolYear' | 'preset'>): RequestExportResult {
  return { ...counts, base64: bytes.toString('base64'), schoolYear: request.schoolYear, preset: request.preset };
}
