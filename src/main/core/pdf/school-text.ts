import { RTL } from './visual-order';

/**
 * The school's own words on a printout in another language: course titles come from the catalog
 * as the school keeps it, in English, so on a Spanish (or Hmong) plan "Biology" is English inside
 * a Spanish sentence. The tagged PDF says so (PDF/UA: the language of each span where it changes),
 * so a screen reader reads the title with an English voice and the words around it in the
 * family's. Found by position in the entry, carried through the wrapping to each line, and drawn
 * as a span of its own (tags.ts TAGS.span).
 */

/** The language the school keeps its catalog in. */
export const SCHOOL_LANGUAGE = 'en';

/** [start, end) in a text. */
export type Range = readonly [number, number];

/** A piece of a line: the school's words (`school`: which of the entry's ranges, so a title wrapped over two lines is one span) or the printout's (null). */
export interface Segment {
  text: string;
  school: number | null;
}

/** Where each phrase (a course title) first stands in `text`, after the previous one. */
export function rangesOf(text: string, phrases: readonly (string | null | undefined)[]): Range[] {
  const ranges: Range[] = [];
  let from = 0;
  for (const phrase of phrases) {
    if (!phrase) continue;
    const at = text.indexOf(phrase, from);
    if (at < 0) continue;
    ranges.push([at, at + phrase.length]);
    from = at + phrase.length;
  }
  return ranges;
}

const ELLIPSIS = '…';

/**
 * Each wrapped line of `text` cut into segments by `ranges`: a line is a stretch of the text
 * (wrapping drops the spaces it breaks at, and may end the last line in "…"). A segment of the
 * school's words takes the space after it, so every cut falls where the drawing cuts its pieces
 * (after a space) and the glyphs land exactly where one run would put them. Lines with
 * right-to-left text, or that cannot be found in the text, are left whole (null).
 */
export function lineSegments(text: string, lines: readonly string[], ranges: readonly Range[]): (Segment[] | null)[] {
  let cursor = 0;
  return lines.map((line) => {
    if (ranges.length === 0 || RTL.test(line)) return null;
    const body = line.endsWith(ELLIPSIS) ? line.slice(0, -ELLIPSIS.length) : line;
    const at = text.indexOf(body, cursor);
    if (at < 0 || body === '') return null;
    cursor = at + body.length;
    const cuts = new Set<number>([0, line.length]);
    const school: [number, number, number][] = [];
    ranges.forEach(([start, end], range) => {
      const from = Math.max(start, at) - at;
      let to = Math.min(end, at + body.length) - at;
      if (from >= to) return;
      if (line[to] === ' ') to++;
      // The ellipsis that shortens a title stays with it: one piece, drawn as it was.
      else if (to === body.length) to = line.length;
      school.push([from, to, range]);
      cuts.add(from).add(to);
    });
    if (school.length === 0) return null;
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i]!, points[i + 1]!];
      if (from === to) continue;
      segments.push({ text: line.slice(from, to), school: school.find(([s, e]) => from >= s && to <= e)?.[2] ?? null });
    }
    return segments;
  });
}
