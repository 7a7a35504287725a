import type { Conference, ConferenceFields } from '../../../shared/domain/conference';
import type { PrintSnapshot } from '../../../shared/domain/print';
import { formatWhen, langLabel } from '../print/language';
import { formatDate } from './format';

/** Who attended, in words: "the student, Nguyễn Văn Hùng and Aunt Mai". */
export function attendeesText(c: Pick<ConferenceFields, 'studentAttended' | 'guardians' | 'others'>): string {
  const people = [...(c.studentAttended ? ['the student'] : []), ...c.guardians, ...(c.others ? [c.others] : [])];
  if (people.length <= 1) return people[0] ?? 'no one recorded';
  return `${people.slice(0, -1).join(', ')} and ${people.at(-1)}`;
}

/** How a conference is named to a screen reader on its Edit and Remove buttons. */
export function conferenceName(c: Conference): string {
  return `conference of ${formatDate(c.heldOn)}`;
}

/** A printed copy as the conference form offers it. */
export function snapshotLabel(s: PrintSnapshot): string {
  return `Printed ${formatWhen(s.printedAt)} · ${langLabel(s.lang)}`;
}

/** The language a new conference is held in unless the counselor says otherwise: the student's home language. */
export function defaultLanguage(homeLanguage: string | null, guardianLanguage: string | null | undefined): string {
  return homeLanguage ?? guardianLanguage ?? '';
}
