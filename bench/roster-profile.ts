/**
 * `node --cpu-prof --cpu-prof-dir=DIR node_modules/tsx/dist/cli.mjs bench/roster-profile.ts csv|xlsx`:
 * one 20,000-row import into a fresh store after one warm-up, so a profile shows the import's own
 * steps (bench/profile-summary.mjs names them). Separate from roster-import.ts, whose figures it does not print.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importRoster } from '../src/main/core/roster/import';
import { openStore } from '../src/main/core/store/connection';
import { caseloadTable } from '../src/main/core/exports/caseload';
import { writeCsv } from '../src/main/core/spreadsheet/write-csv';
import { writeXlsx } from '../src/main/core/spreadsheet/write-xlsx';
import { Student as StudentSchema } from '../src/shared/domain/student';
import { benchStudents } from './students';

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const kind = process.argv[2] === 'xlsx' ? 'xlsx' : 'csv';
const dir = mkdtempSync(join(tmpdir(), 'cw-roster-profile-'));

async function main(): Promise<void> {
  const table = caseloadTable(benchStudents(ROWS, new Date()).map((s) => StudentSchema.parse(s)));
  const bytes = kind === 'xlsx' ? await writeXlsx([table]) : writeCsv(table);
  const fileName = `roster.${kind}`;
  for (const run of [0, 1]) {
    const store = await openStore(join(dir, `${run}.db`));
    const start = performance.now();
    const cpu = process.cpuUsage();
    await importRoster({ fileName, base64: Buffer.from(bytes).toString('base64'), markAbsent: true }, { db: store.db, storePath: store.path, progress: () => undefined, throwIfCancelled: () => undefined });
    const used = process.cpuUsage(cpu);
    console.log(`run ${run}: ${(performance.now() - start).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
    store.close();
  }
}

main().finally(() => rmSync(dir, { recursive: true, force: true }));
