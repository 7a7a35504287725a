import { importCatalog, previewCatalog } from '../courses/catalog-import';
import { addCourse, editCourse, plansHoldingCourse, setCourseRetired } from '../courses/course-edits';
import { getCourse, listCourses, listPostsecondary, savePostsecondary } from '../courses/repository';
import type { HandlersFor } from '../dispatch';
import type { Store } from '../store/connection';
import { byHand, bytesOf } from './edit';

/** The course catalog: courses, postsecondary entries, and a district catalog's import. */
export function courseHandlers(store: Store): HandlersFor<'courses' | 'postsecondary' | 'catalog'> {
  const { db } = store;
  const edit = byHand(store);
  return {
    'courses.list': () => ({ courses: listCourses(db), postsecondary: listPostsecondary(db) }),
    'courses.add': edit((course) => addCourse(db, course)),
    'courses.edit': edit((course) => editCourse(db, course)),
    'courses.retire': edit(({ number, retired }) => setCourseRetired(db, number, retired)),
    'courses.plans': ({ number }) => ({ number: getCourse(db, number).number, plans: plansHoldingCourse(db, number) }),
    'postsecondary.save': edit((entry) => {
      savePostsecondary(db, [entry]);
      return listPostsecondary(db).find((e) => e.code === entry.code) ?? entry;
    }),
    'catalog.preview': ({ base64, fileName, sheet, areas }) =>
      previewCatalog(db, bytesOf(base64), fileName, { ...(sheet === undefined ? {} : { sheet }), ...(areas === undefined ? {} : { areas }) }),
    'catalog.import': ({ base64, fileName, sheet, areas }) =>
      importCatalog(db, bytesOf(base64), fileName, {
        storePath: store.path,
        ...(sheet === undefined ? {} : { sheet }),
        ...(areas === undefined ? {} : { areas }),
      }),
  };
}
