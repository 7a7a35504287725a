import { createHash } from 'node:crypto';
import { request } from 'node:https';
import type { Kysely } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contract';
import { addAccount, disableAccount, type Role } from '../../src/main/core/accounts/accounts';
import { readAs, writeAs } from '../../src/main/core/accounts/actor';
import { departmentHandlers } from '../../src/main/core/api/department';
import { migratePostgres } from '../../src/main/core/store/postgres';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import { serverCertificate } from '../../src/main/transports/certificate';
import { startDepartmentServer, type DepartmentServer } from '../../src/main/transports/department';
import { SKIPPED_WITHOUT_APP_ROLE, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';

/**
 * The department server over real HTTPS on 127.0.0.1 and a real PostgreSQL scratch database (as
 * the app role, which row-level security binds), with
 * accounts made by addAccount: sign-in, the session cookie, the CSRF header, expiry and attempt
 * limits on a hand-turned clock (no timed asserts), the role gate, and the directory read as the
 * signed-in counselor.
 */

const scratchDatabase = useScratchPostgres();
const tempDir = useTempDir();
const PASSWORD = 'correct horse battery staple';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

let db: Kysely<StoreSchema>;
let certificate: ReturnType<typeof serverCertificate>;
const servers: DepartmentServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

/** A clock the test turns by hand. */
function handClock() {
  let at = Date.parse('2026-12-02T08:00:00Z');
  const now = () => at;
  now.advance = (minutes: number) => {
    at += minutes * 60_000;
  };
  return now;
}

async function serve(now = handClock()) {
  const server = await startDepartmentServer({ db, handlersFor: departmentHandlers(db), rendererDir: tempDir(), certificate, host: '127.0.0.1', port: 0, now });
  servers.push(server);
  const call = (path: string, options: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {}) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path,
          method: options.method ?? 'POST',
          // Trust exactly this certificate, for the name it carries: no rejectUnauthorized: false.
          ca: certificate.cert,
          servername: 'localhost',
          headers: { 'content-type': 'application/json', ...(options.cookie ? { cookie: options.cookie } : {}), ...(options.headers ?? { 'x-counselor-request': '1' }) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['body'] }));
        },
      );
      req.on('error', reject);
      req.end(options.body === undefined ? undefined : JSON.stringify(options.body));
    });
  const signIn = async (userName: string, password = PASSWORD) => {
    const answer = await call('/auth/sign-in', { body: { userName, password } });
    const setCookie = (answer.headers['set-cookie'] ?? [])[0] ?? '';
    return { ...answer, setCookie, cookie: setCookie.split(';')[0]! };
  };
  return { server, call, signIn, now };
}

async function account(userName: string, displayName: string, role: Role) {
  await addAccount(db, { userName, displayName, role, password: PASSWORD });
}

describe.skipIf(withoutAppRole)(`the department server${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  beforeAll(async () => {
    // As the department server connects: a role row-level security binds.
    db = await scratchDatabase({ asAppRole: true });
    await migratePostgres(db);
    await account('malvarez', 'Ms. Alvarez', 'counselor');
    await account('jlee', 'Mr. Lee', 'lead');
    await account('gone', 'Mr. Gone', 'counselor');
    await disableAccount(db, 'gone');
    const stamp = '2026-08-20T00:00:00.000Z';
    const student = (n: string, first: string, last: string, counselor: string) => ({
      student_number: n, first_name: first, last_name: last, middle_name: null, preferred_name: null, grade: 10, class_year: 2029,
      date_of_birth: null, email: null, counselor, homeroom: null, home_language: null, created_at: stamp, updated_at: stamp, roster_listed_at: null,
    });
    await writeAs(db, null, (trx) => trx.insertInto('student').values([student('000123', 'Ánh', 'Nguyễn', 'Ms. Alvarez'), student('000007', 'Sam', 'abbott', 'Mr. Lee'), student('000050', 'Ana', 'Abbott', 'Ms. Alvarez')]).execute());
    certificate = serverCertificate({ dataDir: tempDir(), names: ['localhost', '127.0.0.1'] });
  }, 60_000);

  it('signs in the right password of an active account with a session cookie, and says who is signed in', async () => {
    const { call, signIn } = await serve();
    const ok = await signIn('MAlvarez');
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ ok: true, value: { userName: 'malvarez', displayName: 'Ms. Alvarez', role: 'counselor' } });
    const [nameValue, ...flags] = ok.setCookie.split('; ');
    expect(flags.sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict', 'Secure']);
    const [name, id] = nameValue!.split('=') as [string, string];
    expect(name).toBe('__Host-counselor-session');
    expect(Buffer.from(id, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect((await call('/auth/session', { method: 'GET', cookie: ok.cookie })).body).toEqual(ok.body);

    const out = await call('/auth/sign-out', { cookie: ok.cookie });
    expect(out.headers['set-cookie']![0]).toContain('Max-Age=0');
    expect((await call('/auth/session', { method: 'GET', cookie: ok.cookie })).status).toBe(401);
  });

  it('refuses a wrong password, an unknown user and a disabled account with the same sentence', async () => {
    const { call, signIn } = await serve();
    const refusals = [await signIn('malvarez', `${PASSWORD}!`), await signIn('nobody'), await signIn('gone')];
    for (const r of refusals) {
      expect(r.status).toBe(401);
      expect(r.setCookie).toBe('');
      expect(r.body.error).toEqual({ code: 'unauthorized', message: 'The user name or password is not right; check them and try again.' });
    }
    expect((await call('/auth/session', { method: 'GET' })).body.error?.message).toBe('You are not signed in, or your session has ended; sign in again.');
    // A sign-in is small: past 16 KB the server stops reading and drops the connection (as browser mode does past 200 MB).
    await expect(call('/auth/sign-in', { body: { userName: 'malvarez', password: 'x'.repeat(20_000) } })).rejects.toThrow();
  });

  it('answers the API only in a session, and only to requests carrying the page header and its own origin', async () => {
    const { call, signIn, server } = await serve();
    expect((await call('/api/directory.list', { body: {} })).status).toBe(401);
    const { cookie } = await signIn('malvarez');
    const noHeader = await call('/api/directory.list', { body: {}, cookie, headers: {} });
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.error).toEqual({ code: 'forbidden', message: 'This request did not come from the Counselor Workstation page; reload the page and try again.' });
    const otherSite = await call('/api/directory.list', { body: {}, cookie, headers: { 'x-counselor-request': '1', origin: 'https://evil.example' } });
    expect(otherSite.status).toBe(403);
    // Sign-in is guarded the same way: another site cannot sign a counselor into its own account.
    expect((await call('/auth/sign-in', { body: { userName: 'malvarez', password: PASSWORD }, headers: {} })).status).toBe(403);
    const ownPage = await call('/api/directory.list', { body: {}, cookie, headers: { 'x-counselor-request': '1', origin: `https://127.0.0.1:${server.port}` } });
    expect(ownPage.status).toBe(200);
    expect((await call('/api/directory.list', { method: 'GET', cookie })).status).toBe(405);
  });

  it('reads the directory from PostgreSQL through the session, in the contract’s shape, by name', async () => {
    const { call, signIn } = await serve();
    const { cookie } = await signIn('malvarez');
    const answer = await call('/api/directory.list', { body: {}, cookie });
    expect(answer.status).toBe(200);
    const { students } = contract['directory.list'].output.parse(answer.body.value);
    expect(students.map((s) => [s.studentNumber, s.lastName, s.counselor])).toEqual([
      ['000050', 'Abbott', 'Ms. Alvarez'],
      ['000007', 'abbott', 'Mr. Lee'],
      ['000123', 'Nguyễn', 'Ms. Alvarez'],
    ]);
    expect(students[2]).toEqual({ studentNumber: '000123', firstName: 'Ánh', middleName: null, lastName: 'Nguyễn', preferredName: null, grade: 10, classYear: 2029, counselor: 'Ms. Alvarez', homeroom: null, status: 'active' });
    const bad = await call('/api/directory.list', { body: { everyone: true }, cookie });
    expect(bad.body.error?.code).toBe('invalid_input');
  });

  it("lets a lead add, edit and reassign students by hand on PostgreSQL, with the audit entry under the lead's name; a counselor is refused", async () => {
    const { call, signIn } = await serve();
    const counselor = (await signIn('malvarez')).cookie;
    const lead = (await signIn('jlee')).cookie;
    expect((await call('/api/students.update', { body: { studentNumber: '000123', changes: { homeroom: '214' } }, cookie: counselor })).status).toBe(403);
    const added = await call('/api/students.add', { body: { studentNumber: 'T-900', details: { firstName: 'Amara', lastName: 'Okafor', grade: 10 } }, cookie: lead });
    expect(added.body.value).toMatchObject({ student: { studentNumber: 'T-900', grade: 10 } });
    const updated = await call('/api/students.update', { body: { studentNumber: '000123', changes: { homeroom: '214' } }, cookie: lead });
    expect(updated.body.value).toMatchObject({ changed: ['homeroom'] });
    const moved = await call('/api/students.reassign', { body: { studentNumbers: ['T-900'], counselor: 'Ms. Alvarez' }, cookie: lead });
    expect(moved.body.value).toEqual({ changed: [{ studentNumber: 'T-900', from: null, to: 'Ms. Alvarez' }], unchanged: [] });
    const marks = await writeAs(db, null, (trx) => trx.selectFrom('student_hand_entry').select(['student_number', 'field', 'entered_by']).orderBy('student_number').orderBy('field').execute());
    expect(marks.filter((m) => m.student_number === '000123')).toEqual([{ student_number: '000123', field: 'homeroom', entered_by: 'jlee' }]);
    const entries = await writeAs(db, null, (trx) => trx.selectFrom('audit_entry').select(['action', 'user_name']).where('student_number', 'in', ['T-900', '000123']).where('action', 'like', 'students.%').orderBy('id').execute());
    expect(entries).toEqual([
      { action: 'students.add', user_name: 'jlee' },
      { action: 'students.update', user_name: 'jlee' },
      { action: 'students.reassign', user_name: 'jlee' },
    ]);
  }, 30_000);

  it('gates methods by role (403 with a sentence) and answers a method not yet on PostgreSQL with 501', async () => {
    const { call, signIn } = await serve();
    const counselor = (await signIn('malvarez')).cookie;
    const lead = (await signIn('jlee')).cookie;
    const refused = await call('/api/roster.import', { body: { fileName: 'r.csv', base64: '' }, cookie: counselor });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toEqual({ code: 'forbidden', message: 'Your account (counselor) may not use roster.import; ask a lead counselor to do it.' });
    // What is left on the workstation only: linking it to a department server is the workstation's own setting.
    await account('itadmin', 'Ms. Admin', 'admin');
    const admin = (await signIn('itadmin')).cookie;
    const notYet = await call('/api/workstation.get', { body: {}, cookie: admin });
    expect(notYet.status).toBe(501);
    expect(notYet.body.error).toEqual({ code: 'not_on_server', message: 'workstation.get is not on the department server yet; use a workstation for it.' });
    expect((await call('/api/year.status', { body: {}, cookie: lead })).status).toBe(200);
    // A method carried over answers as the signed-in counselor (tests/integration/department-plans.test.ts has the rest).
    const plan = await call('/api/plans.get', { body: { studentNumber: '000123' }, cookie: counselor });
    expect(plan.status).toBe(200);
    expect(plan.body.value).toMatchObject({ student: { studentNumber: '000123' }, revision: 0 });
    expect((await call('/api/no.such', { body: {}, cookie: counselor })).body.error?.code).toBe('unknown_method');
  });

  it('ends a session after 30 idle minutes, and after 10 hours however busy', async () => {
    const { call, signIn, now } = await serve();
    const idle = (await signIn('malvarez')).cookie;
    now.advance(29);
    expect((await call('/api/directory.list', { body: {}, cookie: idle })).status).toBe(200);
    now.advance(29); // 29 minutes after the last request: still alive
    expect((await call('/api/directory.list', { body: {}, cookie: idle })).status).toBe(200);
    now.advance(30);
    expect((await call('/api/directory.list', { body: {}, cookie: idle })).status).toBe(401);

    const busy = (await signIn('malvarez')).cookie;
    for (let minutes = 0; minutes < 10 * 60 - 20; minutes += 20) {
      now.advance(20);
      expect((await call('/auth/session', { method: 'GET', cookie: busy })).status).toBe(200);
    }
    now.advance(20); // 10 hours after sign-in
    expect((await call('/auth/session', { method: 'GET', cookie: busy })).status).toBe(401);
  });

  it('keeps a signed-in session across a restart, by its SHA-256 only, readable by the server alone, and still ends it when idle', async () => {
    const first = await serve();
    const { cookie } = await first.signIn('malvarez');
    await first.server.close();
    servers.splice(servers.indexOf(first.server), 1);
    const hash = createHash('sha256').update(cookie.split('=')[1]!).digest('hex');
    const kept = await readAs(db, null, (trx) => trx.selectFrom('counselor_session').selectAll().where('user_name', '=', 'malvarez').execute());
    expect(kept.map((r) => r.id_sha256)).toContain(hash);
    expect(JSON.stringify(kept)).not.toContain(cookie.split('=')[1]!);
    // Not even a lead reads whose sessions are open: the table is the operator's (the server's own work).
    expect(await readAs(db, { userName: 'jlee', displayName: 'Mr. Lee', role: 'lead' }, (trx) => trx.selectFrom('counselor_session').selectAll().execute())).toEqual([]);

    // The same database, a new server process, the clock going on: still signed in, until idle too long.
    const again = await serve(first.now);
    again.now.advance(20);
    expect((await again.call('/api/directory.list', { body: {}, cookie })).status).toBe(200);
    const restarted = await serve(again.now);
    restarted.now.advance(29);
    expect((await restarted.call('/api/directory.list', { body: {}, cookie })).status).toBe(200);
    restarted.now.advance(31);
    expect((await restarted.call('/api/directory.list', { body: {}, cookie })).status).toBe(401);
    expect(await readAs(db, null, (trx) => trx.selectFrom('counselor_session').select('id_sha256').where('id_sha256', '=', hash).execute())).toEqual([]);
  });

  it('ends the sessions of an account disabled while signed in, at its next request', async () => {
    const { call, signIn } = await serve();
    await account('tkim', 'Mx. Kim', 'counselor');
    const { cookie } = await signIn('tkim');
    expect((await call('/api/directory.list', { body: {}, cookie })).status).toBe(200);
    await disableAccount(db, 'tkim');
    const ended = await call('/api/directory.list', { body: {}, cookie });
    expect(ended.status).toBe(401);
    expect(ended.body.error?.message).toBe('This account has been disabled; ask your lead if that is a mistake.');
    expect((await call('/auth/session', { method: 'GET', cookie })).body.error?.message).toBe('You are not signed in, or your session has ended; sign in again.');
  });

  it('refuses the 6th sign-in within 15 minutes after 5 failures for one name, even with the right password, and lets it in once the 15 minutes have passed', async () => {
    const { signIn, now } = await serve();
    // Four failures, then a success: the success clears the name's count.
    for (let i = 0; i < 4; i++) expect((await signIn('malvarez', 'wrong password!')).status).toBe(401);
    expect((await signIn('malvarez')).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      now.advance(2);
      expect((await signIn('malvarez', 'wrong password!')).status).toBe(401);
    }
    const sixth = await signIn('MALVAREZ');
    expect(sixth.status).toBe(429);
    expect(sixth.setCookie).toBe('');
    expect(sixth.body.error).toEqual({ code: 'too_many_attempts', message: 'Too many sign-in attempts for malvarez; wait 15 minutes or ask your lead to check the account.' });
    expect((await signIn('jlee')).status).toBe(200); // another name is not held up
    now.advance(14);
    expect((await signIn('malvarez')).status).toBe(429);
    now.advance(1);
    expect((await signIn('malvarez')).status).toBe(200);
  });

  it('refuses an address after 20 failures within 15 minutes, whatever the names', async () => {
    const { signIn, now } = await serve();
    for (let i = 0; i < 20; i++) expect((await signIn(`guess${i}`, 'wrong password!')).status).toBe(401);
    const refused = await signIn('jlee');
    expect(refused.status).toBe(429);
    expect(refused.body.error?.message).toBe('Too many sign-in attempts from this computer (127.0.0.1); wait 15 minutes or ask your lead to check the account.');
    now.advance(15);
    expect((await signIn('jlee')).status).toBe(200);
  });
});
