import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import { readAs, writeAs, type Actor } from '../../src/main/core/accounts/actor';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { applyProgramToPlan } from '../../src/main/core/plans/update';
import { saveSettings, settingsView } from '../../src/main/core/settings/settings';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import type { PlanView } from '../../src/shared/domain/plan-view';
import type { ProgramOfStudy } from '../../src/shared/domain/program';
import { schoolYearEnd } from '../../src/shared/domain/school-year';
import type { SettingsView } from '../../src/shared/domain/settings';
import { SKIPPED_WITHOUT_APP_ROLE, departmentFrom, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { sampleStore } from './plans/stores';

/**
 * The framework new plans use per school year (issue 15) on the department server, through the
 * role row-level security binds: a lead sets it in the settings (one school-wide audit entry), a
 * counselor cannot (the method's role, and the database's policy under it); a plan a counselor
 * makes there starts on it, and applying a program gives it the program's 2024 tag, as the
 * workstation does over the same school's SQLite file.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();

let file: Database.Database;
let pg: Kysely<StoreSchema>;
let alvarez: Actor;
let lead: Actor;
/** The server's clock decides the school year: the test asks for the year it is in. */
const thisYear = schoolYearEnd(new Date());
const keep = { schoolName: null, defaultPaper: 'letter', familyLanguage: 'family' } as const;

beforeAll(async () => {
  if (withoutAppRole) return;
  const store = await sampleStore(tempDir());
  const path = store.path;
  store.close();
  ({ file, pg } = await departmentFrom(scratchDatabase, path, { writable: true }));
  for (const [userName, displayName, role] of [['alvarez', 'Ms. Alvarez', 'counselor'], ['lead', 'Dr. Lead', 'lead']] as const) {
    await addAccount(pg, { userName, displayName, role, password: 'correct horse battery' });
  }
  alvarez = { userName: 'alvarez', displayName: 'Ms. Alvarez', role: 'counselor' };
  lead = { userName: 'lead', displayName: 'Dr. Lead', role: 'lead' };
}, 120_000);

const call = (actor: Actor, method: string, input: unknown) => dispatch(departmentHandlers(pg)(actor) as Handlers, method, input, true);

async function ok<T>(actor: Actor, method: string, input: unknown): Promise<T> {
  const answer = await call(actor, method, input);
  if (!answer.ok) throw new Error(`${method} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

describe.skipIf(withoutAppRole)(`the framework for new plans on the department server${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it('is set by a lead in the settings, as the workstation sets it, with one audit entry; a counselor cannot set it', async () => {
    expect((await ok<SettingsView>(alvarez, 'settings.get', {})).newPlans).toEqual({ schoolYear: thisYear, edition: '2016' });
    const wanted = { ...keep, frameworkYears: [{ schoolYear: thisYear, edition: '2024' as const }] };
    expect(await call(alvarez, 'settings.save', wanted)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The database's policy under the method's role: a counselor's own write finds it refused.
    await expect(writeAs(pg, alvarez, (trx) => trx.insertInto('framework_year').values({ school_year: thisYear, edition: '2024', changed_at: 'now', changed_by: null }).execute())).rejects.toThrow();

    const saved = await ok<SettingsView>(lead, 'settings.save', wanted);
    expect(saved).toMatchObject({ frameworkYears: wanted.frameworkYears, newPlans: { schoolYear: thisYear, edition: '2024' } });
    expect(saved).toEqual(saveSettings(file, wanted, new Date(saved.changedAt!), lead.displayName));
    expect(await ok(alvarez, 'settings.get', {})).toEqual(settingsView(file, new Date(saved.changedAt!)));
    const audit = await readAs(pg, lead, (trx) => trx.selectFrom('audit_entry').select(['user_name', 'student_number', 'action', 'detail']).where('action', '=', 'settings.frameworkYears').execute());
    expect(audit).toEqual([{ user_name: 'lead', student_number: null, action: 'settings.frameworkYears', detail: JSON.stringify({ put: wanted.frameworkYears, remove: [] }) }]);
    // Saved again unchanged: nothing to audit.
    await ok(lead, 'settings.save', wanted);
    expect(await readAs(pg, lead, (trx) => trx.selectFrom('audit_entry').select('id').where('action', '=', 'settings.frameworkYears').execute())).toHaveLength(1);
  }, 60_000);

  it("starts a counselor's new plan on it, and applying a program gives the plan the program's 2024 tag, as on the workstation", async () => {
    const before = await ok<PlanView>(alvarez, 'plans.get', { studentNumber: '900009' });
    expect(before.framework.edition).toBe('2024');
    const applied = await ok<PlanView>(alvarez, 'plans.applyProgram', { studentNumber: '900009', programId: 'electro-mechanical' });
    expect(applied.framework).toMatchObject({ edition: '2024', choice2024: { cluster: { code: 'AMF' }, subCluster: { code: 'AMF-IMA' } } });
    const onWorkstation = await applyProgramToPlan(file, '900009', 'electro-mechanical');
    expect(applied.framework).toEqual(onWorkstation.framework);
    const stored = await readAs(pg, alvarez, (trx) => trx.selectFrom('plan').select(['framework_edition', 'cluster_2024', 'subcluster_2024']).where('student_number', '=', '900009').executeTakeFirst());
    expect(stored).toEqual({ framework_edition: '2024', cluster_2024: 'AMF', subcluster_2024: 'AMF-IMA' });

    // A lead tags the program by hand on the server; choosing it again brings the tag she set.
    const program = await ok<ProgramOfStudy>(lead, 'programs.get', { id: 'electro-mechanical' });
    expect(program.framework2024).toBeUndefined();
    const tagged = await ok<ProgramOfStudy>(lead, 'programs.save', { ...program, framework2024: { clusterCode: 'AMF', subClusterCode: 'AMF-ENG' } });
    expect(await ok(alvarez, 'programs.get', { id: 'electro-mechanical' })).toEqual(tagged);
    const again = await ok<PlanView>(alvarez, 'plans.applyProgram', { studentNumber: '900009', programId: 'electro-mechanical' });
    expect(again.framework.choice2024?.subCluster).toEqual({ code: 'AMF-ENG', name: 'Engineering' });
  }, 60_000);
});
