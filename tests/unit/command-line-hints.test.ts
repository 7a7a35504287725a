import { describe, expect, it } from 'vitest';
import { areaReader } from '../../src/main/core/courses/catalog-departments';
import { assertMappingUsable, autoMap } from '../../src/main/core/roster/mapping';
import { withoutCommandLineHints } from '../../src/shared/errors';

/** The sentence a core refusal throws. */
function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('nothing was thrown');
}

/**
 * A core sentence tells the command line which flag gets round a refusal; the window shows the
 * same sentence without it (a counselor there is never told to type a flag). Checked on the
 * core's own sentences, not on strings written for the test.
 */
describe('command-line hints in core sentences', () => {
  it('leaves the command line its flag and takes it out for the window, keeping the sentence whole', () => {
    const headers = ['Name', 'Grade'];
    const message = thrown(() => assertMappingUsable(autoMap(headers), headers, 'roster.csv'));
    expect(message).toContain('(on the command line: --map studentNumber=<header>)');
    expect(withoutCommandLineHints(message)).toBe(
      '"roster.csv": no column holds student numbers. Columns found: Name, Grade. Add a column named "Student Number", or choose the column that holds them.',
    );
  });

  it('takes out a hint that quotes a value with brackets in it (a department named "Arts (Visual)")', () => {
    const read = areaReader({ chosen: new Map(), remembered: new Map() });
    const result = read('Arts (Visual) Dept') as { ok: false; reason: string };
    expect(result.reason).toContain('(on the command line: --area "Arts (Visual) Dept=AREA", AREA one of english,');
    expect(withoutCommandLineHints(result.reason)).toBe('Department "Arts (Visual) Dept" is not mapped to a subject area: choose its area in the import preview.');
  });

  it('takes out a hint whose quoted value has an unpaired bracket', () => {
    const read = areaReader({ chosen: new Map(), remembered: new Map() });
    const result = read('Arts (Visual') as { ok: false; reason: string };
    expect(withoutCommandLineHints(result.reason)).toBe('Department "Arts (Visual" is not mapped to a subject area: choose its area in the import preview.');
  });

  it('leaves a sentence without a hint as it is', () => {
    const plain = 'Row 4: the grade "13" is not a grade from 9 to 12 (or K–8).';
    expect(withoutCommandLineHints(plain)).toBe(plain);
  });
});
