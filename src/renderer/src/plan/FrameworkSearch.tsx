import { useMemo, useState } from 'react';
import type { PlanView } from '../../../shared/domain/plan-view';
import { Combobox, type ComboboxOption } from './Combobox';
import { FRAMEWORK_FOCUS, usePlanEditor } from './context';
import { frameworkChoices, searchFrameworkChoices } from './frameworkChoices';
import { chooseAll } from './frameworkOps';

/**
 * Find a cluster, pathway or program of study by any of its names ("health science", "welding",
 * "HS-TS") and choose it in one step: a pathway brings its cluster, a program both.
 */
export function FrameworkSearch() {
  const { reference, change } = usePlanEditor();
  const choices = useMemo(() => frameworkChoices(reference.framework, reference.programs), [reference]);
  const [text, setText] = useState('');
  const matches = useMemo(() => searchFrameworkChoices(choices, text), [choices, text]);
  const options: ComboboxOption[] = matches.map((c) => ({ id: c.id, label: c.name, detail: c.trail }));

  const onPick = async (o: ComboboxOption) => {
    const c = matches.find((m) => m.id === o.id);
    if (!c) return;
    const next = c.kind === 'program' ? FRAMEWORK_FOCUS.apply : c.kind === 'pathway' ? FRAMEWORK_FOCUS.program : FRAMEWORK_FOCUS.pathway;
    const trail = (v: PlanView) => [v.framework.cluster?.name, v.framework.pathway?.name, v.framework.program?.name].filter(Boolean);
    const saved = await change(chooseAll(c.clusterCode, c.pathwayCode, c.programId), {
      done: (v) => `Chose ${trail(v).join(' → ')}.`,
      focus: next,
    });
    if (saved) setText('');
  };

  return (
    <Combobox
      className="framework-search"
      label="Find a cluster, pathway or program of study"
      value={text}
      onValueChange={setText}
      options={options}
      onPick={(o) => void onPick(o)}
      emptyText="Nothing in the framework matches."
      hint="A name, another spelling, a code or an occupation; ↓ and Enter to choose."
    />
  );
}
