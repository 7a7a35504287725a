import { describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { RosterPage } from './pages/roster-page';

describe('a roster whose student-number column has a name nobody guesses', () => {
  const session = useApp({ sample: false });

  it('stays on the mapping screen with the reason, and imports once the counselor chooses the column', async () => {
    const app = session.app();
    const roster = new RosterPage(session.page());
    await roster.open(app.url);
    await roster.waitForStep('Choose a roster file');
    await roster.dropFile('kid-codes.csv', 'Kid Code,First Name,Last Name,Grade\n555001,Ana,Peña,9\n555002,Luis,Soto,10\n');

    await roster.waitForStep('Match the columns');
    const problem = session.page().getByRole('alert').filter({ hasText: 'no column holds student numbers' });
    // The preview job reads the file in a worker first: on a busy machine that takes more than a second.
    await expect.poll(() => problem.count(), { timeout: 15_000 }).toBe(1);
    expect(await problem.textContent()).toContain('Kid Code');
    // The core's sentence carries the command line's flag; the window never tells a counselor to type one.
    expect(await problem.textContent()).toContain('or choose the column that holds them.Choose the columns below');
    expect(await problem.textContent()).not.toContain('command line');
    expect(await roster.button('Show the preview').isDisabled()).toBe(true);

    await roster.columnSelect('A', 'Kid Code').selectOption('studentNumber');
    await roster.button('Check again').press('Enter');
    await expect.poll(() => problem.count(), { timeout: 15_000 }).toBe(0);
    await roster.button('Show the preview').press('Enter');
    await roster.waitForStep('Check the preview');
    await roster.importButton.press('Enter');
    await roster.waitForStep('Roster imported', 30_000);

    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    expect(students.map((s) => s.studentNumber).sort()).toEqual(['555001', '555002']);
  });
});
