import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../../src/renderer/src/caseload/rowRange';

describe('the rows of the caseload in view', () => {
  it('takes the rows the view covers, and a few a side', () => {
    expect(rowWindow(0, 400, 20_000, 40, 8)).toEqual({ first: 0, last: 18 });
    expect(rowWindow(4000, 400, 20_000, 40, 8)).toEqual({ first: 92, last: 118 });
    expect(rowWindow(4020, 400, 20_000, 40, 0)).toEqual({ first: 100, last: 111 });
  });

  it('stops at the end of the list, and follows a list that just got shorter before the scroll does', () => {
    expect(rowWindow(0, 400, 3, 40, 8)).toEqual({ first: 0, last: 3 });
    expect(rowWindow(799_600, 400, 20_000, 40, 8)).toEqual({ first: 19_982, last: 20_000 });
    // Scrolled far down, then a search leaves 30 rows: the last screenful of them, not nothing.
    expect(rowWindow(400_000, 400, 30, 40, 0)).toEqual({ first: 20, last: 30 });
    expect(rowWindow(400_000, 400, 0, 40, 8)).toEqual({ first: 0, last: 0 });
  });
});
