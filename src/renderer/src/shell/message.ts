/** The sentence to show for a failure: the core's message, which every refusal carries. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : 'Something went wrong.';
}
