import type { Kysely } from 'kysely';
import type { StoreSchema } from '../store/store-schema';
import { readAs, writeAs } from './actor';
import type { KeptSessions, SessionRecord } from './sessions';

/**
 * The department server's sessions in the counselor_session table (migration 21), as the operator:
 * the table's policy lets no one else read or write it. Instants as ISO text, as every instant in
 * the store (they compare in order as text).
 */
export function keptSessionsIn(db: Kysely<StoreSchema>): KeptSessions {
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    async save(key, s: SessionRecord) {
      const row = { user_name: s.userName, idle_until: iso(s.idleUntil), expires_at: iso(s.expiresAt) };
      await writeAs(db, null, (trx) =>
        trx.insertInto('counselor_session').values({ id_sha256: key, ...row }).onConflict((oc) => oc.column('id_sha256').doUpdateSet(row)).execute(),
      );
    },
    async load(key) {
      const row = await readAs(db, null, (trx) => trx.selectFrom('counselor_session').selectAll().where('id_sha256', '=', key).executeTakeFirst());
      return row ? { userName: row.user_name, idleUntil: Date.parse(row.idle_until), expiresAt: Date.parse(row.expires_at) } : null;
    },
    async remove(key) {
      await writeAs(db, null, (trx) => trx.deleteFrom('counselor_session').where('id_sha256', '=', key).execute());
    },
    async removeAllOf(userName) {
      await writeAs(db, null, (trx) => trx.deleteFrom('counselor_session').where('user_name', '=', userName).execute());
    },
    async removeEnded(now) {
      const at = iso(now);
      await writeAs(db, null, (trx) =>
        trx
          .deleteFrom('counselor_session')
          .where((eb) => eb.or([eb('idle_until', '<=', at), eb('expires_at', '<=', at)]))
          .execute(),
      );
    },
  };
}
