import type { Migration } from '../migration';

const AREAS = `'english','math','science','social_studies','physical_education','health','personal_finance','world_language','fine_arts','cte','elective','other'`;
const YEARS = `'9','10','11','12','ps1','ps2'`;
const CREDENTIALS = `'certificate','technical_diploma','associate','bachelor','apprenticeship','industry_certification'`;
const DATE = (column: string) => `(${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;
const QUARTER_STEPS = (column: string) => `(${column} IS NULL OR (${column} >= 0 AND ${column} * 4 = CAST(${column} * 4 AS INTEGER)))`;

/**
 * The course catalog, programs of study, requirement sets and plans.
 *
 * Plans reference student(student_number) with no ON DELETE action on purpose: a plan is never
 * removed as a side effect of anything done to students (roster imports mark students, they do
 * not delete them). Plan courses keep a course number without a foreign key, because a catalog
 * import may drop or renumber courses while transcripts keep what the student took; the plan
 * view flags such a course instead of losing it. Lists that have an order carry `position`.
 */
export const plansMigration: Migration = {
  version: 4,
  name: 'catalog, programs of study, requirements and plans',
  up(db) {
    db.exec(`
      CREATE TABLE course (
        number        TEXT PRIMARY KEY NOT NULL CHECK (length(number) BETWEEN 1 AND 32),
        title         TEXT NOT NULL,
        credits       REAL NOT NULL CHECK (credits BETWEEN 0 AND 10 AND ${QUARTER_STEPS('credits')}),
        area          TEXT NOT NULL CHECK (area IN (${AREAS})),
        grades        TEXT NOT NULL CHECK (json_valid(grades)),
        length        TEXT NOT NULL CHECK (length IN ('year', 'semester', 'quarter')),
        prerequisites TEXT NOT NULL CHECK (json_valid(prerequisites)),
        cte           INTEGER NOT NULL CHECK (cte IN (0, 1)),
        ap            INTEGER NOT NULL CHECK (ap IN (0, 1)),
        ib            INTEGER NOT NULL CHECK (ib IN (0, 1)),
        honors        INTEGER NOT NULL CHECK (honors IN (0, 1)),
        dual_credit   TEXT CHECK (dual_credit IN ('start_college_now', 'early_college_credit', 'transcripted_credit')),
        repeatable    INTEGER NOT NULL CHECK (repeatable IN (0, 1)),
        tags          TEXT NOT NULL CHECK (json_valid(tags)),
        sced_code     TEXT,
        state_code    TEXT,
        updated_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE course_pathway (
        course_number TEXT NOT NULL REFERENCES course (number) ON UPDATE CASCADE ON DELETE CASCADE,
        pathway_code  TEXT NOT NULL REFERENCES career_pathway (code),
        PRIMARY KEY (course_number, pathway_code)
      ) STRICT;
      CREATE INDEX course_pathway_by_pathway ON course_pathway (pathway_code);

      CREATE TABLE postsecondary_entry (
        code            TEXT PRIMARY KEY NOT NULL,
        institution     TEXT NOT NULL,
        program         TEXT NOT NULL,
        course          TEXT NOT NULL,
        credential_type TEXT NOT NULL CHECK (credential_type IN (${CREDENTIALS})),
        credits         REAL CHECK (${QUARTER_STEPS('credits')})
      ) STRICT;

      CREATE TABLE program (
        id                  TEXT PRIMARY KEY NOT NULL,
        pathway_code        TEXT NOT NULL REFERENCES career_pathway (code),
        name                TEXT NOT NULL,
        description         TEXT NOT NULL,
        dual_credit_options TEXT NOT NULL CHECK (json_valid(dual_credit_options)),
        credentials         TEXT NOT NULL CHECK (json_valid(credentials)),
        occupations         TEXT NOT NULL CHECK (json_valid(occupations)),
        leads_to_type       TEXT NOT NULL CHECK (leads_to_type IN (${CREDENTIALS})),
        leads_to_title      TEXT NOT NULL,
        leads_to_institution TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;

      CREATE TABLE program_course (
        program_id  TEXT NOT NULL REFERENCES program (id) ON UPDATE CASCADE ON DELETE CASCADE,
        year        TEXT NOT NULL CHECK (year IN (${YEARS})),
        position    INTEGER NOT NULL,
        course_code TEXT NOT NULL,
        PRIMARY KEY (program_id, year, position)
      ) STRICT;

      CREATE TABLE requirement_set (
        id            INTEGER PRIMARY KEY,
        class_year    INTEGER,
        name          TEXT NOT NULL,
        total_credits REAL NOT NULL CHECK (total_credits >= 0),
        updated_at    TEXT NOT NULL
      ) STRICT;
      -- One set per class year and one default (NULL); UNIQUE alone would allow many NULLs.
      CREATE UNIQUE INDEX requirement_set_class_year ON requirement_set (ifnull(class_year, 0));

      CREATE TABLE requirement_area (
        set_id  INTEGER NOT NULL REFERENCES requirement_set (id) ON DELETE CASCADE,
        area    TEXT NOT NULL CHECK (area IN (${AREAS})),
        credits REAL NOT NULL CHECK (credits >= 0),
        position INTEGER NOT NULL,
        PRIMARY KEY (set_id, area)
      ) STRICT;

      CREATE TABLE requirement_rule (
        set_id      INTEGER NOT NULL REFERENCES requirement_set (id) ON DELETE CASCADE,
        id          TEXT NOT NULL,
        position    INTEGER NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('counts_as', 'non_credit')),
        from_tag    TEXT,
        from_area   TEXT CHECK (from_area IS NULL OR from_area IN (${AREAS})),
        to_area     TEXT CHECK (to_area IS NULL OR to_area IN (${AREAS})),
        max_credits REAL,
        name        TEXT,
        description TEXT NOT NULL,
        PRIMARY KEY (set_id, id),
        CHECK (kind = 'non_credit' OR (from_tag IS NOT NULL AND to_area IS NOT NULL))
      ) STRICT;

      CREATE TABLE plan (
        student_number      TEXT PRIMARY KEY NOT NULL REFERENCES student (student_number) ON UPDATE CASCADE,
        cluster_code        TEXT REFERENCES career_cluster (code),
        pathway_code        TEXT REFERENCES career_pathway (code),
        program_id          TEXT REFERENCES program (id) ON UPDATE CASCADE,
        second_cluster_code TEXT REFERENCES career_cluster (code),
        career_interests    TEXT NOT NULL CHECK (json_valid(career_interests)),
        ps_institution      TEXT,
        ps_program          TEXT,
        ps_credential_type  TEXT CHECK (ps_credential_type IS NULL OR ps_credential_type IN (${CREDENTIALS})),
        notes               TEXT,
        last_reviewed       TEXT CHECK ${DATE('last_reviewed')},
        updated_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_cluster ON plan (cluster_code);

      CREATE TABLE plan_course (
        student_number TEXT NOT NULL REFERENCES plan (student_number) ON UPDATE CASCADE ON DELETE CASCADE,
        id             TEXT NOT NULL,
        position       INTEGER NOT NULL,
        year           TEXT NOT NULL CHECK (year IN (${YEARS})),
        term           TEXT NOT NULL CHECK (term IN ('full_year', 'S1', 'S2', 'Q1', 'Q2', 'Q3', 'Q4')),
        course_number  TEXT NOT NULL,
        status         TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed')),
        grade          TEXT,
        credits_earned REAL CHECK (${QUARTER_STEPS('credits_earned')}),
        PRIMARY KEY (student_number, id)
      ) STRICT;

      CREATE TABLE plan_goal (
        student_number TEXT NOT NULL REFERENCES plan (student_number) ON UPDATE CASCADE ON DELETE CASCADE,
        id             TEXT NOT NULL,
        position       INTEGER NOT NULL,
        kind           TEXT NOT NULL CHECK (kind IN ('academic', 'career', 'personal_social')),
        text           TEXT NOT NULL,
        target_date    TEXT CHECK ${DATE('target_date')},
        status         TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'achieved', 'set_aside')),
        PRIMARY KEY (student_number, id)
      ) STRICT;

      CREATE TABLE plan_experience (
        student_number TEXT NOT NULL REFERENCES plan (student_number) ON UPDATE CASCADE ON DELETE CASCADE,
        id             TEXT NOT NULL,
        position       INTEGER NOT NULL,
        type           TEXT NOT NULL,
        title          TEXT NOT NULL,
        organization   TEXT,
        ctso           TEXT CHECK (ctso IS NULL OR ctso IN ('FFA', 'FBLA', 'DECA', 'HOSA', 'SkillsUSA', 'FCCLA', 'TSA')),
        start_date     TEXT CHECK ${DATE('start_date')},
        end_date       TEXT CHECK ${DATE('end_date')},
        hours          REAL CHECK (hours IS NULL OR hours >= 0),
        PRIMARY KEY (student_number, id)
      ) STRICT;

      CREATE TABLE plan_credential (
        student_number TEXT NOT NULL REFERENCES plan (student_number) ON UPDATE CASCADE ON DELETE CASCADE,
        id             TEXT NOT NULL,
        position       INTEGER NOT NULL,
        name           TEXT NOT NULL,
        issuer         TEXT,
        status         TEXT NOT NULL CHECK (status IN ('planned', 'earned')),
        date           TEXT CHECK ${DATE('date')},
        PRIMARY KEY (student_number, id)
      ) STRICT;

      CREATE TABLE plan_acknowledgement (
        student_number TEXT NOT NULL REFERENCES plan (student_number) ON UPDATE CASCADE ON DELETE CASCADE,
        warning_id     TEXT NOT NULL,
        note           TEXT NOT NULL,
        date           TEXT NOT NULL CHECK ${DATE('date')},
        PRIMARY KEY (student_number, warning_id)
      ) STRICT;

      CREATE TABLE plan_requirement_met (
        student_number TEXT NOT NULL REFERENCES plan (student_number) ON UPDATE CASCADE ON DELETE CASCADE,
        requirement_id TEXT NOT NULL,
        date           TEXT CHECK ${DATE('date')},
        PRIMARY KEY (student_number, requirement_id)
      ) STRICT;

      -- Undo: the whole plan as JSON before each change ('null' when there was no plan yet).
      -- A snapshot is robust where stored inverses are not: any change, however it was made,
      -- is undone by writing the snapshot back. The newest 50 per student are kept.
      CREATE TABLE plan_history (
        id             INTEGER PRIMARY KEY,
        student_number TEXT NOT NULL REFERENCES student (student_number) ON UPDATE CASCADE,
        changed_at     TEXT NOT NULL,
        operation      TEXT NOT NULL,
        snapshot       TEXT NOT NULL CHECK (json_valid(snapshot))
      ) STRICT;
      CREATE INDEX plan_history_by_student ON plan_history (student_number, id);
    `);
  },
};
