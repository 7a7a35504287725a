import { useState, type DragEvent, type Ref } from 'react';
import { useSampleStatus } from '../sample/sampleState';
import { FileInput } from '../ui/FileInput';

export const ROSTER_FILE_TYPES = '.xlsx,.csv,.tsv,.txt';

/**
 * Step 1. The file input is the way in for everyone, keyboard included; dropping a file on the
 * box around it is a shortcut for the mouse. Any dropped file goes to the core, which says in one
 * sentence what is wrong with one it cannot read (a legacy .xls, a PDF, ...).
 */
export function ChooseStep({ heading, onFile }: { heading: Ref<HTMLHeadingElement>; onFile: (file: File) => void }) {
  const [dragging, setDragging] = useState(false);
  // Said before a file is chosen: the core refuses any import while the sample school is there.
  const sample = useSampleStatus();

  const over = (e: DragEvent<HTMLDivElement>) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <section className="step" aria-labelledby="import-step-title">
      <h2 id="import-step-title" ref={heading} tabIndex={-1} className="step__title">
        Choose a roster file
      </h2>
      <p className="step__intro">
        Use the file your student information system exports (PowerSchool, Infinite Campus, Skyward, Synergy, Clever,
        or your own spreadsheet) just as it is. Nothing is written until you press Import at the end.
      </p>
      {sample?.loaded ? (
        <p className="step__note" id="roster-sample-note">
          This store holds the sample school ({sample.school}). Remove it first with “Remove sample school” at the top of
          the page: a roster is not imported while the sample school is there.
        </p>
      ) : null}
      <div
        className={dragging ? 'dropzone dropzone--over' : 'dropzone'}
        onDragEnter={over}
        onDragOver={over}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="roster-dropzone"
      >
        <label htmlFor="roster-file" className="dropzone__label">
          Roster file (.xlsx, .csv, .tsv or .txt)
        </label>
        <FileInput id="roster-file" accept={ROSTER_FILE_TYPES} className="dropzone__input" onFile={onFile} />
        <p className="dropzone__hint">or drop the file here</p>
      </div>
    </section>
  );
}
