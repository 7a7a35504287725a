import { sql, type Transaction } from 'kysely';
import type { Conference, ConferenceFacts } from '../../../shared/domain/conference';
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

/**
 * conferenceFacts (facts.ts) on the typed layer: per student with any conference, how many were
 * held in `thisYear` (the review window) and the most recent date. The same grouped query.
 */
export async function conferenceFactsIn(trx: Transaction<StoreSchema>, thisYear: { first: string; last: string }): Promise<Map<string, ConferenceFacts>> {
  const rows = await trx
    .selectFrom('conference')
    .select([
      'student_number',
      sql<string>`max(held_on)`.as('last'),
      sql<number>`sum(CASE WHEN held_on BETWEEN ${thisYear.first} AND ${thisYear.last} THEN 1 ELSE 0 END)`.as('this_year'),
    ])
    .groupBy('student_number')
    .execute();
  return new Map(rows.map((r) => [r.student_number, { thisYear: Number(r.this_year), last: r.last }]));
}
