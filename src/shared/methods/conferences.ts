import { z } from 'zod';
import { Conference, ConferenceChange, ConferenceId, NewConference } from '../domain/conference';
import { StudentNumber } from '../domain/student';
import { method } from './define';

/**
 * Conferences with a family, recorded from the plan: listed, added, corrected, removed. Removing
 * takes the date the counselor was shown and confirmed, so a stale page cannot remove another
 * record than the one on screen.
 */
export const conferenceMethods = {
  'conferences.list': method(
    z.object({ studentNumber: StudentNumber }).strict(),
    z.object({ conferences: z.array(Conference) }),
    "A student's conferences, most recent first.",
  ),
  'conferences.add': method(NewConference, Conference, 'Record a conference held with a family.'),
  'conferences.update': method(ConferenceChange, Conference, 'Correct a recorded conference.'),
  'conferences.remove': method(
    z.object({ id: ConferenceId, confirmHeldOn: z.string() }).strict(),
    z.object({ removed: ConferenceId }),
    'Remove a conference recorded by mistake, once the counselor has confirmed its date.',
  ),
} as const;
