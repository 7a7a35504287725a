#!/usr/bin/python3
"""Writes the course history fixtures into tests/fixtures/history/: the sample school's
transcripts as PowerSchool, Infinite Campus, WISEdata, Skyward, Xello, Naviance, SchooLinks and a
counselor's own sheet write them, plus expected.json and README.md (what an import of each must
come to, derived from the same objects that wrote the files).

Text files: Python's csv module. Workbooks: LibreOffice Calc (`soffice --headless --convert-to
xlsx`), a writer other than the project's own; number-like code columns are imported as text so
leading zeros (004127, 01001) survive as a counselor's "Save as .xlsx" would keep them.

Run: /usr/bin/python3 scripts/make-history-fixtures.py  (needs soffice for the .xlsx files, and
`npm run build` first: the sample school is read from a store that `counselor demo` makes, so the
fixtures follow the school the application ships)
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / 'scripts'))


def make_sample_store():
    """A fresh store holding the sample school, unless SAMPLE_STORE names one already."""
    if 'SAMPLE_STORE' in os.environ:
        return
    store = Path(tempfile.mkdtemp(prefix='cw-sample-')) / 'sample.db'
    subprocess.run(['node', str(ROOT / 'bin' / 'counselor.mjs'), '--db', str(store), 'demo'],
                   check=True, stdout=subprocess.DEVNULL)
    os.environ['SAMPLE_STORE'] = str(store)


make_sample_store()
from history_fixtures_model import PERCENT, STUDENTS  # noqa: E402
from history_fixtures_systems import (SYSTEMS, powerschool_corrected)  # noqa: E402
from history_fixtures_readme import readme, expected  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / 'tests' / 'fixtures' / 'history'
TERM_ID = {'Y1': 0, 'S1': 1, 'S2': 2, 'Q1': 3, 'Q2': 4, 'Q3': 5, 'Q4': 6}
RESULT_WORD = {'passed': 'Completed', 'failed': 'Failed', 'withdrawn': 'Withdrawn', 'incomplete': 'Incomplete'}


def num(x):
    return f'{x:g}'


def csv_text(rows, delimiter=',', newline='\r\n'):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline)
    w.writerows(rows)
    return buf.getvalue()


def year_text(year, four=False):
    return f'{year - 1}-{year if four else str(year % 100).zfill(2)}'


def rows_of(courses):
    for number in courses:
        s = STUDENTS[number]
        for c in courses[number]:
            for p in c.parts:
                yield s, c, p


PS_HEADER = ['STUDENTS.Student_Number', 'STOREDGRADES.StudentID', 'STOREDGRADES.Course_Number',
             'STOREDGRADES.Course_Name', 'STOREDGRADES.StoreCode', 'STOREDGRADES.Grade', 'STOREDGRADES.Percent',
             'STOREDGRADES.EarnedCrHrs', 'STOREDGRADES.PotentialCrHrs', 'STOREDGRADES.TermID',
             'STOREDGRADES.Grade_Level', 'STOREDGRADES.Credit_Type', 'STOREDGRADES.ExcludeFromTranscripts',
             'STOREDGRADES.SchoolName']


def ps_rows(courses, internal):
    out = []
    for s, c, p in rows_of(courses):
        percent = {'W': '', 'P': ''}.get(p.grade, str(PERCENT_OF(p.grade)))
        out.append([s.number, internal[s.number], c.number, c.title, p.term, p.grade, percent, num(p.earned),
                    num(p.attempted), str((c.year - 1991) * 100 + TERM_ID[p.term]), str(c.level), c.credit_type,
                    '1' if p.excluded else '0', c.school])
    return out


def PERCENT_OF(grade):
    return PERCENT.get(grade, '')


def powerschool(courses):
    internal = {n: str(4521 + i * 17) for i, n in enumerate(courses)}
    rows = ps_rows(courses, internal)
    stranger = ['100999', '9999', 'ENG201', 'English 10', 'S1', 'B', '85', '0.5', '0.5', '3401', '10', 'ENG', '0', 'Riverside High School']
    rows.insert(7, stranger)  # a student number this school does not have: rejected, the rest imports
    return [PS_HEADER] + rows, internal


def infinite_campus(courses):
    header = ['Student Number', 'Last Name', 'First Name', 'School Year', 'Grade', 'Course Number', 'Course Name',
              'Term', 'Score', 'Percent', 'Credits Attempted', 'Credits Earned', 'Credit Type', 'School Name', 'Cumulative GPA']
    gpa = {n: f'{3.9 - i * 0.317:.3f}' for i, n in enumerate(courses)}
    rows = [[s.number, s.last, s.first, year_text(c.year), str(c.level).zfill(2), c.number, c.title, p.term, p.grade,
             str(PERCENT_OF(p.grade)), num(p.attempted), num(p.earned), CREDIT_TYPE_NAME[c.area], c.school, gpa[s.number]]
            for s, c, p in rows_of(courses)]
    return [header] + rows, gpa


CREDIT_TYPE_NAME = {'english': 'English', 'math': 'Mathematics', 'science': 'Science', 'social_studies': 'Social Studies',
                    'physical_education': 'Physical Education', 'health': 'Health', 'personal_finance': 'Personal Finance',
                    'world_language': 'World Language', 'fine_arts': 'Fine Arts', 'cte': 'Career & Technical Ed',
                    'elective': 'Elective', 'other': 'Other'}


def wisedata(courses):
    header = ['School Year', 'District Code', 'School Code', 'WSN', 'Local Student ID', 'Last Name', 'First Name',
              'Local Course ID', 'State Course Code', 'Course Name', 'Term', 'Earned Credits', 'Grade Level',
              'Final Letter Grade', 'Final Numeric Grade', 'Course Attempt Result']
    wsn = {n: str(8412000371 + i * 7919) for i, n in enumerate(courses)}
    rows = [[str(c.year), '3619', '0040', wsn[s.number], s.number, s.last, s.first, c.number, c.state_code or '',
             c.title, p.term, num(p.earned), str(c.level).zfill(2), p.grade, p.numeric or '', RESULT_WORD[p.result]]
            for s, c, p in rows_of(courses)]
    return [header] + rows


def skyward(courses):
    header = ['Other ID', 'Student ID', 'Student Name', 'School Year', 'Grd', 'Course', 'Course Description', 'Term',
              'Mark', 'Percent', 'Credit Attempted', 'Credit Earned']
    rows = [[str(9400120031 + i), s.number, f'{s.last}, {s.first}', year_text(c.year, four=True), str(c.level), c.number,
             c.title, p.term, p.grade, p.numeric or '', num(p.attempted), num(p.earned)]
            for i, (s, c, p) in enumerate(rows_of(courses))]
    other_id = {}
    for r in rows:  # one Other ID per student (the state's WISEid), not per row
        r[0] = other_id.setdefault(r[1], str(9400120031 + len(other_id) * 13))
    title = [['Riverside High School - Student Transcript Export'], ['Printed 12/01/2026 7:45 AM', '', '', 'Page 1'], []]
    return title + [header] + rows


def xello(courses):
    header = ['StudentID', 'CourseCode', 'CourseName', 'GradeLevel', 'GradeMark', 'CreditValue', 'HSCourse']
    rows = [[s.number, c.number, c.title, str(c.level), p.grade, num(p.attempted if p.result == 'in_progress' else p.earned), '1']
            for s, c, p in rows_of(courses)]
    return [header] + rows


def naviance(courses):
    header = ['Student ID', 'Course ID', 'Course Name', 'Grade Level Taken', 'Term', 'Course Status', 'Grade', 'Credits', 'Teacher']
    rows = [[s.number, c.number, c.title, str(c.level), p.term, 'In Progress' if p.result == 'in_progress' else 'Completed',
             p.grade, num(p.earned), 'Alvarez']
            for s, c, p in rows_of(courses)]
    return [header] + rows


def schoolinks(courses):
    header = ['student_number', 'course_id', 'course_name', 'school_year', 'term', 'grade_level', 'grade',
              'credits_attempted', 'credits_earned', 'school_name']
    rows = [[s.number, c.number, c.title, year_text(c.year, four=True), p.term, str(c.level), p.grade, num(p.attempted),
             num(p.earned), c.school] for s, c, p in rows_of(courses)]
    return [header] + rows


def hand_kept(courses):
    header = ['Student #', 'Name', 'Grade', 'Course #', 'Course', 'Term', 'Mark', 'Credit']
    rows = [[s.number, f'{s.first} {s.last}', f'Grade {c.level}', c.number, c.title, p.term, p.grade, num(p.earned)]
            for s, c, p in rows_of(courses)]
    title = [['Riverside High School - Course Record'], ['Kept by Ms. Alvarez, last updated 11/30/2026'], []]
    return title + [header] + rows


def other_school():
    rows = [[str(700100 + i // 2), str(88000 + i // 2), n, t, sc, g, '88', cr, cr, str(3500 + TERM_ID[sc]), '10', ct, '0', 'Lakeview Academy']
            for i, (n, t, sc, g, cr, ct) in enumerate([
                ('E10', 'English 10', 'S1', 'B+', '0.5', 'ENG'), ('E10', 'English 10', 'S2', 'A-', '0.5', 'ENG'),
                ('M200', 'Geometry', 'S1', 'B', '0.5', 'MATH'), ('M200', 'Geometry', 'S2', 'B', '0.5', 'MATH'),
                ('S200', 'Chemistry', 'S1', 'C+', '0.5', 'SCI'), ('S200', 'Chemistry', 'S2', 'B-', '0.5', 'SCI')])]
    return [PS_HEADER] + rows


ONLY_BAD = [  # (column, value, reason a counselor reads) for Infinite Campus shaped rows of this school's students
    ('Course Number', '', 'no course number'),
    ('Credits Earned', 'lots', 'credits earned is not a number'),
    ('Grade', '14', 'grade level 14 is not a high-school grade (9-12) or any grade 0-12'),
    ('School Year', 'someday', 'school year is not a year such as 2024-25'),
    ('Credits Earned', '-1', 'credits earned below 0'),
    ('Credits Earned', '12', 'credits earned above 10 for one row'),
]


def only_bad_rows():
    header = ['Student Number', 'Last Name', 'First Name', 'School Year', 'Grade', 'Course Number', 'Course Name',
              'Term', 'Score', 'Credits Attempted', 'Credits Earned', 'Credit Type']
    people = ['100105', '100109', '100117', '100125', '100129', '100149']
    rows = []
    for n, (column, value, _why) in zip(people, ONLY_BAD):
        s = STUDENTS[n]
        row = dict(zip(header, [n, s.last, s.first, '2025-26', '09', 'ENG101', 'English 9', 'S1', 'B', '0.5', '0.5', 'English']))
        row[column] = value
        rows.append([row[h] for h in header])
    return [header] + rows


def libreoffice(name, rows, text_columns):
    """Writes rows to a CSV, then has LibreOffice Calc save it as .xlsx (text columns stay text)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (Path(name).stem + '.csv')
        src.write_text(csv_text(rows, newline='\n'), encoding='utf-8')
        width = max(len(r) for r in rows)
        types = '/'.join(f'{i}/{2 if i in text_columns else 1}' for i in range(1, width + 1))
        subprocess.run(['soffice', f'-env:UserInstallation=file://{tmp}/profile', '--headless',
                        f'--infilter=CSV:44,34,76,1,{types}', '--convert-to', 'xlsx:Calc MS Excel 2007 XML',
                        str(src), '--outdir', tmp], check=True, capture_output=True)
        shutil.copyfile(Path(tmp) / (Path(name).stem + '.xlsx'), OUT / name)


def compact_json(value, depth=0):
    """Indented down to each student, one line per course: readable in a diff, a tenth of the size."""
    if isinstance(value, dict) and depth < 5 and value:
        pad = ' ' * (depth + 1)
        items = [f'{pad}{json.dumps(k, ensure_ascii=False)}: {compact_json(v, depth + 1)}' for k, v in value.items()]
        return '{\n' + ',\n'.join(items) + '\n' + ' ' * depth + '}'
    if isinstance(value, list) and value and isinstance(value[0], dict) and depth < 5:
        pad = ' ' * (depth + 1)
        return '[\n' + ',\n'.join(pad + json.dumps(v, ensure_ascii=False) for v in value) + '\n' + ' ' * depth + ']'
    return json.dumps(value, ensure_ascii=False)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    data = {name: build() for name, build in SYSTEMS.items()}
    files = {}

    def text(name, rows, delimiter=',', bom=False, newline='\r\n'):
        (OUT / name).write_bytes((b'\xef\xbb\xbf' if bom else b'') + csv_text(rows, delimiter, newline).encode('utf-8'))
        files[name] = rows

    ps, _internal = powerschool(data['powerschool'])
    text('powerschool-storedgrades.csv', ps, newline='\n')
    corrected, change = powerschool_corrected(data['powerschool'])
    ps2, _ = powerschool(corrected)
    text('powerschool-storedgrades-corrected.csv', ps2, newline='\n')
    ic, gpa = infinite_campus(data['infinite_campus'])
    text('infinite-campus-transcript.csv', ic, bom=True)
    text('xello-studentcourses.txt', xello(data['xello']), delimiter='|')
    text('naviance-courses.csv', naviance(data['naviance']))
    text('schoolinks-courses.csv', schoolinks(data['schoolinks']), newline='\n')
    text('other-school.csv', other_school(), newline='\n')
    text('only-bad-rows.csv', only_bad_rows())
    for name, rows, text_cols in [
        ('wisedata-course-transcript.xlsx', wisedata(data['wisedata']), {2, 3, 4, 5, 8, 9, 13}),
        ('skyward-transcript.xlsx', skyward(data['skyward']), {1, 2, 6}),
        ('hand-kept.xlsx', hand_kept(data['hand_kept']), {1, 4}),
    ]:
        libreoffice(name, rows, text_cols)
        files[name] = rows
    exp = expected(data, files, corrected, change, gpa, ONLY_BAD)
    (OUT / 'expected.json').write_text(compact_json(exp) + '\n', encoding='utf-8')
    (OUT / 'README.md').write_text(readme(exp), encoding='utf-8')


if __name__ == '__main__':
    main()
