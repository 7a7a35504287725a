import { describe, expect, it } from 'vitest';
import { splitName } from '../../../src/main/core/roster/names';

const name = (firstName: string, middleName: string | null, lastName: string) => ({ firstName, middleName, lastName });

describe('splitting a combined name column', () => {
  it('Last, First M. and Last, First', () => {
    expect(splitName('Smith, John A.')).toEqual(name('John', 'A.', 'Smith'));
    expect(splitName('Smith, John A')).toEqual(name('John', 'A', 'Smith'));
    expect(splitName('Smith, John')).toEqual(name('John', null, 'Smith'));
    expect(splitName('  Smith ,   John   ')).toEqual(name('John', null, 'Smith'));
  });

  it('keeps compound given names and multi-word last names whole', () => {
    expect(splitName('García López, María José')).toEqual(name('María José', null, 'García López'));
    expect(splitName('Nguyễn, Thị Ánh')).toEqual(name('Thị Ánh', null, 'Nguyễn'));
    expect(splitName('Smith, John Michael')).toEqual(name('John Michael', null, 'Smith'));
  });

  it('takes the middle name from a middle-name column when the file has one', () => {
    expect(splitName('Smith, John Michael', 'Michael')).toEqual(name('John', 'Michael', 'Smith'));
    expect(splitName('García López, María José', 'Luis')).toEqual(name('María José', null, 'García López'));
  });

  it('keeps suffixes with the last name wherever they are written', () => {
    expect(splitName('King Jr., Martin L.')).toEqual(name('Martin', 'L.', 'King Jr.'));
    expect(splitName('King, Martin L. Jr.')).toEqual(name('Martin', 'L.', 'King Jr.'));
    expect(splitName('King, Jr., Martin L.')).toEqual(name('Martin', 'L.', 'King Jr.'));
    expect(splitName('Gates, William H III')).toEqual(name('William', 'H', 'Gates III'));
    expect(splitName('Smith, John A. V')).toEqual(name('John', 'A.', 'Smith V'));
    expect(splitName('Smith, John V')).toEqual(name('John', 'V', 'Smith'));
  });

  it('First Last without a comma: the last word, with its suffix and particles', () => {
    expect(splitName('John Smith')).toEqual(name('John', null, 'Smith'));
    expect(splitName('John A. Smith')).toEqual(name('John', 'A.', 'Smith'));
    expect(splitName('Martin Luther King Jr.')).toEqual(name('Martin Luther', null, 'King Jr.'));
    expect(splitName('Juan de la Cruz')).toEqual(name('Juan', null, 'de la Cruz'));
    expect(splitName('Van Nguyen')).toEqual(name('Van', null, 'Nguyen'));
  });

  it('refuses to guess when a name has only one part', () => {
    expect(splitName('Cher')).toBeNull();
    expect(splitName('Smith,')).toBeNull();
    expect(splitName(', John')).toBeNull();
    expect(splitName('')).toBeNull();
  });
});
