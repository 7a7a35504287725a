import type { PlanView } from '../../../shared/domain/plan-view';
import { rule, type DrawOp } from './geometry';
import type { Block, Flowable } from './flow';
import type { Labels } from './labels';
import type { TextStyle } from './measure';
import { lineHeight, textOp } from './text-ops';
import { wrapText } from './wrap';
import { SIZES } from './sizes';
import { ARTIFACT, tagged, TAGS } from './tags';

/**
 * Goals · experiences (with hours) · credentials · after high school, side by side in four
 * columns. Each item is a bullet wrapping to four lines at most; a band too long for the page
 * continues on the next one, its headings marked "continued".
 */

const HEADING: TextStyle = SIZES.listHeading;
const ITEM: TextStyle = SIZES.listItem;
const GUTTER = 14;
const BULLET = '• ';
const HANG = 7;
const ITEM_LINES = 4;

export interface ListColumn {
  heading: string;
  items: string[];
}

export function listColumns(view: PlanView, labels: Labels): ListColumn[] {
  const goals = view.goals.map((g) => {
    const when = [labels.goalStatus[g.status], g.targetDate ? labels.by(g.targetDate) : null].filter(Boolean).join(', ');
    return `${labels.goalKinds[g.kind]}: ${g.text} (${when})`;
  });
  const experiences = view.experiences.map((e) => {
    const where = e.organization && !e.title.includes(e.organization) ? `, ${e.organization}` : '';
    const facts = [labels.experienceTypes[e.type], e.hours !== null ? labels.hours(String(e.hours)) : null].filter(Boolean).join(', ');
    return `${e.title}${where} (${facts})`;
  });
  const credentials = view.credentials.map((c) => {
    const status = c.status === 'earned' ? labels.earnedOn(c.date) : labels.plannedCredential;
    return `${c.name}${c.issuer ? `, ${c.issuer}` : ''} (${status})`;
  });
  const p = view.postsecondary;
  const after: string[] = [];
  const planned = [p.program, p.institution].filter(Boolean).join(', ');
  if (planned) after.push(p.credentialType ? `${planned} (${labels.credentialTypes[p.credentialType]})` : planned);
  const leads = view.framework.program?.leadsTo;
  if (leads && !(leads.title === p.program && leads.institution === p.institution)) {
    after.push(`${labels.leadsTo}: ${leads.title}, ${leads.institution} (${labels.credentialTypes[leads.credentialType]})`);
  }
  if (view.careerInterests.length > 0) after.push(`${labels.careerInterests}: ${view.careerInterests.join(', ')}`);
  return [
    { heading: labels.goals, items: goals },
    { heading: labels.experiences(String(view.experienceHours)), items: experiences },
    { heading: labels.credentials, items: credentials },
    { heading: labels.afterHighSchool, items: after },
  ];
}

interface Line {
  text: string;
  indent: number;
  /** Where the line sits in the structure: its item's body, or the paragraph saying there is none. */
  tag: string;
}

interface Prepared {
  heading: string;
  /** The heading's structure: a heading on the first page, furniture where it says "continued". */
  headingTag: string;
  lines: Line[];
  /** Shown on the pages a column continues on. */
  continued: string;
}

function prepare(column: ListColumn, index: number, width: number, none: string, continued: string): Prepared {
  const lines = column.items.flatMap((item, k) =>
    wrapText(item, ITEM, width - HANG, ITEM_LINES).map((text, i) => ({ text: i === 0 ? BULLET + text : text, indent: i === 0 ? 0 : HANG, tag: TAGS.listItem(index, k) })),
  );
  return {
    heading: column.heading,
    headingTag: TAGS.heading(`list${index}`),
    lines: lines.length > 0 ? lines : wrapText(none, ITEM, width, 1).map((text) => ({ text, indent: 0, tag: TAGS.paragraph(`none${index}`) })),
    continued: `${column.heading} (${continued})`,
  };
}

interface Slot {
  x: number;
  w: number;
}

/**
 * Column widths by how much each has to say (at 9.5 pt four equal columns left goals wrapping
 * down the page beside an empty credentials column): the share grows with the square root of the
 * text, and no column gets less than a third of an equal share, so its heading still reads.
 */
export function listSlots(columns: readonly ListColumn[], x: number, width: number): Slot[] {
  const usable = width - GUTTER * (columns.length - 1);
  const weights = columns.map((c) => Math.sqrt(Math.max(60, c.heading.length + c.items.reduce((n, item) => n + item.length, 0))));
  const total = weights.reduce((a, b) => a + b, 0);
  const floor = usable / columns.length / 3;
  const raw = weights.map((w) => Math.max(floor, (usable * w) / total));
  const scale = usable / raw.reduce((a, b) => a + b, 0);
  let at = x;
  return raw.map((w) => {
    const slot = { x: at, w: w * scale };
    at += w * scale + GUTTER;
    return slot;
  });
}

function band(columns: readonly Prepared[], slots: readonly Slot[], topGap: number): Block {
  const lh = lineHeight(ITEM);
  const hh = lineHeight(HEADING);
  const lines = Math.max(0, ...columns.map((c) => c.lines.length));
  const height = topGap + hh + 1 + lines * lh;
  return {
    height,
    draw(top) {
      const ops: DrawOp[] = [];
      columns.forEach((c, i) => {
        if (c.heading === '' && c.lines.length === 0) return;
        const left = slots[i]!.x;
        const columnWidth = slots[i]!.w;
        const heading = wrapText(c.heading, HEADING, columnWidth, 1)[0];
        if (heading) ops.push(tagged(textOp(heading, HEADING, left, top + topGap), c.headingTag));
        ops.push(rule(left, top + topGap + hh, left + columnWidth, top + topGap + hh, 0.5, 0.6));
        c.lines.forEach((line, k) => ops.push(tagged(textOp(line.text, ITEM, left + line.indent, top + topGap + hh + 1 + k * lh), line.tag)));
      });
      return ops;
    },
  };
}

/** The four columns as content that can continue on the next page. */
export function listsFlow(columns: readonly ListColumn[], labels: Labels, x: number, width: number, topGap: number): Flowable {
  const slots = listSlots(columns, x, width);
  const prepared = columns.map((c, i) => prepare(c, i, slots[i]!.w, labels.none, labels.continued));
  const flow = (cols: readonly Prepared[]): Flowable => ({
    split(height) {
      const lh = lineHeight(ITEM);
      const fits = Math.floor((height - topGap - lineHeight(HEADING) - 1 + 0.001) / lh);
      const longest = Math.max(...cols.map((c) => c.lines.length));
      if (fits >= longest) return { head: band(cols, slots, topGap), rest: null };
      if (fits < 2) return { head: null, rest: flow(cols) };
      const head = band(cols.map((c) => ({ ...c, lines: c.lines.slice(0, fits) })), slots, topGap);
      const rest = cols.map((c) => {
        const lines = c.lines.slice(fits);
        return { heading: lines.length > 0 ? c.continued : '', headingTag: ARTIFACT, lines, continued: c.continued };
      });
      return { head, rest: flow(rest) };
    },
  });
  return flow(prepared);
}
