import type { Conference } from '../../../shared/domain/conference';
import type { Command } from '../command';
import { UsageError } from '../context';

function studentArgument(args: readonly string[]): string {
  const options = args.filter((a) => a.startsWith('-'));
  if (options.length > 0) throw new UsageError(`unknown option ${options[0]}.`);
  if (args.length === 0) throw new UsageError('name the student by student number.');
  if (args.length > 1) throw new UsageError(`one student at a time (got "${args[0]}" and "${args[1]}").`);
  return args[0] as string;
}

/** Who attended, as the record says: the student, the guardians by name, anyone else. */
function attendees(c: Conference): string {
  return [...(c.studentAttended ? ['student'] : []), ...c.guardians, ...(c.others ? [c.others] : [])].join(', ');
}

function conferenceLine(c: Conference): string {
  const interpreter = c.interpreter ? `interpreter${c.interpreterName ? ` ${c.interpreterName}` : ''}` : '';
  const printed = c.printSnapshotId !== null ? `printed plan #${c.printSnapshotId}` : '';
  return [c.heldOn, attendees(c), c.language ?? '', interpreter, printed].filter((p) => p !== '').join(' · ');
}

export const conferencesCommand: Command = {
  name: 'conferences',
  usage: 'counselor conferences STUDENT [--json]',
  summary: "List a student's conferences with the family, most recent first.",
  acceptsArguments: true,
  async run({ call, io, json, args }) {
    const studentNumber = studentArgument(args);
    const { conferences } = await call('conferences.list', { studentNumber });
    if (json) {
      io.out(JSON.stringify({ studentNumber, conferences }, null, 2));
      return;
    }
    for (const c of conferences) {
      io.out(conferenceLine(c));
      if (c.notes) io.out(`  ${c.notes.replace(/\s*\n\s*/g, ' / ')}`);
    }
    io.out(conferences.length === 1 ? '1 conference' : `${conferences.length} conferences`);
  },
};
