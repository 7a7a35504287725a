import { useCallback, useEffect, useRef, useState } from 'react';
import type { Conference, ConferenceFields } from '../../../shared/domain/conference';
import type { PrintSnapshot } from '../../../shared/domain/print';
import type { Student } from '../../../shared/domain/student';
import { api } from '../client/api';
import { savePdf } from '../print/usePrintJob';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { focusByKey, focusKey } from '../ui/focus';
import { ConferenceForm } from './ConferenceForm';
import { attendeesText, conferenceName } from './conferences';
import { formatDate } from './format';
import { RemoveConferenceDialog } from './RemoveConferenceDialog';
import './conferences.css';

const ADD_KEY = 'conference-add';
const editKey = (id: number) => `conference-edit-${id}`;

/**
 * The plan editor's Conferences section: record a meeting with the family, list the ones held
 * (most recent first) with edit and remove, and reprint the copy the family took home through the
 * print snapshots' reprint (byte for byte). Conferences are their own records, not plan changes:
 * undo in the plan header does not reach them.
 */
export function ConferencesSection({ student }: { student: Student }) {
  const studentNumber = student.studentNumber;
  const [conferences, setConferences] = useState<Conference[] | null>(null);
  const [snapshots, setSnapshots] = useState<PrintSnapshot[] | null>(null);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [removing, setRemoving] = useState<Conference | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<{ title: string; message: string } | null>(null);
  const returnTo = useRef<string | null>(null);

  const load = useCallback(async () => {
    try {
      setConferences((await api['conferences.list']({ studentNumber })).conferences);
    } catch (e) {
      setError({ title: 'The conferences could not be listed.', message: messageOf(e) });
    }
  }, [studentNumber]);
  useEffect(() => void load(), [load]);

  // The printed copies are read when a form opens: a plan printed a minute ago is offered.
  useEffect(() => {
    if (editing === null) return;
    setSnapshots(null);
    api['print.snapshots']({ studentNumber }).then(
      (r) => setSnapshots(r.snapshots),
      () => setSnapshots([]),
    );
  }, [editing, studentNumber]);

  // Focus goes back where the counselor started once the list is drawn again.
  useEffect(() => {
    if (editing === null && removing === null && returnTo.current && focusByKey(returnTo.current)) returnTo.current = null;
  }, [editing, removing, conferences]);

  const close = (focus: string) => {
    returnTo.current = focus;
    setEditing(null);
  };
  // Cancelling drops the form and what it was refused for.
  const cancel = (focus: string) => {
    setError(null);
    close(focus);
  };

  const save = async (target: Conference | null, fields: ConferenceFields): Promise<boolean> => {
    setNotice('');
    setError(null);
    // A cleared date field sends "": say so in words rather than let the contract refuse the format.
    if (fields.heldOn === '') {
      setError({ title: target ? 'The conference was not saved.' : 'The conference was not recorded.', message: 'Give the date the conference was held.' });
      return false;
    }
    try {
      const saved = target ? await api['conferences.update']({ id: target.id, ...fields }) : await api['conferences.add']({ studentNumber, ...fields });
      await load();
      setNotice(target ? `Conference of ${formatDate(saved.heldOn)} saved.` : `Conference of ${formatDate(saved.heldOn)} recorded.`);
      close(target ? editKey(saved.id) : ADD_KEY);
      return true;
    } catch (e) {
      setError({ title: target ? 'The conference was not saved.' : 'The conference was not recorded.', message: messageOf(e) });
      return false;
    }
  };

  const reprint = async (c: Conference) => {
    if (c.printSnapshotId === null) return;
    setNotice('');
    setError(null);
    try {
      const pdf = await api['print.reprint']({ snapshotId: c.printSnapshotId });
      await savePdf(pdf);
      setNotice(pdf.identical ? `Saved ${pdf.fileName}: the copy taken home on ${formatDate(c.heldOn)}, exactly as printed.` : `Saved ${pdf.fileName}, but it differs from the copy printed then. ${pdf.reason ?? ''}`.trim());
    } catch (e) {
      setError({ title: 'The copy was not reprinted.', message: messageOf(e) });
    }
  };

  return (
    <section className="plan-card conferences" aria-labelledby="plan-conferences-title">
      <h2 id="plan-conferences-title" className="plan-card__title">
        Conferences {conferences ? <span className="plan-card__count">{conferences.length}</span> : null}
      </h2>
      <p role="status" className="print-status">
        {notice}
      </p>
      <ErrorAlert title={error?.title ?? ''} message={error?.message ?? null} />
      {conferences === null ? <p className="plan-card__empty">Loading the conferences…</p> : null}
      {conferences?.length === 0 && editing !== 'new' ? (
        <p className="plan-card__empty">No conference recorded yet. Each one says who came, in which language, and which printed plan the family took home.</p>
      ) : null}
      {editing === 'new' ? (
        <ConferenceForm student={student} initial={null} snapshots={snapshots} submitLabel="Record conference" onSubmit={(f) => save(null, f)} onCancel={() => cancel(ADD_KEY)} />
      ) : (
        <button type="button" className="button button--small" onClick={() => setEditing('new')} {...focusKey(ADD_KEY)}>
          Record a conference
        </button>
      )}
      {conferences && conferences.length > 0 ? (
        <ul className="items" aria-label="Conferences held">
          {conferences.map((c) => (
            <li key={c.id} className="item">
              {editing === c.id ? (
                <ConferenceForm student={student} initial={c} snapshots={snapshots} submitLabel="Save conference" onSubmit={(f) => save(c, f)} onCancel={() => cancel(editKey(c.id))} />
              ) : (
                <>
                  <div className="item__body">
                    <p className="item__title">
                      {formatDate(c.heldOn)} · {attendeesText(c)}
                    </p>
                    <p className="item__meta">
                      {[c.language, c.interpreter ? `interpreter${c.interpreterName ? `: ${c.interpreterName}` : ''}` : null].filter(Boolean).join(' · ')}
                    </p>
                    {c.notes ? <p className="item__meta conference__notes">{c.notes}</p> : null}
                  </div>
                  <div className="item__actions">
                    {c.printSnapshotId !== null ? (
                      <button type="button" className="button button--small" aria-label={`Reprint the plan taken home from the ${conferenceName(c)}`} onClick={() => void reprint(c)}>
                        Reprint copy
                      </button>
                    ) : null}
                    <button type="button" className="button button--small" aria-label={`Edit ${conferenceName(c)}`} onClick={() => setEditing(c.id)} {...focusKey(editKey(c.id))}>
                      Edit
                    </button>
                    <button type="button" className="button button--small button--quiet" aria-label={`Remove ${conferenceName(c)}`} onClick={() => setRemoving(c)}>
                      Remove
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {removing ? (
        <RemoveConferenceDialog
          conference={removing}
          onCancel={() => {
            returnTo.current = editKey(removing.id);
            setRemoving(null);
          }}
          onRemoved={() => {
            setNotice(`Conference of ${formatDate(removing.heldOn)} removed.`);
            returnTo.current = ADD_KEY;
            setRemoving(null);
            void load();
          }}
        />
      ) : null}
    </section>
  );
}
