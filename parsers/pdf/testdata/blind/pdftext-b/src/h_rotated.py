"""Hand-written rotated pages: /Rotate 270 with per-line Tm, /Rotate 180 via cm,
and a table turned by its text matrix on a /Rotate 0 page."""
from pdfw import PDF, Text, simple_doc, std_font, sw, pstr, gold, out
from data import COURSES, HEADER, total


def tm_for(rot, X, Y, W=612, H=792):
    """Text matrix placing upright-on-screen text at display coords (X,Y) (y up)."""
    if rot == 90:
        return (0, 1, -1, 0, W - Y, X)
    if rot == 270:
        return (0, -1, 1, 0, Y, H - X)
    if rot == 180:
        return (-1, 0, 0, -1, W - X, H - Y)
    return (1, 0, 0, 1, X, Y)


def tline(rot, X, Y, s, font, size):
    m = tm_for(rot, X, Y)
    return b'BT /%s %g Tf %g %g %g %g %g %g Tm ' % ((font.encode(), size) + m) + pstr(s) + b' Tj ET'


def table_page(rot, title_lines, rows, cols, font_metric='Helvetica'):
    parts = []
    L = []
    y = 560
    for s, f, size in title_lines:
        parts.append(tline(rot, 50, y, s, f, size))
        L.append(s)
        y -= size + 8
    y -= 10
    for c, h in zip(cols, HEADER):
        parts.append(tline(rot, c, y, h, 'F2', 10))
    L.append(' '.join(HEADER))
    y -= 18
    for r in rows:
        for c, v in zip(cols, r):
            parts.append(tline(rot, c, y, v, 'F1', 10))
        L.append(' '.join(r))
        y -= 15
    return parts, L, y


def rot270():
    name = 'rotated-2-hand'
    fonts = {'F1': std_font('Helvetica'), 'F2': std_font('Helvetica-Bold')}
    cols = [50, 420, 540, 620]
    titles = [('LabCE Continuing Education Transcript', 'F2', 16),
              ('Learner: Priya Ramanathan, MLT(ASCP)', 'F1', 11),
              ('Employer: Cedar Hollow Community Hospital Laboratory', 'F1', 11)]
    parts, L, y = table_page(270, titles, COURSES[:14], cols)
    parts.append(tline(270, 50, y - 10, 'Total credits this period: ' + total(COURSES[:14]), 'F2', 11))
    L.append('Total credits this period: ' + total(COURSES[:14]))
    parts.append(tline(270, 360, 30, 'Page 1 of 1', 'F1', 8))
    L.append('Page 1 of 1')
    pdf, root, info = simple_doc([b'\n'.join(parts)], fonts, rotate=270)
    pdf.write(out(name + '.pdf'), root, info)
    gold(name, 'rotated', 'hand',
         'Portrait MediaBox 612x792 with /Rotate 270; every line has its own Tm [0 -1 1 0 x y] so the '
         'page reads upright as landscape when displayed. Standard-14 fonts without /Widths.', [L])


def rot180():
    name = 'rotated-3-hand'
    fonts = {'F1': std_font('Times-Roman'), 'F2': std_font('Times-Bold'), 'F3': std_font('Helvetica')}
    pages = []
    golds = []
    # page 1 upright
    t = Text()
    L = []
    for y, s, f, size in [(720, 'AABB Education Program', 'F2', 18),
                          (700, 'Certificate of Attendance', 'F1', 14),
                          (650, 'Awarded to Tobias Lindqvist, SBB(ASCP)', 'F1', 12),
                          (630, 'for Massive Transfusion Protocols', 'F1', 12),
                          (610, 'September 17, 2024 - 1.5 contact hours', 'F1', 12),
                          (560, 'The verification page follows.', 'F3', 10)]:
        t.text(72, y, s, f, size)
        L.append(s)
    pages.append(t.bytes())
    golds.append(L)
    # page 2 stored upside down, /Rotate 180 makes it upright
    t = Text()
    L = []
    t.raw(b'q -1 0 0 -1 612 792 cm')
    for y, s, f, size in [(720, 'Attendance Verification', 'F2', 16),
                          (690, 'Session code: AABB-MTP-0917', 'F1', 12),
                          (672, 'Sign-in time 08:02 Sign-out time 09:41', 'F1', 12),
                          (654, 'Post-test score 92% (passing score 70%)', 'F1', 12),
                          (610, 'AABB is accredited as a provider of continuing education.', 'F3', 10)]:
        t.text(72, y, s, f, size)
        L.append(s)
    t.text(72, 120, 'Verified by:', 'F3', 10).text(160, 120, 'Lucinda Marchetti', 'F1', 12)
    L.append('Verified by: Lucinda Marchetti')
    t.raw(b'Q')
    pages.append({'content': t.bytes(), 'rotate': 180})
    golds.append(L)
    pdf, root, info = simple_doc(pages, fonts)
    pdf.write(out(name + '.pdf'), root, info)
    gold(name, 'rotated', 'hand',
         'Page 1 is upright (/Rotate 0). Page 2 has /Rotate 180 and its content is drawn upside down '
         'through "-1 0 0 -1 612 792 cm" so it reads upright when displayed.', golds)


def turned_table():
    name = 'rotated-4-hand'
    fonts = {'F1': std_font('Helvetica'), 'F2': std_font('Helvetica-Bold')}
    cols = [50, 400, 520, 600]
    titles = [('CAP Competency Assessment Record', 'F2', 15),
              ('Employee: Hannelore Baptiste Section: Transfusion Service', 'F1', 11)]
    parts, L, y = table_page(270, titles, COURSES[8:19], cols)
    pdf, root, info = simple_doc([b'\n'.join(parts)], fonts)
    pdf.write(out(name + '.pdf'), root, info)
    gold(name, 'rotated', 'hand',
         '/Rotate 0 portrait page; the whole table is turned 90 degrees clockwise by its text matrices '
         '(Tm [0 -1 1 0 x y]) so on screen it reads top-to-bottom and a reader turns the page (or head). '
         'Gold lists the table rows as read after turning the page.', [L])


if __name__ == '__main__':
    rot270()
    rot180()
    turned_table()
