"""Which students each fixture file holds, what they took, and the cases each file carries
(a failed course retaken, a transfer course, an excluded row, a withdrawal, an incomplete...).
Every file holds different students, so importing all of them into one store never overlaps.
"""
from history_fixtures_model import (CATALOG, CURRENT_YEAR, PERCENT, STUDENTS, Course, Part,
                                    course, letter, program)

def final(term, grade, credits, result='passed', numeric=None):
    return Part(term, grade, credits if result == 'passed' else 0.0, credits, result, numeric=numeric)


def progress(term, grade):
    return Part(term, grade, 0.0, 0.0, 'in_progress', progress=True)


def ps_parts(s, c, year, sem, y1=False, grade=None, result='passed'):
    """PowerSchool StoredGrades: quarter progress grades beside the semester (or Y1) finals."""
    g = grade or letter(s, c.number, year)
    pg = g if result == 'passed' else 'D-'
    if year == CURRENT_YEAR:  # quarter 1 is the only grade stored so far this year
        return [] if sem == 'S2' else [progress('Q1', letter(s, c.number, year, 1))]
    if sem:
        q = ('Q1', 'Q2') if sem == 'S1' else ('Q3', 'Q4')
        return [progress(q[0], pg), progress(q[1], pg), final(sem, g, c.credits, result)]
    if y1:
        return [progress(q, pg) for q in ('Q1', 'Q2', 'Q3', 'Q4')] + [final('Y1', g, c.credits, result)]
    h = c.credits / 2
    return [progress('Q1', pg), progress('Q2', pg), final('S1', g, h, result),
            progress('Q3', pg), progress('Q4', pg), final('S2', g, h, result)]


def semester_parts(s, c, year, sem, grade=None, result='passed', numeric=False):
    """A year course as two semester rows, a semester course as one (Infinite Campus, Skyward...)."""
    g = grade or letter(s, c.number, year)
    n = str(PERCENT.get(g, '')) if numeric else None
    if sem:
        return [final(sem, g, c.credits, result, n)]
    return [final('S1', g, c.credits / 2, result, n), final('S2', g, c.credits / 2, result, n)]


def one_part(s, c, year, sem, grade=None, result='passed', term=None):
    """One row per course (WISEdata, Xello, a hand-kept sheet)."""
    g = grade or letter(s, c.number, year)
    return [Part(term or (sem or 'Year'), g, c.credits if result == 'passed' else 0.0, c.credits, result,
                 numeric=str(PERCENT.get(g, '')))]


def build(numbers, parts_of, with_current=False, swap=None):
    out = {}
    for n in numbers:
        s = STUDENTS[n]
        out[n] = [course(c, level, year, parts_of(s, c, year, sem)) for level, year, c, sem in
                  program(s, with_current, (swap or {}).get(n))]
        out[n] = [c for c in out[n] if c.parts]
    return out


def find(courses, number, year):
    return next(c for c in courses if c.catalog == number and c.year == year)


def powerschool():
    numbers = ['100148', '004127', '100123', '004154', '100134', '004145', '100121', '004100']
    s = STUDENTS
    y1 = lambda st, c, year, sem: ps_parts(st, c, year, sem, y1=(st.number == '100134'))
    swap = {'100148': {(11, 'MTH301'): 'MTH201', (12, 'MTH401'): 'MTH301'}}
    out = build(numbers, y1, with_current=True, swap=swap)
    # Olivia Anderson failed Geometry in grade 10 (F, no credit) and took it again in grade 11.
    geo = find(out['100148'], 'MTH201', s['100148'].year_of(10))
    geo.parts = ps_parts(s['100148'], CATALOG['MTH201'], geo.year, None, grade='F', result='failed')
    # Caoimhe Ó Súilleabháin took English 9 and Photography at Lakeview Academy before transferring in.
    st, year = s['004127'], s['004127'].year_of(9)
    cs = out['004127']
    cs.remove(find(cs, 'ENG101', year))
    cs.remove(find(cs, 'ART101', year))
    cs.insert(0, Course('TR-ENG9', None, 'English 9 (Lakeview Academy)', 'english', year, 9, 'ENG',
                        [final('S1', 'B+', 0.5), final('S2', 'A-', 0.5)], school='Lakeview Academy', matched_by=None))
    cs.insert(1, Course('TR-PHO1', None, 'Photography I (Lakeview Academy)', 'elective', year, 9, 'XFER',
                        [final('S1', 'A', 0.5)], school='Lakeview Academy', matched_by=None))
    # Mariam Abdullah: a stored grade excluded from transcripts, and Intro to Computer Science withdrawn.
    st = s['100123']
    support = course(CATALOG['ELC101'], 9, st.year_of(9), [final('S1', 'P', 0.5)])
    support.parts[0].excluded = True
    out['100123'].append(support)
    cs = course(CATALOG['CSC101'], 10, st.year_of(10), [progress('Q1', 'D'), final('S1', 'W', 0.5, 'withdrawn')])
    out['100123'].append(cs)
    # Lucas Jackson's English 9 and English 10 are written the way other exports write them.
    find(out['004154'], 'ENG101', s['004154'].year_of(9)).number = 'eng101'
    find(out['004154'], 'ENG201', s['004154'].year_of(10)).number = 'ENG 201'
    return out


def powerschool_corrected(courses):
    """A month later: Emma Johnson's English 9 S2 grade corrected B to B+; Lucas Jackson's Chemistry S2 row gone."""
    import copy
    out = copy.deepcopy(courses)
    eng = find(out['004145'], 'ENG101', STUDENTS['004145'].year_of(9))
    s2 = next(p for p in eng.parts if p.term == 'S2')
    before = s2.grade
    s2.grade = 'A-' if before == 'B+' else 'B+'
    chem = find(out['004154'], 'SCI201', STUDENTS['004154'].year_of(10))
    gone = next(p for p in chem.parts if p.term == 'S2')
    chem.parts.remove(gone)
    return out, {'corrected': ('004145', 'ENG101', eng.year, 'S2', before, s2.grade),
                 'gone': ('004154', 'SCI201', chem.year, 'S2', gone.grade, gone.earned)}


def infinite_campus():
    numbers = ['100156', '100132', '100111', '100107', '100154', '100130']
    out = build(numbers, semester_parts)
    st = STUDENTS['100156']  # P in a pass/fail course, with credit
    out['100156'].append(course(CATALOG['ELC301'], 11, st.year_of(11), [final('S2', 'P', 0.5)]))
    st = STUDENTS['100111']  # NC: no credit
    out['100111'].append(course(CATALOG['ELC101'], 9, st.year_of(9), [final('S1', 'NC', 0.5, 'failed')]))
    st = STUDENTS['100107']  # I: incomplete, no credit yet
    pe = find(out['100107'], 'PED201', st.year_of(10))
    pe.parts = [final('S1', 'I', 0.5, 'incomplete')]
    return out


def wisedata():
    numbers = ['100108', '100140', '100135', '100143', '100162']
    term = {None: 'Year Round', 'S1': 'Fall Semester', 'S2': 'Spring Semester'}
    out = build(numbers, lambda s, c, y, sem: one_part(s, c, y, sem, term=term[sem]))
    # Algebra 1 under an old local number: matched by its state (SCED) code. Health under a local
    # number the catalog does not know, with no state code: matched by its exact title.
    alg = find(out['100108'], 'MTH101', STUDENTS['100108'].year_of(9))
    alg.number, alg.title, alg.matched_by = 'ALG1-OLD', 'Algebra I', 'state'
    hlt = find(out['100140'], 'HLT101', STUDENTS['100140'].year_of(9))
    hlt.number, hlt.state_code, hlt.matched_by = 'X-HLTH', None, 'title'
    st = STUDENTS['100135']
    chem = find(out['100135'], 'SCI201', st.year_of(10))
    chem.parts = one_part(st, CATALOG['SCI201'], chem.year, None, grade='F', result='failed', term='Year Round')
    mus = find(out['100135'], 'MUS111', st.year_of(10))
    mus.parts = one_part(st, CATALOG['MUS111'], mus.year, None, grade='W', result='withdrawn', term='Year Round')
    st = STUDENTS['100143']
    fin = find(out['100143'], 'FIN201', st.year_of(10))
    fin.parts = one_part(st, CATALOG['FIN201'], fin.year, 'S2', grade='I', result='incomplete', term='Spring Semester')
    for cs in out.values():
        for c in cs:
            for p in c.parts:
                if p.grade in ('W', 'I'):
                    p.numeric = ''
    return out


def skyward():
    numbers = ['100124', '100136', '100151', '100103', '100158']
    out = build(numbers, lambda s, c, y, sem: semester_parts(s, c, y, sem, numeric=True))
    st = STUDENTS['100151']  # failed Spanish 2 in grade 10, both semesters
    sp = find(out['100151'], 'WLS201', st.year_of(10))
    sp.parts = semester_parts(st, CATALOG['WLS201'], sp.year, None, grade='F', result='failed', numeric=True)
    return out


def xello():
    numbers = ['100152', '100116', '100147', '100102', '100113']

    def parts(s, c, year, sem):
        if year == CURRENT_YEAR:  # GradeMark 0: in progress; CreditValue as if achieved
            return [Part('', '0', 0.0, c.credits, 'in_progress')]
        return one_part(s, c, year, sem, term='')
    out = build(numbers, parts, with_current=True)
    for cs in out.values():
        for c in cs:
            c.year = None  # Xello's StudentCourses gives the grade level only
    st = STUDENTS['100147']
    geo = next(c for c in out['100147'] if c.catalog == 'MTH201')
    geo.parts = [Part('', 'F', 0.0, 0.0, 'failed')]  # "Set to 0 if failed course"
    return out


def naviance():
    numbers = ['100144', '100120', '100131', '100142', '100157']

    def parts(s, c, year, sem):
        if year == CURRENT_YEAR:
            return [Part(sem or 'S1', '', 0.0, c.credits / (1 if sem else 2), 'in_progress')] if sem != 'S2' else []
        return semester_parts(s, c, year, sem)
    return build(numbers, parts, with_current=True)


def schoolinks():
    numbers = ['100160', '100104', '100115', '004118', '100118']
    out = build(numbers, semester_parts)
    st = STUDENTS['100115']  # an Algebra course from another district, no credit type: counts as an elective
    cs = out['100115']
    cs.remove(find(cs, 'MTH101', st.year_of(9)))
    cs.insert(0, Course('T-ALG1', None, 'Algebra 1 - Transfer', 'elective', st.year_of(9), 9, None,
                        [final('S1', 'B', 0.5), final('S2', 'B+', 0.5)], school='Northfield High School', matched_by=None))
    return out


def hand_kept():
    numbers = ['100112', '100139', '100127', '100122', '004109']
    out = build(numbers, lambda s, c, y, sem: one_part(s, c, y, sem, term={None: 'Year', 'S1': 'Sem 1', 'S2': 'Sem 2'}[sem]))
    for cs in out.values():
        for c in cs:
            c.year, c.credit_type = None, None  # the sheet gives "Grade 10", no school year, no credit type
    find_lvl = lambda cs, n, lvl: next(c for c in cs if c.catalog == n and c.level == lvl)
    find_lvl(out['100139'], 'MTH101', 9).number = 'mth 101'
    return out


SYSTEMS = {
    'powerschool': powerschool, 'infinite_campus': infinite_campus, 'wisedata': wisedata, 'skyward': skyward,
    'xello': xello, 'naviance': naviance, 'schoolinks': schoolinks, 'hand_kept': hand_kept,
}
