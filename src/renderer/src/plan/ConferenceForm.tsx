import { useState, type FormEvent } from 'react';
import { localIsoDate } from '../../../shared/domain/common';
import type { Conference, ConferenceFields } from '../../../shared/domain/conference';
import type { PrintSnapshot } from '../../../shared/domain/print';
import type { Student } from '../../../shared/domain/student';
import { CheckField, DateField, FormButtons, SelectField, TextAreaField, TextField } from '../ui/fields';
import { defaultLanguage, snapshotLabel } from './conferences';

const NO_SNAPSHOT = '';

/**
 * Recording a conference: the date (today unless changed), who attended (the student and each
 * guardian the roster lists, as checkboxes; anyone else by name), the language (the family's), an
 * interpreter, notes, and the printed plan the family took home (the most recent printed copy
 * unless changed). Guardians are kept by name as the roster writes them today.
 */
export function ConferenceForm({
  student,
  initial,
  snapshots,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  student: Student;
  initial: Conference | null;
  /** This student's printed copies, newest first; null while they load. */
  snapshots: readonly PrintSnapshot[] | null;
  submitLabel: string;
  onSubmit(fields: ConferenceFields): Promise<boolean>;
  onCancel(): void;
}) {
  // A guardian named on an older record but no longer on the roster stays a choice when editing it.
  const rosterNames = student.guardians.map((g) => g.name);
  const guardianChoices = [...rosterNames, ...(initial?.guardians ?? []).filter((n) => !rosterNames.includes(n))];
  const [heldOn, setHeldOn] = useState(initial?.heldOn ?? localIsoDate());
  const [studentAttended, setStudentAttended] = useState(initial?.studentAttended ?? true);
  const [guardians, setGuardians] = useState<string[]>(initial ? initial.guardians : rosterNames.slice(0, 1));
  const [others, setOthers] = useState(initial?.others ?? '');
  const [language, setLanguage] = useState(initial ? (initial.language ?? '') : defaultLanguage(student.homeLanguage, student.guardians[0]?.preferredLanguage));
  const [interpreter, setInterpreter] = useState(initial?.interpreter ?? false);
  const [interpreterName, setInterpreterName] = useState(initial?.interpreterName ?? '');
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const newest = snapshots?.[0];
  const [snapshot, setSnapshot] = useState<string | null>(initial ? String(initial.printSnapshotId ?? NO_SNAPSHOT) : null);
  // A new record links the most recent printed copy once the list has come (unless the counselor chose).
  const chosenSnapshot = snapshot ?? (newest ? String(newest.id) : NO_SNAPSHOT);

  const toggleGuardian = (name: string, on: boolean) =>
    setGuardians((list) => (on ? guardianChoices.filter((n) => n === name || list.includes(n)) : list.filter((n) => n !== name)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onSubmit({
      heldOn,
      studentAttended,
      guardians,
      others: others.trim() || null,
      language: language.trim() || null,
      interpreter,
      interpreterName: interpreter ? interpreterName.trim() || null : null,
      notes: notes.trim() || null,
      printSnapshotId: chosenSnapshot === NO_SNAPSHOT ? null : Number(chosenSnapshot),
    });
  };

  return (
    <form className="item-form conference-form" onSubmit={submit} aria-label={initial ? 'Edit conference' : 'New conference'}>
      <div className="item-form__fields">
        <DateField label="Date held" value={heldOn} onChange={setHeldOn} hint="Today, or the day it was held." />
        <TextField label="Language" value={language} onChange={setLanguage} maxLength={100} hint="The language the conference was held in." />
      </div>
      <fieldset className="conference-form__who">
        <legend>Who attended</legend>
        <CheckField label="The student" checked={studentAttended} onChange={setStudentAttended} />
        {guardianChoices.map((name) => (
          <CheckField key={name} label={name} checked={guardians.includes(name)} onChange={(on) => toggleGuardian(name, on)} />
        ))}
        {guardianChoices.length === 0 ? <p className="hint">The roster lists no guardians for this student.</p> : null}
        <TextField label="Anyone else" value={others} onChange={setOthers} maxLength={500} hint="An aunt, a case worker, a teacher: as you would write it." className="field--wide" />
      </fieldset>
      <div className="item-form__fields conference-form__interpreter">
        <CheckField label="Interpreter" checked={interpreter} onChange={setInterpreter} />
        {interpreter ? <TextField label="Interpreter's name (optional)" value={interpreterName} onChange={setInterpreterName} /> : null}
      </div>
      <TextAreaField label="Notes" value={notes} onChange={setNotes} maxLength={10_000} />
      <SelectField
        label="Printed plan the family took home"
        value={chosenSnapshot}
        onChange={setSnapshot}
        hint={snapshots === null ? 'Loading the printed copies…' : snapshots.length === 0 ? 'Not printed yet: download the plan under Print, then link it here.' : undefined}
      >
        <option value={NO_SNAPSHOT}>None</option>
        {(snapshots ?? []).map((s) => (
          <option key={s.id} value={String(s.id)}>
            {snapshotLabel(s)}
          </option>
        ))}
      </SelectField>
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
