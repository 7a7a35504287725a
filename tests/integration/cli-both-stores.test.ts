import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/main/cli/index';
import { openStore } from '../../src/main/core/store/connection';
import { SKIPPED_WITHOUT_APP_ROLE, departmentFrom, urlOf, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { xlsxContent } from '../helpers/xlsx-content';
import { ANSWERED_APART, commandsIn, HMONG_LABELS, NOT_ON_BOTH, READS, READS_AGAIN, SAMPLE, WRITES, YEAR, type CliStep } from './cli-both-stores-steps';
import { adoptSampleAsOwn, sampleStore } from './plans/stores';

/**
 * Every `counselor` command behaves the same on a workstation's store file and on a department
 * database (issue 16): the school on a SQLite file and the same school moved into PostgreSQL,
 * each command run as a real process of the built command (bin/counselor.mjs over out/, as a
 * nightly script runs it; `npx electron-vite build` first) with the same arguments, `--db FILE`
 * against `--db postgres://…`. Exit codes, what is printed (`--json` parsed) and the files written
 * (PDFs as pdftotext reads them, workbooks as their cells) must be equal once what differs from
 * run to run is set aside (steady, said below).
 */

const BIN = join(__dirname, '..', '..', 'bin', 'counselor.mjs');
const pairsDir = mkdtempSync(join(tmpdir(), 'cw-cli-both-'));
afterAll(() => rmSync(pairsDir, { recursive: true, force: true }));
const scratchDatabase = useScratchPostgres();

interface Side {
  name: 'workstation' | 'department';
  /** The store file's path, or the department database's address. */
  db: string;
  /** Where this side's runs write their files ({out}). */
  out: string;
}
type Pair = [workstation: Side, department: Side];
interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Both sides run with the same environment: a home of their own (the server's default pg_dump folder), the same zone. */
const home = join(pairsDir, 'home');
mkdirSync(home);
/** What both sides read ({shared}): the filled label sheet. */
const shared = join(pairsDir, 'shared');
mkdirSync(shared);
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, TZ: process.env.TZ ?? 'UTC', LANG: 'C.UTF-8' };

/** `counselor ARGS --db DB` in its own process; with viaEnv, the store named by COUNSELOR_DB instead. */
function counselor(side: Side, args: string[], viaEnv = false): Promise<Run> {
  const argv = args.map((a) => a.replaceAll('{out}', side.out).replaceAll('{shared}', shared));
  const env = viaEnv ? { ...ENV, COUNSELOR_DB: side.db } : ENV;
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...argv, ...(viaEnv ? [] : ['--db', side.db])], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

const INSTANT = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * What differs from run to run on any store, or names the store, set aside; everything else must
 * be equal.
 * - the side's own folder and store: each writes into a folder of its own, and names its store
 *   (a file path, or a database by name and server) where a message says where.
 * - instants (a record's createdAt, a settings change's changedAt, a move to 2024's id): each run
 *   stamps its own.
 * - uuids (an import's importId): drawn at random per run.
 */
function steadyText(side: Side, text: string): string {
  let said = text.replaceAll(side.out, '{out}').replaceAll(side.db, '{db}');
  if (side.name === 'department') said = said.replace(/PostgreSQL database cw_test_\w+ on [\w.:]+/g, '{db}');
  return said.replace(INSTANT, 'at-*').replace(UUID, 'uuid-*');
}

function steady(side: Side, value: unknown): unknown {
  if (typeof value === 'string') return steadyText(side, value);
  if (Array.isArray(value)) return value.map((v) => steady(side, v));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      // The backup taken first: a workstation copies its file before an import, a removal of the
      // sample school, a year's start or undo, and says where; the department's backups are
      // PostgreSQL's own, so it names none (null). By design (README, "Backups of the department database").
      if (key === 'backupPath') return [key, v === null || typeof v === 'string' ? 'backup-*' : v];
      return [key, steady(side, v)];
    }),
  );
}

/** What a run printed, set aside as above; --json output parsed, so a difference shows by key. */
function said(side: Side, args: string[], run: Run, step?: CliStep): unknown {
  if (step?.ownWords && run.code !== 0) {
    expect(run.stderr.trimEnd()).toMatch(step.ownWords[side.name]);
    return { code: run.code, stdout: run.stdout, stderr: 'in its own words' };
  }
  let stdout: unknown = steadyText(side, run.stdout);
  if (args.includes('--json') && run.code === 0) {
    try {
      stdout = steady(side, JSON.parse(run.stdout));
    } catch {
      stdout = `not JSON: ${run.stdout}`;
    }
  }
  return { code: run.code, stdout, stderr: steadyText(side, run.stderr) };
}

/** What a file written says: a PDF's text, a workbook's cells, a CSV's text; a folder, each file by name. */
function content(path: string): unknown {
  if (!existsSync(path)) return 'missing';
  if (statSync(path).isDirectory()) return Object.fromEntries(readdirSync(path).sort().map((f) => [f, content(join(path, f))]));
  if (path.endsWith('.pdf')) {
    const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    return text.status === 0 ? text.stdout : `pdftotext failed: ${text.stderr}`;
  }
  // An .xlsx carries the second it was written (zip entry times, docProps): compare what it says.
  if (path.endsWith('.xlsx')) return xlsxContent(readFileSync(path));
  return readFileSync(path, 'utf8');
}

const label = (step: CliStep) => `counselor ${step.args.map((a) => (a.startsWith('/') ? a.replace(/^.*\//, '') : a)).join(' ')}`;

/** One step on both stores side by side: the same exit code, output and files. */
async function bothRun(pair: Pair, step: CliStep): Promise<void> {
  const [onFile, onServer] = await Promise.all(pair.map((side) => counselor(side, step.args)));
  const name = label(step);
  const [fileSaid, serverSaid] = [said(pair[0], step.args, onFile!, step), said(pair[1], step.args, onServer!, step)];
  expect(serverSaid, name).toEqual(fileSaid);
  expect(onFile!.code, `${name}: ${onFile!.stderr}`).toBe(step.exit ?? 0);
  // A refusal is one sentence on one line (exit 1), or the reason and the usage (exit 2).
  if (step.exit === 1 && !step.listsProblems) expect(onFile!.stderr.trimEnd().split('\n'), name).toHaveLength(1);
  for (const file of step.files ?? []) {
    expect(content(join(pair[1].out, file)), `${name}: ${file}`).toEqual(content(join(pair[0].out, file)));
  }
}

/** Reads change nothing: run a few at once (each is a process of its own), then compared one by one. */
async function allRun(pair: Pair, steps: CliStep[]): Promise<Map<CliStep, Promise<void>>> {
  const results = new Map<CliStep, Promise<void>>();
  let next = 0;
  const worker = async () => {
    while (next < steps.length) {
      const step = steps[next++]!;
      const done = bothRun(pair, step);
      results.set(step, done);
      await done.catch(() => undefined);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

function sideOf(name: Side['name'], db: string): Side {
  const out = join(pairsDir, `${name}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(out);
  return { name, db, out };
}

/** The sample school kept as the school's own (imports are taken), and an empty school moved with `counselor migrate`. */
let own: Pair;
let empty: Pair;

beforeAll(async () => {
  if (withoutAppRole) return;
  // Every run below is the built command: without the build each would only say so.
  expect(existsSync(join(__dirname, '..', '..', 'out', 'main', 'cli.js')), 'build first: npx electron-vite build').toBe(true);
  const adopted = adoptSampleAsOwn(await sampleStore(mkdtempSync(join(pairsDir, 'own-'))));
  adopted.close();
  const { file, pg } = await departmentFrom(scratchDatabase, adopted.path);
  file.close();
  // The app role row-level security binds, as `counselor serve` and district IT's scripts connect.
  own = [sideOf('workstation', adopted.path), sideOf('department', await urlOf(pg, { asAppRole: true }))];

  const emptyFile = join(mkdtempSync(join(pairsDir, 'empty-')), 's.db');
  (await openStore(emptyFile)).close();
  const emptyDb = await urlOf(await scratchDatabase({ asAppRole: true }), { asAppRole: true });
  empty = [sideOf('workstation', emptyFile), sideOf('department', emptyDb)];
  const moved = await counselor(empty[0], ['migrate', '--from', emptyFile, '--to', emptyDb, '--json'], true);
  expect(moved.code, moved.stderr).toBe(0);

  // The label sheet as a translator fills it, by another program (labels/fill-sheet.py, not exceljs).
  const sheet = await counselor(own[0], ['labels', 'sheet', join(shared, 'blank.xlsx')]);
  expect(sheet.code, sheet.stderr).toBe(0);
  writeFileSync(join(shared, 'hmong.json'), JSON.stringify({ fill: HMONG_LABELS, extra: [] }));
  execFileSync('python3', [join(__dirname, 'labels', 'fill-sheet.py'), join(shared, 'blank.xlsx'), join(shared, 'hmong.xlsx'), join(shared, 'hmong.json')]);
}, 120_000);

describe('the steps', () => {
  it('run every command of the command table, or list it with why', () => {
    const run = new Set([...commandsIn([...READS, ...[...WRITES, ...YEAR, ...SAMPLE].flatMap((w) => [w.step, ...(w.then ?? [])])]), ...Object.keys(ANSWERED_APART)]);
    const listed = Object.keys(NOT_ON_BOTH);
    expect(commands.map((c) => c.name).filter((c) => !run.has(c) && !listed.includes(c))).toEqual([]);
    expect(listed.filter((c) => run.has(c))).toEqual([]);
  });
});

describe.skipIf(withoutAppRole)(`every command on a store file and on PostgreSQL${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  let before: Map<CliStep, Promise<void>>;
  beforeAll(async () => {
    before = await allRun(own, READS);
  }, 300_000);
  for (const step of READS) it(`reads: ${label(step)}`, () => before.get(step));

  it('names the store by COUNSELOR_DB as by --db', async () => {
    for (const side of own) {
      const [flag, env] = await Promise.all([counselor(side, ['students', '--json']), counselor(side, ['students', '--json'], true)]);
      expect(env, side.name).toEqual(flag);
      expect(env.code, env.stderr).toBe(0);
    }
  });

  for (const { step, then } of WRITES) {
    it(`writes: ${label(step)}${then ? ', and reads back' : ''}`, async () => {
      await bothRun(own, step);
      for (const read of then ?? []) await bothRun(own, read);
    }, 60_000);
  }

  let after: Map<CliStep, Promise<void>>;
  it('reads again after the writes', async () => {
    after = await allRun(own, READS_AGAIN);
  }, 300_000);
  for (const step of READS_AGAIN) it(`reads after the writes: ${label(step)}`, () => after.get(step));

  for (const { step, then } of YEAR) {
    it(`the school year: ${label(step)}${then ? ', and reads back' : ''}`, async () => {
      await bothRun(own, step);
      for (const read of then ?? []) await bothRun(own, read);
    }, 60_000);
  }

  for (const { step, then } of SAMPLE) {
    it(`the sample school on an empty school: ${label(step)}${then ? ', and reads back' : ''}`, async () => {
      await bothRun(empty, step);
      for (const read of then ?? []) await bothRun(empty, read);
    }, 60_000);
  }

  it(`lists backups apart, by design: ${ANSWERED_APART.backups}`, async () => {
    const [onFile, onServer] = await Promise.all(own.map((side) => counselor(side, ['backups', '--json'])));
    expect([onFile!.code, onServer!.code], onFile!.stderr + onServer!.stderr).toEqual([0, 0]);
    const files = (JSON.parse(onFile!.stdout) as { backups: { reason: string; problem: string | null }[] }).backups;
    // The copies the imports, the year's start and its undo took (above), each readable.
    expect(files.map((b) => b.reason)).toEqual(expect.arrayContaining(['before-import', 'before-year-start', 'before-year-undo']));
    expect(files.filter((b) => b.problem !== null)).toEqual([]);
    // No upgrade ran on the department database: the server took no dump.
    expect(JSON.parse(onServer!.stdout)).toEqual({ backups: [] });
  });

  it(`restores apart, by design: ${ANSWERED_APART.restore}`, async () => {
    const [workstation, department] = own;
    const newest = (JSON.parse((await counselor(workstation, ['backups', '--json'])).stdout) as { backups: { file: string }[] }).backups[0]!;
    const restored = await counselor(workstation, ['restore', newest.file, '--json']);
    expect(restored.code, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ restored: { file: newest.file } });
    const refused = await counselor(department, ['restore', newest.file, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^counselor: .*pg_restore.*\n$/);
  });
});
