import { useId, useState } from 'react';
import { CREDENTIAL_TYPE_LABELS } from '../../../shared/domain/catalog';
import { appliedSentence, appliedSummary, type AppliedSummary } from './applied';
import { AppliedNotice } from './AppliedNotice';
import { Choice2024Field } from './Choice2024Field';
import { CommitSelect } from './CommitSelect';
import { FRAMEWORK_FOCUS, usePlanEditor } from './context';
import { focusByKey, focusKey } from '../ui/focus';
import { clusterOf, programsFor } from './frameworkChoices';
import { chooseCluster, choosePathway, chooseProgram, chooseSecondCluster } from './frameworkOps';
import { FrameworkEquivalent } from './FrameworkEquivalent';
import { FrameworkSearch } from './FrameworkSearch';
import { PathwayOptions } from '../shell/PathwayOptions';

const EXPLORING = 'Still exploring';

/** Cluster → pathway → program of study (any may stay open), a second cluster, and applying the program. */
export function FrameworkPicker() {
  const { view, reference, change, applyProgram } = usePlanEditor();
  const { framework, programs } = reference;
  const uid = useId();
  const [applied, setApplied] = useState<AppliedSummary | null>(null);
  const [applying, setApplying] = useState(false);
  const f = view.framework;
  const clusterCode = f.cluster?.code ?? null;
  const pathwayCode = f.pathway?.code ?? null;
  const cluster = clusterOf(framework, clusterCode);
  const pathwayGroups = cluster ? [cluster] : framework.clusters;
  const programOptions = programsFor(framework, programs, clusterCode, pathwayCode);
  const chosen = f.program ? programs.find((p) => p.id === f.program?.id) : undefined;
  const clusterName = (code: string) => clusterOf(framework, code)?.name ?? code;
  // The framework the plan uses (the school year's, for a plan made on it) has its picker first.
  const on2024 = f.edition === '2024';

  // The program is read when the call's turn comes: a choice still being saved (Tab from the
  // program select straight onto this button) is applied, not the one before it.
  const apply = async () => {
    if (applying) return;
    setApplying(true);
    const done = await applyProgram(undefined, {
      done: (after, before) => appliedSentence(appliedSummary(before, after)),
      focus: FRAMEWORK_FOCUS.apply,
    });
    setApplying(false);
    if (done) setApplied(appliedSummary(done.before, done.after));
  };

  return (
    <section className="plan-card" aria-labelledby="plan-framework-title">
      <div className="framework-head">
        <div>
          <h2 id="plan-framework-title" className="plan-card__title">
            Career cluster, pathway and program of study
          </h2>
          <p className="plan-card__intro">
            {on2024
              ? 'This plan uses the 2024 framework: its cluster and sub-cluster come first. A program of study, chosen or applied, sets them from its own 2024 tag.'
              : 'Any of the three may stay “Still exploring”. Choosing a pathway fills in its cluster; a program, both.'}
          </p>
        </div>
        <FrameworkSearch />
      </div>
      {on2024 ? <Choice2024Field /> : null}
      <div className="framework-selects">
        <div className="field">
          <label htmlFor={`${uid}-cluster`}>Career cluster</label>
          <CommitSelect
            id={`${uid}-cluster`}
            value={clusterCode ?? ''}
            onCommit={(code) =>
              change(chooseCluster(code || null), { done: `Career cluster: ${code ? clusterName(code) : 'still exploring'}.` })
            }
          >
            <option value="">{EXPLORING}</option>
            {framework.clusters.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </CommitSelect>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-pathway`}>Career pathway</label>
          <CommitSelect
            id={`${uid}-pathway`}
            value={pathwayCode ?? ''}
            {...focusKey(FRAMEWORK_FOCUS.pathway)}
            onCommit={(code) =>
              change(choosePathway(code || null), { done: (v) => `Career pathway: ${v.framework.pathway?.name ?? 'still exploring'}.` })
            }
          >
            <option value="">{EXPLORING}</option>
            <PathwayOptions clusters={pathwayGroups} />
          </CommitSelect>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-program`}>Program of study</label>
          <CommitSelect
            id={`${uid}-program`}
            value={f.program?.id ?? ''}
            aria-describedby={programOptions.length === 0 ? `${uid}-program-hint` : undefined}
            {...focusKey(FRAMEWORK_FOCUS.program)}
            onCommit={(id) =>
              change(chooseProgram(id || null), { done: (v) => `Program of study: ${v.framework.program?.name ?? 'still exploring'}.` })
            }
          >
            <option value="">{EXPLORING}</option>
            {programOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </CommitSelect>
          {programOptions.length === 0 ? (
            <p id={`${uid}-program-hint`} className="hint">
              No program of study for this pathway yet.
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-second`}>Also exploring (second cluster)</label>
          <CommitSelect
            id={`${uid}-second`}
            value={f.secondCluster?.code ?? ''}
            onCommit={(code) =>
              change(chooseSecondCluster(code || null), { done: code ? `Also exploring ${clusterName(code)}.` : 'No second cluster.' })
            }
          >
            <option value="">None</option>
            {framework.clusters
              .filter((c) => c.code !== clusterCode)
              .map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
          </CommitSelect>
        </div>
      </div>
      <FrameworkEquivalent cluster={f.cluster} pathway={f.pathway} />
      {on2024 ? null : <Choice2024Field />}
      <div className="framework-foot">
        {f.program ? (
          <div className="program-summary">
            <p className="program-summary__description">{f.program.description}</p>
            <p className="program-summary__leads">
              <strong>Leads to:</strong> {f.program.leadsTo.title} (
              {CREDENTIAL_TYPE_LABELS[f.program.leadsTo.credentialType].toLowerCase()}), {f.program.leadsTo.institution}
              {chosen && chosen.occupations.length > 0 ? (
                <>
                  {' · '}
                  <strong>Occupations:</strong> {chosen.occupations.join(', ')}
                </>
              ) : null}
            </p>
          </div>
        ) : (
          <div className="program-summary program-summary--none" />
        )}
        <div className="framework-apply">
          <button
            type="button"
            className="button button--primary"
            aria-disabled={!f.program || applying || undefined}
            aria-describedby={`${uid}-apply-hint`}
            onClick={() => void apply()}
            {...focusKey(FRAMEWORK_FOCUS.apply)}
          >
            {applying ? 'Applying…' : 'Apply program of study'}
          </button>
          <p id={`${uid}-apply-hint`} className="hint">
            {f.program ? 'Adds its courses from this year on; changes nothing already placed.' : 'Choose a program of study first.'}
          </p>
        </div>
      </div>
      {applied ? (
        <AppliedNotice
          summary={applied}
          onHide={() => {
            setApplied(null);
            focusByKey(FRAMEWORK_FOCUS.apply);
          }}
        />
      ) : null}
    </section>
  );
}
