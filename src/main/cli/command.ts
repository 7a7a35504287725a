import type { CommandContext } from './context';

/** One `counselor` subcommand. Its flags beyond the global ones are parsed by the command itself. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Commands that take positional arguments or flags of their own say so; others refuse extras. */
  acceptsArguments?: boolean;
  run(context: CommandContext): Promise<void>;
}
