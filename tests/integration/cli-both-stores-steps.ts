import { join } from 'node:path';

/**
 * The `counselor` runs cli-both-stores.test.ts makes on a workstation's store file and on the
 * department database holding the same school, with the same arguments. `{out}` in an argument is
 * each store's own folder for the files a run writes (compared by content afterwards, `files`);
 * `{shared}` a folder both read from (a filled label sheet, made once).
 */
export interface CliStep {
  /** The arguments after `counselor`, without --db (the test adds it, or sets COUNSELOR_DB). */
  args: string[];
  /** Files (or folders, ending in /) the run writes under {out}, compared by what they say. */
  files?: string[];
  /** A read run again after the writes: what they change (the rest is shown by each write's own reads, or changes nothing). */
  again?: true;
  /** The exit code both must give (0 unless said). */
  exit?: number;
  /** A refusal that lists its problems, one a line, under its sentence (exit 1 is one line otherwise). */
  listsProblems?: true;
  /**
   * A refusal said in each store's own words, by design: it names the store it is on and that
   * store's own way out. Compared by exit code, each sentence checked for its store.
   */
  ownWords?: { workstation: RegExp; department: RegExp };
}

/** The label sheet's column filled for Hmong (as tests/integration/labels/round-trip.test.ts fills it), for `labels import`. */
export const HMONG_LABELS: Record<string, string> = { 'language.code': 'hmn', 'language.name': 'Hmong', 'language.otherNames': 'Hmoob; Hmong Daw', title: 'Txoj Kev Npaj Kawm Ntawv thiab Haujlwm', grade: 'qib {grade}' };

/** The sample school's refusals (as both-stores.test.ts's OWN_WORDS): a new store file, or a new department database made for training. */
const SAMPLE_HELD = { workstation: /^counselor: This store .+ Choose a new store file with --db\.$/, department: /^counselor: This department database .+ new, empty department database made for training/ };
const SAMPLE_NOT_HELD = { workstation: /^counselor: This store does not hold/, department: /^counselor: This department database does not hold/ };

const FIXTURES = join(__dirname, '..', 'fixtures');
export const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);

/** A student of the sample school with a plan, a program of study and a class year that graduates at the next start. */
const SENIOR = '100148';
const FRESHMAN = '100121';

/** Reads: none changes the store, so they run side by side (and again after the writes). */
export const READS: CliStep[] = [
  { args: ['framework', '--json'] },
  { args: ['framework', '--edition', '2024', '--json'] },
  { args: ['framework', '--search', 'nurses', '--json'] },
  { args: ['framework', '--crosswalk', '--xlsx', '{out}/crosswalk.xlsx', '--json'], files: ['crosswalk.xlsx'] },
  { args: ['framework', 'migrate', '--to', '2024', '--dry-run', '--json'], again: true },
  { args: ['students', '--json'] },
  { args: ['students'], again: true },
  { args: ['plan', SENIOR, '--json'] },
  { args: ['plan', SENIOR], again: true },
  { args: ['conferences', SENIOR, '--json'], again: true },
  { args: ['courses', '--json'] },
  { args: ['programs', '--json'] },
  { args: ['settings', '--json'], again: true },
  { args: ['year', 'status', '--json'], again: true },
  { args: ['history', 'unmatched', '--json'] },
  { args: ['report', 'plans', '--json'], again: true },
  { args: ['report', 'graduation', '--grade', '12', '--json'], again: true },
  { args: ['report', 'cte', '--json'], again: true },
  { args: ['report', 'conferences', '--counselor', 'ms. alvarez', '--json'], again: true },
  { args: ['report', 'graduation', '--out', '{out}/graduation.xlsx', '--json'], again: true, files: ['graduation.xlsx'] },
  { args: ['report', 'plans', '--out', '{out}/plans.csv', '--json'], files: ['plans.csv'] },
  { args: ['report', 'cte', '--out', '{out}/cte.pdf', '--json'], files: ['cte.pdf'] },
  { args: ['labels', 'sheet', '{out}/labels.xlsx', '--from', 'es'], files: ['labels.xlsx'] },
  { args: ['export', 'caseload', '--out', '{out}/caseload.xlsx', '--json'], again: true, files: ['caseload.xlsx'] },
  { args: ['export', 'caseload', '--out', '{out}/caseload.csv', '--json'], again: true, files: ['caseload.csv'] },
  { args: ['requests', 'export', '--year', '2027-28', '--all', '--out', '{out}/requests.csv', '--json'], again: true, files: ['requests.csv'] },
  { args: ['requests', 'export', '--year', '2027-28', '--grade', '10', '--preset', 'powerschool', '--out', '{out}/requests.xlsx', '--json'], again: true, files: ['requests.xlsx'] },
  // Bad input read the same: an unknown student, an unknown report (wrong usage).
  { args: ['plan', '999999', '--json'], exit: 1 },
  { args: ['conferences', '999999'], exit: 1 },
  { args: ['report', 'nothing', '--json'], exit: 2 },
];

/** Writes, in order on the same pair, each followed by the reads that show what it changed. */
export const WRITES: { step: CliStep; then?: CliStep[] }[] = [
  // Printing records a snapshot of each plan printed; the request sheets record none.
  { step: { args: ['print', SENIOR, '--out', '{out}/plan.pdf', '--json'], files: ['plan.pdf'] } },
  { step: { args: ['print', '--grade', '12', '--out-dir', '{out}/grade12', '--lang', 'es', '--json'], files: ['grade12/'] } },
  { step: { args: ['print', '--all', '--request-sheets', '--year', '2027-28', '--out', '{out}/sheets.pdf', '--json'], files: ['sheets.pdf'] } },
  { step: { args: ['print', '999999', '--out', '{out}/nobody.pdf'], exit: 1 } },
  { step: { args: ['student', 'add', '700001', '--first', 'Ada', '--last', 'Lovelace', '--grade', '9', '--guardian', 'Ana Lovelace;mother;ana@example.org;;Spanish', '--json'] }, then: [{ args: ['students', '--json'] }] },
  { step: { args: ['student', 'add', '700001', '--first', 'Ada', '--last', 'Again', '--json'], exit: 1 } },
  { step: { args: ['student', 'update', '700001', '--homeroom', '230', '--middle', 'King', '--json'] }, then: [{ args: ['plan', '700001', '--json'] }] },
  { step: { args: ['student', 'reassign', '700001', SENIOR, '--to', 'Mr. Brooks', '--json'] }, then: [{ args: ['students', '--json'] }] },
  { step: { args: ['student', 'reassign', '700001', '999999', '--to', 'Mr. Brooks', '--json'], exit: 1 } },
  { step: { args: ['import', fixture('roster', 'powerschool.csv'), '--partial', '--dry-run', '--json'] } },
  { step: { args: ['import', fixture('roster', 'powerschool.csv'), '--partial', '--json'] }, then: [{ args: ['students', '--json'] }] },
  { step: { args: ['import', fixture('roster', 'skyward.xlsx'), '--partial', '--json'] }, then: [{ args: ['students', '--json'] }] },
  { step: { args: ['import', fixture('roster', 'all-rejected.csv'), '--json'], exit: 1 } },
  { step: { args: ['history', 'import', fixture('history', 'powerschool-storedgrades.csv'), '--json'] }, then: [{ args: ['plan', SENIOR, '--json'] }, { args: ['history', 'unmatched', '--json'] }] },
  { step: { args: ['history', 'import', fixture('history', 'only-bad-rows.csv'), '--json'], exit: 1 } },
  // A transfer course (Lakeview Academy's photography) the catalog does not know, counted as a catalog course and forgotten again.
  { step: { args: ['history', 'match', 'TR-PHO1', 'ART311', '--json'] }, then: [{ args: ['history', 'unmatched', '--json'] }] },
  { step: { args: ['history', 'match', 'TR-PHO1', 'NOPE999', '--json'], exit: 1 } },
  { step: { args: ['history', 'match', 'TR-PHO1', '--forget', '--json'] }, then: [{ args: ['history', 'unmatched', '--json'] }] },
  { step: { args: ['catalog', 'import', fixture('catalog', 'district-catalog.csv'), '--json'] }, then: [{ args: ['courses', '--json'] }] },
  { step: { args: ['catalog', 'import', fixture('roster', 'all-rejected.csv'), '--json'], exit: 1 } },
  { step: { args: ['plan', FRESHMAN, '--apply', 'nursing', '--json'] }, then: [{ args: ['programs', '--json'] }] },
  { step: { args: ['plan', FRESHMAN, '--apply', 'no-such-program', '--json'], exit: 1 } },
  { step: { args: ['settings', '--school', 'Riverside High', '--paper', 'a4', '--family-language', 'es', '--framework', '2027-28=2024', '--json'] } },
  { step: { args: ['settings', '--paper', 'legal'], exit: 2 } },
  { step: { args: ['labels', 'import', '{out}/labels.xlsx', '--json'], exit: 1, listsProblems: true } },
  { step: { args: ['labels', 'import', '{shared}/hmong.xlsx', '--json'] }, then: [{ args: ['settings', '--json'] }] },
  { step: { args: ['print', '004100', '--lang', 'hmn', '--out', '{out}/hmong.pdf', '--json'], files: ['hmong.pdf'] } },
  { step: { args: ['labels', 'remove', 'hmn'] }, then: [{ args: ['settings', '--json'] }] },
  { step: { args: ['labels', 'remove', 'xx'], exit: 1 } },
  { step: { args: ['framework', 'migrate', '--to', '2024', '--json'], exit: 1 } },
  { step: { args: ['framework', 'migrate', '--to', '2024', '--pick', '100134=AGR', '--pick', '100152=ENR', '--pick', '100116=AGR', '--json'] } },
  { step: { args: ['framework', 'migrate', '--undo', '--json'] }, then: [{ args: ['plan', SENIOR, '--json'] }] },
  { step: { args: ['framework', 'migrate', '--undo', '--json'], exit: 1 } },
];

/** Last on the pair: a start changes every student's grade. */
export const YEAR: { step: CliStep; then?: CliStep[] }[] = [
  { step: { args: ['year', 'start', '2027-28', '--dry-run', '--json'] } },
  { step: { args: ['year', 'start', '2027-28', '--json'] }, then: [{ args: ['students', '--json'] }, { args: ['year', 'status', '--json'], again: true }] },
  { step: { args: ['year', 'reactivate', SENIOR, '--json'] } },
  { step: { args: ['year', 'undo', '--json'] }, then: [{ args: ['students', '--json'] }] },
  { step: { args: ['year', 'undo', '--json'], exit: 1 } },
];

/** On an empty school: the sample school loaded, and removed again. */
export const SAMPLE: { step: CliStep; then?: CliStep[] }[] = [
  { step: { args: ['demo', '--remove', '--json'], exit: 1, ownWords: SAMPLE_NOT_HELD } },
  { step: { args: ['demo', '--json'] }, then: [{ args: ['students', '--json'] }] },
  { step: { args: ['demo', '--json'], exit: 1, ownWords: SAMPLE_HELD } },
  { step: { args: ['import', fixture('roster', 'powerschool.csv'), '--json'], exit: 1 } },
  { step: { args: ['demo', '--remove', '--json'] }, then: [{ args: ['students', '--json'] }, { args: ['courses', '--json'] }] },
];

/**
 * Commands not run on both, each with why. The test fails when a command of the command table is
 * neither run above nor listed here.
 */
export const NOT_ON_BOTH: Record<string, string> = {
  migrate: 'moves a store file into a department database: it takes one of each by nature (run once below, to make the empty pair)',
  user: "accounts live in the department database only; on a store file it is wrong usage by design (a workstation has no accounts)",
  serve: 'the department server itself, on a department database only, and runs until stopped (tests/integration/serve-cli.test.ts)',
  workstation: "the window's own choice of store on this computer (its settings file), not a store's content: the same with any --db",
};

/**
 * Commands run on both whose answers differ by design, each with why: each answer is checked for
 * what it is on its own store instead of compared (the last tests of cli-both-stores.test.ts).
 */
export const ANSWERED_APART: Record<string, string> = {
  backups: "a workstation lists the copies of its file beside it; the department's backups are PostgreSQL's own, and the server lists the pg_dump files it took before an upgrade",
  restore: "a workstation puts a copy back in place of its file; a department database is never replaced under signed-in counselors: district IT restores a dump with pg_restore",
};

/** Every command the steps run. */
export function commandsIn(steps: CliStep[]): string[] {
  return [...new Set(steps.map((s) => s.args[0]!))];
}

export const READS_AGAIN = READS.filter((step) => step.again);
