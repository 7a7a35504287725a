"""Fills a label sheet's third column as another program would (no exceljs): reads the .xlsx with
zipfile, writes a new workbook with shared strings as Excel and LibreOffice do.
Usage: fill-sheet.py IN.xlsx OUT.xlsx SPEC.json, SPEC = {"fill": {key: text}, "extra": [[key, text]]};
a key not in "fill" gets its English text (a translator may keep a word as it is)."""
import json, re, sys, zipfile
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
src, out, spec_file = sys.argv[1:4]
spec = json.load(open(spec_file, encoding='utf-8'))
z = zipfile.ZipFile(src)
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', NS):
        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % NS['m'])))
sheet = next(n for n in z.namelist() if re.match(r'xl/worksheets/sheet\d+\.xml$', n))
rows = []
for row in ET.fromstring(z.read(sheet)).iter('{%s}row' % NS['m']):
    cells = {}
    for c in row.findall('m:c', NS):
        col = re.match(r'[A-Z]+', c.get('r')).group(0)
        if c.get('t') == 's':
            cells[col] = shared[int(c.find('m:v', NS).text)]
        elif c.get('t') == 'inlineStr':
            cells[col] = ''.join(t.text or '' for t in c.iter('{%s}t' % NS['m']))
        else:
            v = c.find('m:v', NS)
            cells[col] = (v.text or '') if v is not None else ''
    rows.append([cells.get(k, '') for k in 'ABCD'])

table = [['Key', 'English', 'Hmong', 'Notes']]
for key, english, _, note in rows[1:]:
    table.append([key, english, spec['fill'].get(key, english), note])
table += [[k, '', t, ''] for k, t in spec.get('extra', [])]

strings, index = [], {}
def sid(text):
    if text not in index:
        index[text] = len(strings)
        strings.append(text)
    return index[text]
xml_rows = []
for r, cells in enumerate(table, start=1):
    xml_cells = ''.join('<c r="%s%d" t="s"><v>%d</v></c>' % ('ABCD'[i], r, sid(v)) for i, v in enumerate(cells) if v)
    xml_rows.append('<row r="%d">%s</row>' % (r, xml_cells))
main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as o:
    o.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    o.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rel)
    o.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="Labels" sheetId="1" r:id="rId1"/></sheets></workbook>' % (main, rel))
    o.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/></Relationships>' % (rel, rel))
    o.writestr('xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (main, ''.join(xml_rows)))
    o.writestr('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (main, len(strings), len(strings), ''.join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in strings)))
