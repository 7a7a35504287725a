import { Suspense, useEffect, useRef, useState } from 'react';
import type { SampleRemoval } from '../../../shared/domain/sample';
import { loadedWhenShown } from '../shell/chunk';
import { removedSentence } from './sampleText';
import { refreshSampleStatus, useSampleStatus } from './sampleState';
import './sample.css';

// Loaded when the counselor asks to remove the sample: it asks the store where it lives, through the
// contract's schemas, which the first show does not need.
const RemoveSampleDialog = loadedWhenShown(
  () => import('./RemoveSampleDialog').then((m) => m.RemoveSampleDialog),
  'The sample school could not be removed from here.',
);

/**
 * A band above the navigation on every page while the store holds the sample school, so nobody
 * takes its made-up students for real ones, with the way out: "Remove sample school" (after a
 * confirmation). A landmark of its own, so a screen reader lists it; the outcome is announced in
 * a status line that stays when the band goes.
 */
export function SampleBanner({ onRemoved }: { onRemoved: (removal: SampleRemoval) => void }) {
  const status = useSampleStatus();
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);

  // Asked again on every move between pages: the command line may have loaded or removed it meanwhile.
  useEffect(() => {
    const refresh = () => void refreshSampleStatus();
    refresh();
    window.addEventListener('hashchange', refresh);
    return () => window.removeEventListener('hashchange', refresh);
  }, []);

  const removed = (removal: SampleRemoval) => {
    setConfirming(false);
    setOutcome(removedSentence(removal));
    void refreshSampleStatus();
    onRemoved(removal);
  };

  return (
    <>
      {status?.loaded ? (
        <section className="sample-banner" aria-label="Sample school">
          <p className="sample-banner__text">
            You are looking at the sample school, <strong>{status.school}</strong>. Its students are made up.
          </p>
          <button ref={opener} type="button" className="button sample-banner__remove" onClick={() => setConfirming(true)}>
            Remove sample school
          </button>
        </section>
      ) : null}
      <p role="status" className={outcome ? 'sample-outcome' : 'sample-outcome sample-outcome--empty'}>
        {outcome}
      </p>
      <Suspense fallback={null}>
        {confirming && status?.loaded ? (
          <RemoveSampleDialog
            status={status}
            onRemoved={removed}
            onCancel={() => {
              setConfirming(false);
              opener.current?.focus();
            }}
          />
        ) : null}
      </Suspense>
    </>
  );
}
