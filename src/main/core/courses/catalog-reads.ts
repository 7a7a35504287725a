import type { Transaction } from 'kysely';
import type { PostsecondaryEntry } from '../../../shared/domain/catalog';
import type { StoreSchema } from '../store/store-schema';
import { toCourse, type CourseRecord, type PostsecondaryRecord } from './repository';

type Trx = Transaction<StoreSchema>;

/** The whole catalog on the typed layer (repository.ts listCourses, listPostsecondary), in the caller's transaction. */
export async function catalogIn(trx: Trx): Promise<{ courses: ReturnType<typeof toCourse>[]; postsecondary: PostsecondaryEntry[] }> {
  const [pathways, rows, entries] = await Promise.all([
    trx.selectFrom('course_pathway').select(['course_number', 'pathway_code']).orderBy('course_number').orderBy('pathway_code').execute(),
    trx.selectFrom('course').selectAll().orderBy('number').execute(),
    trx.selectFrom('postsecondary_entry').selectAll().orderBy('institution').orderBy('program').orderBy('code').execute(),
  ]);
  const byCourse = new Map<string, string[]>();
  for (const p of pathways) byCourse.set(p.course_number, [...(byCourse.get(p.course_number) ?? []), p.pathway_code]);
  return {
    courses: rows.map((r) => toCourse(r as unknown as CourseRecord, byCourse.get(r.number) ?? [])),
    postsecondary: (entries as unknown as PostsecondaryRecord[]).map((e) => ({
      code: e.code,
      institution: e.institution,
      program: e.program,
      course: e.course,
      credentialType: e.credential_type,
      credits: e.credits,
    })),
  };
}
