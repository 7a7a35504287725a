#!/usr/bin/env python3
"""Writes the roster-import fixtures into tests/fixtures/roster/.

Standard library only, and deliberately not the project's own writer (exceljs): the files are
shaped like what PowerSchool, Infinite Campus, Skyward, Synergy, Clever and Excel itself
write, so the import is tested against someone else's bytes. Workbooks are hand-written
OOXML in the entry order Excel uses (worksheets before sharedStrings/styles), plus one in the
opposite order, because exceljs's streaming reader takes a different path for each.

Run: python3 scripts/make-roster-fixtures.py   (deterministic: same bytes every run)
"""
import random
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / 'tests' / 'fixtures' / 'roster'
FIXED_TIME = (2026, 11, 20, 8, 0, 0)  # zip timestamps, so the bytes do not change between runs


def write(name, data):
    (OUT / name).write_bytes(data)


def text(name, content, encoding='utf-8', bom=b''):
    write(name, bom + content.encode(encoding))


# ---------------------------------------------------------------- text exports

def csv_files():
    text('powerschool.csv', (
        'ID,Student_Number,LastFirst,Grade_Level,DOB,Home_Room,Sched_YearOfGraduation,Guardian_Email,Counselor\r\n'
        '4521,000123,"García López, María José",9,3/4/2011,101,2030,maria.lopez@example.org,Ms. Alvarez\r\n'
        '4522,000124,"King, Martin L. Jr.",12,12/31/2008,204,2027,,Mr. Brooks\r\n'
        '4523,100107,"Nguyễn, Thị Ánh",11,7/9/2009,118,2028,anh.parent@example.org,Ms. Alvarez\r\n'
        '4524,000125,"O\'Brien, Siobhán",10,2/29/2012,118,2029,,Mr. Brooks\r\n'))
    text('infinite-campus.csv', (
        'studentNumber,lastName,firstName,middleName,grade,birthDate,counselorName,homeroomTeacher,personID\n'
        '200301,Peña,José,Luis,09,04/15/2011,"Alvarez, Rosa",Room 12,88001\n'
        '200302,Müller,Zoë,,10,11/02/2010,"Alvarez, Rosa",Room 14,88002\n'
        '200303,Smith-Jones,Mary Kate,A,11,01/30/2009,"Brooks, Tom",Room 12,88003\n'), bom=b'\xef\xbb\xbf')
    text('synergy.tsv', (
        'Perm ID\tLast Name\tFirst Name\tGrade\tBirth Date\tCounselor\tHome Room\n'
        '300401\tTran\tBao\t12\t2008-06-01\tAlvarez\t210\n'
        '300402\tWhite Eagle\tAiyana\t9\t2011-09-12\tBrooks\t105\n'))
    text('clever.csv', (
        'school_id,sis_id,student_number,state_id,name.first,name.middle,name.last,grade,graduation_year,dob,email\n'
        'sch-1,SIS-9001,400501,WI77001,Amir,,Haddad,10,2029,05/05/2010,amir.haddad@students.example.org\n'
        'sch-1,SIS-9002,400502,WI77002,Lena,Marie,Ortiz,11,2028,12/12/2009,lena.ortiz@students.example.org\n'))
    # Excel "CSV (Comma delimited)" on US Windows: Windows-1252, CRLF, quotes only where needed.
    text('excel-1252.csv', (
        'Student ID,Last Name,First Name,Grade,Date of Birth,Parent/Guardian Name,Parent Email\r\n'
        '500601,Peña,José,9,3/4/2011,Ana Peña,ana.pena@example.org\r\n'
        '500602,Müller,Zoë,10,11/2/2010,Jürgen Müller,j.muller@example.org\r\n'
        '500603,D\u2019Angelo,Renée,11,1/30/2009,,\r\n'), encoding='cp1252')
    # Excel "Unicode Text": UTF-16LE with a byte order mark, tab-separated, CRLF.
    text('unicode-text.txt', (
        'Student Number\tLast Name\tFirst Name\tGrade\r\n'
        '600701\tNguyễn\tThị Ánh\t11\r\n'
        '600702\t李\t小龙\t10\r\n'
        '600703\tPeña\tJosé\t9\r\n'), encoding='utf-16-le', bom=b'\xff\xfe')
    text('semicolon.csv', (
        'Student Number;Last Name;First Name;Grade;DOB\n'
        '700801;García López, María;Ana;9;2011-02-03\n'
        '700802;Smith;John;10;2010-05-06\n'
        '700803;Lee;Kim;12;2008-07-08\n'))
    text('pipe.txt', (
        'student_id|first_name|last_name|grade_level|class_of\n'
        '800901|Ada|Lovelace|10|\n'
        '800902|Alan|Turing||2028\n'
        '800903|Grace|Hopper|Senior|\n'))
    # A hand-kept sheet saved as CSV: every kind of mistake a real one has.
    text('hand-kept.csv', (
        'Lincoln High School - Class Roster\n'
        'Printed 11/20/2026,,Page 1\n'
        '\n'
        'Student ID,Last Name,First Name,Grade,Class Of,Birth Date,Email,Counselor\n'
        '900001,Alvarez,Rosa,9th,,3/4/2011,rosa@example.org,Ms. Lee\n'
        '900002,Brooks,Tom,Freshman,,03/04/11,,Ms. Lee\n'
        '900003,Chen,Wei,Gr. 10,,,,Ms. Lee\n'
        '900004,Diaz,Luis,,2029,,,Ms. Lee\n'
        '900005,Evans,"=HYPERLINK(""http://x.example"",""Bob"")",Junior,,,,Ms. Lee\n'
        '900006,+1,@SUM(1),SR,,,,Ms. Lee\n'
        '900007,Foster,Ann,15,,,,Ms. Lee\n'
        '900008,Garcia,Eva,K,,,,Ms. Lee\n'
        '900009,Hall,Ian,10,,2/30/2010,,Ms. Lee\n'
        '900010,Iqbal,Sara,11,,,not-an-email,Ms. Lee\n'
        ',Jones,Kim,11,,,,Ms. Lee\n'
        '900012,,,12,,,,Ms. Lee\n'
        '900013,Kim,Joon,10,,,,Ms. Lee\n'
        '900013,Kim,Min,10,,,,Ms. Lee\n'
        '\n'
        'Student ID,Last Name,First Name,Grade,Class Of,Birth Date,Email,Counselor\n'
        '900014,Lopez,Ana,12,,,,Ms. Lee\n'
        '\n'
        'Total: 15 students\n'))
    text('headers-only.csv', 'Student Number,Last Name,First Name,Grade\r\n')
    text('no-student-number.csv', 'Name,Grade,DOB\n"Smith, John",9,1/1/2011\n')


# ---------------------------------------------------------------- xlsx writer

NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
STYLE_DATE, STYLE_US_DATE, STYLE_ZEROS, STYLE_LOCALE_DATE = 1, 2, 3, 4
STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="mm/dd/yyyy"/><numFmt numFmtId="165" formatCode="000000"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="30" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>'''


def serial(iso):
    return (date.fromisoformat(iso) - date(1899, 12, 30)).days


def col_name(i):
    name = ''
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        name = chr(65 + rem) + name
    return name


class Workbook:
    def __init__(self):
        self.sheets = []  # (name, rows, hyperlinks)
        self.strings = []
        self.index = {}

    def shared(self, key, xml):
        if key not in self.index:
            self.index[key] = len(self.strings)
            self.strings.append(xml)
        return self.index[key]

    def cell(self, ref, value):
        """Plain Python values, or tagged tuples for what Excel stores differently."""
        if value is None:
            return ''
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, (int, float)):
            return f'<c r="{ref}"><v>{value!r}</v></c>'
        if isinstance(value, str):
            i = self.shared(('s', value), f'<si><t xml:space="preserve">{escape(value)}</t></si>')
            return f'<c r="{ref}" t="s"><v>{i}</v></c>'
        kind = value[0]
        if kind == 'date':
            return f'<c r="{ref}" s="{value[2] if len(value) > 2 else STYLE_DATE}"><v>{serial(value[1])}</v></c>'
        if kind == 'num':  # ('num', value, style)
            return f'<c r="{ref}" s="{value[2]}"><v>{value[1]}</v></c>'
        if kind == 'rich':
            runs = ''.join(f'<r>{"<rPr><b/></rPr>" if bold else ""}<t xml:space="preserve">{escape(t)}</t></r>' for t, bold in value[1])
            i = self.shared(('r', tuple(value[1])), f'<si>{runs}</si>')
            return f'<c r="{ref}" t="s"><v>{i}</v></c>'
        if kind == 'formula':  # ('formula', text, cached, 'str'|'n', style)
            t = ' t="str"' if value[3] == 'str' else ''
            s = f' s="{value[4]}"' if len(value) > 4 else ''
            return f'<c r="{ref}"{s}{t}><f>{escape(value[1])}</f><v>{escape(str(value[2]))}</v></c>'
        if kind == 'inline':
            return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value[1])}</t></is></c>'
        if kind == 'error':
            return f'<c r="{ref}" t="e"><v>{escape(value[1])}</v></c>'
        raise ValueError(value)

    def add_sheet(self, name, rows, hyperlinks=()):
        """rows: {row_number: [values]} so blank rows are simply absent, as in Excel's files."""
        self.sheets.append((name, rows, list(hyperlinks)))

    def sheet_xml(self, rows, hyperlinks):
        body = []
        for r in sorted(rows):
            cells = ''.join(self.cell(f'{col_name(c)}{r}', v) for c, v in enumerate(rows[r]))
            body.append(f'<row r="{r}">{cells}</row>')
        links = ''
        if hyperlinks:
            links = '<hyperlinks>' + ''.join(f'<hyperlink ref="{ref}" r:id="rId{i + 1}"/>' for i, (ref, _) in enumerate(hyperlinks)) + '</hyperlinks>'
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS}" xmlns:r="{REL_NS}">'
                f'<sheetData>{"".join(body)}</sheetData>{links}</worksheet>')

    def save(self, name, strings_first=False):
        n = len(self.sheets)
        sheet_parts = [(f'xl/worksheets/sheet{i + 1}.xml', self.sheet_xml(rows, links)) for i, (_, rows, links) in enumerate(self.sheets)]
        link_parts = []
        for i, (_, _, links) in enumerate(self.sheets):
            if links:
                rels = ''.join(f'<Relationship Id="rId{j + 1}" Type="{REL_NS}/hyperlink" Target="{escape(url)}" TargetMode="External"/>' for j, (_, url) in enumerate(links))
                link_parts.append((f'xl/worksheets/_rels/sheet{i + 1}.xml.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'))
        types = ''.join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
        content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                         f'{types}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        sheets = ''.join(f'<sheet name="{escape(s[0])}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, s in enumerate(self.sheets))
        workbook = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{NS}" xmlns:r="{REL_NS}"><sheets>{sheets}</sheets></workbook>'
        wb_rels = ''.join(f'<Relationship Id="rId{i + 1}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
        wb_rels += f'<Relationship Id="rId{n + 1}" Type="{REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId{n + 2}" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
        wb_rels = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{wb_rels}</Relationships>'
        strings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{NS}" count="{len(self.strings)}" uniqueCount="{len(self.strings)}">'
                   f'{"".join(self.strings)}</sst>')
        head = [('[Content_Types].xml', content_types), ('_rels/.rels', root_rels), ('xl/workbook.xml', workbook), ('xl/_rels/workbook.xml.rels', wb_rels)]
        tail = [('xl/styles.xml', STYLES), ('xl/sharedStrings.xml', strings)]
        parts = head + (tail + sheet_parts + link_parts if strings_first else sheet_parts + link_parts + tail)
        with zipfile.ZipFile(OUT / name, 'w', zipfile.ZIP_DEFLATED) as z:
            for part, xml in parts:
                info = zipfile.ZipInfo(part, FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, xml)


def xlsx_files():
    # Skyward "Student Profile" export: an empty cover sheet, title rows, a print line, a blank
    # row, then the header; a footer under the data; a notes sheet after.
    wb = Workbook()
    wb.add_sheet('Cover', {})
    wb.add_sheet('Student Profile', {
        1: ['Lincoln High School Roster'],
        2: ['Printed 11/20/2026 Page 1'],
        4: ['Other ID', 'Student Name', 'Grd', 'Grad Yr', 'Advisor', 'Birth Date', 'Home Language'],
        5: [100234, 'Peña, José A.', 9, 2030, 'Alvarez, Rosa', ('date', '2011-03-04'), 'Spanish'],
        6: [100235, 'Müller, Zoë', 10, 2029, 'Brooks, Tom', ('date', '2010-11-02'), 'German'],
        7: [100236, 'King, Martin L. Jr.', 12, 2027, 'Brooks, Tom', ('date', '2008-12-31'), 'English'],
        8: [100237, 'García López, María José', 11, 2028, 'Alvarez, Rosa', ('date', '2009-07-09'), 'Spanish'],
        10: ['Total: 4 students'],
    })
    wb.add_sheet('Notes', {1: ['Note', 'Author'], 2: ['Exported for counseling', 'Registrar']})
    wb.save('skyward.xlsx', strings_first=True)

    # Every cell kind exceljs hands back differently.
    wb = Workbook()
    wb.add_sheet('Roster', {
        1: ['Student Number', 'First Name', 'Last Name', 'Grade', 'Birth Date', 'Email', 'Counselor', 'Note'],
        2: [100000, ('rich', [('Ma', True), ('ría', False)]), 'Peña', 9, ('date', '2010-03-04'), 'maria.pena@example.org',
            ('formula', '"Ms. "&"Alvarez"', 'Ms. Alvarez', 'str'), True],
        3: ['000123', 'Zoë', 'Müller', ('formula', '8+2', 10, 'n'), ('date', '2010-11-02', STYLE_US_DATE), ('inline', 'zoe@example.org'),
            'Mr. Brooks', ('error', '#N/A')],
        4: [('num', 124, STYLE_ZEROS), '=HYPERLINK("http://x.example","Bob")', '+1', 11,
            ('formula', 'DATE(2009,5,6)', serial('2009-05-06'), 'n', STYLE_DATE), None, '@SUM(1)', 3.5],
        5: [100001, 'Ann', 'Lee', 12, ('num', serial('2008-01-15'), STYLE_LOCALE_DATE), None, None, 1.2345678901234568e+20],
        6: [100002, 'Ben', 'Ode', 10, None, None, None, 1.5e-07],
    }, hyperlinks=[('F2', 'mailto:maria.pena@example.org')])
    wb.save('cells.xlsx')

    wb = Workbook()
    wb.add_sheet('Sheet1', {1: ['Student Number', 'Last Name', 'First Name', 'Grade']})
    wb.save('headers-only.xlsx')

    # A 2 MB cell compresses to a few KB: small enough to commit, large enough to refuse.
    wb = Workbook()
    wb.add_sheet('Sheet1', {
        1: ['Student Number', 'Last Name', 'First Name', 'Note'],
        2: [101, 'Ames', 'Ava', 'short note'],
        3: [102, 'Bell', 'Ben', 'x' * 2_000_000],
        4: [103, 'Cruz', 'Cy', 'ok'],
    })
    wb.save('big-cell.xlsx')


# ---------------------------------------------------------------- files that would flip a caseload

FIRST = ['José', 'Zoë', 'María', 'Liam', 'Aiyana', 'Bao', 'Siobhán', 'Amir', 'Lena', 'Kwame', 'Renée', 'Mateo',
         'Ingrid', 'Tomás', 'Yusuf', 'Chloé', 'Dmitri', 'Hana', 'Ólafur', 'Priya']
LAST = ['Peña', 'Müller', 'García', 'Nguyễn', 'Okafor', 'Smith', "O'Brien", 'Haddad', 'Ortiz', 'Kowalski',
        'Tran', 'Łukasz', 'Johansson', 'Rossi', 'Dubois', 'Kim']


def school(n=160, seed=11):
    """n distinct students: (local number, first, last, grade, birth date), in a shuffled but fixed order."""
    rng = random.Random(seed)
    names = [(f, l) for l in LAST for f in FIRST]
    rng.shuffle(names)
    people = []
    for i, (first, last) in enumerate(names[:n]):
        grade = 9 + i % 4
        born = date(2025 - grade - 6, 1 + i % 12, 1 + i % 28).isoformat()
        people.append((str(100001 + i), first, last, grade, born))
    return people


def csv_rows(header, rows):
    return '\r\n'.join([header] + rows) + '\r\n'


def caseload_files():
    people = school()
    header = 'Student Number,Last Name,First Name,Grade,Birth Date'
    line = lambda p, number=None: f'{number or p[0]},"{p[2]}",{p[1]},{p[3]},{p[4]}'
    caseload = people[:100]
    # The counselor's caseload, and next month's export of it with 30 students missing.
    text('caseload-100.csv', csv_rows(header, [line(p) for p in caseload]))
    text('missing-30-percent.csv', csv_rows(header, [line(p) for i, p in enumerate(caseload) if i % 10 not in (1, 4, 7)]))
    # The same caseload where the district gave three students new numbers; a fourth new student
    # shares a name with one who left, but not the birth date or grade: a different person.
    renumbered = {5: '900005', 40: '900040', 77: '900077'}
    rows = [line(p, renumbered.get(i)) for i, p in enumerate(caseload) if i != 90]
    gone = caseload[90]
    rows.append(f'900090,"{gone[2]}",{gone[1]},{9 if gone[3] != 9 else 10},2012-12-12')
    text('new-numbers.csv', csv_rows(header, rows))
    # An elementary roster exported by mistake: every grade is K-5, so every row is rejected.
    text('all-rejected.csv', csv_rows(header, [f'{700001 + i},"{p[2]}",{p[1]},{["K", 1, 2, 3, 4, 5][i % 6]},{p[4]}' for i, p in enumerate(people[:40])]))

    # Skyward export keyed on "Other ID" (the state's WISEid) with the local number beside it: the
    # first 60 are in the caseload above, 60 more are not. Names in Skyward's capitals for some.
    wb = Workbook()
    rows = {1: ['Lincoln High School Student Profile'], 3: ['Other ID', 'Student ID', 'Student Name', 'Grd', 'Birth Date']}
    for i, p in enumerate(people[:60] + people[100:160]):
        last, first = (p[2].upper(), p[1].upper()) if i % 3 == 0 else (p[2], p[1])
        rows[4 + i] = [('num', 9100200000 + i * 37, 0), int(p[0]), f'{last}, {first}', p[3], ('date', p[4])]
    wb.add_sheet('Student Profile', rows)
    wb.save('skyward-other-id.xlsx', strings_first=True)

    # 12-digit state numbers saved from Excel as "CSV (Comma delimited)": a General column shows
    # 123456789012 as 1.23457E+11, and that is what Excel writes. Short local numbers survive.
    long_numbers = [(str(412345678901 + i * 1_000_003), p) for i, p in enumerate(people[100:106])]
    text('caseload-long-numbers.csv', csv_rows(header, [line(p, n) for n, p in long_numbers] + [line(p) for p in people[106:110]]))
    def excel_general(n):
        mantissa, exponent = f'{int(n):.5E}'.split('E')
        return f"{mantissa.rstrip('0').rstrip('.')}E+{int(exponent):02d}"
    excel_rows = [line(p, excel_general(n)) for n, p in long_numbers] + [line(p) for p in people[106:110]]
    excel_rows[1] = excel_rows[1].replace('E+', 'e+')  # some exports write the e in lower case
    text('excel-scientific.csv', csv_rows(header, excel_rows), bom=b'\xef\xbb\xbf')  # Excel's "CSV UTF-8"


# ---------------------------------------------------------------- hostile files

def hostile_files():
    rng = random.Random(4)
    data = (OUT / 'cells.xlsx').read_bytes()
    write('truncated.xlsx', data[: len(data) // 2])
    write('png-renamed.xlsx', bytes.fromhex('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489') + bytes(rng.randrange(256) for _ in range(200)))
    cfb = bytes.fromhex('d0cf11e0a1b11ae1')
    write('legacy.xls', cfb + bytes(rng.randrange(256) for _ in range(2048)))
    # Excel wraps an encrypted workbook in CFB with streams named in UTF-16.
    write('protected.xlsx', cfb + bytes(504) + 'EncryptionInfo'.encode('utf-16-le') + bytes(50) + 'EncryptedPackage'.encode('utf-16-le') + bytes(rng.randrange(256) for _ in range(1024)))
    text('html-saved.xls', '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head><meta charset="utf-8"></head>\n<body><table><tr><td>Student Number</td><td>Name</td></tr>\n<tr><td>000123</td><td>Peña, José</td></tr></table></body></html>\n')
    text('spreadsheet-2003.xls', '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"/></Workbook>\n')
    with zipfile.ZipFile(OUT / 'roster.ods', 'w') as z:
        info = zipfile.ZipInfo('mimetype', FIXED_TIME)
        z.writestr(info, 'application/vnd.oasis.opendocument.spreadsheet')  # stored, first: what the ODF spec requires
        info = zipfile.ZipInfo('content.xml', FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
    with zipfile.ZipFile(OUT / 'not-a-workbook.xlsx', 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo('word/document.xml', FIXED_TIME), '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
    write('report.pdf', b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')
    write('garbage.csv', bytes(rng.randrange(256) for _ in range(4096)))
    write('empty.csv', b'')


if __name__ == '__main__':
    OUT.mkdir(parents=True, exist_ok=True)
    csv_files()
    xlsx_files()
    caseload_files()
    hostile_files()
    for f in sorted(OUT.iterdir()):
        print(f'{f.stat().st_size:>8}  {f.name}')
