import { SUBJECT_AREA_LABELS } from '../../../shared/domain/catalog';
import type { Command } from '../command';

export const coursesCommand: Command = {
  name: 'courses',
  usage: 'counselor courses [--json]',
  summary: 'List the course catalog and the postsecondary entries programs lead into.',
  async run({ call, io, json }) {
    const catalog = await call('courses.list', {});
    if (json) {
      io.out(JSON.stringify(catalog, null, 2));
      return;
    }
    for (const c of catalog.courses) {
      const flags = [c.flags.cte && 'CTE', c.flags.ap && 'AP', c.flags.ib && 'IB', c.flags.honors && 'honors', c.flags.dualCredit?.replace(/_/g, ' '), c.retired && 'retired'].filter(Boolean);
      io.out(
        [c.number.padEnd(10), c.title.padEnd(48), String(c.credits).padStart(4), ` ${SUBJECT_AREA_LABELS[c.area].padEnd(28)}`, `gr ${c.grades.join(',')}`.padEnd(14), flags.join(', ')]
          .join(' ')
          .trimEnd(),
      );
    }
    io.out(`${catalog.courses.length} courses, ${catalog.postsecondary.length} postsecondary entries`);
  },
};
