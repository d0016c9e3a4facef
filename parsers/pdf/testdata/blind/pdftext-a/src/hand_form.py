"""form-3-hand: hand-made AcroForm certificate; filled, not flattened.
Values exist only in /V of the (parent) fields and in the widgets' /AP /N
form XObjects; one value shares the baseline of a page-content label."""
from pdfw import PDF, Stream, std_font, info_dict, write_gold, out, esc, sw

pdf = PDF('1.6')
W, H = 792, 612
helv = std_font(pdf, 'Helvetica')
helvb = std_font(pdf, 'Helvetica-Bold')
times = std_font(pdf, 'Times-Roman')
timesi = std_font(pdf, 'Times-Italic')
zadb = std_font(pdf, 'ZapfDingbats', None)
gold = []  # (y, x, text)


def txt(x, y, res, base, size, s, center=False):
    if center:
        x = (W - sw(s, base, size)) / 2
    gold.append((y, x, s))
    return 'BT /%s %g Tf %.2f %g Td (%s) Tj ET' % (res, size, x, y, esc(s.encode('cp1252')))


content = ['0.55 0.12 0.12 RG 4 w 30 30 732 552 re S 1 w 40 40 712 532 re S 0 g']
content.append(txt(0, 520, 'F2', 'Helvetica-Bold', 12, 'CLINICAL LABORATORY EDUCATORS CONFERENCE 2025', True))
content.append(txt(0, 470, 'F3', 'Times-Roman', 34, 'Certificate of Attendance', True))
content.append(txt(0, 430, 'F4', 'Times-Italic', 15, 'awarded to', True))
content.append(txt(0, 330, 'F4', 'Times-Italic', 15, 'for attending the session', True))
content.append('0.4 w 160 372 m 632 372 l S 110 262 m 682 262 l S')
content.append(txt(110, 170, 'F1', 'Helvetica', 11, 'Session date:'))
content.append(txt(430, 170, 'F1', 'Helvetica', 11, 'Contact hours:'))
content.append(txt(110, 120, 'F1', 'Helvetica', 9, 'Certificate ID:'))
content.append(txt(0, 60, 'F3', 'Times-Roman', 9,
                   'This certificate is valid only with the completed fields above; it may be printed or saved.', True))
cs = pdf.add(Stream('\n'.join(content) + '\n', filters=['FlateDecode']))

# ---- fields: a parent field per value (holding /T and /V) with one widget kid
page_num = pdf.reserve()
fields, annots = [], []


def field(name, value, rect, res, base, size, align='left', baseline=None, parent_name=None):
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    tw = sw(value, base, size)
    tx = {'left': 2, 'center': (w - tw) / 2}[align]
    ty = baseline - y0 if baseline is not None else (h - size * 0.7) / 2
    ap = '/Tx BMC q 1 1 %g %g re W n BT /%s %g Tf 0 g %.2f %.2f Td (%s) Tj ET Q EMC\n' % (
        w - 2, h - 2, res, size, tx, ty, esc(value.encode('cp1252')))
    fontobj = {'Helv': helv, 'HeBo': helvb, 'TiRo': times}[res]
    apn = pdf.add(Stream(ap, extra='/Type /XObject /Subtype /Form /BBox [0 0 %g %g] /Resources << /Font << /%s %d 0 R >> >>'
                         % (w, h, res, fontobj), filters=['FlateDecode']))
    parent = pdf.reserve()
    widget = pdf.add('<< /Type /Annot /Subtype /Widget /Parent %d 0 R /Rect [%g %g %g %g] /F 4 /P %d 0 R '
                     '/MK << /BG [1 1 1] >> /AP << /N %d 0 R >> >>' % (parent, x0, y0, x1, y1, page_num, apn))
    q = {'left': 0, 'center': 1}[align]
    pdf.set(parent, '<< /FT /Tx /T (%s) /V (%s) /DA (/%s %g Tf 0 g) /Q %d /Kids [%d 0 R] >>' % (
        name, esc(value.encode('cp1252')), res, size, q, widget))
    fields.append(parent)
    annots.append(widget)
    gold.append((y0 + ty, x0 + tx, value))


field('participant', '\u00c9meric Quaye-Ibarra', (160, 374, 632, 414), 'HeBo', 'Helvetica-Bold', 26, 'center')
field('session', 'Teaching Microscopy Remotely: Digital Slides for Hematology', (110, 264, 682, 292), 'TiRo',
      'Times-Roman', 16, 'center')
field('date', 'March 3, 2025', (190, 163, 400, 185), 'Helv', 'Helvetica', 11, 'left', baseline=170)
field('hours', '1.25 (P.A.C.E.\u00ae)', (515, 163, 700, 185), 'Helv', 'Helvetica', 11, 'left', baseline=170)
field('certid', 'CLEC25-0303-4471', (180, 113, 400, 131), 'Helv', 'Helvetica', 9, 'left', baseline=120)

pdf.set(page_num, '<< /Type /Page /Parent PAGES /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R '
        '/F3 %d 0 R /F4 %d 0 R >> >> /Contents %d 0 R /Annots [%s] >>' % (
            W, H, helv, helvb, times, timesi, cs, ' '.join('%d 0 R' % a for a in annots)))
pages = pdf.add('<< /Type /Pages /Kids [%d 0 R] /Count 1 >>' % page_num)
pdf.objs[page_num - 1] = pdf.objs[page_num - 1].replace('PAGES', '%d 0 R' % pages)
acro = pdf.add('<< /Fields [%s] /NeedAppearances false /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv %d 0 R '
               '/HeBo %d 0 R /TiRo %d 0 R /ZaDb %d 0 R >> >> >>' % (
                   ' '.join('%d 0 R' % f for f in fields), helv, helvb, times, zadb))
root = pdf.add('<< /Type /Catalog /Pages %d 0 R /AcroForm %d 0 R >>' % (pages, acro))
pdf.write(out('form-3-hand.pdf'), root, info_dict(pdf, 'Certificate of Attendance (form)'))

items = sorted(gold, key=lambda t: (-round(t[0], 1), t[1]))
lines = []
for y, x, s in items:
    if lines and abs(lines[-1][0] - y) < 0.5:
        lines[-1][1].append(s)
    else:
        lines.append([y, [s]])
write_gold('form-3-hand', 'form', 'hand',
           'Hand-made AcroForm (NeedAppearances false): each value is held by a parent text field (/T, /V, '
           '/DA) whose single kid is the widget annotation with /AP /N; the page content has only the labels. '
           'The date, hours and certificate-ID appearance streams put their text exactly on the baseline of '
           'the page labels "Session date:", "Contact hours:" and "Certificate ID:" so each label and value '
           'form one line. Name and session values are centered inside their widgets.',
           [[' '.join(s) for y, s in lines]])
