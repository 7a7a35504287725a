/**
 * Splitting a combined name column ("LastFirst", "Student Name") into its parts.
 *
 * With a comma, everything before it is the last name and everything after it the given
 * names: "García López, María José" is last "García López", first "María José". Given names are
 * not split into first and middle except for a trailing single-letter initial, because
 * compound first names (María José, Mary Kate, Anh Thu) are common and a wrong split would
 * rename a student; a full middle name stays with the first name unless the file also has a
 * middle-name column that says where it starts.
 */

export interface SplitName {
  firstName: string;
  middleName: string | null;
  lastName: string;
}

const SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/i;
const INITIAL = /^\p{L}\.?$/u;
/** Lower-case particles belong to the last name: "Juan de la Cruz" is last "de la Cruz". */
const PARTICLE = /^(de|del|della|la|las|los|le|van|von|der|den|da|das|do|dos|di|du|ten|ter|y|bin|ibn|al|el)$/;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** "V" at the end of given names is more likely an initial than a suffix, unless an initial precedes it. */
function isGivenSuffix(word: string, before: string | undefined): boolean {
  if (!SUFFIX.test(word)) return false;
  return !/^v\.?$/i.test(word) || (before !== undefined && INITIAL.test(before));
}

function splitGiven(given: string[], knownMiddle: string | null): { first: string; middle: string | null } {
  if (knownMiddle) {
    const middleWords = words(knownMiddle);
    const tail = given.slice(-middleWords.length);
    if (given.length > middleWords.length && tail.join(' ').toLowerCase() === middleWords.join(' ').toLowerCase()) {
      return { first: given.slice(0, -middleWords.length).join(' '), middle: tail.join(' ') };
    }
  }
  const last = given[given.length - 1];
  if (given.length >= 2 && last !== undefined && INITIAL.test(last)) {
    return { first: given.slice(0, -1).join(' '), middle: last };
  }
  return { first: given.join(' '), middle: null };
}

/**
 * `null` when the text does not hold both a given name and a last name (one word, or
 * "Smith," with nothing after the comma): the row is rejected rather than guessed.
 */
export function splitName(text: string, knownMiddle: string | null = null): SplitName | null {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean === '') return null;
  let lastWords: string[];
  let given: string[];
  if (clean.includes(',')) {
    const parts = clean.split(',').map((p) => p.trim()).filter((p) => p !== '');
    lastWords = words(parts[0] ?? '');
    let rest = parts.slice(1);
    // "King, Jr., Martin L.": the suffix sits between the commas.
    while (rest.length > 1 && SUFFIX.test(rest[0]!)) {
      lastWords.push(rest[0]!);
      rest = rest.slice(1);
    }
    given = words(rest.join(' '));
    while (given.length > 1 && isGivenSuffix(given[given.length - 1]!, given[given.length - 2])) {
      lastWords.push(given.pop()!);
    }
  } else {
    const all = words(clean);
    const suffixes: string[] = [];
    while (all.length > 2 && SUFFIX.test(all[all.length - 1]!)) suffixes.unshift(all.pop()!);
    const last = all.pop();
    lastWords = last === undefined ? [] : [last, ...suffixes];
    while (all.length > 1 && PARTICLE.test(all[all.length - 1]!)) lastWords.unshift(all.pop()!);
    given = all;
  }
  if (lastWords.length === 0 || given.length === 0) return null;
  const { first, middle } = splitGiven(given, knownMiddle);
  return { firstName: first, middleName: middle, lastName: lastWords.join(' ') };
}
