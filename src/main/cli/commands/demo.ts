import type { Command } from '../command';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'counselor demo [--json]',
  summary: 'Load the sample school (Lincoln High School) into an empty store.',
  async run({ call, io, json, store }) {
    const result = await call('sample.load', {});
    const path = (await store()).path;
    if (json) io.out(JSON.stringify({ ...result, store: path }));
    else io.out(`Loaded the sample school: ${result.studentsAdded} students into ${path}.`);
  },
};
