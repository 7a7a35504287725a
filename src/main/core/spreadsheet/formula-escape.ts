/**
 * OWASP CSV injection: a text cell starting with one of these is run as a formula by Excel and
 * LibreOffice. Export prefixes such a cell with `'`; import takes the prefix off again, so a
 * name that looks like a formula survives export → import as the text it is.
 */
export const FORMULA_TRIGGER = /^[=+\-@\t\r\n]/;

export function unescapeFormula(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && FORMULA_TRIGGER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
