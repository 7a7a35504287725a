import type { MethodInput, MethodOutput } from '../../shared/contract';
import { CounselorError } from '../../shared/errors';
import type { CommandContext } from './context';

/** The status methods of the jobs a command starts on a department database (`--db postgres://…`). */
type StatusMethod = 'roster.previewStatus' | 'roster.importStatus' | 'history.previewStatus' | 'history.importStatus' | 'print.status' | 'requests.status';

/**
 * A job's result once it is done, polled as the server's page polls it; its refusal as the
 * command's own (one sentence, exit 1). One place for every command that starts a job.
 */
export async function polled<M extends StatusMethod>(context: CommandContext, method: M, jobId: string): Promise<NonNullable<MethodOutput<M>['result']>> {
  for (;;) {
    const status = await context.call(method, { jobId } as MethodInput<M>);
    if (status.state === 'done' && status.result) return status.result as NonNullable<MethodOutput<M>['result']>;
    if (status.state !== 'running') throw new CounselorError(status.error?.code ?? 'internal', status.error?.message ?? 'The run stopped; nothing was changed.', status.error?.details);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
