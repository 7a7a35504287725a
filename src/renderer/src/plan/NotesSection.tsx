import { useCallback } from 'react';
import { usePlanEditor } from './context';
import { TextAreaField } from '../ui/fields';
import { saveChange, useAutosave } from './useAutosave';

export function NotesSection() {
  const { view, change } = usePlanEditor();
  const persist = useCallback(
    (notes: string) => saveChange(change, { op: 'setNotes', notes: notes.trim() === '' ? null : notes }, 'Notes saved.'),
    [change],
  );
  const notes = useAutosave(view.notes ?? '', persist);
  return (
    <section className="plan-card" aria-labelledby="plan-notes-title">
      <h2 id="plan-notes-title" className="plan-card__title">
        Notes
      </h2>
      <div className="item-form item-form--flat" onBlur={notes.flush}>
        <TextAreaField
          label="Notes from meetings"
          hint="Saved as you type."
          value={notes.value}
          onChange={notes.update}
        />
      </div>
    </section>
  );
}
