import { useState, type DragEvent, type Ref } from 'react';
import { useSampleStatus } from '../sample/sampleState';
import { FileInput } from '../ui/FileInput';

export const ROSTER_FILE_TYPES = '.xlsx,.csv,.tsv,.txt';

/** The words of the first step for one kind of file. */
export interface ChooseWords {
  title: string;
  intro: string;
  /** The file input's label, and its id. */
  label: string;
  inputId: string;
  /** What the core refuses while the sample school is there, in the counselor's words ("a roster is not imported"). */
  refused: string;
}

export const ROSTER_WORDS: ChooseWords = {
  title: 'Choose a roster file',
  intro:
    'Use the file your student information system exports (PowerSchool, Infinite Campus, Skyward, Synergy, Clever, or your own spreadsheet) just as it is. Nothing is written until you press Import at the end.',
  label: 'Roster file (.xlsx, .csv, .tsv or .txt)',
  inputId: 'roster-file',
  refused: 'a roster is not imported while the sample school is there',
};

/**
 * Step 1. The file input is the way in for everyone, keyboard included; dropping a file on the
 * box around it is a shortcut for the mouse. Any dropped file goes to the core, which says in one
 * sentence what is wrong with one it cannot read (a legacy .xls, a PDF, ...).
 */
export function ChooseStep({
  heading,
  onFile,
  words = ROSTER_WORDS,
}: {
  heading: Ref<HTMLHeadingElement>;
  onFile: (file: File) => void;
  words?: ChooseWords;
}) {
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
        {words.title}
      </h2>
      <p className="step__intro">{words.intro}</p>
      {sample?.loaded ? (
        <p className="step__note" id="roster-sample-note">
          This store holds the sample school ({sample.school}). Remove it first with “Remove sample school” at the top of
          the page: {words.refused}.
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
        <label htmlFor={words.inputId} className="dropzone__label">
          {words.label}
        </label>
        <FileInput id={words.inputId} accept={ROSTER_FILE_TYPES} className="dropzone__input" onFile={onFile} />
        <p className="dropzone__hint">or drop the file here</p>
      </div>
    </section>
  );
}
