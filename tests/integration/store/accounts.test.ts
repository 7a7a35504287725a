import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { checkSignIn } from '../../../src/main/core/accounts/accounts';
import { counselor } from '../../helpers/cli';
import { SKIPPED_WITHOUT_POSTGRES, urlOf, useScratchPostgres, withoutPostgres } from '../../helpers/postgres';
import { useTempDir } from '../../helpers/temp';

const scratchDatabase = useScratchPostgres();
const tempDir = useTempDir();

const PASSWORD = 'correct horse battery staple';

describe.skipIf(withoutPostgres)(`counselor user on a department database${withoutPostgres ? ` (${SKIPPED_WITHOUT_POSTGRES})` : ''}`, () => {
  it('adds accounts with an Argon2id hash of the password, lists them without it, signs in only the right password of an active account, and disables', async () => {
    const pg = await scratchDatabase();
    const db = await urlOf(pg);
    const added = await counselor(['user', 'add', 'MAlvarez', '--name', 'Ms. Alvarez', '--db', db], { COUNSELOR_PASSWORD: PASSWORD });
    expect(added).toMatchObject({ code: 0, stderr: '', stdout: 'Added malvarez (Ms. Alvarez), counselor.' });
    expect((await counselor(['user', 'add', 'jlee', '--name', 'Mr. Lee', '--role', 'lead', '--db', db, '--json'], { COUNSELOR_PASSWORD: `${PASSWORD}!` })).code).toBe(0);

    const listed = await counselor(['user', 'list', '--json', '--db', db]);
    const { accounts } = JSON.parse(listed.stdout) as { accounts: Record<string, unknown>[] };
    expect(accounts.map((a) => [a.userName, a.displayName, a.role, a.disabledAt])).toEqual([
      ['jlee', 'Mr. Lee', 'lead', null],
      ['malvarez', 'Ms. Alvarez', 'counselor', null],
    ]);
    expect(listed.stdout).not.toContain('argon2');
    const { rows } = await sql<{ password_hash: string }>`SELECT password_hash FROM counselor_account WHERE user_name = 'malvarez'`.execute(pg);
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(rows[0]!.password_hash).not.toContain(PASSWORD);

    expect(await checkSignIn(pg, 'MALVAREZ', PASSWORD)).toMatchObject({ userName: 'malvarez', displayName: 'Ms. Alvarez', role: 'counselor' });
    expect(await checkSignIn(pg, 'malvarez', `${PASSWORD}!`)).toBeNull();
    expect(await checkSignIn(pg, 'nobody', PASSWORD)).toBeNull();
    expect(await checkSignIn(pg, 'not a name', PASSWORD)).toBeNull();

    const disabled = await counselor(['user', 'disable', 'malvarez', '--db', db]);
    expect(disabled.code).toBe(0);
    expect(disabled.stdout).toMatch(/^Disabled malvarez \(Ms\. Alvarez\) on \d{4}-\d{2}-\d{2}: they can no longer sign in/);
    expect(await checkSignIn(pg, 'malvarez', PASSWORD)).toBeNull();
    expect((await counselor(['user', 'list', '--db', db])).stdout).toMatch(/^malvarez\s+Ms\. Alvarez\s+counselor\s+disabled \d{4}-/m);
  }, 60_000);

  it('refuses, in one sentence each: a taken name, a short password, no password, a file for --db; and a file command on the department database', async () => {
    const pg = await scratchDatabase();
    const db = await urlOf(pg);
    expect((await counselor(['user', 'add', 'malvarez', '--name', 'Ms. Alvarez', '--db', db], { COUNSELOR_PASSWORD: PASSWORD })).code).toBe(0);
    const taken = await counselor(['user', 'add', 'MALVAREZ', '--name', 'Ms. A', '--db', db], { COUNSELOR_PASSWORD: PASSWORD });
    expect(taken).toMatchObject({ code: 1, stderr: 'counselor: There is already an account named malvarez; choose another user name.' });
    const short = await counselor(['user', 'add', 'jlee', '--name', 'Mr. Lee', '--db', db], { COUNSELOR_PASSWORD: 'short' });
    expect(short).toMatchObject({ code: 1, stderr: 'counselor: The password is too short: use at least 12 characters.' });
    expect((await counselor(['user', 'add', 'jlee', '--name', 'Mr. Lee', '--db', db])).code).toBe(2);
    expect((await counselor(['user', 'list', '--db', `${tempDir()}/school.db`])).code).toBe(2);
    expect((await counselor(['user', 'add', 'jlee', '--name', 'Mr. Lee', '--role', 'principal', '--db', db], { COUNSELOR_PASSWORD: PASSWORD })).code).toBe(2);
    expect((await counselor(['user', 'disable', 'nobody', '--db', db])).stderr).toBe('counselor: There is no account named nobody.');
    // The workstation's own link to a department server is the one thing the department database does not answer.
    const link = await counselor(['workstation', '--db', db]);
    expect(link.code).toBe(1);
    expect(link.stderr).toBe("counselor: This command needs workstation.get, which the department database does not answer yet: run it on a workstation's store (give --db a file path).");
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM counselor_account`.execute(pg);
    expect(rows[0]!.n).toBe(1);
  }, 60_000);
});
