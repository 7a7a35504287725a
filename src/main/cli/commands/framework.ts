import type { Command } from '../command';

export const frameworkCommand: Command = {
  name: 'framework',
  usage: 'counselor framework [--json]',
  summary: 'List the 16 career clusters and their 79 career pathways with their codes.',
  async run({ call, io, json }) {
    const framework = await call('framework.get', {});
    if (json) {
      io.out(JSON.stringify(framework, null, 2));
      return;
    }
    for (const cluster of framework.clusters) {
      io.out(`${cluster.code}  ${cluster.name}`);
      for (const p of cluster.pathways) io.out(`    ${p.code.padEnd(8)}${p.name}`);
    }
  },
};
