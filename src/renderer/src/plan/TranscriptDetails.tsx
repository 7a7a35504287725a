import { useEffect, useRef } from 'react';
import type { PlanViewCourse } from '../../../shared/domain/plan-view';
import { credits } from './format';
import { COURSE_STATUS_LABELS, YEAR_SHORT_LABELS } from './labels';
import { courseNumber, courseTitle, gradesText, MATCHED_BY_WORDS, shownCredits, transcriptNotes } from './transcript';

interface TranscriptDetailsProps {
  id: string;
  course: PlanViewCourse;
  alignEnd: boolean;
  onClose(returnFocus: boolean): void;
}

/**
 * What the transcript says of a course, read-only where a planned course has its editor: the
 * transcript is the record, so a grade is corrected in the student information system and the next
 * import brings it here.
 */
export function TranscriptDetails({ id, course, alignEnd, onClose }: TranscriptDetailsProps) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  const t = course.transcript;
  if (!t) return null;
  const title = courseTitle(course);
  const grades = gradesText(course, true);
  const rows: [string, string][] = [
    ['Status', COURSE_STATUS_LABELS[course.status]],
    ['School year', [t.schoolYear, t.gradeLevel !== null ? `grade ${t.gradeLevel}` : null].filter(Boolean).join(', ') || YEAR_SHORT_LABELS[course.year]],
    ['Grades', grades || 'none yet'],
    [
      'Credits earned',
      `${credits(shownCredits(course))}${t.creditsAttempted !== null ? ` of ${credits(t.creditsAttempted)} attempted` : ''}`,
    ],
    ['On the transcript', `${t.transcriptNumber} ${t.transcriptTitle}`.trim()],
    ['Credit type', t.creditType ?? 'none given'],
    ['Matched to the catalog', course.inCatalog && t.matchedBy !== 'none' ? `${course.courseNumber}, ${MATCHED_BY_WORDS[t.matchedBy]}` : MATCHED_BY_WORDS.none],
    ...transcriptNotes(course).map((n): [string, string] => ['Note', n]),
  ];

  return (
    <div
      id={id}
      role="group"
      aria-label={`From the transcript: ${title}, ${courseNumber(course)}`}
      className={alignEnd ? 'course-editor course-editor--end' : 'course-editor'}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose(true);
        }
      }}
    >
      <p className="transcript-facts__title">From the transcript</p>
      <dl className="transcript-facts">
        {rows.map(([term, value], i) => (
          <div key={`${term}-${i}`} className="transcript-facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint transcript-facts__hint">From the course history import. To correct it, change it in the student information system and import the file again.</p>
      <div className="course-editor__section course-editor__end">
        <button ref={close} type="button" className="button button--small button--quiet" onClick={() => onClose(true)}>
          Close
        </button>
      </div>
    </div>
  );
}
