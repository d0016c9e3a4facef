"""Hand-written PDFs with standard-14 / alias fonts and no /Widths."""
from pdfw import PDF, Text, simple_doc, std_font, sw, pstr, gold, out
from data import COURSES, HEADER, total


def alias_certificate():
    name = 'std14-3-hand'
    fonts = {
        'F1': '<< /Type /Font /Subtype /TrueType /BaseFont /Arial /Encoding /WinAnsiEncoding >>',
        'F2': '<< /Type /Font /Subtype /TrueType /BaseFont /Arial,Bold /Encoding /WinAnsiEncoding >>',
        'F3': '<< /Type /Font /Subtype /Type1 /BaseFont /TimesNewRoman /Encoding /WinAnsiEncoding >>',
        'F4': '<< /Type /Font /Subtype /Type1 /BaseFont /CourierNew /Encoding /WinAnsiEncoding >>',
        'F5': '<< /Type /Font /Subtype /TrueType /BaseFont /TimesNewRoman,Italic /Encoding /WinAnsiEncoding >>',
    }
    metric = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Times-Roman', 'F4': 'Courier',
              'F5': 'Times-Italic'}
    t = Text()
    t.rect(36, 36, 540, 720, lw=3).rect(44, 44, 524, 704, lw=0.75)
    lines = []

    def center(y, s, f, size):
        w = sw(s, metric[f], size)
        t.text(306 - w / 2, y, s, f, size)
        lines.append(s)

    center(690, 'NORTHFIELD REGIONAL MEDICAL CENTER', 'F2', 13)
    center(672, 'Department of Pathology and Laboratory Medicine', 'F3', 11)
    center(610, 'CERTIFICATE OF COMPLETION', 'F2', 24)
    center(570, 'This certifies that', 'F5', 13)
    center(535, 'Marisol Quintero-Hale, MLS(ASCP)CM', 'F2', 18)
    center(505, 'has successfully completed the continuing education activity', 'F3', 12)
    center(470, 'Antibody Identification: Beyond the Basics', 'F2', 15)
    center(445, 'Live webinar presented April 18, 2024', 'F3', 12)
    # two blocks on one baseline, each drawn separately; second one built from runs
    y = 395
    t.runs(110, y, [('F2', 'Completion Date:'), ('F1', ' 04/18/2024')], 11)
    # label and number as separate Td-positioned runs with exactly one space gap
    x = 360
    lab = 'Contact Hours:'
    t.text(x, y, lab, 'F2', 11)
    t.text(x + sw(lab + ' ', 'Helvetica-Bold', 11), y, '1.5', 'F1', 11)
    lines.append('Completion Date: 04/18/2024 Contact Hours: 1.5')
    y = 375
    t.runs(110, y, [('F2', 'P.A.C.E.'), ('F1', '\xae Program 528-055-24-117')], 11)
    t.runs(360, y, [('F2', 'Level:'), ('F1', ' INTERMEDIATE')], 11)
    lines.append('P.A.C.E.\xae Program 528-055-24-117 Level: INTERMEDIATE')
    t.text(110, 355, 'Activity ID CE2024-0173 Format: WEBINAR Credits 1.5 CEU 0.15', 'F1', 11)
    lines.append('Activity ID CE2024-0173 Format: WEBINAR Credits 1.5 CEU 0.15')
    t.line(110, 250, 280, 250).line(332, 250, 502, 250)
    t.text(110, 236, 'Renata Oyelaran, MD', 'F3', 11)
    t.text(332, 236, 'Gideon Farrow, MS, MLS(ASCP)', 'F3', 11)
    lines.append('Renata Oyelaran, MD Gideon Farrow, MS, MLS(ASCP)')
    t.text(110, 222, 'Medical Director', 'F5', 10)
    t.text(332, 222, 'CE Coordinator', 'F5', 10)
    lines.append('Medical Director CE Coordinator')
    t.text(110, 120, 'Certificate No. NRMC-24-08812', 'F4', 10)
    t.text(380, 120, 'Issued 04/19/2024', 'F4', 10)
    lines.append('Certificate No. NRMC-24-08812 Issued 04/19/2024')
    t.text(110, 104, 'Retain this certificate for 4 years for ASCP BOC CMP documentation.', 'F4', 8)
    lines.append('Retain this certificate for 4 years for ASCP BOC CMP documentation.')
    pdf, root, info = simple_doc([t.bytes()], fonts, info={'Producer': 'handwritten-py'})
    pdf.write(out(name + '.pdf'), root, info)
    gold(name, 'std14', 'hand',
         'Font names are aliases (Arial, Arial,Bold, TimesNewRoman, TimesNewRoman,Italic, CourierNew), '
         'declared /TrueType or /Type1, not embedded, with NO /Widths and no FontDescriptor. Same-baseline '
         'blocks are joined. "Contact Hours:" and "1.5" are two Td-placed runs one space-width apart; '
         '"P.A.C.E." and "\u00ae Program" are consecutive Tj runs with no gap.', [lines])


def transcript():
    name = 'std14-4-hand'
    fonts = {'F1': std_font('Helvetica'), 'F2': std_font('Helvetica-Bold'),
             'F3': std_font('Times-Roman'), 'F4': std_font('Courier-Bold')}
    cols = [54, 330, 430, 490]
    pages = []
    golds = []
    rows = COURSES[:]
    per = [rows[:12], rows[12:]]
    for pi, chunk in enumerate(per):
        t = Text()
        L = []
        # kerned title as TJ with small positive (tightening) numbers: not spaces
        t.raw(b'BT /F2 16 Tf 54 730 Td [(AS)30(CLS)] TJ ( ) Tj [(CE)20( T)60(RANSCRIPT)] TJ ET')
        L.append('ASCLS CE TRANSCRIPT')
        t.text(54, 712, 'American Society for Clinical Laboratory Science', 'F3', 11)
        L.append('American Society for Clinical Laboratory Science')
        if pi == 0:
            t.runs(54, 690, [('F2', 'Member:'), ('F1', ' Desmond Okafor'), ('F2', '  ID:'), ('F1', ' 00482719')], 10)
            L.append('Member: Desmond Okafor ID: 00482719')
            t.text(54, 676, 'Reporting period 01/01/2024 to 12/31/2024', 'F1', 10)
            L.append('Reporting period 01/01/2024 to 12/31/2024')
            y = 650
        else:
            t.text(54, 690, 'Desmond Okafor (continued)', 'F1', 10)
            L.append('Desmond Okafor (continued)')
            y = 664
        for c, h in zip(cols, HEADER):
            t.text(c, y, h, 'F2', 10)
        L.append(' '.join(HEADER))
        t.line(54, y - 4, 558, y - 4)
        y -= 18
        for r in chunk:
            for c, v in zip(cols, r):
                t.text(c, y, v, 'F1', 9.5)
            L.append(' '.join(r))
            y -= 16
        t.line(54, y + 10, 558, y + 10)
        if pi == 1:
            y -= 6
            t.text(54, y, 'TOTAL CREDITS', 'F2', 10)
            t.text(430, y, total(COURSES), 'F2', 10)
            L.append('TOTAL CREDITS ' + total(COURSES))
            y -= 20
            t.text(54, y, 'P.A.C.E.=12.0 CMLE=5.5 AABB=3.5 CategoryA=3.0', 'F4', 9)
            L.append('P.A.C.E.=12.0 CMLE=5.5 AABB=3.5 CategoryA=3.0')
        t.text(270, 40, 'Page %d of 2' % (pi + 1), 'F1', 8)
        L.append('Page %d of 2' % (pi + 1))
        pages.append(t.bytes())
        golds.append(L)
    pdf, root, info = simple_doc(pages, fonts)
    pdf.write(out(name + '.pdf'), root, info)
    gold(name, 'std14', 'hand',
         'Helvetica/Helvetica-Bold/Times-Roman/Courier-Bold with no /Widths, table cells placed one Td each. '
         'Title uses TJ with small positive kerning numbers (30, 20, 60) that are NOT word breaks, plus an '
         'explicit ( ) Tj space. "Member:"/"ID:" runs are consecutive Tj in one BT (two spaces inside the '
         'string before ID, gold collapses to one).', golds)


if __name__ == '__main__':
    alias_certificate()
    transcript()
