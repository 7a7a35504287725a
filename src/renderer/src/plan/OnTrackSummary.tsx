import type { OnTrack } from '../../../shared/domain/plan-view';
import { usePlanEditor } from './context';
import { credits, creditsPhrase } from './format';

/** The verdict in words and a mark, so it reads the same in grey print as on screen. */
export const ON_TRACK_WORDS: Record<OnTrack['verdict'], { mark: string; text: string }> = {
  on_track: { mark: '✓', text: 'On track to graduate' },
  off_track: { mark: '✗', text: 'Off track' },
  unknown: { mark: '?', text: 'On track: not yet known' },
};

/** The core's reasons are phrases ("2.5 credits short of …"): shown as sentences. */
function sentence(reason: string): string {
  const s = reason.charAt(0).toUpperCase() + reason.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** What the verdict rests on: credits earned against those expected, and the plan as a whole. */
function facts(t: OnTrack): string[] {
  const lines: string[] = [];
  if (t.finishedGrade !== null) {
    lines.push(`${creditsPhrase(t.earned)} earned; ${credits(t.expected)} expected by the end of grade ${t.finishedGrade}.`);
  } else if (t.verdict !== 'unknown') {
    lines.push(`${creditsPhrase(t.earned)} earned; no grade finished yet.`);
  }
  lines.push(t.planMeetsRequirements ? 'The plan meets every requirement.' : 'The plan does not yet meet every requirement.');
  return lines;
}

/**
 * Above the requirement table: is the student on track, why not (the core's sentences), and the
 * GPA the course history file states. Nothing here is worked out on this side.
 */
export function OnTrackSummary() {
  const { view } = usePlanEditor();
  const t = view.onTrack;
  const words = ON_TRACK_WORDS[t.verdict];
  return (
    <div className={`on-track on-track--${t.verdict}`} role="group" aria-label="On track">
      <p className="on-track__verdict" data-testid="on-track-verdict">
        <span aria-hidden="true">{words.mark} </span>
        {words.text}
      </p>
      {t.reasons.length > 0 ? (
        <ul className="on-track__reasons" aria-label="Why">
          {t.reasons.map((r) => (
            <li key={r}>{sentence(r)}</li>
          ))}
        </ul>
      ) : null}
      {t.verdict === 'unknown' && t.reasons.length === 0 ? (
        <p className="on-track__facts">There is no course history for this student yet, or no grade to judge by.</p>
      ) : null}
      {/* Off track, the reasons already say it; otherwise the figures show what the verdict rests on. */}
      {(t.verdict === 'off_track' ? [] : facts(t)).map((f) => (
        <p key={f} className="on-track__facts">
          {f}
        </p>
      ))}
      {view.gpa !== null ? (
        <p className="on-track__facts" data-testid="stated-gpa">
          GPA as the course history states it: <strong>{view.gpa}</strong>
        </p>
      ) : null}
    </div>
  );
}
