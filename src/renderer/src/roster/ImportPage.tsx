import { useEffect, useRef } from 'react';
import { ErrorAlert } from '../shell/ErrorAlert';
import { Page } from '../shell/Page';
import { ChooseStep } from './ChooseStep';
import { importSession, useImportSession } from './importSession';
import type { ImportStep } from './importState';
import { JobProgressView } from '../ui/JobProgressView';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ReportStep } from './ReportStep';
import './roster.css';

const steps: readonly { label: string; covers: readonly ImportStep[] }[] = [
  { label: 'Choose a file', covers: ['choose'] },
  { label: 'Match the columns', covers: ['mapping'] },
  { label: 'Check the preview', covers: ['preview'] },
  { label: 'Import', covers: ['importing', 'report'] },
];

/**
 * Import roster: choose or drop a file → match the columns → check the preview → import → report.
 * Each time the step (or what it shows: progress, then results) changes, focus moves to the
 * step's heading, so keyboard and screen-reader users continue from the new content.
 */
export function ImportPage({ focusOnShow }: { focusOnShow: boolean }) {
  const state = useImportSession();
  const heading = useRef<HTMLHeadingElement>(null);

  const focusKey = `${state.step}:${state.job ? 'working' : 'idle'}`;
  // The key the page opened with: arriving on the page focuses its title (Page), not a step.
  const focused = useRef(focusKey);
  useEffect(() => {
    if (focused.current === focusKey) return;
    focused.current = focusKey;
    heading.current?.focus();
  }, [focusKey]);

  const current = steps.findIndex((s) => s.covers.includes(state.step));

  return (
    <Page title="Import roster" focusOnShow={focusOnShow}>
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

      {state.step === 'choose' ? <ChooseStep heading={heading} onFile={(file) => void importSession.chooseFile(file)} /> : null}
      {state.step === 'mapping' ? <MappingStep heading={heading} state={state} /> : null}
      {state.step === 'preview' ? <PreviewStep heading={heading} state={state} /> : null}
      {state.step === 'importing' ? (
        <section className="step" aria-labelledby="import-step-title">
          <h2 id="import-step-title" ref={heading} tabIndex={-1} className="step__title">
            Importing the roster
          </h2>
          {state.job ? (
            <JobProgressView
              job={state.job}
              label={`Importing ${state.job.fileName}`}
              hint="Cancel works until the import begins writing. From then on it finishes: the store holds either the whole roster or none of it."
              onCancel={() => void importSession.cancel()}
            />
          ) : null}
        </section>
      ) : null}
      {state.step === 'report' ? <ReportStep heading={heading} state={state} /> : null}
    </Page>
  );
}
