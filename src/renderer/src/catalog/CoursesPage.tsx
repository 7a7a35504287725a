import { useCallback, useEffect, useMemo, useState } from 'react';
import { SUBJECT_AREA_LABELS, type Course, type PostsecondaryEntry } from '../../../shared/domain/catalog';
import { api } from '../client/api';
import { focusKey } from '../ui/focus';
import { optionsOf } from '../ui/fields';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { Page } from '../shell/Page';
import { CourseForm } from './CourseForm';
import { CourseTable, editKey } from './CourseTable';
import { PostsecondaryForm, PostsecondaryTable, postsecondaryEditKey } from './Postsecondary';
import { CatalogImport } from './CatalogImport';
import { TranscriptCourses } from './TranscriptCourses';
import { useOpenForm } from '../ui/setup';
import '../ui/setup.css';
import './catalog.css';

const ADD_KEY = 'course-add';
const ADD_ENTRY_KEY = 'postsecondary-add';

export function CoursesPage({ focusOnShow }: { focusOnShow: boolean }) {
  const [courses, setCourses] = useState<Course[] | null>(null);
  const [entries, setEntries] = useState<PostsecondaryEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [area, setArea] = useState('');
  const [notice, setNotice] = useState('');
  const form = useOpenForm<Course | 'new'>();
  const entryForm = useOpenForm<PostsecondaryEntry | 'new'>();

  const load = useCallback(() => {
    api['courses.list']({}).then(
      (r) => {
        setCourses(r.courses);
        setEntries(r.postsecondary);
        setLoadError(null);
      },
      (e: unknown) => setLoadError(messageOf(e)),
    );
  }, []);
  useEffect(load, [load]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (courses ?? []).filter(
      (c) => (area === '' || c.area === area) && (q === '' || c.number.toLowerCase().includes(q) || c.title.toLowerCase().includes(q)),
    );
  }, [courses, query, area]);

  const saved = (course: Course) => {
    setNotice(`Saved ${course.number}: ${course.title}.`);
    form.close();
    load();
  };

  const retire = (course: Course, retired: boolean) => {
    api['courses.retire']({ number: course.number, retired }).then(
      (c) => {
        setNotice(
          c.retired
            ? `Retired ${c.number}: ${c.title}. Plans that hold it keep it; it is no longer offered for new placements.`
            : `${c.number}: ${c.title} is offered again.`,
        );
        load();
      },
      (e: unknown) => setNotice(`${course.number} was not changed: ${messageOf(e)}`),
    );
  };

  // "Edit it instead": the course whose number the new one would have taken.
  const editExisting = (number: string) => {
    const existing = courses?.find((c) => c.number === number);
    if (existing) form.show(existing, ADD_KEY);
  };

  const savedEntry = (entry: PostsecondaryEntry) => {
    setNotice(`Saved ${entry.code}: ${entry.program}.`);
    entryForm.close();
    load();
  };

  return (
    <Page title="Course catalog" focusOnShow={focusOnShow}>
      <div className="setup-page">
        <ErrorAlert title="The catalog could not be shown." message={loadError} />
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => form.show('new', ADD_KEY)} {...focusKey(ADD_KEY)}>
            Add a course
          </button>
        </div>
        <p role="status" className="setup-status">
          {notice}
        </p>
        {form.open !== null ? (
          <CourseForm
            key={form.open === 'new' ? 'new' : form.open.number}
            initial={form.open === 'new' ? null : form.open}
            onSaved={saved}
            onCancel={form.close}
            onEditExisting={editExisting}
          />
        ) : null}
        <CatalogImport onImported={load} />
        {courses !== null ? <TranscriptCourses catalog={courses} /> : null}
        <div className="toolbar" role="search" aria-label="Find courses">
          <div className="field field--grow">
            <label htmlFor="course-filter">Find a course by number or title</label>
            <input id="course-filter" type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="course-area">Subject area</label>
            <select id="course-area" value={area} onChange={(e) => setArea(e.target.value)}>
              <option value="">All areas</option>
              {optionsOf(SUBJECT_AREA_LABELS)}
            </select>
          </div>
        </div>
        {courses === null && !loadError ? <p role="status">Loading the catalog…</p> : null}
        {courses !== null ? (
          <>
            <p className="caseload-count" aria-live="polite">
              {shown.length === courses.length ? `${courses.length} courses` : `${shown.length} of ${courses.length} courses`}
            </p>
            <CourseTable courses={shown} onEdit={(c) => form.show(c, editKey(c.number))} onRetire={retire} />
          </>
        ) : null}
        {entries !== null ? (
          <section className="setup-card" aria-labelledby="postsecondary-title">
            <h2 id="postsecondary-title" className="setup-card__title">
              After high school: programs and credentials
            </h2>
            <div className="actions">
              <button
                type="button"
                className="button"
                aria-label="Add a program or credential after high school"
                onClick={() => entryForm.show('new', ADD_ENTRY_KEY)}
                {...focusKey(ADD_ENTRY_KEY)}
              >
                Add
              </button>
            </div>
            {entryForm.open !== null ? (
              <PostsecondaryForm
                key={entryForm.open === 'new' ? 'new' : entryForm.open.code}
                initial={entryForm.open === 'new' ? null : entryForm.open}
                onSaved={savedEntry}
                onCancel={entryForm.close}
              />
            ) : null}
            <PostsecondaryTable entries={entries} onEdit={(e) => entryForm.show(e, postsecondaryEditKey(e.code))} />
          </section>
        ) : null}
      </div>
    </Page>
  );
}
