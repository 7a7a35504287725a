import { Fingerprint256, type WorkstationView } from '../../../shared/domain/workstation';
import type { Command } from '../command';
import { UsageError } from '../context';
import { choice, optionValue } from '../selection-args';

/**
 * `counselor workstation`: which store this workstation's window opens — its own, or the
 * department server (the Settings page's "Where this workstation keeps its caseload"), so district
 * IT can set up a department's computers by script. `--check` reads the server's certificate
 * fingerprint; `--connect` saves the link only with the fingerprint IT compared.
 */
export const workstationCommand: Command = {
  name: 'workstation',
  usage: 'counselor workstation [--check ADDRESS | --connect ADDRESS --fingerprint AB:CD:… | --local] [--json]',
  summary: 'Show or set where the window keeps its caseload: this computer\'s store or a department server.',
  acceptsArguments: true,
  async run({ call, io, json, args }) {
    const asked = parseArgs(args);
    if (asked.kind === 'check') {
      const found = await call('workstation.probe', { address: asked.address });
      if (json) io.out(JSON.stringify(found, null, 2));
      else io.out(`${found.origin} is a department server; its certificate's SHA-256 fingerprint is ${found.fingerprint256}. Compare it with the one the server printed, then connect with --connect ${found.origin} --fingerprint ${found.fingerprint256}.`);
      return;
    }
    const view =
      asked.kind === 'connect'
        ? await call('workstation.connect', { origin: asked.address, fingerprint256: asked.fingerprint })
        : asked.kind === 'local'
          ? await call('workstation.disconnect', {})
          : await call('workstation.get', {});
    if (json) io.out(JSON.stringify(view, null, 2));
    else io.out(describe(view));
  },
};

function describe(view: WorkstationView): string {
  if (!view.department) return `The window opens this computer's store: ${view.storePath}.`;
  return `The window opens the department server at ${view.department.origin}, trusting the certificate ${view.department.fingerprint256}; this computer's store is kept at ${view.storePath}.`;
}

type Asked = { kind: 'show' } | { kind: 'check'; address: string } | { kind: 'connect'; address: string; fingerprint: string } | { kind: 'local' };

function parseArgs(args: readonly string[]): Asked {
  let check: string | undefined;
  let connect: string | undefined;
  let fingerprint: string | undefined;
  let local = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--check') check = optionValue(args, ++i, arg);
    else if (arg === '--connect') connect = optionValue(args, ++i, arg);
    else if (arg === '--fingerprint') fingerprint = choice(Fingerprint256, optionValue(args, ++i, arg).toUpperCase(), '--fingerprint takes the SHA-256 fingerprint the server printed (AB:CD:…, 32 pairs)');
    else if (arg === '--local') local = true;
    else throw new UsageError(arg.startsWith('-') ? `unknown option ${arg}.` : `workstation takes no argument (got "${arg}").`);
  }
  if ([check, connect, local || undefined].filter((x) => x !== undefined).length > 1) throw new UsageError('give one of --check, --connect or --local.');
  if (connect !== undefined && fingerprint === undefined) throw new UsageError('--connect needs --fingerprint: the fingerprint IT compared (see --check).');
  if (fingerprint !== undefined && connect === undefined) throw new UsageError('--fingerprint goes with --connect.');
  if (check !== undefined) return { kind: 'check', address: check };
  if (connect !== undefined && fingerprint !== undefined) return { kind: 'connect', address: connect, fingerprint };
  return local ? { kind: 'local' } : { kind: 'show' };
}
