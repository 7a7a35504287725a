import { z } from 'zod';

const Count = z.number().int().min(0);

/** Whether the store holds the sample school, and how much of it is still there. */
export const SampleStatus = z.object({
  loaded: z.boolean(),
  school: z.string().nullable(),
  students: Count,
  courses: Count,
  programs: Count,
  postsecondary: Count,
});
export type SampleStatus = z.infer<typeof SampleStatus>;

/**
 * What removing the sample school did. `kept` lists sample rows left in place because something
 * the counselor keeps still names them (a program of study copied from a sample one lists sample
 * courses): a course or program is never deleted from under a plan or program. They are no longer
 * the sample's from then on.
 */
export const SampleRemoval = z.object({
  school: z.string(),
  /** The workstation's backup taken before the removal; null on the department server (the sample is training data, and the district keeps the database's backups). */
  backupPath: z.string().nullable(),
  removed: z.object({ students: Count, plans: Count, courses: Count, programs: Count, postsecondary: Count }),
  kept: z.object({ courses: z.array(z.string()), programs: z.array(z.string()), postsecondary: z.array(z.string()) }),
});
export type SampleRemoval = z.infer<typeof SampleRemoval>;
