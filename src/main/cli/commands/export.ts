import { extname } from 'node:path';
import { writeWholeFile } from '../../core/files/write-whole';
import type { Command } from '../command';
import { UsageError } from '../context';

export const exportCommand: Command = {
  name: 'export',
  usage: 'counselor export caseload --out FILE.xlsx|FILE.csv [--json]',
  summary: 'Export the caseload as .xlsx or .csv (the roster import reads it back unchanged).',
  acceptsArguments: true,
  async run({ args, call, io, json }) {
    const [what, ...rest] = args;
    if (what !== 'caseload') throw new UsageError('say what to export: `counselor export caseload --out FILE`.');
    const outIndex = rest.indexOf('--out');
    const out = outIndex >= 0 ? rest[outIndex + 1] : undefined;
    if (!out || rest.length !== 2) throw new UsageError('name the file to write with --out FILE.xlsx or --out FILE.csv.');
    const format = extname(out).toLowerCase().slice(1);
    if (format !== 'xlsx' && format !== 'csv') throw new UsageError(`--out must end in .xlsx or .csv (got "${out}").`);
    // Through the contract, as the Caseload page exports: a store file's caseload, or a department
    // database's (`--db postgres://…`, as the operator), by the same functions.
    const { base64, count } = await call('caseload.export', { format });
    // Whole or not at all, owner-only: a caseload export holds every student's record.
    writeWholeFile(out, Buffer.from(base64, 'base64'));
    if (json) io.out(JSON.stringify({ out, format, students: count }));
    else io.out(`Exported ${count} students to ${out}.`);
  },
};
