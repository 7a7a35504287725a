import type { Command } from '../command';
import { displayName } from '../../../shared/domain/names';
import { STUDENT_STATUS_TEXT } from '../../../shared/domain/student-fields';

export const studentsCommand: Command = {
  name: 'students',
  usage: 'counselor students [--json]',
  summary: 'List every student in the caseload.',
  async run({ call, io, json }) {
    const { students } = await call('students.list', {});
    if (json) {
      io.out(JSON.stringify({ students }, null, 2));
      return;
    }
    for (const s of students) {
      io.out(
        [
          s.studentNumber.padEnd(10),
          displayName(s).padEnd(36),
          `grade ${s.grade ?? '–'}`.padEnd(10),
          `class of ${s.classYear ?? '–'}`.padEnd(15),
          (s.counselor ?? '').padEnd(16),
          s.status === 'active' ? '' : STUDENT_STATUS_TEXT[s.status],
        ]
          .join(' ')
          .trimEnd(),
      );
    }
    io.out(`${students.length} students`);
  },
};
