/** How a student's name reads on screen and paper: the preferred first name when there is one. */
export function displayName(s: { firstName: string; lastName: string; preferredName?: string | null }): string {
  return `${s.lastName}, ${s.preferredName ?? s.firstName}`;
}
