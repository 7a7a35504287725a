import { addConference, removeConference, updateConference } from '../conferences/record';
import { listConferences } from '../conferences/repository';
import type { HandlersFor } from '../dispatch';
import type { Store } from '../store/connection';
import { getStudent } from '../students/repository';
import { byHand } from './edit';

/** Conferences with a family, recorded from the plan; every change is covered by the day's backup. */
export function conferenceHandlers(store: Store): HandlersFor<'conferences'> {
  const { db } = store;
  const edit = byHand(store);
  return {
    'conferences.list': ({ studentNumber }) => {
      // An unknown student is a sentence, not an empty list that looks like "no conferences yet".
      getStudent(db, studentNumber);
      return { conferences: listConferences(db, studentNumber) };
    },
    'conferences.add': edit((input) => addConference(db, input)),
    'conferences.update': edit((input) => updateConference(db, input)),
    'conferences.remove': edit(({ id, confirmHeldOn }) => ({ removed: removeConference(db, id, confirmHeldOn) })),
  };
}
