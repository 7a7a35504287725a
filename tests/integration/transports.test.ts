import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel } from '../../src/shared/channels';
import { contract, methodNames, type MethodName } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/errors';
import { createHandlers } from '../../src/main/core/api';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { localIsoDate } from '../../src/shared/domain/common';
import { openStore, type Store } from '../../src/main/core/store/connection';
import { startHttpTransport, type HttpTransport } from '../../src/main/transports/http';
import { registerIpc, type InvokeListener } from '../../src/main/transports/ipc';
import { isTrustedSender } from '../../src/main/window';
import { comparable, sampleStudent, validInputs } from '../helpers/method-calls';
import { schoolYearEnd } from '../../src/shared/domain/school-year';
import { schoolYearText } from '../../src/shared/domain/year';

/**
 * Every method of the contract is reachable through both transports and answers the same through
 * each: the desktop's IPC (with a stand-in ipcMain, as the application's own page) and browser
 * mode's HTTP (a real server on loopback, real fetch). Plus browser mode's guards: token, Host
 * header, no CORS, no files outside the renderer.
 */

/** Valid calls that must fail the same way over both transports (nothing to find in a fresh store). */
const expectedErrors: Partial<Record<MethodName, string>> = {
  'courses.add': 'conflict',
  'framework.migrateUndo': 'not_found',
  'workstation.probe': 'store_unavailable',
  'workstation.connect': 'store_unavailable',
  'roster.previewStatus': 'not_found',
  'roster.importStatus': 'not_found',
  'roster.reportXlsx': 'not_found',
  'history.previewStatus': 'not_found',
  'history.importStatus': 'not_found',
  'history.reportXlsx': 'not_found',
  'print.status': 'not_found',
  'requests.status': 'not_found',
  'jobs.cancel': 'not_found',
  'print.reprint': 'not_found',
  'conferences.update': 'not_found',
  'conferences.remove': 'not_found',
  'store.restore': 'not_found',
  'year.undo': 'conflict',
  'year.reactivate': 'conflict',
  'labels.import': 'file_unreadable',
  'labels.remove': 'not_found',
};

/** An input each method must refuse with invalid_input (methods without input refuse unknown fields). */
const badInputs: { [M in MethodName]: unknown } = {
  'store.info': { unexpected: true },
  'framework.get': { unexpected: true },
  'framework.crosswalkXlsx': { unexpected: true },
  'framework.migratePreview': { unexpected: true },
  'framework.migrate': { picks: { [sampleStudent.studentNumber]: '' } },
  'framework.migrateUndo': { unexpected: true },
  'students.list': { unexpected: true },
  'students.caseload': { unexpected: true },
  'directory.list': { unexpected: true },
  'students.get': { studentNumber: 123 },
  'sample.load': { students: 5 },
  'sample.status': { school: 'Lincoln' },
  'sample.remove': { keep: ['courses'] },
  'roster.preview': { fileName: 'x.csv' },
  'roster.import': { fileName: '', base64: '' },
  'roster.previewStatus': { jobId: 'not a job id' },
  'roster.importStatus': {},
  'jobs.cancel': { jobId: 42 },
  'roster.imports': { all: true },
  'roster.reportXlsx': { importId: 'one' },
  'history.preview': { fileName: 'x.csv' },
  'history.import': { fileName: 'x.csv', base64: '', creditTypes: { ENG: 'literature' } },
  'history.previewStatus': { jobId: 'not a job id' },
  'history.importStatus': {},
  'history.imports': { all: true },
  'history.reportXlsx': { importId: 'one' },
  'history.unmatched': { unexpected: true },
  'history.matchCourse': { courseNumber: 'TR-ENG9', title: 'x' },
  'caseload.export': { format: 'pdf' },
  'reports.run': { report: 'attendance' },
  'reports.export': { query: { report: 'plans' }, format: 'docx' },
  'requests.start': { schoolYear: '2027-2028', selection: { all: true } },
  'requests.status': { jobId: 'requests-1' },
  'courses.list': { unexpected: true },
  'courses.add': { number: 'ENG101' },
  'courses.edit': { number: 'ENG101' },
  'courses.retire': { number: 'ENG101' },
  'courses.plans': { number: '' },
  'catalog.preview': { fileName: 'catalog.csv', base64: '', areas: { Agriculture: 'farming' } },
  'postsecondary.save': { code: 'MC-NURS-1', institution: 'Madison College' },
  'catalog.import': { fileName: 'catalog.csv' },
  'programs.list': { unexpected: true },
  'programs.get': { id: 'Not An Id!' },
  'programs.save': { id: 'welding' },
  'programs.copy': { id: 5 },
  'programs.export': { ids: 'welding' },
  'programs.import': { base64: 'UEs=' },
  'requirements.get': { classYear: 'next year' },
  'requirements.save': { name: 'No areas' },
  'plans.get': {},
  'plans.update': { studentNumber: sampleStudent.studentNumber, operation: { op: 'explode' } },
  'plans.undo': { studentNumber: 42 },
  'plans.applyProgram': { studentNumber: sampleStudent.studentNumber },
  'plans.bulk': { studentNumbers: [], action: { kind: 'markReviewed' } },
  'plans.bulkUndo': { steps: [{ studentNumber: sampleStudent.studentNumber, revision: 0 }] },
  'print.preview': { studentNumber: sampleStudent.studentNumber, lang: 'fr' },
  'print.layout': { studentNumber: sampleStudent.studentNumber, paper: 'legal' },
  'print.start': { selection: { grade: 11 }, mode: 'stapled' },
  'print.status': { jobId: 'print-1' },
  'print.snapshots': { studentNumber: 42 },
  'print.reprint': { snapshotId: 'latest' },
  'conferences.list': {},
  'conferences.add': { studentNumber: sampleStudent.studentNumber, heldOn: 'yesterday' },
  'conferences.update': { id: 0 },
  'conferences.remove': { id: 1 },
  'store.backups': { unexpected: true },
  'store.restore': { file: '../s.db' },
  'year.status': { unexpected: true },
  'year.start': { schoolYear: '2027-29' },
  'year.undo': { all: true },
  'year.reactivate': { studentNumber: 100107 },
  'audit.forStudent': { studentNumber: 42 },
  'settings.get': { unexpected: true },
  'labels.sheet': { from: 'Spanish' },
  'labels.import': { fileName: 'labels.xlsx' },
  'labels.remove': { code: 'en-' },
  'students.add': { studentNumber: 'T-900', details: { firstName: 'Amara', shoeSize: 9 } },
  'students.update': { studentNumber: 42, changes: {} },
  'students.reassign': { studentNumbers: [], counselor: 'Ms. Rivera' },
  'students.undoReassign': { changes: [] },
  'settings.save': { schoolName: 'Lakeside High School', defaultPaper: 'legal', familyLanguage: 'family' },
  'workstation.get': { unexpected: true },
  'workstation.probe': { address: '' },
  'workstation.connect': { origin: 'https://127.0.0.1:1', fingerprint256: 'ab:cd' },
  'workstation.disconnect': { keep: true },
};

/**
 * Methods whose valid call needs an empty store (imports are refused while the sample school is
 * there); every other method runs on the sample school.
 */
const startsFromEmptyStore: ReadonlySet<MethodName> = new Set<MethodName>(['sample.load', 'catalog.preview', 'catalog.import', 'programs.import']);

let folder: string;
let dbPath: string;
let rendererDir: string;
let store: Store | null = null;
let http: HttpTransport;
const ipcChannels = new Map<string, InvokeListener>();
const responseHeaders: IncomingHttpHeaders[] = [];

/**
 * Both transports carry the same handlers; each call is made on a store prepared the same way at
 * the same path (closed, removed, opened again), so IPC and HTTP see identical stores and a method
 * that changes the store (sample.load) does not change what the other transport sees.
 */
const handlers = Object.fromEntries(
  methodNames.map((name) => [
    name,
    (input: unknown) => {
      if (!store) throw new Error('no store prepared');
      return (createHandlers(store)[name] as (i: unknown) => unknown)(input);
    },
  ]),
) as unknown as Handlers;

async function prepareStore(kind: 'empty' | 'sample'): Promise<void> {
  store?.close();
  store = null;
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  store = await openStore(dbPath);
  if (kind === 'sample') {
    const loaded = await dispatch(createHandlers(store), 'sample.load', {});
    expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
  }
}

function viaIpc(method: MethodName, input: unknown): Promise<Envelope<unknown>> {
  const listener = ipcChannels.get(ipcChannel(method));
  if (!listener) throw new Error(`no IPC channel for ${method}`);
  return listener({ senderFrame: { url: 'app://counselor/index.html' } }, input);
}

async function viaHttp(method: MethodName, input: unknown): Promise<Envelope<unknown>> {
  const response = await fetch(`http://127.0.0.1:${http.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-counselor-token': http.token },
    body: JSON.stringify(input),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
  return (await response.json()) as Envelope<unknown>;
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request exactly as written (node:http sends the path and Host header untouched, unlike fetch). */
function raw(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: http.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${http.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          responseHeaders.push(res.headers);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function expectNoStudentData(body: string): void {
  expect(body).not.toContain(sampleStudent.lastName);
  expect(body).not.toContain(sampleStudent.studentNumber);
  expect(body).not.toContain('guardian');
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'cw-'));
  dbPath = join(folder, 's.db');
  rendererDir = join(folder, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Counselor Workstation</title><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
  // Next to the renderer folder: what a path traversal would reach.
  writeFileSync(join(folder, 'package.json'), '{ "secret": "must-not-be-served" }');
  await prepareStore('sample');
  const exported = await dispatch(createHandlers(store!), 'programs.export', {});
  if (!exported.ok) throw new Error(JSON.stringify(exported));
  validInputs['programs.import'] = { fileName: 'programs-of-study.xlsx', base64: (exported.value as { base64: string }).base64 };
  registerIpc(
    {
      handle: (channel, listener) => {
        ipcChannels.set(channel, listener);
      },
    },
    handlers,
    isTrustedSender,
  );
  http = await startHttpTransport({ handlers, rendererDir });
});

afterAll(async () => {
  await http?.close();
  store?.close();
  rmSync(folder, { recursive: true, force: true });
});

afterEach(() => vi.restoreAllMocks());

describe('every method through both transports', () => {
  it('has a valid and a bad input for every method in the contract', () => {
    expect(Object.keys(validInputs).sort()).toEqual([...methodNames].sort());
    expect(Object.keys(badInputs).sort()).toEqual([...methodNames].sort());
  });

  for (const method of methodNames) {
    it(`${method} answers the same over IPC and HTTP, in the shape the contract promises`, async () => {
      const kind = startsFromEmptyStore.has(method) ? 'empty' : 'sample';
      await prepareStore(kind);
      const overIpc = await viaIpc(method, validInputs[method]);
      await prepareStore(kind);
      const overHttp = await viaHttp(method, validInputs[method]);

      expect(comparable(overHttp)).toEqual(comparable(overIpc));
      const expectedError = expectedErrors[method];
      if (expectedError) {
        expect(overIpc).toMatchObject({ ok: false, error: { code: expectedError } });
        return;
      }
      expect(overIpc.ok, JSON.stringify(overIpc)).toBe(true);
      if (!overIpc.ok) return;
      const parsed = contract[method].output.safeParse(overIpc.value);
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
    });

    it(`${method} refuses a bad input with invalid_input over IPC and HTTP`, async () => {
      await prepareStore('sample');
      for (const envelope of [await viaIpc(method, badInputs[method]), await viaHttp(method, badInputs[method])]) {
        expect(envelope.ok).toBe(false);
        if (!envelope.ok) expect(envelope.error.code).toBe('invalid_input');
      }
    });
  }

  /**
   * The calls above find no job to report on: here each job runs to the end, so its status carries
   * a real result, and that result is checked against the contract too (dispatch checks every
   * answer in tests; the parse here says so even where it would not).
   */
  it('answers the status of each finished job in the shape the contract promises', async () => {
    const roster = {
      fileName: 'powerschool.csv',
      base64: readFileSync(join(__dirname, '..', 'fixtures', 'roster', 'powerschool.csv')).toString('base64'),
    };
    const jobs: [start: MethodName, input: unknown, status: MethodName, kind: 'empty' | 'sample'][] = [
      ['roster.preview', roster, 'roster.previewStatus', 'empty'],
      ['roster.import', roster, 'roster.importStatus', 'empty'],
      // No students in an empty store: the preview finishes and says nothing can be imported.
      ['history.preview', { fileName: 'other-school.csv', base64: readFileSync(join(__dirname, '..', 'fixtures', 'history', 'other-school.csv')).toString('base64') }, 'history.previewStatus', 'empty'],
      ['print.start', { selection: { studentNumbers: [sampleStudent.studentNumber] }, mode: 'combined' }, 'print.status', 'sample'],
      ['requests.start', { schoolYear: schoolYearText(schoolYearEnd(localIsoDate()) + 1), selection: { all: true }, preset: 'aeries', format: 'xlsx' }, 'requests.status', 'sample'],
    ];
    for (const [start, input, status, kind] of jobs) {
      await prepareStore(kind);
      const jobHandlers = createHandlers(store!);
      const started = await dispatch(jobHandlers, start, input);
      if (!started.ok) throw new Error(`${start}: ${JSON.stringify(started)}`);
      const { jobId } = started.value as { jobId: string };
      let answer: Envelope<unknown>;
      // A pause between polls: the job runs on this thread and needs the event loop too.
      do answer = await new Promise<void>((r) => setTimeout(r, 20)).then(() => dispatch(jobHandlers, status, { jobId }));
      while (answer.ok && (answer.value as { state: string }).state === 'running');
      expect(answer, status).toMatchObject({ ok: true, value: { state: 'done', error: null } });
      const parsed = contract[status].output.safeParse(answer.ok ? answer.value : null);
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
      expect((answer.ok && (answer.value as { result: unknown }).result) || null, status).not.toBeNull();
    }
  });

  it('finds the sample student by the number with its leading zeros intact, over both', async () => {
    await prepareStore('sample');
    const overIpc = await viaIpc('students.get', { studentNumber: sampleStudent.studentNumber });
    expect(overIpc.ok && (overIpc.value as { studentNumber: string }).studentNumber).toBe(sampleStudent.studentNumber);
    expect(await viaHttp('students.get', { studentNumber: sampleStudent.studentNumber })).toEqual(overIpc);
  });

  it('reports an unknown method as unknown_method over HTTP, not as a crash', async () => {
    const response = await raw({
      method: 'POST',
      path: '/api/students.deleteAll',
      headers: { 'x-counselor-token': http.token, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});

describe('browser mode guards', () => {
  it('answers an API call without the token with 401 and no student data', async () => {
    await prepareStore('sample');
    const response = await raw({ method: 'POST', path: '/api/students.list', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expectNoStudentData(response.body);

    const viaFetch = await fetch(`http://127.0.0.1:${http.port}/api/students.get`, {
      method: 'POST',
      body: JSON.stringify({ studentNumber: sampleStudent.studentNumber }),
    });
    expect(viaFetch.status).toBe(401);
    expectNoStudentData(await viaFetch.text());
  });

  it('answers a wrong token with 401', async () => {
    for (const token of ['wrong', `${http.token}x`, http.token.slice(1), '']) {
      const response = await raw({
        method: 'POST',
        path: '/api/students.list',
        headers: { 'x-counselor-token': token },
        body: '{}',
      });
      expect(response.status, token).toBe(401);
      expectNoStudentData(response.body);
    }
    const page = await raw({ path: '/?token=wrong' });
    expect(page.status).toBe(401);
  });

  it('refuses a Host header that is not our loopback address and port (DNS rebinding)', async () => {
    for (const host of [`evil.example:${http.port}`, 'evil.example', `127.0.0.1:${http.port + 1}`, `127.0.0.1.evil.example:${http.port}`]) {
      const response = await raw({
        method: 'POST',
        path: '/api/students.list',
        headers: { host, 'x-counselor-token': http.token },
        body: '{}',
      });
      expect(response.status, host).toBe(403);
      expectNoStudentData(response.body);
    }
  });

  it('answers our own Host with the token', async () => {
    const response = await raw({
      method: 'POST',
      path: '/api/store.info',
      headers: { host: `127.0.0.1:${http.port}`, 'x-counselor-token': http.token },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true });
  });

  it('serves the page and its files without a cookie; only API calls need the token, in the header', async () => {
    const page = await raw({ path: `/?token=${http.token}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root"></div>');
    // A page load without the token gets the same page (it holds no student data) with 401:
    // the page itself then takes its token from sessionStorage or says it needs one.
    for (const path of ['/', '/index.html', '/?token=wrong']) {
      const without = await raw({ path });
      expect(without.status, path).toBe(401);
      expect(without.body, path).toBe(page.body);
    }
    const script = await raw({ path: '/assets/app.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    const api = await raw({ method: 'POST', path: '/api/students.list', body: '{}' });
    expect(api.status).toBe(401);
    expectNoStudentData(api.body);
  });

  it('never sets a cookie: cookies ignore ports, so every program on 127.0.0.1 would receive it', async () => {
    await raw({ path: `/?token=${http.token}` });
    await raw({ path: `/index.html?token=${http.token}` });
    await raw({ path: '/assets/app.js' });
    await raw({ method: 'POST', path: '/api/store.info', headers: { 'x-counselor-token': http.token }, body: '{}' });
    const viaFetch = await fetch(`http://127.0.0.1:${http.port}/?token=${http.token}`);
    expect(viaFetch.status).toBe(200);
    expect(viaFetch.headers.get('set-cookie')).toBeNull();
    // ...nor on anything answered earlier in this file.
    expect(responseHeaders.length).toBeGreaterThan(10);
    for (const headers of responseHeaders) expect(headers['set-cookie']).toBeUndefined();
  });

  it('answers a broken %-escape in the address with 400 and a sentence, not a crash', async () => {
    const errors = vi.spyOn(console, 'error');
    for (const path of ['/%E0%A4%A', '/assets/%ZZ.js', `/%E0%A4%A?token=${http.token}`]) {
      const response = await raw({ path });
      expect(response.status, path).toBe(400);
      expect(response.body, path).toBe('This address has a broken %-escape; check the link, or open the address printed where the application started.');
    }
    for (const path of ['/api/%ZZ', '/api/students.%E0%A4%A']) {
      const response = await raw({ method: 'POST', path, headers: { 'x-counselor-token': http.token }, body: '{}' });
      expect(response.status, path).toBe(400);
      expect(JSON.parse(response.body), path).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/broken %-escape/) } });
    }
    expect(errors).not.toHaveBeenCalled();
    // The server is still there.
    expect((await raw({ path: `/?token=${http.token}` })).status).toBe(200);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/assets/../../package.json', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
      const response = await raw({ path });
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('must-not-be-served');
      expect(response.body, path).not.toContain('root:');
    }
  });

  it('sends no CORS header on any response, even to a request that names another origin', async () => {
    const origin = 'https://evil.example';
    const responses = [
      await raw({ method: 'OPTIONS', path: '/api/students.list', headers: { origin, 'access-control-request-method': 'POST' } }),
      await raw({ method: 'POST', path: '/api/students.list', headers: { origin, 'x-counselor-token': http.token }, body: '{}' }),
      await raw({ method: 'POST', path: '/api/students.list', headers: { origin }, body: '{}' }),
      await raw({ method: 'POST', path: '/api/students.get', headers: { origin, 'x-counselor-token': http.token }, body: '{"studentNumber":1}' }),
      await raw({ path: `/?token=${http.token}`, headers: { origin } }),
      await raw({ path: '/nothing-here.js', headers: { origin } }),
      await raw({ path: '/', headers: { origin, host: 'evil.example' } }),
    ];
    expect(responses.map((r) => r.status)).toEqual([401, 200, 401, 200, 200, 404, 403]);
    // ...and none on anything answered earlier in this file either.
    for (const headers of responseHeaders) {
      expect(Object.keys(headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });
});
