import { Grade } from '../../shared/domain/student';
import type { PrintSelection } from '../../shared/domain/print';
import { UsageError } from './context';

/** An option's value: the next argument, which must not be another option. */
export function optionValue(args: readonly string[], i: number, flag: string): string {
  const v = args[i];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
  return v;
}

/** An option's value checked by its schema, or the sentence saying what the option takes. */
export function choice<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, text: string, message: string): T {
  const result = schema.safeParse(text);
  if (!result.success) throw new UsageError(`${message} (got "${text}").`);
  return result.data;
}

/**
 * The arguments that choose students, one way for every command that takes them (`print`,
 * `requests export`): student numbers, or one of --grade N, --counselor NAME, --all.
 */
export class StudentChoice {
  private readonly students: string[] = [];
  private readonly chosen: PrintSelection[] = [];

  /** Takes `args[i]` (and its value) when it chooses students: the index of the last argument used, or null. */
  take(args: readonly string[], i: number): number | null {
    const arg = args[i] as string;
    if (arg === '--grade') {
      const grade = Grade.safeParse(Number(optionValue(args, i + 1, '--grade')));
      if (!grade.success) throw new UsageError(`--grade takes a grade from 6 to 12 (got "${args[i + 1]}").`);
      this.chosen.push({ grade: grade.data });
      return i + 1;
    }
    if (arg === '--counselor') {
      this.chosen.push({ counselor: optionValue(args, i + 1, '--counselor') });
      return i + 1;
    }
    if (arg === '--all') {
      this.chosen.push({ all: true });
      return i;
    }
    if (arg.startsWith('-')) return null;
    this.students.push(arg);
    return i;
  }

  /** The one choice made; `whose` completes "say whose …" ("plans to print"). */
  one(whose: string): PrintSelection {
    const all = this.students.length > 0 ? [...this.chosen, { studentNumbers: this.students }] : this.chosen;
    if (all.length !== 1) throw new UsageError(`say whose ${whose}: student numbers, or one of --grade N, --counselor NAME, --all.`);
    return all[0]!;
  }
}
