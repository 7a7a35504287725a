import { join } from 'node:path';
import { runCli } from '../../src/main/cli/index';

/** Runs the `counselor` command in-process, capturing what it prints. */
export async function counselor(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A store holding the sample school (`counselor demo`) in `dir`, as school.db; throws if the command fails. */
export async function demoStore(dir: string): Promise<{ dir: string; db: string }> {
  const db = join(dir, 'school.db');
  const run = await counselor(['demo', '--db', db]);
  if (run.code !== 0) throw new Error(`counselor demo failed: ${run.stderr}`);
  return { dir, db };
}
