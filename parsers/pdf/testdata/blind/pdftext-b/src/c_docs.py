"""Chromium headless documents (some post-processed with qpdf QDF edits)."""
import os
import re

from pdfw import gold, out
from data import COURSES, HEADER, total
import tools

CSS = """
@page { size: letter; margin: 0.6in; }
body { font-family: 'Liberation Sans'; font-size: 11pt; margin: 0; }
p { margin: 0 0 8pt 0; white-space: nowrap; }
h1, h2 { white-space: nowrap; }
table { border-collapse: collapse; }
td, th { padding: 3pt 8pt 3pt 0; text-align: left; white-space: nowrap; }
"""


def page(body, css=''):
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s%s</style></head><body>%s</body></html>' % (
        CSS, css, body)


def table(rows, head=HEADER):
    h = '<tr>' + ''.join('<th>%s</th>' % x for x in head) + '</tr>'
    for r in rows:
        h += '<tr>' + ''.join('<td>%s</td>' % x for x in r) + '</tr>'
    return '<table>' + h + '</table>'


def margin_label():
    name = 'rotated-5-chromium'
    L = []
    body = '<div style="border:2pt solid #234; height:9.5in; padding:0.5in 0.6in 0 0.9in; box-sizing:border-box">'
    items = [('h1', 'font-size:22pt', 'LabCE Certificate of Completion'),
             ('p', 'font-size:12pt', 'This is to certify that'),
             ('p', 'font-size:18pt;font-weight:bold', 'Isadora Quintanilla-Webb, MLS(ASCP)'),
             ('p', 'font-size:12pt', 'has completed the online course'),
             ('p', 'font-size:14pt;font-weight:bold', 'Pre-analytical Errors in Coagulation Testing'),
             ('p', '', 'Completion date: 05/06/2024'),
             ('p', '', 'Contact hours: 1.5 (P.A.C.E.\u00ae Program 389-201-24-018)'),
             ('p', '', 'Course level: Intermediate'),
             ('p', 'margin-top:60pt', 'LabCE, a division of MediaLab, Inc.')]
    for tag, st, s in items:
        body += '<%s style="%s">%s</%s>' % (tag, st, s, tag)
        L.append(s)
    body += '</div>'
    label = 'Verify at labce.example/verify  Certificate ID LCE-2024-0506-77413'
    body += ('<div style="position:absolute; left:0.12in; top:8.6in; transform:rotate(-90deg); transform-origin:left top; '
             'white-space:nowrap; font-size:8pt; color:#555">%s</div>' % label)
    pdf = out(name + '.pdf')
    tools.chromium(page(body, 'body{position:relative}'), pdf, name)
    L.append('Verify at labce.example/verify Certificate ID LCE-2024-0506-77413')
    gold(name, 'rotated', 'chromium', 'Portrait page, /Rotate 0. A sideways margin label (CSS rotate(-90deg), reads bottom-to-top) '
         'runs along the left margin beside the certificate text; gold lists it as its own line after the page\'s other '
         'lines.', [L])


def landscape_to_rotated():
    name = 'rotated-6-chromium+pypdf'
    L = []
    body = '<h2 style="font-size:16pt;margin:0 0 4pt 0">ASCP Continuing Education Transcript</h2>'
    L.append('ASCP Continuing Education Transcript')
    body += '<p>Certificant: Maximilian Oduya-Fairbanks, MB(ASCP)CM  &nbsp; Customer ID 01987734</p>'
    L.append('Certificant: Maximilian Oduya-Fairbanks, MB(ASCP)CM Customer ID 01987734')
    body += '<p>CMP cycle: 01/01/2022 - 12/31/2024</p>'
    L.append('CMP cycle: 01/01/2022 - 12/31/2024')
    rows = COURSES[5:17]
    body += table(rows)
    L.append(' '.join(HEADER))
    L.extend(' '.join(r) for r in rows)
    body += '<p style="margin-top:10pt;font-weight:bold">Total credits: %s</p>' % total(rows)
    L.append('Total credits: %s' % total(rows))
    src = os.path.join(tools.BUILD, name + '.landscape.pdf')
    tools.chromium(page(body, '@page { size: letter landscape; }'), src, name)
    # pypdf: make the page portrait (612x792) with /Rotate 270, content turned so it still reads upright
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import RectangleObject, NameObject, NumberObject
    r = PdfReader(src)
    w = PdfWriter()
    for pg in r.pages:
        W, H = float(pg.mediabox.width), float(pg.mediabox.height)   # 792 x 612
        # display coords (X,Y) -> user (Y, W - X) for /Rotate 270
        pg.add_transformation(Transformation((0, -1, 1, 0, 0, W)))
        pg.mediabox = RectangleObject([0, 0, H, W])
        pg.cropbox = RectangleObject([0, 0, H, W])
        pg[NameObject('/Rotate')] = NumberObject(270)
        w.add_page(pg)
    w.add_metadata({'/Producer': 'Skia/PDF + pypdf rotate'})
    with open(out(name + '.pdf'), 'wb') as f:
        w.write(f)
    gold(name, 'rotated', 'chromium+pypdf', 'Chromium printed a landscape page; pypdf then stored it as a portrait 612x792 MediaBox '
         'with /Rotate 270 and prepended "0 -1 1 0 0 792 cm" so it displays upright as landscape. Type0 fonts with '
         'ToUnicode.', [L])


def letter_spacing():
    name = 'spaced-4-chromium'
    L = []
    body = '<div style="text-align:center">'
    body += '<h1 style="letter-spacing:0.35em;font-size:22pt;margin:0.3in 0 6pt 0">CERTIFICATE</h1>'
    L.append('CERTIFICATE')
    body += '<p style="letter-spacing:0.2em;font-size:13pt">OF CONTINUING EDUCATION</p>'
    L.append('OF CONTINUING EDUCATION')
    body += '<p style="font-size:11pt;margin-top:24pt">Clinical Laboratory Management Association \u2013 Midwest Chapter</p>'
    L.append('Clinical Laboratory Management Association \u2013 Midwest Chapter')
    body += '</div><div style="margin-top:30pt">'
    body += ('<p style="font-size:13pt">Awarded to <b style="letter-spacing:0.3em">GWENDOLYN ASANTE-RIIS</b> '
             'for attending</p>')
    L.append('Awarded to GWENDOLYN ASANTE-RIIS for attending')
    body += '<p style="font-size:13pt"><b>Laboratory Leadership Summit 2024</b> (6.0 contact hours)</p>'
    L.append('Laboratory Leadership Summit 2024 (6.0 contact hours)')
    body += ('<p style="font-size:11pt;margin-top:20pt"><span style="letter-spacing:4px;font-weight:bold">DATE</span> '
             '&nbsp; October 24-25, 2024</p>')
    L.append('DATE October 24-25, 2024')
    body += ('<p style="font-size:11pt"><span style="letter-spacing:4px;font-weight:bold">LOCATION</span> &nbsp; '
             'Columbus, Ohio &nbsp; <span style="letter-spacing:4px;font-weight:bold">CREDIT TYPE</span> &nbsp; CLMA CE</p>')
    L.append('LOCATION Columbus, Ohio CREDIT TYPE CLMA CE')
    body += ('<p style="font-size:10pt;letter-spacing:0.12em;margin-top:30pt">Signed for the chapter: Marguerite '
             'Osterhout-Vale, DLM(ASCP)</p>')
    L.append('Signed for the chapter: Marguerite Osterhout-Vale, DLM(ASCP)')
    body += '</div>'
    tools.chromium(page(body), out(name + '.pdf'), name)
    gold(name, 'spaced', 'chromium', 'CSS letter-spacing printed by Chromium (each letter-spaced glyph is positioned separately '
         'with Td): 0.35em title, 0.2em subtitle, 0.3em bold capital name between normal words on one line, 4px capital '
         'labels, 0.12em mixed-case signature line. pdftotext and mutool are WRONG: they split the letter-spaced words '
         'into single letters; gold has the words.', [L])


def _strip_tounicode(data):
    return re.sub(rb'\n\s*/ToUnicode \d+ 0 R', b'', data)


def ligatures_no_tounicode():
    name = 'noTounicode-1-chromium+qpdf'
    L = []
    body = '<div style="font-family:\'DejaVu Serif\'">'
    lines = [('h2', 'Office of Scientific Affairs'),
             ('p', 'Certificate of Proficiency in Fluorescence Microscopy'),
             ('p', 'This certifies that Griffith Kaffenberger-Oyelaran'),
             ('p', 'fulfilled all requirements of the affiliated training program'),
             ('p', 'on efficient workflow for fluorescent in situ hybridization (FISH)'),
             ('p', 'including baffling artifacts, ruffled membranes and scaffold staining.'),
             ('p', 'Awarded 1.5 contact hours on 04/11/2024.'),
             ('p', 'Signed: Dr. Effie Clifford, Office Chief')]
    for tag, s in lines:
        body += '<%s>%s</%s>' % (tag, s, tag)
        L.append(s)
    body += '</div>'
    src = os.path.join(tools.BUILD, name + '.src.pdf')
    tools.chromium(page(body), src, name)
    tools.qdf_edit(src, out(name + '.pdf'), _strip_tounicode)
    gold(name, 'noTounicode', 'chromium+qpdf', 'Chromium (DejaVu Serif, HarfBuzz ligatures ff/fl/ffl/ffi) then the /ToUnicode entry was '
         'deleted from the Type0 font (qpdf --qdf edit + fix-qdf). Type0 Identity-H, CIDFontType2, CIDToGIDMap '
         'Identity; the embedded subset keeps a (3,1) cmap that maps U+FB00/U+FB02/U+FB04 etc. to the ligature glyphs '
         'and normal letters to theirs, so the text is recoverable from the font. pdftotext and mutool are WRONG '
         '(garbage) because they ignore the embedded cmap.', [L])


def _drop_ligature_entries(data):
    def fix_cmap(m):
        s = m.group(0)
        def bfchar(mm):
            entries = re.findall(rb'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', mm.group(2))
            keep = [(a, b_) for a, b_ in entries if len(b_) <= 4 and not b_.upper().startswith(b'FB0')]
            if not keep:
                return b''
            return b'%d beginbfchar\n' % len(keep) + b''.join(b'<%s> <%s>\n' % e for e in keep) + b'endbfchar'
        def bfrange(mm):
            entries = re.findall(rb'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', mm.group(2))
            keep = [e for e in entries if len(e[2]) <= 4 and not e[2].upper().startswith(b'FB0')]
            if not keep:
                return b''
            return b'%d beginbfrange\n' % len(keep) + b''.join(b'<%s> <%s> <%s>\n' % e for e in keep) + b'endbfrange'
        s = re.sub(rb'(\d+) beginbfchar\n(.*?)endbfchar', bfchar, s, flags=re.S)
        s = re.sub(rb'(\d+) beginbfrange\n(.*?)endbfrange', bfrange, s, flags=re.S)
        return s
    return re.sub(rb'begincmap.*?endcmap', fix_cmap, data, flags=re.S)


def ligatures_partial_tounicode():
    name = 'noTounicode-2-chromium+qpdf'
    L = []
    body = '<div style="font-family:\'DejaVu Sans\'">'
    lines = [('h2', 'Affiliated Laboratories of the Bluffs'),
             ('p', 'Staff Development Office \u2013 annual proficiency sign-off'),
             ('p', 'Employee: Clifford Mifflin-Achebe, MLT(ASCP)'),
             ('p', 'Module: Efficient Specimen Workflow and Reflex Testing'),
             ('p', 'Topics: misidentified specimens, insufficient fill, scuffed labels'),
             ('p', 'Result: satisfactory \u2013 1.0 contact hour (offline quiz)'),
             ('p', 'Officer: Griffin Stafford, Staff Development')]
    for tag, s in lines:
        body += '<%s>%s</%s>' % (tag, s, tag)
        L.append(s)
    body += '</div>'
    src = os.path.join(tools.BUILD, name + '.src.pdf')
    tools.chromium(page(body), src, name)
    tools.qdf_edit(src, out(name + '.pdf'), _drop_ligature_entries)
    gold(name, 'noTounicode', 'chromium+qpdf', 'Chromium (DejaVu Sans with ff/fi/ffi/fl ligatures; Chromium maps them to U+FB00..U+FB04 in ToUnicode); '
         'afterwards every ToUnicode bfchar/bfrange entry targeting U+FB0x was deleted (qpdf --qdf edit + fix-qdf), so only '
         'the ligature glyphs lack a ToUnicode mapping. The embedded font cmap still maps U+FB00..U+FB04 to them. '
         'pdftotext recovers them from the font; mutool is WRONG (prints U+FFFD for each ligature).', [L])


def svg_cover():
    name = 'coverpage-2-chromium'
    svg = ('<svg width="6.5in" height="8.5in" viewBox="0 0 650 850" xmlns="http://www.w3.org/2000/svg">'
           '<rect x="10" y="10" width="630" height="830" fill="none" stroke="#1b3a5c" stroke-width="8"/>'
           '<circle cx="325" cy="330" r="170" fill="#e8eef5" stroke="#1b3a5c" stroke-width="6"/>'
           '<path d="M255 250 h140 v30 h-50 v150 a20 20 0 0 1 -40 0 v-150 h-50 z" fill="#7a1f2b"/>'
           '<path d="M200 560 C 260 500, 390 500, 450 560 S 560 640, 620 600" stroke="#1b3a5c" stroke-width="5" fill="none"/>'
           '<rect x="175" y="650" width="300" height="14" fill="#1b3a5c"/><rect x="215" y="680" width="220" height="8" fill="#7a1f2b"/>'
           '</svg>')
    body = '<div style="page-break-after:always">%s</div>' % svg
    L = []
    body += '<h2>Western Plains Blood Bank - CE Portfolio 2024</h2>'
    L.append('Western Plains Blood Bank - CE Portfolio 2024')
    body += '<p>Prepared for: Cordelia Ashworth-Banda, SBB(ASCP)</p>'
    L.append('Prepared for: Cordelia Ashworth-Banda, SBB(ASCP)')
    rows = [r for r in COURSES if r[3] in ('AABB', 'P.A.C.E.')][:9]
    body += table(rows)
    L.append(' '.join(HEADER))
    L.extend(' '.join(r) for r in rows)
    body += '<p style="margin-top:12pt">Total: %s credits</p>' % total(rows)
    L.append('Total: %s credits' % total(rows))
    tools.chromium(page(body), out(name + '.pdf'), name)
    gold(name, 'coverpage', 'chromium', 'Page 1 is an inline SVG drawing only (vector paths, no text objects). Page 2 has the text.',
         [[], L])


def aes256_empty():
    name = 'damaged-1-chromium+qpdf'
    L = []
    body = '<h2>CAP Learning - Transcript</h2>'
    L.append('CAP Learning - Transcript')
    body += '<p>Learner: Benedikt Oyelaran-Szabo &nbsp; Institution: Valley Regional Pathology</p>'
    L.append('Learner: Benedikt Oyelaran-Szabo Institution: Valley Regional Pathology')
    rows = COURSES[:8]
    body += table(rows)
    L.append(' '.join(HEADER))
    L.extend(' '.join(r) for r in rows)
    src = os.path.join(tools.BUILD, name + '.src.pdf')
    tools.chromium(page(body), src, name)
    tools.run(['qpdf', '--encrypt', '', 'Own3r-CAP-2024', '256', '--', src, out(name + '.pdf')])
    gold(name, 'damaged', 'chromium+qpdf', 'AES-256 (V5 R6) encryption with an EMPTY user password and an owner password; any reader '
         'must open it without asking and extract the text.', [L], expect='text')


if __name__ == '__main__':
    margin_label()
    landscape_to_rotated()
    letter_spacing()
    ligatures_no_tounicode()
    ligatures_partial_tounicode()
    svg_cover()
    aes256_empty()
