"""expected.json and README.md for tests/fixtures/history: what importing each file must come to,
computed from the objects the files were written from."""
from collections import defaultdict

from history_fixtures_model import CURRENT_YEAR, STUDENTS

CREDIT_AREA = {'ENG': 'english', 'MATH': 'math', 'SCI': 'science', 'SOC': 'social_studies'}

FILES = [  # data key, file, system, where the column names come from
    ('powerschool', 'powerschool-storedgrades.csv', 'PowerSchool StoredGrades through Data Export Manager (Python csv, LF)',
     'PowerSchool SIS data dictionary, StoredGrades table (field names); the table prefixes are how DEM writes headers'),
    ('infinite_campus', 'infinite-campus-transcript.csv', 'Infinite Campus transcript report saved as CSV (UTF-8 with BOM, CRLF)',
     'Infinite Campus Transcript tool fields (Course Number, Score, Percent, Credits Earned/Attempted, Credit Type); the header spelling is a reconstruction'),
    ('wisedata', 'wisedata-course-transcript.xlsx', "WISEdata Portal Course Transcript export, saved by LibreOffice Calc",
     'DPI WISEdata "Course Transcript" data elements; header spelling is a reconstruction. School Year is the Ed-Fi ending year (2025 = 2024-25)'),
    ('skyward', 'skyward-transcript.xlsx', 'Skyward transcript export with title rows, saved by LibreOffice Calc',
     'reconstruction (no public column list); "Other ID" is the state WISEid, "Student ID" the student number'),
    ('xello', 'xello-studentcourses.txt', 'Xello StudentCourses data file (pipe-delimited, CRLF)',
     'Xello "Create Course Data Files" (StudentID|CourseCode|CourseName|GradeLevel|GradeMark|CreditValue, optional HSCourse)'),
    ('naviance', 'naviance-courses.csv', 'Naviance student course data import file (CRLF)',
     'Naviance "Student Course Data Import Fields" (Course ID, Grade Level Taken, Term, Course Status, Course Name, Teacher); Student ID, Grade, Credits are a reconstruction'),
    ('schoolinks', 'schoolinks-courses.csv', 'SchooLinks historical_student_courses.csv (LF)',
     'SchooLinks "Historical Student Courses" schema (student_number, course_id, course_name); the other columns are a reconstruction'),
    ('hand_kept', 'hand-kept.xlsx', "A counselor's own sheet: title rows, \"Grade 10\" levels, no school year, saved by LibreOffice Calc",
     'made up, as such sheets are'),
]


def year_text(y):
    return None if y is None else f'{y - 1}-{str(y % 100).zfill(2)}'


def course_entry(c):
    finals = [p for p in c.parts if not p.progress and not p.excluded]
    return {
        'courseNumber': c.number, 'catalogNumber': c.catalog, 'matchedBy': c.matched_by, 'title': c.title,
        'schoolYear': year_text(c.year), 'gradeLevel': c.level, 'creditType': c.credit_type,
        'result': c.result, 'grades': [p.grade for p in finals],
        'progressGrades': [p.grade for p in c.parts if p.progress],
        'rows': len(c.parts), 'excludedRows': sum(p.excluded for p in c.parts),
        'creditsEarned': c.earned, 'area': c.area,
    }


def student_entry(number, courses):
    s = STUDENTS[number]
    by_area = defaultdict(float)
    for c in courses:
        if c.earned:
            by_area[c.area] += c.earned
    return {
        'name': f'{s.first} {s.last}', 'grade': s.grade, 'classYear': s.class_year,
        'rows': sum(len(c.parts) for c in courses),
        'creditsEarned': sum(c.earned for c in courses),
        'creditsByArea': dict(sorted(by_area.items())),
        'inProgress': [c.catalog or c.number for c in courses if c.result == 'in_progress'],
        'courses': [course_entry(c) for c in courses],
    }


def unmatched(data):
    groups = {}
    for courses in data.values():
        for c in courses:
            if c.catalog is None:
                g = groups.setdefault((c.number, c.title), {'courseNumber': c.number, 'title': c.title, 'students': 0,
                                                           'creditType': c.credit_type, 'area': c.area})
                g['students'] += 1
    return list(groups.values())


def header_index(rows):
    return next(i for i, r in enumerate(rows) if len(r) > 4)


def file_entry(key, name, system, source, data, rows):
    hi = header_index(rows)
    return {
        'system': system, 'columnNames': source, 'headerRow': hi + 1, 'header': rows[hi], 'rows': len(rows) - hi - 1,
        'students': {n: student_entry(n, cs) for n, cs in data.items()}, 'rejected': [], 'unmatched': unmatched(data),
    }


def expected(data, files, corrected, change, gpa, only_bad):
    out = {'today': '2026-12-01', 'schoolYear': year_text(CURRENT_YEAR), 'files': {}}
    for key, name, system, source in FILES:
        out['files'][name] = file_entry(key, name, system, source, data[key], files[name])
    ps = out['files']['powerschool-storedgrades.csv']
    ps['rejected'] = [{'row': 9, 'column': 'STUDENTS.Student_Number', 'value': '100999',
                       'reason': 'no student with this number in the caseload'}]
    ps['counts'] = {'students': 8, 'added': ps['rows'] - 1, 'updated': 0, 'unchanged': 0, 'missing': 0, 'rejected': 1}
    out['files']['infinite-campus-transcript.csv']['statedGpa'] = gpa
    fixed = file_entry('powerschool', 'powerschool-storedgrades-corrected.csv',
                       'The PowerSchool export a month later: one grade corrected, one row gone',
                       FILES[0][3], corrected, files['powerschool-storedgrades-corrected.csv'])
    fixed['rejected'] = ps['rejected']
    n, course, year, term, before, after = change['corrected']
    gn, gcourse, gyear, gterm, ggrade, gearned = change['gone']
    fixed['afterImportingTheFirst'] = {
        'counts': {'students': 8, 'added': 0, 'updated': 1, 'unchanged': fixed['rows'] - 2, 'missing': 1, 'rejected': 1},
        'changed': {'studentNumber': n, 'courseNumber': course, 'schoolYear': year_text(year), 'term': term,
                    'grade': [before, after]},
        'missing': {'studentNumber': gn, 'courseNumber': gcourse, 'schoolYear': year_text(gyear), 'term': gterm,
                    'grade': ggrade, 'creditsEarned': gearned,
                    'note': 'kept and flagged missing: the store keeps the row, so the student keeps its credit'},
    }
    # The gone row is kept, so the student's expected credits are those of the first file.
    fixed['students'][gn] = ps['students'][gn]
    fixed['students'][n]['courses'] = [dict(c) for c in fixed['students'][n]['courses']]
    out['files']['powerschool-storedgrades-corrected.csv'] = fixed
    out['files']['other-school.csv'] = {
        'system': 'PowerSchool StoredGrades shape from another school', 'headerRow': 1,
        'header': files['other-school.csv'][0], 'rows': len(files['other-school.csv']) - 1, 'students': {},
        'refused': 'no row matches a student of this school: refused, nothing written',
    }
    out['files']['only-bad-rows.csv'] = {
        'system': 'Infinite Campus shape, this school\'s students, every row broken', 'headerRow': 1,
        'header': files['only-bad-rows.csv'][0], 'rows': len(files['only-bad-rows.csv']) - 1, 'students': {},
        'rejected': [{'row': i + 2, 'column': col, 'value': val, 'reason': why} for i, (col, val, why) in enumerate(only_bad)],
        'refused': 'every row is rejected: nothing to import, nothing written',
    }
    return out


def notable(c):
    r = c['result']
    if c['catalogNumber'] is None:
        return f"{c['courseNumber']} \"{c['title']}\" unmatched ({c['creditType'] or 'no credit type'} → {c['area']}), {c['creditsEarned']:g} cr"
    if c['courseNumber'] != c['catalogNumber']:
        return f"{c['courseNumber']} → {c['catalogNumber']} by {c['matchedBy']}"
    if c['excludedRows']:
        return f"{c['courseNumber']} {c['schoolYear'] or ''} excluded row (kept, counts nothing)"
    if r in ('failed', 'withdrawn', 'incomplete'):
        return f"{c['courseNumber']} {c['schoolYear'] or 'gr ' + str(c['gradeLevel'])} {r} ({'/'.join(c['grades'])}, 0 cr)"
    if c['catalogNumber'] in ('ELC301',) or 'P' in c['grades']:
        return f"{c['courseNumber']} P/F passed ({c['creditsEarned']:g} cr)"
    return None


def readme(exp):
    lines = [open(__file__.replace('history_fixtures_readme.py', 'history_fixtures_readme.md'), encoding='utf-8').read()]
    for name, f in exp['files'].items():
        lines += [f'## `{name}`', '', f"{f['system']}.", '']
        if 'columnNames' in f:
            lines += [f"Column names: {f['columnNames']}.", '']
        lines += [f"Header on row {f['headerRow']}; {f['rows']} data rows. Header: `{' | '.join(f['header'])}`", '']
        for key in ('refused',):
            if key in f:
                lines += [f'**Expected:** {f[key]}.', '']
        if f.get('rejected'):
            lines += ['Rejected rows (row = line in the file, header is line 1 unless said):', '']
            lines += [f"- row {r['row']}, {r['column']} = `{r['value']}`: {r['reason']}" for r in f['rejected']] + ['']
        if f.get('counts'):
            lines += [f"Counts on a first import: `{f['counts']}`", '']
        if f.get('afterImportingTheFirst'):
            a = f['afterImportingTheFirst']
            lines += [f"Imported after `powerschool-storedgrades.csv`: counts `{a['counts']}`; changed: `{a['changed']}`; "
                      f"missing: `{a['missing']}`.", '']
        if f.get('unmatched'):
            lines += ['Unmatched courses: ' + '; '.join(f"`{u['courseNumber']}` {u['title']} ({u['students']} student, "
                                                       f"credit type {u['creditType']} → {u['area']})" for u in f['unmatched']), '']
        if f.get('statedGpa'):
            lines += ['Stated GPA (kept as written): ' + ', '.join(f'{k} {v}' for k, v in f['statedGpa'].items()), '']
        if f['students']:
            lines += ['| Student | Name | Gr | Rows | Courses | Credits earned | In progress | Notable |', '|---|---|---|---|---|---|---|---|']
            for n, s in f['students'].items():
                notes = [x for x in (notable(c) for c in s['courses']) if x]
                lines.append(f"| {n} | {s['name']} | {s['grade']} | {s['rows']} | {len(s['courses'])} | {s['creditsEarned']:g} | "
                             f"{len(s['inProgress'])} | {'; '.join(notes)} |")
            lines.append('')
    return '\n'.join(lines)
