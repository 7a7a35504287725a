import { CounselorError } from '../../../shared/errors';
import { frameworkKey } from '../../core/framework/lookup';
import type { Command } from '../command';
import { UsageError, type CommandContext } from '../context';
import { planText } from './plan-text';

function parsePlanArgs(args: readonly string[]): { student: string; apply: string | null } {
  let student: string | undefined;
  let apply: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--apply') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError('--apply needs a program of study (its id or its name).');
      apply = value;
    } else if (arg.startsWith('--apply=')) apply = arg.slice('--apply='.length);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`);
    else if (student === undefined) student = arg;
    else throw new UsageError(`one student at a time (got "${student}" and "${arg}").`);
  }
  if (!student) throw new UsageError('name the student by student number.');
  if (apply !== null && apply.trim() === '') throw new UsageError('--apply needs a program of study (its id or its name).');
  return { student, apply };
}

/** A program by id, else by name (case, accents and punctuation ignored); never a guess between two. */
async function programId(context: CommandContext, text: string): Promise<string> {
  const { programs } = await context.call('programs.list', {});
  const byId = programs.find((p) => p.id === text.trim());
  if (byId) return byId.id;
  const byName = programs.filter((p) => frameworkKey(p.name) === frameworkKey(text));
  if (byName.length === 1) return byName[0]!.id;
  const known = programs.map((p) => p.id).join(', ') || 'none yet';
  throw new CounselorError('not_found', `No program of study is called "${text}"; the programs are: ${known}.`);
}

export const planCommand: Command = {
  name: 'plan',
  usage: 'counselor plan STUDENT [--apply PROGRAM] [--json]',
  summary: "Show a student's plan (grid, requirement progress, warnings); --apply fills it from a program of study.",
  acceptsArguments: true,
  async run(context) {
    const { student, apply } = parsePlanArgs(context.args);
    const view = apply
      ? await context.call('plans.applyProgram', { studentNumber: student, programId: await programId(context, apply) })
      : await context.call('plans.get', { studentNumber: student });
    // The stable shape has the verdict under `requirements` too, beside the credits it rests on.
    const json = () => JSON.stringify({ ...view, requirements: { ...view.requirements, onTrack: view.onTrack } }, null, 2);
    context.io.out(context.json ? json() : planText(view));
  },
};
