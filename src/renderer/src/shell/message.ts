import { withoutCommandLineHints } from '../../../shared/errors';

/** The sentence to show for a failure: the core's message, which every refusal carries (without its command-line hint). */
export function messageOf(e: unknown): string {
  return e instanceof Error ? withoutCommandLineHints(e.message) : 'Something went wrong.';
}
