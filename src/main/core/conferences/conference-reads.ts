import type { Transaction } from 'kysely';
import type { Conference } from '../../../shared/domain/conference';
import type { StoreSchema } from '../store/store-schema';
import { toConference, type ConferenceRecord } from './repository';

/** A student's conferences, newest first, on the typed layer (the department server's read; same order and mapper as listConferences). */
export async function conferencesIn(trx: Transaction<StoreSchema>, studentNumber: string): Promise<Conference[]> {
  const rows = await trx
    .selectFrom('conference')
    .selectAll()
    .where('student_number', '=', studentNumber)
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return (rows as unknown as ConferenceRecord[]).map(toConference);
}
