import type { z } from 'zod';
import { contract, isMethodName, type Contract } from '../../shared/contract';
import { CounselorError, type Envelope } from '../../shared/errors';

/** The core's implementation of each method: it receives input already validated by the contract. */
export type Handlers = HandlersOf<Contract>;

/** Handlers for the methods of some groups (`'courses' | 'catalog'` names `courses.*` and `catalog.*`). */
export type HandlersFor<Group extends string> = {
  [M in keyof Handlers as M extends `${Group}.${string}` ? M : never]: Handlers[M];
};

/** Handlers for one domain's methods file. */
export type HandlersOf<T extends Record<string, { input: z.ZodType; output: z.ZodType }>> = {
  [M in keyof T]: (input: z.output<T[M]['input']>) => z.output<T[M]['output']> | Promise<z.output<T[M]['output']>>;
};

/**
 * Whether dispatch checks each answer against the method's output schema: in tests and development
 * (a handler that drifts from the contract fails where it is written, not in a page), never in a
 * production build (the build replaces NODE_ENV) unless COUNSELOR_CHECK_OUTPUTS=1 asks for it.
 * Checking costs about as much as building the answer (students.list, 20,000 students: see below).
 */
export function checksOutputs(): boolean {
  return process.env.COUNSELOR_CHECK_OUTPUTS === '1' || process.env.NODE_ENV !== 'production';
}

/**
 * The single entry to the core for every transport: validates the input where it enters the Node
 * side, runs the handler, and wraps the result or the error in an envelope so errors keep their
 * code across IPC and HTTP. Anything that is not a CounselorError is a bug: logged in full, and
 * reported to the user as 'internal' without internals. So is an answer that breaks the contract,
 * where outputs are checked.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
  checkOutputs = checksOutputs(),
): Promise<Envelope<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'unknown_method', message: `There is no method "${name}".` } };
  }
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: `The request to ${name} is not valid (${problems.join('; ')}).`,
        details: parsed.error.issues,
      },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    if (checkOutputs) {
      // The answer is sent as the handler made it, checked or not: checking never changes it.
      const checked = contract[name].output.safeParse(value);
      if (!checked.success) {
        console.error(`[counselor] ${name} answered outside its contract:`, JSON.stringify(checked.error.issues, null, 2));
        return internalError(name);
      }
    }
    return { ok: true, value };
  } catch (e) {
    if (e instanceof CounselorError) return { ok: false, error: e.toApiError() };
    console.error(`[counselor] ${name} failed:`, e);
    return internalError(name);
  }
}

function internalError(name: string): Envelope<unknown> {
  return { ok: false, error: { code: 'internal', message: `Something went wrong in ${name}; the details are in the log.` } };
}
