import { useEffect, useRef, useState, type ReactNode } from 'react';
import { focusByKey, focusKey } from '../ui/focus';
import { usePlanEditor } from './context';
import type { OperationSource } from './usePlan';

export interface ItemFormProps<T, F> {
  /** The item being edited; null for a new one. */
  initial: T | null;
  submitLabel: string;
  onSubmit(fields: F): Promise<boolean>;
  onCancel(): void;
}

interface ItemSectionProps<T extends { id: string }, F> {
  /** A short id for focus keys ("goal"). */
  kind: string;
  title: string;
  /** "goal": the words in "Add a goal", "Edit goal: …". */
  noun: string;
  /** A short note beside the title (total hours). */
  aside?: ReactNode;
  items: readonly T[];
  /** How an item is named to a screen reader on its Edit and Remove buttons. */
  nameOf(item: T): string;
  renderItem(item: T): ReactNode;
  Form(props: ItemFormProps<T, F>): ReactNode;
  addOp(fields: F): OperationSource;
  updateOp(item: T, fields: F): OperationSource;
  removeOp(item: T): OperationSource;
  empty: string;
}

/**
 * A list of plan items (goals, experiences, credentials) with a small form to add one and to edit
 * each. Each change is saved at once; focus goes back to the button the counselor started from.
 */
export function ItemSection<T extends { id: string }, F>(props: ItemSectionProps<T, F>) {
  const { kind, title, noun, aside, items, nameOf, renderItem, Form, empty } = props;
  const { change } = usePlanEditor();
  const [editing, setEditing] = useState<string | null>(null);
  const returnTo = useRef<string | null>(null);
  const addKey = `${kind}-add`;
  const editKey = (id: string) => `${kind}-edit-${id}`;

  // After the form closes, focus goes back where the counselor started (drawn only now).
  useEffect(() => {
    if (editing === null && returnTo.current) {
      focusByKey(returnTo.current);
      returnTo.current = null;
    }
  }, [editing]);

  const close = (focus: string) => {
    returnTo.current = focus;
    setEditing(null);
  };

  const submit = async (item: T | null, fields: F) => {
    const op = item ? props.updateOp(item, fields) : props.addOp(fields);
    const saved = await change(op, { done: item ? `${cap(noun)} saved.` : `${cap(noun)} added.` });
    if (saved) close(item ? editKey(item.id) : addKey);
    return saved !== null;
  };

  const remove = (item: T) =>
    void change(props.removeOp(item), { done: `${cap(noun)} removed: ${nameOf(item)}.`, focus: addKey });

  return (
    <section className="plan-card" aria-labelledby={`plan-${kind}-title`}>
      <h2 id={`plan-${kind}-title`} className="plan-card__title">
        {title} {aside ? <span className="plan-card__count">{aside}</span> : null}
      </h2>
      {items.length === 0 && editing !== 'new' ? <p className="plan-card__empty">{empty}</p> : null}
      {items.length > 0 ? (
        <ul className="items">
          {items.map((item) => (
            <li key={item.id} className="item">
              {editing === item.id ? (
                <Form initial={item} submitLabel={`Save ${noun}`} onSubmit={(f) => submit(item, f)} onCancel={() => close(editKey(item.id))} />
              ) : (
                <>
                  <div className="item__body">{renderItem(item)}</div>
                  <div className="item__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Edit ${noun}: ${nameOf(item)}`}
                      onClick={() => setEditing(item.id)}
                      {...focusKey(editKey(item.id))}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={`Remove ${noun}: ${nameOf(item)}`}
                      onClick={() => remove(item)}
                    >
                      Remove
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {editing === 'new' ? (
        <Form initial={null} submitLabel={`Add ${noun}`} onSubmit={(f) => submit(null, f)} onCancel={() => close(addKey)} />
      ) : (
        <button type="button" className="button button--small" onClick={() => setEditing('new')} {...focusKey(addKey)}>
          {`Add ${article(noun)} ${noun}`}
        </button>
      )}
    </section>
  );
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}
