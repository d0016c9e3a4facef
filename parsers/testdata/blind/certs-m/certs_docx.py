"""DOCX sources (python-docx); converted to PDF by LibreOffice."""
from docx import Document
from docx.shared import Pt, Inches, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new(landscape=False, margin=0.8, font='Liberation Serif'):
    d = Document()
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    else:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    for a in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(s, a, Inches(margin))
    st = d.styles['Normal']
    st.font.name = font
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(2)
    return d


def para(d, text='', size=11, bold=False, italic=False, align='L', color=None, after=4, before=0, font=None, spacing=None):
    p = d.add_paragraph() if not hasattr(d, 'add_run') else d
    p.alignment = {'L': AL.LEFT, 'C': AL.CENTER, 'R': AL.RIGHT, 'J': AL.JUSTIFY}[align]
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if text:
        run(p, text, size, bold, italic, color, font, spacing)
    return p


def run(p, text, size=11, bold=False, italic=False, color=None, font=None, spacing=None):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold, r.italic = bold, italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    if spacing:
        rpr = r._element.get_or_add_rPr()
        sp = OxmlElement('w:spacing')
        sp.set(qn('w:val'), str(int(spacing * 20)))
        rpr.append(sp)
    return r


def page_border(d, color='1F3864', sz=24, style='double'):
    sp = d.sections[0]._sectPr
    pb = OxmlElement('w:pgBorders')
    pb.set(qn('w:offsetFrom'), 'page')
    for side in ('top', 'left', 'bottom', 'right'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), style)
        e.set(qn('w:sz'), str(sz))
        e.set(qn('w:space'), '24')
        e.set(qn('w:color'), color)
        pb.append(e)
    sp.append(pb)


def shade(cell, fill):
    tcpr = cell._element.get_or_add_tcPr()
    s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear')
    s.set(qn('w:color'), 'auto')
    s.set(qn('w:fill'), fill)
    tcpr.append(s)


def cell(c, text, size=10, bold=False, italic=False, align='L', color=None):
    p = c.paragraphs[0]
    para(p, text, size, bold, italic, align, color, after=0)
    return p


def table(d, rows, widths, style='Table Grid', size=10, header=False, hfill='D9E2F3'):
    t = d.add_table(rows=len(rows), cols=len(widths))
    if style:
        t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.width = Inches(widths[j])
            cell(c, v, size, bold=(header and i == 0))
            if header and i == 0:
                shade(c, hfill)
    return t


# ------------------------------------------------------------------ m36
def m36(path):
    d = new(False, 0.9, 'Liberation Sans')
    para(d, 'Riverbend Memorial Hospital', 16, True, color='1B4D3E', after=0)
    para(d, 'Clinical Laboratory  |  Education & Training', 10, after=14)
    para(d, 'August 18, 2025', 10.5, after=10)
    para(d, 'To:  Josephine A. Varga, MLS(ASCP)CM, Core Laboratory (Night Shift)', 10.5, after=2)
    para(d, 'Re:  Documentation of orientation continuing education', 10.5, after=10)
    para(d, 'Welcome to the Riverbend Memorial Hospital Clinical Laboratory. Your attendance at the orientation session below has been '
         'recorded in your training file. The contact hours may be reported to the ASCP Board of Certification for credential maintenance. '
         'Please sign the acknowledgement in the LMS within 14 days of this letter.', 10.5, align='J', after=8)
    para(d, 'Regards,', 10.5, after=0)
    para(d, 'Laboratory Education Office', 10.5, italic=True, after=16)
    t = d.add_table(rows=1, cols=1)
    t.style = 'Table Grid'
    c = t.cell(0, 0)
    c.width = Inches(6.7)
    shade(c, 'F2F7F4')
    p = c.paragraphs[0]
    para(p, 'CERTIFICATE OF ATTENDANCE', 15, True, align='C', after=6, spacing=2)
    for txt, sz, b, it in [('Riverbend Memorial Hospital, Clinical Laboratory, certifies that', 10.5, False, True),
                           ('Josephine A. Varga', 18, True, False),
                           ('attended', 10.5, False, True),
                           ('New Employee Laboratory Orientation: Quality Management System Overview', 14, True, False)]:
        para(c.add_paragraph(), txt, sz, b, it, 'C', after=6)
    inner = c.add_table(rows=2, cols=3)
    for j, (a, b) in enumerate([('In-Service No.', 'ORI-0825'), ('Date Attended', 'August 14, 2025'), ('Contact Hours', '2.0')]):
        cell(inner.cell(0, j), a, 8, True, align='C', color='555555')
        cell(inner.cell(1, j), b, 11, align='C')
    para(c.add_paragraph(), 'Riverbend Memorial Hospital, Clinical Laboratory, is approved as a provider of continuing education programs in the '
         'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 8.5, italic=True, align='C', before=8, after=6)
    para(c.add_paragraph(), '______________________________          ______________________________', 10, align='C', before=14, after=0)
    para(c.add_paragraph(), 'Nadia P. Ferrante, MLS(ASCP)  Education Coordinator          Curtis O. Lindahl, MD  Medical Director', 8.5, align='C', after=6)
    d.save(path)


# ------------------------------------------------------------------ m37
def m37(path):
    d = new(False, 0.75, 'Liberation Sans')
    t = d.add_table(rows=1, cols=2)
    cell(t.cell(0, 0), 'College of American Pathologists', 17, True, color='00467F')
    para(t.cell(0, 0).add_paragraph(), 'CAP Laboratory Accreditation Program  -  Inspector Education', 9.5)
    cell(t.cell(0, 1), 'TRAINING RECORD', 12, True, align='R', color='666666')
    para(d, '', after=10)
    para(d, 'Inspector Training: Checklist Essentials for the Chemistry and Toxicology Sections', 15, True, after=10, font='Liberation Serif')
    table(d, [['Field', 'Value'],
              ['Learner', 'Benedikt O. Szymanski, MS, MLS(ASCP)'],
              ['CAP customer number', '7210483'],
              ['Course code', 'IT-CHM-2025'],
              ['Enrolled', '09/29/2025'],
              ['Completed', '10/20/2025'],
              ['Inspector status valid until', '10/20/2027'],
              ['Delivery', 'Online, self-paced with case exercises'],
              ['Continuing education (CE) hours for laboratory professionals', '2.5'],
              ['AMA PRA Category 1 Credits\u2122 (pathologists only)', 'Not claimed']], [3.4, 3.6], size=10, header=True)
    para(d, '', after=6)
    para(d, 'In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation Council for '
         'Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing '
         'Center (ANCC), to provide continuing education for the healthcare team. The CAP designates this enduring material for a maximum of '
         '2.5 AMA PRA Category 1 Credits\u2122. The CAP designates 2.5 CE hours for laboratory professionals who successfully complete this course. '
         'Completion of this course is required before serving on a CAP inspection team.', 8.5, align='J', after=14)
    para(d, 'Record produced by the CAP learning portal on 10/21/2025. This document is not an inspection assignment.', 8, italic=True, color='666666')
    d.save(path)


# ------------------------------------------------------------------ m38
def m38(path):
    d = new(True, 0.7, 'Liberation Serif')
    page_border(d, '7F0000', 18, 'single')
    para(d, 'Association bilingue des sciences de laboratoire (ABSL)', 15, True, align='C', after=0, color='7F0000')
    para(d, 'Bilingual Laboratory Science Association (BLSA)', 13, italic=True, align='C', after=12)
    t = d.add_table(rows=1, cols=2)
    cell(t.cell(0, 0), 'ATTESTATION DE FORMATION CONTINUE', 13, True, align='C')
    cell(t.cell(0, 1), 'CERTIFICATE OF CONTINUING EDUCATION', 13, True, align='C')
    para(d, '', after=6)
    para(d, 'Élodie M. Tremblay-Harcourt, T.M.', 22, True, align='C', after=8)
    para(d, 'a suivi l\u2019activité  /  completed the activity', 11, italic=True, align='C', after=6)
    para(d, 'Hémostase au quotidien : interpréter un TCA prolongé / Everyday Hemostasis: Interpreting a Prolonged aPTT', 15, True, align='C', after=12)
    t = d.add_table(rows=2, cols=4)
    for j, (a, b) in enumerate([('N° d\u2019activité / Activity No.', 'ABSL-25-117'), ('Date', '29 novembre 2025 / November 29, 2025'),
                                ('Heures-contact / Contact hours', '2.0'), ('N° de membre / Member No.', 'A-60318')]):
        cell(t.cell(0, j), a, 8.5, True, align='C', color='555555')
        cell(t.cell(1, j), b, 11, align='C')
    para(d, '', after=8)
    para(d, 'L\u2019ABSL est reconnue comme fournisseur de formation continue par le programme P.A.C.E.\u00ae de l\u2019ASCLS.', 8.5, italic=True, align='C', after=0)
    para(d, 'The Bilingual Laboratory Science Association is approved as a provider of continuing education programs in the clinical laboratory '
         'sciences by the ASCLS P.A.C.E.\u00ae Program.', 8.5, italic=True, align='C', after=18)
    para(d, 'Geneviève L. Arsenault-Price, présidente / President          Délivré le / Issued: 2025-12-02', 9.5, align='C')
    d.save(path)


# ------------------------------------------------------------------ m39
def m39(path):
    d = new(False, 0.8, 'Liberation Sans')
    para(d, 'NEXALIS', 26, True, color='4B2E83', after=0, spacing=4)
    para(d, 'Nexalis Health Software, Inc.  \u2022  Customer Learning Services', 9.5, after=16)
    para(d, 'Training Completion Record', 18, after=12)
    table(d, [['Participant', 'Rafferty D. Oyelowo, MLS(ASCP)CM'],
              ['Organisation', 'Cedar Hollow Health Partners, Laboratory Information Systems'],
              ['Class ID', 'NX-SU-2601']], [1.8, 5.0], size=10.5)
    para(d, '', after=8)
    para(d, 'Course', 8.5, True, color='666666', after=0)
    para(d, 'Nexalis LIS Super-User Training: Result Entry, Auto-Verification Rules, Instrument Interfaces and Downtime Procedures', 14, True, after=10)
    table(d, [['Day', 'Date', 'Topics', 'Hours'],
              ['1', 'January 14, 2026', 'Result entry; auto-verification rule builder', '3.0'],
              ['2', 'January 15, 2026', 'Instrument interfaces; downtime and recovery drills', '3.0'],
              ['', '', 'Total CE hours awarded', '6.0']], [0.6, 1.6, 3.6, 1.0], size=10, header=True, hfill='E4DDF2')
    para(d, '', after=8)
    para(d, 'Nexalis Health Software, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
         'ASCLS P.A.C.E.\u00ae Program. Super-user status must be renewed with each major release (current release 12.4).', 8.5, align='J', after=24)
    para(d, '______________________________', 10, after=0)
    para(d, 'Tobias E. Grantham, Lead Clinical Trainer', 9.5, after=0)
    para(d, 'Support contract no. NXC-55013  |  Record created 2026-01-16', 8, color='777777', before=16)
    d.save(path)


# ------------------------------------------------------------------ m40
def m40(path):
    d = new(True, 0.9, 'Liberation Serif')
    page_border(d, '8C6D1F', 30, 'thinThickSmallGap')
    para(d, 'LONE STAR SOCIETY FOR CLINICAL LABORATORY SCIENCE', 15, True, align='C', after=0, color='8C6D1F', spacing=1.5)
    para(d, 'LSSCLS  \u2605  2026 Annual Meeting  \u2605  Galveston, Texas', 10, align='C', after=18)
    para(d, 'Certificate of Continuing Education', 28, italic=True, align='C', after=14)
    para(d, 'This certificate is proudly presented to', 11, italic=True, align='C', after=4)
    para(d, 'Maximilian J. Obuya, MLS(ASCP)', 24, True, align='C', after=8)
    para(d, 'for attending the session', 11, italic=True, align='C', after=4)
    para(d, '\u201cSepsis Biomarkers Beyond Lactate\u201d', 18, True, align='C', after=10)
    para(d, 'Course #LSSCLS-26-014   \u2022   April 17, 2026   \u2022   1.0 P.A.C.E.\u00ae contact hour', 11, align='C', after=10, font='Liberation Sans')
    para(d, 'The Lone Star Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical '
         'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 8.5, italic=True, align='C', after=26)
    t = d.add_table(rows=2, cols=2)
    cell(t.cell(0, 0), '_____________________________', 10, align='C')
    cell(t.cell(0, 1), '_____________________________', 10, align='C')
    cell(t.cell(1, 0), 'Araceli V. Montemayor, MLS(ASCP)\nPresident, LSSCLS', 9.5, align='C')
    cell(t.cell(1, 1), 'Douglas K. Pfeiffer, MT(ASCP)\nEducation Committee Chair', 9.5, align='C')
    d.save(path)


BUILD = {36: m36, 37: m37, 38: m38, 39: m39, 40: m40}
