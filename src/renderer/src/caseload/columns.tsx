import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { CaseloadEntry } from './entries';
import { onTrackLabels, planStatusLabels } from './entries';
import { planPath } from '../shell/route';
import { NOT_IN_ROSTER } from './nameWidth';
import { STUDENT_FIELD_LABELS } from '../../../shared/domain/student-fields';

function blank(): ReactNode {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">not set</span>
    </>
  );
}

const creditFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const onTrackMarks = { on_track: '✓', off_track: '✗', unknown: '?' } as const;

/**
 * What the selection column asks of the table (CaseloadTable's meta): the table holds only the
 * rows in view, so the rows shown (search and filters) are counted and chosen through here.
 */
export interface SelectionMeta {
  shownCount: number;
  /** How many of the rows shown are chosen. */
  chosenShown: number;
  /** The header's box: every row shown chosen, or none of them. */
  chooseShown(selected: boolean): void;
  /** A row's box changed; with Shift held, every row between the last one chosen and this one follows it. */
  choose(rowId: string, selected: boolean, range: boolean): void;
}

/**
 * The column of boxes that choose students for an action on many (CaseloadPage's bar). The header's
 * box takes every row the search and filters show; each box is named after its student.
 */
const selectColumn: ColumnDef<CaseloadEntry> = {
  id: 'select',
  header: (c) => {
    const { shownCount, chosenShown, chooseShown } = c.table.options.meta as SelectionMeta;
    const all = shownCount > 0 && chosenShown === shownCount;
    return (
      <input
        type="checkbox"
        className="select-box"
        aria-label="Select every student shown"
        disabled={shownCount === 0}
        checked={all}
        ref={(el) => {
          if (el) el.indeterminate = !all && chosenShown > 0;
        }}
        onChange={(e) => chooseShown(e.target.checked)}
      />
    );
  },
  enableSorting: false,
  cell: (c) => (
    <input
      type="checkbox"
      className="select-box"
      aria-label={`Select ${c.row.original.fullName}`}
      checked={c.row.getIsSelected()}
      onClick={(e) => (c.table.options.meta as SelectionMeta).choose(c.row.id, e.currentTarget.checked, e.shiftKey)}
      onChange={() => undefined}
    />
  ),
};

/** The columns (sorted and filtered in visible.ts, by id); the cluster column shows names from the framework (the row carries the code). */
export function caseloadColumns(clusterNames: ReadonlyMap<string, string>): ColumnDef<CaseloadEntry>[] {
  return [
  selectColumn,
  {
    id: 'studentNumber',
    header: STUDENT_FIELD_LABELS.studentNumber,
    accessorFn: (e) => e.row.studentNumber,
    cell: (c) => <span className="student-number">{c.row.original.row.studentNumber}</span>,
  },
  {
    id: 'name',
    header: 'Name',
    accessorFn: (e) => e.name,
    cell: (c) => {
      const e = c.row.original;
      return (
        <span className="name-cell">
          <a className="name-cell__name name-cell__link" href={planPath(e.row.studentNumber)} title={e.fullName}>
            {e.name}
          </a>
          {e.row.status === 'not_in_latest_roster' ? (
            <span className="badge badge--roster">{NOT_IN_ROSTER}</span>
          ) : null}
        </span>
      );
    },
  },
  {
    id: 'grade',
    header: STUDENT_FIELD_LABELS.grade,
    accessorFn: (e) => e.row.grade,
    cell: (c) => c.row.original.row.grade ?? blank(),
  },
  {
    id: 'classYear',
    header: STUDENT_FIELD_LABELS.classYear,
    accessorFn: (e) => e.row.classYear,
    cell: (c) => c.row.original.row.classYear ?? blank(),
  },
  {
    id: 'counselor',
    header: STUDENT_FIELD_LABELS.counselor,
    accessorFn: (e) => e.row.counselor,
    cell: (c) => c.row.original.row.counselor ?? blank(),
  },
  {
    id: 'homeroom',
    header: STUDENT_FIELD_LABELS.homeroom,
    accessorFn: (e) => e.row.homeroom,
    cell: (c) => c.row.original.row.homeroom ?? blank(),
  },
  {
    id: 'planStatus',
    header: 'Plan status',
    accessorFn: (e) => e.row.planStatus,
    cell: (c) => {
      const status = c.row.original.row.planStatus;
      return <span className={`plan plan--${status}`}>{planStatusLabels[status]}</span>;
    },
  },
  {
    id: 'cluster',
    header: 'Career cluster',
    accessorFn: (e) => e.row.clusterCode,
    cell: (c) => {
      const code = c.row.original.row.clusterCode;
      if (!code) return blank();
      const name = clusterNames.get(code) ?? code;
      return (
        <span className="cell-text" title={name}>
          {name}
        </span>
      );
    },
  },
    {
    id: 'creditsEarned',
    header: 'Credits',
    accessorFn: (e) => e.row.creditsEarned,
    cell: (c) => {
      const earned = c.row.original.row.creditsEarned;
      return earned === null ? blank() : <span className="num-cell">{creditFormat.format(earned)}</span>;
    },
  },
  {
    id: 'onTrack',
    header: 'On track',
    accessorFn: (e) => e.row.onTrack,
    cell: (c) => {
      const verdict = c.row.original.row.onTrack;
      return (
        <span className={`on-track-cell on-track-cell--${verdict}`}>
          <span aria-hidden="true">{onTrackMarks[verdict]} </span>
          {onTrackLabels[verdict]}
        </span>
      );
    },
  },
  {
    id: 'lastConference',
    header: 'Last conference',
    accessorFn: (e) => e.row.lastConference,
    cell: (c) => {
      const { lastConference, conferencesThisYear } = c.row.original.row;
      if (lastConference === null) return blank();
      return (
        <span className="num-cell" title={conferencesThisYear > 0 ? `${conferencesThisYear} this school year` : 'none this school year'}>
          {lastConference}
        </span>
      );
    },
  },
  ];
}
