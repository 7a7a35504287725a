import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from '../command';
import { UsageError } from '../context';

const USAGE = 'counselor labels sheet FILE.xlsx [--from CODE] | labels import FILE.xlsx [--replace] [--json] | labels remove CODE';

/**
 * `counselor labels …`: a printout language added without a programmer (issue 14). `sheet` writes
 * the label sheet to translate (blank, or started from an installed language); `import` adds the
 * language from the translated sheet, or says how many labels replacing an installed one changes
 * (then `--replace` replaces it); `remove` takes an added language out. `counselor settings` lists them.
 */
export const labelsCommand: Command = {
  name: 'labels',
  usage: USAGE,
  summary: 'Download the printout label sheet, add a language from a translated one, or remove one added.',
  acceptsArguments: true,
  async run({ call, io, json, args }) {
    const [sub, target, ...rest] = args;
    if (sub !== 'sheet' && sub !== 'import' && sub !== 'remove') {
      throw new UsageError(sub === undefined ? 'say what to do: labels sheet, labels import or labels remove.' : `there is no "labels ${sub}".`);
    }
    if (!target || target.startsWith('-')) throw new UsageError(sub === 'remove' ? "name the language's code, for example: counselor labels remove hmn." : `name the .xlsx file, for example: counselor labels ${sub} labels.xlsx.`);
    if (sub === 'sheet') {
      if (rest.length > 0 && (rest[0] !== '--from' || rest.length !== 2)) throw new UsageError(`unexpected ${rest.join(' ')}.`);
      const sheet = await call('labels.sheet', rest[1] ? { from: rest[1] } : {});
      writeFileSync(target, Buffer.from(sheet.base64, 'base64'));
      return io.out(`Wrote ${target}: fill its third column (your language), keep each {placeholder}, then run counselor labels import ${target}.`);
    }
    if (sub === 'remove') {
      if (rest.length > 0) throw new UsageError(`unexpected ${rest.join(' ')}.`);
      const removed = await call('labels.remove', { code: target });
      return io.out(json ? JSON.stringify(removed, null, 2) : `Removed ${removed.name} (${removed.code}): plans print in it no more.`);
    }
    const replace = rest.includes('--replace');
    const unknown = rest.filter((a) => a !== '--replace');
    if (unknown.length > 0) throw new UsageError(`unexpected ${unknown.join(' ')}.`);
    const result = await call('labels.import', { fileName: basename(target), base64: readFileSync(target).toString('base64'), replace });
    if (json) return io.out(JSON.stringify(result, null, 2));
    if (!result.saved) {
      return io.out(`${result.replaces!.name} (${result.code}) is installed; this sheet changes ${result.replaces!.changed} of its ${result.labels} labels. Nothing was changed: run again with --replace to replace it.`);
    }
    io.out(`${result.replaces ? 'Replaced' : 'Added'} ${result.name} (${result.code}), ${result.labels} labels: plans print in it for families who prefer ${result.name}, or when it is chosen.`);
  },
};
