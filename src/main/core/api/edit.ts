import type { Store } from '../store/connection';
import { takeDailyBackup } from '../store/daily-backup';

/** Files arrive as base64 (the same over IPC and HTTP); decoded once here. */
export const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

/** Every edit a counselor makes by hand is covered by the day's backup (imports take their own). */
export function byHand(store: Store) {
  return <I, O>(write: (input: I) => O) =>
    async (input: I): Promise<Awaited<O>> => {
      await takeDailyBackup(store.db, store.path);
      return await write(input);
    };
}
