"""Hand-written AcroForm certificates (filled, not flattened)."""
from pdfw import PDF, Text, std_font, sw, pstr, gold, out


def build_form(name, need_appearances=False, drop_ap=(), notes='', mail_glyph=False):
    pdf = PDF('1.6')
    catalog = pdf.reserve()
    pages = pdf.reserve()
    page = pdf.reserve()
    helv = pdf.add(std_font('Helvetica'))
    helvb = pdf.add(std_font('Helvetica-Bold'))
    zadb = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>')
    t = Text()
    L = []
    t.rect(30, 30, 552, 732, lw=2)
    t.text(60, 720, 'ASCLS Region IV Annual Meeting', 'F2', 18)
    L.append('ASCLS Region IV Annual Meeting')
    t.text(60, 698, 'Certificate of Attendance - complete all fields', 'F1', 12)
    L.append('Certificate of Attendance - complete all fields')
    fields = []

    def text_field(fname, label, y, value_lines, w=300, size=11, multiline=False):
        lab_x = 60
        fx = 200
        lh = size + 3
        h = 18 if not multiline else 8 + lh * len(value_lines)
        y0 = y - 5 if not multiline else y - 5 - lh * (len(value_lines) - 1)
        t.text(lab_x, y, label, 'F2', 11)
        # field frame drawn in page content (like many form designers)
        t.rect(fx, y0, w, h, lw=0.5)
        ap = b'/Tx BMC q 1 1 %g %g re W n BT /Helv %g Tf 0 g ' % (w - 2, h - 2, size)
        ap += b'2 %g Td ' % (h - 5 - size + 2 if multiline else 5)
        for i, v in enumerate(value_lines):
            if i:
                ap += b'0 %g Td ' % -lh
            ap += pstr(v) + b' Tj '
        ap += b'ET Q EMC'
        ff = 4096 if multiline else 0
        value = '\r'.join(value_lines)
        annot = '<< /Type /Annot /Subtype /Widget /FT /Tx /T %s /V %s /DA (/Helv %g Tf 0 g) /Rect [%g %g %g %g] ' \
                '/F 4 /Ff %d /P %d 0 R /MK << >>' % (pstr(fname).decode(), pstr(value).decode(), size, fx, y0,
                                                  fx + w, y0 + h, ff, page)
        if fname not in drop_ap:
            apn = pdf.stream(ap, extra='/Type /XObject /Subtype /Form /BBox [0 0 %g %g] /Resources << /Font << '
                                        '/Helv %d 0 R >> >>' % (w, h, helv))
            annot += ' /AP << /N %d 0 R >>' % apn
        annot += ' >>'
        fields.append(pdf.add(annot))
        L.append(label + ' ' + value_lines[0])
        L.extend(value_lines[1:])

    def check_field(fname, label, y, on=True, glyph=True):
        x0, y0, s = 60, y - 2.5, 12
        t.rect(x0, y0, s, s, lw=0.5)
        if glyph:
            on_ap = b'/Tx BMC q BT /ZaDb 10 Tf 0 g 1.6 2.5 Td (4) Tj ET Q EMC'
            mk = '/MK << /CA (4) >> /DA (/ZaDb 0 Tf 0 g)'
        else:
            on_ap = b'q 0 g 1.4 w 2.5 6 m 5 3 l 9.5 9.5 l S Q'
            mk = '/MK << >>'
        yes = pdf.stream(on_ap, extra='/Type /XObject /Subtype /Form /BBox [0 0 %g %g] /Resources << /Font << '
                                      '/ZaDb %d 0 R >> >>' % (s, s, zadb))
        off = pdf.stream(b'', extra='/Type /XObject /Subtype /Form /BBox [0 0 %g %g]' % (s, s))
        st = '/Yes' if on else '/Off'
        fields.append(pdf.add('<< /Type /Annot /Subtype /Widget /FT /Btn /T %s /V %s /AS %s /Rect [%g %g %g %g] /F 4 '
                              '/P %d 0 R %s /AP << /N << /Yes %d 0 R /Off %d 0 R >> >> >>'
                              % (pstr(fname).decode(), st, st, x0, y0, x0 + s, y0 + s, page, mk, yes, off)))
        t.text(80, y, label, 'F1', 11)
        L.append(('\u2714 ' if (on and glyph) else '') + label)

    text_field('participant', 'Participant name:', 650, ['Leopold Nakashima-Reyes, MLS(ASCP)CM'])
    text_field('license', 'License number:', 620, ['CLS-0048213 (California)'])
    text_field('sessions', 'Sessions attended:', 590,
               ['Antibody Identification Workshop - 2.0',
                'Sepsis Biomarkers: Procalcitonin and Lactate - 1.0',
                'Lean Six Sigma for the Core Lab - 1.5'], multiline=True, size=10)
    text_field('hours', 'Total contact hours:', 520, ['4.5 P.A.C.E.'])
    text_field('date', 'Date issued:', 490, ['10/19/2024'])
    check_field('attest', 'I attended every session listed above.', 450, on=True, glyph=True)
    check_field('mail', 'Mail me a printed copy.', 425, on=True, glyph=mail_glyph)
    check_field('optout', 'Do not list me in the attendee directory.', 400, on=False, glyph=True)
    t.text(60, 340, 'Region IV CE Committee - Program No. 611-2024-RIV-09', 'F1', 9)
    L.append('Region IV CE Committee - Program No. 611-2024-RIV-09')
    content = pdf.stream(t.bytes(), compress=True)
    pdf.add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> '
            '/Contents %d 0 R /Annots [%s] >>' % (pages, helv, helvb, content, ' '.join('%d 0 R' % f for f in fields)),
            page)
    pdf.add('<< /Type /Pages /Kids [%d 0 R] /Count 1 >>' % page, pages)
    na = ' /NeedAppearances true' if need_appearances else ''
    pdf.add('<< /Type /Catalog /Pages %d 0 R /AcroForm << /Fields [%s] /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv %d 0 R '
            '/ZaDb %d 0 R >> >>%s >> >>' % (pages, ' '.join('%d 0 R' % f for f in fields), helv, zadb, na), catalog)
    pdf.write(out(name + '.pdf'), catalog)
    gold(name, 'form', 'hand', notes, [L])


if __name__ == '__main__':
    build_form('form-2-hand', notes=(
        'Filled AcroForm, not flattened: field values exist only in widget /AP /N appearance streams '
        '(and /V). Labels are page content on the same baseline as the field text. "sessions" is a multi-line '
        'field (Ff 4096) showing three lines. Check box "attest" is on and its appearance draws ZapfDingbats "4" '
        '(U+2714, a text glyph, so it is in the gold); "mail" is on but drawn as a vector tick (no text); '
        '"optout" is Off (empty appearance). pdftotext matches; mutool puts widget text in separate blocks '
        '(label and value on separate lines) and emits 0x14 for the ZapfDingbats check.'))
    build_form('form-3-hand', need_appearances=True, drop_ap=('license', 'hours'), mail_glyph=True, notes=(
        'Same certificate as form-2 but the "license" and "hours" text fields have /V and NO /AP; the AcroForm has '
        '/NeedAppearances true so a viewer builds their appearance from /DA and /V (shown single-line, on the '
        'label baseline or within a point or two). Other fields have appearance streams. Both checked boxes draw '
        'ZapfDingbats "4" (/MK /CA (4)), so a regenerated appearance shows the same U+2714; "optout" is Off. pdftotext matches (it regenerates '
        'appearances); mutool splits label/value into separate lines and emits 0x14 for the check glyph.'))
