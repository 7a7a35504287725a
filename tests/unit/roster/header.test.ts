import { describe, expect, it } from 'vitest';
import { findHeaderRow } from '../../../src/main/core/roster/header';
import type { CellTable } from '../../../src/main/core/spreadsheet/table';

function table(rows: string[][], rowNumbers = rows.map((_, i) => i + 1)): CellTable {
  return { fileName: 'roster.csv', sheetName: null, rows, rowNumbers, oversized: [] };
}

describe('finding the header row', () => {
  it('is the first row in a plain export', () => {
    expect(findHeaderRow(table([['Student Number', 'Last Name'], ['1', 'Ames']]))).toMatchObject({ index: 0, rowNumber: 1 });
  });

  it('sits below title rows, a print line split over cells, and blank rows', () => {
    const found = findHeaderRow(table([
      ['Lincoln High School Roster'],
      ['Printed 11/20/2026', '', '', 'Page 1'],
      ['', '', '', ''],
      ['Other ID', 'Student Name', 'Grd', 'Grad Yr', 'Advisor'],
      ['100234', 'Peña, José', '9', '2030', 'Alvarez'],
      ['100235', 'Müller, Zoë', '10', '2029', 'Brooks'],
    ]));
    expect(found).toEqual({ index: 3, rowNumber: 4, headers: ['Other ID', 'Student Name', 'Grd', 'Grad Yr', 'Advisor'] });
  });

  it('uses the spreadsheet row numbers, which skip rows an xlsx leaves out', () => {
    const found = findHeaderRow(table([['Roster'], ['ID', 'Name', 'Grade'], ['1', 'Ames, Ava', '9']], [1, 5, 6]));
    expect(found).toMatchObject({ index: 1, rowNumber: 5 });
  });

  it('finds headers it does not know by shape: words, as wide as the rows below', () => {
    const found = findHeaderRow(table([
      ['Fall roster', 'draft'],
      ['Kennummer', 'Familienname', 'Vorname', 'Klasse'],
      ['1', 'Ames', 'Ava', '9'],
      ['2', 'Bell', 'Ben', '10'],
    ]));
    expect(found.index).toBe(1);
  });

  it('prefers the row with known column names over a wider row of notes', () => {
    const found = findHeaderRow(table([
      ['Exported by', 'Registrar', 'for', 'counseling', 'office', 'use'],
      ['Student Number', 'Last Name', 'First Name', 'Grade', '', ''],
      ['1', 'Ames', 'Ava', '9', '', ''],
    ]));
    expect(found.index).toBe(1);
  });

  it('says so when no row could be a header', () => {
    expect(() => findHeaderRow(table([['just one cell'], ['another']]))).toThrow(/"roster.csv" has no row of column headers in its first 30 rows/);
  });
});
