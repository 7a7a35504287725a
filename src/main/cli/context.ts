import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { CounselorError } from '../../shared/errors';
import { sql, type Kysely } from 'kysely';
import { createHandlers } from '../core/api';
import { departmentHandlers } from '../core/api/department';
import { dispatch, type Handlers } from '../core/dispatch';
import { departmentRefusal, openPostgres } from '../core/store/postgres';
import type { StoreSchema } from '../core/store/store-schema';
import { openStore, type Store } from '../core/store/connection';
import { departmentBackupFolder } from '../core/store/department-backup';
import { defaultDepartmentDataDir, resolveStorePath } from '../core/store/location';

/** Where a command writes: real streams in use, buffers in tests. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** For a command that runs until stopped (`serve`): resolves when it should stop; SIGINT or SIGTERM when left out. */
  untilStopped?: () => Promise<void>;
}

/** Wrong usage (unknown command or flag, missing argument): exit code 2. */
export class UsageError extends Error {}

export interface CommandContext {
  io: CliIO;
  args: string[];
  json: boolean;
  /** Calls a contract method through the same dispatch the window and browser mode use. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  store(): Promise<Store>;
  /** The store file this run uses (`--db`, COUNSELOR_DB or the default), without opening it. */
  storePath: string;
  /** The department database when `--db` (or COUNSELOR_DB) is a postgres:// address; null for a file. */
  department: string | null;
}

/** A postgres:// (or postgresql://) address names a department database rather than a file. */
export function isDepartmentUrl(text: string | undefined): text is string {
  return text !== undefined && /^postgres(ql)?:\/\//.test(text);
}

export function createContext(io: CliIO, dbFlag: string | undefined, args: string[], json: boolean) {
  let store: Store | null = null;
  const named = dbFlag ?? io.env.COUNSELOR_DB;
  const department = isDepartmentUrl(named) ? named : null;
  const storePath = resolveStorePath(dbFlag, io.env);
  let pg: Kysely<StoreSchema> | null = null;
  // Made once: a job a command starts (a roster import) is polled through the same handlers.
  let operator: Handlers | null = null;
  const openOnce = async (): Promise<Store> => {
    if (department) throw notOnDepartment();
    return (store ??= await openStore(storePath));
  };
  // On a department database a command's methods are the department server's (core/api/department.ts),
  // run as the operator, as `counselor user` is: the same typed functions the server answers with.
  const handlers = async (): Promise<Handlers> => {
    if (!department) return createHandlers(await openOnce());
    if (!pg) {
      pg = openPostgres(department, { max: 4 });
      // The connection's own refusals (unreachable, wrong password, no such database) in one sentence.
      await sql`SELECT 1`.execute(pg).catch((e: unknown) => {
        throw departmentRefusal(e, department) ?? e;
      });
    }
    // The server's pg_dump files, where `counselor serve` keeps them by default on this computer.
    return (operator ??= departmentHandlers(pg, { backupFolder: departmentBackupFolder(defaultDepartmentDataDir(process.platform, io.env)) })(null) as Handlers);
  };
  const context: CommandContext = {
    io,
    args,
    json,
    store: openOnce,
    storePath,
    department,
    async call(method, input) {
      const all = await handlers();
      if (!all[method]) throw notOnDepartment(method);
      const envelope = await dispatch(all, method, input);
      if (!envelope.ok) throw new CounselorError(envelope.error.code, envelope.error.message, envelope.error.details);
      return envelope.value as MethodOutput<typeof method>;
    },
  };
  return {
    context,
    storePath,
    close: async () => {
      store?.close();
      await pg?.destroy();
    },
  };
}

/**
 * A command given a department address whose work is not on PostgreSQL yet: named by the method
 * it needs (the department server's own list, core/api/department.ts), so the sentence never goes
 * stale as methods are carried over; a command that opens the store file itself has no method.
 */
function notOnDepartment(method?: string): CounselorError {
  const what = method ? `needs ${method}, which the department database does not answer yet` : 'works on a store file only, so far';
  return new CounselorError('invalid_input', `This command ${what}: run it on a workstation's store (give --db a file path).`);
}
