import type { Envelope } from './errors';
import { CounselorError } from './errors';
import type { MethodInput, MethodName, MethodOutput } from './contract';
import { METHOD_NAMES } from './method-names';

/** Carries one call to the Node side and brings back its envelope: IPC in the desktop, HTTP in a browser. */
export type Carrier = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;

export type CounselorClient = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

/**
 * The renderer's client, derived from the contract's method table: one function per method that
 * unwraps the envelope and throws a CounselorError (code and message kept) on failure.
 */
export function createClient(carry: Carrier): CounselorClient {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of METHOD_NAMES) {
    client[name] = async (input: unknown) => {
      const envelope = await carry(name, input);
      if (envelope.ok) return envelope.value;
      throw new CounselorError(envelope.error.code, envelope.error.message, envelope.error.details);
    };
  }
  return client as CounselorClient;
}
