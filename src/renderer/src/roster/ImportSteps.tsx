import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { ErrorAlert } from '../shell/ErrorAlert';
import { JobProgressView } from '../ui/JobProgressView';
import type { FlowPreview, FlowRequest, FlowState, ImportStep } from './importFlow';

const steps: readonly { label: string; covers: readonly ImportStep[] }[] = [
  { label: 'Choose a file', covers: ['choose'] },
  { label: 'Match the columns', covers: ['mapping'] },
  { label: 'Check the preview', covers: ['preview'] },
  { label: 'Import', covers: ['importing', 'report'] },
];

/**
 * The frame of an import in steps (a roster, a course history): the list of steps, the error and
 * the status line, the step itself (drawn by `children` from the heading ref), and the progress of
 * the import with Cancel. Each time the step (or what it shows: progress, then results) changes,
 * focus moves to the step's heading, so keyboard and screen-reader users continue from the new
 * content. A check the counselor asked for on the preview itself (inlineCheck) leaves focus where
 * it is: the preview stays on screen.
 */
export function ImportSteps({
  state,
  noun,
  onCancel,
  children,
}: {
  state: FlowState<FlowPreview, unknown, FlowRequest>;
  /** What is imported: "roster", "course history". */
  noun: string;
  onCancel(): void;
  children(heading: Ref<HTMLHeadingElement>): ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const focusKey = `${state.step}:${state.job && !state.inlineCheck ? 'working' : 'idle'}`;
  // The key the page opened with: arriving on the page focuses its title (Page), not a step.
  const focused = useRef(focusKey);
  useEffect(() => {
    if (focused.current === focusKey) return;
    focused.current = focusKey;
    heading.current?.focus();
  }, [focusKey]);

  const current = steps.findIndex((s) => s.covers.includes(state.step));
  return (
    <>
      <ol className="steps" aria-label="Steps">
        {steps.map((s, i) => (
          <li
            key={s.label}
            className={i === current ? 'steps__item steps__item--current' : i < current ? 'steps__item steps__item--done' : 'steps__item'}
            aria-current={i === current ? 'step' : undefined}
          >
            <span className="steps__number" aria-hidden="true">
              {i + 1}
            </span>
            {s.label}
          </li>
        ))}
      </ol>
      <ErrorAlert title={state.error?.title ?? ''} message={state.error?.message ?? null} />
      <p role="status" className={state.notice ? 'notice' : 'notice notice--empty'}>
        {state.notice}
      </p>
      {state.step === 'importing' ? (
        <section className="step" aria-labelledby="import-step-title">
          <h2 id="import-step-title" ref={heading} tabIndex={-1} className="step__title">
            {`Importing the ${noun}`}
          </h2>
          {state.job ? (
            <JobProgressView
              job={state.job}
              label={`Importing ${state.job.fileName}`}
              hint={`Cancel works until the import begins writing. From then on it finishes: the store holds either the whole ${noun} or none of it.`}
              onCancel={onCancel}
            />
          ) : null}
        </section>
      ) : (
        children(heading)
      )}
    </>
  );
}
