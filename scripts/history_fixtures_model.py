"""The sample school's transcripts, before any export shape: which student took what, when, with
what grade and credit. make-history-fixtures.py renders them as each system writes them and
derives the README's expected outcomes from the same objects, so the two cannot disagree.

Today is 2026-12-01 (school year 2026-27, written 2027 as an ending year). A student of class
year C took grade 9 in the school year ending C-3. Only quarter 1 of 2026-27 is graded.
"""
import os
import sqlite3
from dataclasses import dataclass, field

# The sample school as the application ships it: a store made by `counselor --db PATH demo`
# (make-history-fixtures.py makes one when SAMPLE_STORE is not set).
SAMPLE_STORE = os.environ.get('SAMPLE_STORE', '/tmp/cw-sample-school.db')
CURRENT_YEAR = 2027
SCHOOL = 'Riverside High School'

# Credit type words as the SIS writes them, and the area a plain word means.
CREDIT_TYPES = {'english': 'ENG', 'math': 'MATH', 'science': 'SCI', 'social_studies': 'SOC',
                'physical_education': 'PE', 'health': 'HLTH', 'personal_finance': 'PF',
                'world_language': 'WL', 'fine_arts': 'FA', 'cte': 'CTE', 'elective': 'ELEC', 'other': 'OTH'}
PERCENT = {'A': 95, 'A-': 91, 'B+': 88, 'B': 85, 'B-': 81, 'C+': 78, 'C': 75, 'C-': 71,
           'D+': 68, 'D': 65, 'D-': 61, 'F': 52}
PASSING = ['A', 'B+', 'A-', 'B', 'C+', 'B-', 'A', 'C', 'B+', 'D+', 'A-', 'B']

# What each grade level takes: (catalog number, semester 'S1'/'S2' or None for a year course).
PROGRAM = {
    9: [('ENG101', None), ('MTH101', None), ('SCI111', None), ('SOC101', None), ('WLS101', None),
        ('PED101', 'S1'), ('HLT101', 'S2'), ('ART101', 'S1'), ('BUS101', 'S2')],
    10: [('ENG201', None), ('MTH201', None), ('SCI201', None), ('SOC201', None), ('WLS201', None),
         ('MUS111', None), ('PED201', 'S1'), ('FIN201', 'S2')],
    11: [('ENG301', None), ('MTH301', None), ('SCI301', None), ('WLS301', None), ('MUS111', None),
         ('SOC301', 'S1'), ('SOC311', 'S2'), ('PED301', 'S1'), ('CSC101', 'S2')],
    12: [('ENG401', None), ('MTH401', None), ('SCI341', None), ('SOC321', None),
         ('ELC401', 'S1'), ('PED311', 'S2'), ('ART201', 'S1'), ('THR101', 'S2')],
}


@dataclass
class Student:
    number: str
    grade: int
    class_year: int
    last: str
    first: str

    def year_of(self, level):
        """School year (ending year) in which the student was in grade `level`."""
        return self.class_year - 12 + level

    def levels_taken(self, with_current):
        last = self.grade if with_current else self.grade - 1
        return list(range(9, last + 1))


@dataclass
class CatalogCourse:
    number: str
    title: str
    credits: float
    area: str
    sced: str | None


@dataclass
class Part:
    """One row of a transcript file."""
    term: str
    grade: str
    earned: float
    attempted: float
    result: str  # passed | failed | withdrawn | incomplete | in_progress
    progress: bool = False
    excluded: bool = False
    numeric: str | None = None


@dataclass
class Course:
    """One course a student took in one school year, and the rows a file writes for it."""
    number: str              # as the file writes it
    catalog: str | None      # the catalog course it must match, None when the catalog does not know it
    title: str
    area: str                # where its credits count (catalog area, or the credit type's area, or elective)
    year: int | None         # school year (ending year); None when the file gives only the grade level
    level: int
    credit_type: str | None
    parts: list = field(default_factory=list)
    state_code: str | None = None
    school: str = SCHOOL
    matched_by: str | None = 'number'  # number | state | title | None

    @property
    def earned(self):
        return sum(p.earned for p in self.parts if not p.progress and not p.excluded and p.result == 'passed')

    @property
    def result(self):
        finals = [p for p in self.parts if not p.progress and not p.excluded]
        if not finals:
            return 'in_progress' if any(p.progress and not p.excluded for p in self.parts) else 'excluded'
        for r in ('passed', 'incomplete', 'withdrawn', 'failed', 'in_progress'):
            if any(p.result == r for p in finals):
                return r
        raise AssertionError(self)


def sample_rows(sql):
    with sqlite3.connect(f'file:{SAMPLE_STORE}?mode=ro', uri=True) as db:
        return db.execute(sql).fetchall()


def load_students():
    rows = sample_rows('SELECT student_number, grade, class_year, last_name, first_name FROM student '
                       'WHERE grade IS NOT NULL AND class_year IS NOT NULL ORDER BY student_number')
    return {r[0]: Student(r[0], r[1], r[2], r[3], r[4]) for r in rows}


def load_catalog():
    rows = sample_rows('SELECT number, title, credits, area, sced_code FROM course ORDER BY number')
    return {r[0]: CatalogCourse(r[0], r[1], float(r[2]), r[3], r[4]) for r in rows}


STUDENTS = load_students()
CATALOG = load_catalog()


def letter(student, number, year, salt=0):
    key = sum(ord(c) for c in f'{student.number}{number}{year}') + salt
    return PASSING[key % len(PASSING)]


def program(student, with_current, swap=None):
    """The courses a student took, grade by grade; `swap` replaces catalog numbers per level."""
    out = []
    for level in student.levels_taken(with_current):
        for number, sem in PROGRAM[level]:
            number = (swap or {}).get((level, number), number)
            out.append((level, student.year_of(level), CATALOG[number], sem))
    return out


def course(c, level, year, parts, **kw):
    return Course(kw.pop('number', c.number), c.number, kw.pop('title', c.title), c.area, year, level,
                  kw.pop('credit_type', CREDIT_TYPES[c.area]), parts, state_code=kw.pop('state_code', c.sced), **kw)
