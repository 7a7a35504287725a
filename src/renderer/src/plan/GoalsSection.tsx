import { useState, type FormEvent } from 'react';
import type { Goal } from '../../../shared/domain/plan';
import { formatDate } from './format';
import { DateField, FormButtons, optionsOf, SelectField, TextField } from '../ui/fields';
import { ItemSection, type ItemFormProps } from './ItemSection';
import { usePlanEditor } from './context';
import { GOAL_KIND_LABELS, GOAL_STATUS_LABELS } from './labels';

type GoalFields = Omit<Goal, 'id'>;

function GoalForm({ initial, submitLabel, onSubmit, onCancel }: ItemFormProps<Goal, GoalFields>) {
  const [kind, setKind] = useState<Goal['kind']>(initial?.kind ?? 'academic');
  const [text, setText] = useState(initial?.text ?? '');
  const [targetDate, setTargetDate] = useState(initial?.targetDate ?? '');
  const [status, setStatus] = useState<Goal['status']>(initial?.status ?? 'not_started');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onSubmit({ kind, text: text.trim(), targetDate: targetDate || null, status });
  };

  return (
    <form className="item-form" onSubmit={submit} aria-label={initial ? 'Edit goal' : 'New goal'}>
      <div className="item-form__fields">
        <SelectField label="Kind of goal" value={kind} onChange={(v) => setKind(v as Goal['kind'])}>
          {optionsOf(GOAL_KIND_LABELS)}
        </SelectField>
        <TextField label="Goal" value={text} onChange={setText} required maxLength={500} autoFocus className="field--wide" />
        <DateField label="Target date" value={targetDate} onChange={setTargetDate} />
        <SelectField label="Status" value={status} onChange={(v) => setStatus(v as Goal['status'])}>
          {optionsOf(GOAL_STATUS_LABELS)}
        </SelectField>
      </div>
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

/** Academic, career and personal/social goals, each with a target date and a status. */
export function GoalsSection() {
  const { view } = usePlanEditor();
  return (
    <ItemSection<Goal, GoalFields>
      kind="goal"
      title="Goals"
      noun="goal"
      items={view.goals}
      nameOf={(g) => g.text}
      empty="No goals yet. Academic, career and personal/social goals each get a target date."
      renderItem={(g) => (
        <>
          <p className="item__title">
            <span className="tag">{GOAL_KIND_LABELS[g.kind]}</span> {g.text}
          </p>
          <p className="item__meta">
            {GOAL_STATUS_LABELS[g.status]}
            {g.targetDate ? ` · by ${formatDate(g.targetDate)}` : ''}
          </p>
        </>
      )}
      Form={GoalForm}
      addOp={(goal) => ({ op: 'addGoal', goal })}
      updateOp={(g, changes) => ({ op: 'updateGoal', goalId: g.id, changes })}
      removeOp={(g) => ({ op: 'removeGoal', goalId: g.id })}
    />
  );
}
