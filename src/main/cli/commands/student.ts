import type { StudentDetails, TypedGuardian } from '../../../shared/domain/student-details';
import type { Student } from '../../../shared/domain/student';
import { displayName } from '../../../shared/domain/names';
import type { Command } from '../command';
import { UsageError, type CommandContext } from '../context';
import { optionValue } from '../selection-args';

/**
 * `counselor student add|update|reassign`: a student entered or changed by hand, checked as a
 * roster row is (the core's students.add/update/reassign). A value of "" clears a field.
 */
const DETAIL_FLAGS: Record<string, Exclude<keyof StudentDetails, 'guardians'>> = {
  '--first': 'firstName', '--middle': 'middleName', '--last': 'lastName', '--preferred': 'preferredName', '--grade': 'grade',
  '--class-year': 'classYear', '--birth-date': 'dateOfBirth', '--email': 'email', '--counselor': 'counselor', '--homeroom': 'homeroom',
  '--home-language': 'homeLanguage',
};
/** The details both add and update take, after the names (add requires --first and --last). */
const OTHER_DETAILS_USAGE = '[--middle NAME] [--preferred NAME] [--grade N] [--class-year YYYY] [--birth-date YYYY-MM-DD] [--email ADDRESS] [--counselor NAME] [--homeroom ROOM] [--home-language LANGUAGE] [--guardian "Name;relationship;email;phone;language" ...] [--no-guardians]';

export const studentCommand: Command = {
  name: 'student',
  usage: `counselor student add NUMBER --first NAME --last NAME ${OTHER_DETAILS_USAGE} [--json]\n       counselor student update NUMBER [--first NAME] [--last NAME] ${OTHER_DETAILS_USAGE} [--json]\n       counselor student reassign NUMBER... (--to NAME | --no-counselor) [--json]`,
  summary: 'Add a student by hand, change their details, or give students to a counselor (kept in the audit log; the next roster import keeps hand values).',
  acceptsArguments: true,
  async run(context) {
    const [action, ...rest] = context.args;
    if (action === 'add' || action === 'update') return addOrUpdate(context, action, rest);
    if (action === 'reassign') return reassign(context, rest);
    throw new UsageError(action === undefined ? 'student needs add, update or reassign.' : `student takes add, update or reassign (got "${action}").`);
  },
};

async function addOrUpdate(context: CommandContext, action: 'add' | 'update', args: readonly string[]): Promise<void> {
  const [studentNumber, ...flags] = args;
  if (!studentNumber || studentNumber.startsWith('--')) throw new UsageError(`student ${action} needs the student number first.`);
  const details = parseDetails(flags);
  if (action === 'update' && Object.keys(details).length === 0) throw new UsageError('student update needs at least one field to change, for example --homeroom 214.');
  const { student, changed } =
    action === 'add'
      ? await context.call('students.add', { studentNumber, details })
      : await context.call('students.update', { studentNumber, changes: details });
  if (context.json) return context.io.out(JSON.stringify({ student, changed }, null, 2));
  context.io.out(
    action === 'add'
      ? `Added #${student.studentNumber} ${displayName(student)}${gradeText(student)}.`
      : changed.length === 0
        ? `#${student.studentNumber} ${displayName(student)}: nothing changed (every value was already so).`
        : `#${student.studentNumber} ${displayName(student)}: changed ${changed.join(', ')}; kept as entered by hand at the next roster import.`,
  );
}

function gradeText(s: Student): string {
  return s.grade === null ? '' : `, grade ${s.grade}`;
}

function parseDetails(args: readonly string[]): StudentDetails {
  const details: StudentDetails = {};
  const guardians: TypedGuardian[] = [];
  let noGuardians = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const field = DETAIL_FLAGS[arg];
    if (field) details[field] = optionValue(args, ++i, arg);
    else if (arg === '--guardian') {
      const [name, relationship, email, phone, preferredLanguage] = optionValue(args, ++i, arg).split(';').map((p) => p.trim());
      guardians.push({ name: name ?? null, relationship: relationship ?? null, email: email ?? null, phone: phone ?? null, preferredLanguage: preferredLanguage ?? null });
    } else if (arg === '--no-guardians') noGuardians = true;
    else throw new UsageError(arg.startsWith('-') ? `unknown option ${arg}.` : `one student at a time (got "${arg}").`);
  }
  if (noGuardians && guardians.length > 0) throw new UsageError('--no-guardians and --guardian contradict each other.');
  if (noGuardians || guardians.length > 0) details.guardians = guardians;
  return details;
}

async function reassign(context: CommandContext, args: readonly string[]): Promise<void> {
  const studentNumbers: string[] = [];
  let counselor: string | null | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--to') counselor = optionValue(args, ++i, arg);
    else if (arg === '--no-counselor') counselor = null;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`);
    else studentNumbers.push(arg);
  }
  if (studentNumbers.length === 0) throw new UsageError('student reassign needs one or more student numbers.');
  if (counselor === undefined) throw new UsageError('student reassign needs --to NAME (or --no-counselor).');
  const result = await context.call('students.reassign', { studentNumbers, counselor });
  if (context.json) return context.io.out(JSON.stringify(result, null, 2));
  for (const c of result.changed) context.io.out(`#${c.studentNumber}: ${c.from ?? 'no counselor'} → ${c.to ?? 'no counselor'}`);
  context.io.out(`${result.changed.length} reassigned, ${result.unchanged.length} already so.`);
}
