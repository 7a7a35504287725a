import { runCli } from '../../src/main/cli/index';

/** Runs the `counselor` command in-process, capturing what it prints. */
export async function counselor(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
