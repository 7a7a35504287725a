import type { SampleRemoval } from '../../../shared/domain/sample';
import type { Command } from '../command';
import { UsageError } from '../context';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'counselor demo [--remove] [--json]',
  summary: 'Load the sample school (Lincoln High School) into an empty store, or remove it (--remove) before importing your own roster.',
  acceptsArguments: true,
  async run({ args, call, department, io, json, store }) {
    const remove = parseDemoArgs(args);
    // Where it went, in words: the file's path, or the department database by name and server (never a password).
    const where = async () => (department ? (await call('store.info', {})).path : (await store()).path);
    if (remove) {
      const result = await call('sample.remove', {});
      const path = await where();
      if (json) io.out(JSON.stringify({ ...result, store: path }));
      else for (const line of removalLines(result, path)) io.out(line);
      return;
    }
    const result = await call('sample.load', {});
    const path = await where();
    if (json) io.out(JSON.stringify({ ...result, store: path }));
    else io.out(`Loaded the sample school: ${result.studentsAdded} students into ${path}.`);
  },
};

function parseDemoArgs(args: readonly string[]): boolean {
  let remove = false;
  for (const arg of args) {
    if (arg === '--remove') remove = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`);
    else throw new UsageError(`demo takes no file or name (got "${arg}"); use demo or demo --remove.`);
  }
  return remove;
}

function removalLines(r: SampleRemoval, path: string): string[] {
  const { students, plans, courses, programs, postsecondary } = r.removed;
  const lines = [
    `Removed the sample school (${r.school}) from ${path}: ${students} students, ${plans} plans, ${courses} courses, ${programs} programs of study, ${postsecondary} postsecondary entries.`,
  ];
  if (r.backupPath) lines.push(`Backup taken before the removal: ${r.backupPath}`);
  const kept = [...r.kept.courses, ...r.kept.programs, ...r.kept.postsecondary];
  if (kept.length > 0) lines.push(`Kept because something of yours still uses them: ${kept.join(', ')}.`);
  return lines;
}
