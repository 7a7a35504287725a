import type { Command } from '../command';

export const programsCommand: Command = {
  name: 'programs',
  usage: 'counselor programs [--json]',
  summary: 'List the programs of study with their career pathway and what they lead to.',
  async run({ call, io, json }) {
    const { programs } = await call('programs.list', {});
    if (json) {
      io.out(JSON.stringify({ programs }, null, 2));
      return;
    }
    for (const p of programs) {
      io.out(`${p.id.padEnd(24)} ${p.pathwayCode.padEnd(8)} ${p.name.padEnd(42)} → ${p.leadsTo.title}, ${p.leadsTo.institution}`);
    }
    io.out(`${programs.length} programs of study`);
  },
};
