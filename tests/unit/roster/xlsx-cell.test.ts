import { describe, expect, it } from 'vitest';
import { cellText, isDateFormat, plainNumber, serialToIsoDate, UnresolvedCellError } from '../../../src/main/core/spreadsheet/xlsx-cell';

describe('an Excel cell as the text the counselor sees', () => {
  it('numbers as written: whole numbers without .0 and never in exponent notation', () => {
    expect(cellText(100000)).toBe('100000');
    expect(cellText(9)).toBe('9');
    expect(cellText(3.5)).toBe('3.5');
    expect(cellText(1e21)).toBe('1000000000000000000000');
    expect(cellText(1.5e-7)).toBe('0.00000015');
    expect(cellText(-0)).toBe('0');
    expect(plainNumber(123456789012345680000)).toBe('123456789012345680000');
  });

  it('IDs kept as numbers with a "000000" format show their leading zeros', () => {
    expect(cellText(123, '000000')).toBe('000123');
    expect(cellText(1234567, '000000')).toBe('1234567');
  });

  it('dates by UTC, so no time zone moves a birthday', () => {
    expect(cellText(new Date(Date.UTC(2010, 2, 4)))).toBe('2010-03-04');
    expect(cellText(new Date(Date.UTC(2010, 2, 4, 23, 59)))).toBe('2010-03-04');
  });

  it('serial numbers become dates only when the cell is formatted as a date', () => {
    expect(serialToIsoDate(38718)).toBe('2006-01-01');
    expect(serialToIsoDate(61)).toBe('1900-03-01');
    expect(serialToIsoDate(38718.99999999)).toBe('2006-01-02');
    expect(serialToIsoDate(0, true)).toBe('1904-01-01');
    expect(cellText(40241, 'mm/dd/yyyy')).toBe('2010-03-04');
    expect(cellText(40241, '[$-409]d-mmm-yy;@')).toBe('2010-03-04');
    expect(cellText(40242, '0')).toBe('40242');
    expect(cellText(40242, 'General')).toBe('40242');
  });

  it('knows date formats from number and time formats', () => {
    for (const fmt of ['mm-dd-yy', 'd-mmm', 'mmm-yy', 'yyyy"年"m"月"d"日"', 'DD/MM/YYYY', 'm/d/yy h:mm']) expect(isDateFormat(fmt), fmt).toBe(true);
    for (const fmt of ['General', '0.00', '#,##0', '0%', '0.00E+00', '"Grade "0', 'h:mm', 'h:mm:ss AM/PM', '@', '[Red]0.00', undefined]) {
      expect(isDateFormat(fmt), String(fmt)).toBe(false);
    }
  });

  it('rich text joined, hyperlinks as their text, formulas as the result Excel saved', () => {
    expect(cellText({ richText: [{ text: 'Ma', font: { bold: true } }, { text: 'ría' }] })).toBe('María');
    expect(cellText({ text: 'maria@example.org', hyperlink: 'mailto:maria@example.org' })).toBe('maria@example.org');
    expect(cellText({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' })).toBe('ab');
    expect(cellText({ formula: '8+2', result: 10 })).toBe('10');
    expect(cellText({ formula: 'DATE(2009,5,6)', result: 39939 }, 'm/d/yyyy')).toBe('2009-05-06');
    expect(cellText({ formula: 'A1', result: undefined })).toBe('');
    expect(cellText({ sharedFormula: 'A1', result: 'x' })).toBe('x');
    expect(cellText({ formula: 'NA()', result: Number.NaN })).toBe('');
  });

  it('booleans as TRUE/FALSE, errors as empty, formula-looking text verbatim', () => {
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText({ error: '#N/A' })).toBe('');
    expect(cellText('=HYPERLINK("x","y")')).toBe('=HYPERLINK("x","y")');
    expect(cellText(null)).toBe('');
  });

  it('refuses to guess a shared string exceljs could not find', () => {
    expect(() => cellText({ sharedString: 3 })).toThrow(UnresolvedCellError);
  });
});
