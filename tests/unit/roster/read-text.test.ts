import { describe, expect, it } from 'vitest';
import { guessDelimiter, readText } from '../../../src/main/core/spreadsheet/read-text';

const read = (text: string) => readText(Buffer.from(text), 'roster.csv');

describe('finding the delimiter', () => {
  it('picks the one that splits the rows alike', async () => {
    expect(guessDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(guessDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(guessDelimiter('a|b|c\n1|2|3\n')).toBe('|');
    expect(guessDelimiter('a;b;c\n1;2;3\n')).toBe(';');
  });

  it('is not fooled by commas inside names in a semicolon or tab file, or by title lines', async () => {
    expect(guessDelimiter('Roster, Fall 2026\nID;Name;Grade\n1;García López, María;9\n2;Smith, John;10\n3;Lee;11\n')).toBe(';');
    expect(guessDelimiter('ID\tName\tGrade\n1\tPeña, José\t9\n2\tKing, Martin L., Jr.\t12\n')).toBe('\t');
    expect(guessDelimiter('ID,Name,Grade\n1,"Peña; José",9\n2,"Lee; Kim",10\n')).toBe(',');
  });
});

describe('reading a CSV', () => {
  it('keeps every cell as the text it is: no numbers, dates or booleans guessed', async () => {
    const table = await read('ID,Zip,Sci,Flag,Date\n00123,02134,1e3,true,03-04-2010\n');
    expect(table.rows[1]).toEqual(['00123', '02134', '1e3', 'true', '03-04-2010']);
  });

  it('numbers rows as Excel shows them: a quoted line break stays in one row, blank lines count', async () => {
    const table = await read('ID,Note\n1,"two\nlines"\n\n2,after\n');
    expect(table.rows).toEqual([['ID', 'Note'], ['1', 'two\nlines'], [''], ['2', 'after']]);
    expect(table.rowNumbers).toEqual([1, 2, 3, 4]);
  });

  it('empties a cell longer than Excel allows and records where it was', async () => {
    const table = await read(`ID,Note\n1,${'z'.repeat(40_000)}\n`);
    expect(table.rows[1]).toEqual(['1', '']);
    expect(table.oversized).toEqual([{ rowNumber: 2, column: 1, length: 40_000, preview: 'z'.repeat(40) }]);
  });

  it('refuses a file whose quotation mark is never closed, rather than running students together', async () => {
    await expect(read('ID,Name,Grade\n1,"Ames, Ava,9\n2,Bell,10\n3,Cruz,11\n')).rejects.toThrow(
      /"roster.csv" has a quotation mark on row 2 that is never closed, so everything after it runs together; fix the quotes/,
    );
  });

  it('finds an unclosed quote far into a long file, past the first chunks', async () => {
    const good = Array.from({ length: 3000 }, (_, i) => `${i},"Name, ${i}",9`).join('\n');
    await expect(read(`ID,Name,Grade\n${good}\n3001,"Ames, Ava,9\n3002,Bell,10\n`)).rejects.toThrow(/quotation mark on row 3002 that is never closed/);
  });

  it('refuses more cells than any roster has', { timeout: 10_000 }, async () => {
    const row = `${'1,'.repeat(99)}1\n`;
    await expect(read(row.repeat(20_001))).rejects.toThrow(/more than 2,000,000 cells/);
  });

  it('reports the encoding and delimiter it found', async () => {
    const table = await readText(Buffer.from('ID;Name\n1;Peña\n', 'latin1'), 'r.csv');
    expect(table).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rows: [['ID', 'Name'], ['1', 'Peña']] });
  });
});
