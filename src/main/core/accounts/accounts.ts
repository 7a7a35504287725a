import { hash, verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { CounselorError } from '../../../shared/errors';
import type { StoreSchema } from '../store/store-schema';
import { readAs, writeAs } from './actor';

export type Role = 'counselor' | 'lead' | 'admin';
export const ROLES: readonly Role[] = ['counselor', 'lead', 'admin'];

/** An account as listed: never the hash. */
export interface Account {
  userName: string;
  displayName: string;
  role: Role;
  createdAt: string;
  disabledAt: string | null;
}

/**
 * Argon2id with OWASP's first recommended setting (19 MiB, two passes, one lane): memory-hard, so
 * a stolen table costs an attacker memory per guess, and about 30 ms a sign-in here.
 */
const HASHING = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/** Shorter is refused: a school network is not a place for "1234". */
export const MIN_PASSWORD_LENGTH = 12;

/** The user name as kept: trimmed, lower case; letters, digits, dot, dash, underscore. */
export function userNameOf(text: string): string {
  const name = text.trim().toLowerCase();
  if (!/^[a-z0-9._-]{1,64}$/.test(name)) {
    throw new CounselorError('invalid_input', `"${text}" cannot be a user name: use 1 to 64 letters (a–z), digits, dots, dashes or underscores, for example malvarez.`);
  }
  return name;
}

/**
 * A counselor's account on the department server. `displayName` is the name the roster writes in
 * its counselor column ("Ms. Alvarez"): it is what ties the account to a caseload.
 */
export async function addAccount(db: Kysely<StoreSchema>, input: { userName: string; displayName: string; role: Role; password: string }, now = new Date()): Promise<Account> {
  const userName = userNameOf(input.userName);
  const displayName = input.displayName.trim();
  if (displayName.length === 0 || displayName.length > 100) throw new CounselorError('invalid_input', 'Give the name the roster writes for this counselor (1 to 100 characters), for example "Ms. Alvarez".');
  if (!ROLES.includes(input.role)) throw new CounselorError('invalid_input', `"${input.role}" is not a role: use counselor, lead or admin.`);
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new CounselorError('invalid_input', `The password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.`);
  // Hashed before the transaction: it only awaits its own queries.
  const passwordHash = await hash(input.password, HASHING);
  const createdAt = now.toISOString();
  // The operator (null): accounts are district IT's, through `counselor user`, and the row-level
  // security of the department server lets only an admin or the operator see them.
  return writeAs(db, null, async (trx) => {
    const taken = await trx.selectFrom('counselor_account').select('user_name').where('user_name', '=', userName).executeTakeFirst();
    if (taken) throw new CounselorError('conflict', `There is already an account named ${userName}; choose another user name.`);
    await trx.insertInto('counselor_account').values({ user_name: userName, display_name: displayName, role: input.role, password_hash: passwordHash, created_at: createdAt, disabled_at: null }).execute();
    return { userName, displayName, role: input.role, createdAt, disabledAt: null };
  });
}

export async function listAccounts(db: Kysely<StoreSchema>): Promise<Account[]> {
  const rows = await readAs(db, null, (trx) => trx.selectFrom('counselor_account').select(['user_name', 'display_name', 'role', 'created_at', 'disabled_at']).orderBy('user_name').execute());
  return rows.map((r) => ({ userName: r.user_name, displayName: r.display_name, role: r.role, createdAt: r.created_at, disabledAt: r.disabled_at }));
}

/** Disabled, never deleted: the audit log goes on naming who did what. */
export async function disableAccount(db: Kysely<StoreSchema>, userName: string, now = new Date()): Promise<Account> {
  const name = userNameOf(userName);
  return writeAs(db, null, async (trx) => {
    const row = await trx.selectFrom('counselor_account').selectAll().where('user_name', '=', name).executeTakeFirst();
    if (!row) throw new CounselorError('not_found', `There is no account named ${name}.`);
    const disabledAt = row.disabled_at ?? now.toISOString();
    if (row.disabled_at === null) await trx.updateTable('counselor_account').set({ disabled_at: disabledAt }).where('id', '=', row.id).execute();
    return { userName: name, displayName: row.display_name, role: row.role, createdAt: row.created_at, disabledAt };
  });
}

/**
 * Whether this user name and password sign in: the account exists, is not disabled, and the
 * password matches its hash. One answer for every refusal, so a wrong guess does not tell which
 * user names exist; a name that does not exist is checked against a hash all the same, so it takes
 * as long.
 */
export async function checkSignIn(db: Kysely<StoreSchema>, userName: string, password: string): Promise<Account | null> {
  let name: string;
  try {
    name = userNameOf(userName);
  } catch {
    return null;
  }
  // The server's own lookup (the operator): nobody is signed in yet.
  const row = await readAs(db, null, (trx) => trx.selectFrom('counselor_account').selectAll().where('user_name', '=', name).executeTakeFirst());
  const ok = await verify(row?.password_hash ?? (await decoyHash()), password);
  if (!row || !ok || row.disabled_at !== null) return null;
  return { userName: row.user_name, displayName: row.display_name, role: row.role, createdAt: row.created_at, disabledAt: null };
}

let decoy: Promise<string> | null = null;
const decoyHash = () => (decoy ??= hash('no account has this password', HASHING));
