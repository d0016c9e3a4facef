"""Certificates written as .docx with python-docx and converted by LibreOffice."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

from common import soffice, src, gold

P = "LibreOffice (docx)"
C = WD_ALIGN_PARAGRAPH.CENTER


def new_doc(landscape=False, margin=0.8, font="Liberation Serif", size=11):
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    for a in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, a, Inches(margin))
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    return d


def page_border(doc, val="double", sz=18, color="1F3A5F", space=18):
    sectPr = doc.sections[0]._sectPr
    pb = OxmlElement("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), str(space))
        e.set(qn("w:color"), color)
        pb.append(e)
    sectPr.append(pb)


def para(doc, text="", size=None, bold=False, italic=False, align=None, color=None, after=None,
         before=None, font=None, caps=False, spacing=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if text:
        run(p, text, size, bold, italic, color, font, caps, spacing)
    return p


def run(p, text, size=None, bold=False, italic=False, color=None, font=None, caps=False, spacing=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    if caps:
        r.font.all_caps = True
    if spacing is not None:
        rPr = r._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rPr.append(sp)
    return r


def cell_text(cell, text, size=10, bold=False, color=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    run(p, text, size, bold, color=color)
    return p


def widths(t, ws):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(w * 1440)))
    for row in t.rows:
        for c, w in zip(row.cells, ws):
            c.width = Inches(w)


def shade(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def save(d, wid):
    d.save(src(wid + ".docx"))
    soffice(wid, wid + ".docx")


def w02(wid):
    d = new_doc(margin=0.9, font="Liberation Sans", size=10.5)
    para(d, "Mercy Vale Regional Medical Center", 18, True, align=C, color="0B4F6C", after=0)
    para(d, "Department of Laboratory Medicine", 12, align=C, color="0B4F6C", after=0)
    para(d, "2300 Covenant Drive \u2022 Harlow Springs, Missouri 65210", 8.5, align=C, color="666666", after=14)
    para(d, "IN-SERVICE ATTENDANCE CERTIFICATE", 15, True, align=C, after=12, spacing=30)
    rows = [
        ("Participant", "Deshawn R. Whitaker, MLS(ASCP)CM"),
        ("Employee ID", "004418"),
        ("Program", "Annual Blood Bank Safety Orientation and Competency Review"),
        ("Program No.", "MV-LAB-0425"),
        ("Date of Program", "April 22, 2026"),
        ("Format", "Live, instructor-led (in person, Transfusion Service conference room)"),
        ("Instructor", "Corinne A. Delacroix, MT(ASCP)SBB, Transfusion Service Supervisor"),
        ("Contact Hours Awarded", "1.0 P.A.C.E.\u00ae contact hour"),
        ("Level / Category", "Basic / Immunohematology; Laboratory Safety"),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (k, v) in enumerate(rows):
        cell_text(t.cell(i, 0), k, 10, True)
        shade(t.cell(i, 0), "E3EEF3")
        cell_text(t.cell(i, 1), v, 10.5, bold=(k in ("Participant", "Program")))
    widths(t, [2.0, 4.7])
    para(d, "", after=6)
    para(d, "Mercy Vale Regional Medical Center, Department of Laboratory Medicine is approved as a provider of "
            "continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program "
            "(Provider No. 0451). This in-service fulfills the annual safety training requirement of laboratory "
            "policy LAB-ADM-017.", 9, after=26)
    p = para(d, after=0)
    run(p, "Corinne A. Delacroix", 12, italic=True, font="Liberation Serif")
    para(d, "______________________________________", after=0)
    para(d, "Corinne A. Delacroix, MT(ASCP)SBB", 9.5, after=0)
    para(d, "Laboratory Education Coordinator", 9.5, after=0)
    para(d, "Signed April 24, 2026", 9, color="555555", after=18)
    para(d, "Keep this certificate with your Credential Maintenance Program documentation. "
            "Copies are retained by Laboratory Education for three years.", 8, italic=True, color="666666")
    save(d, wid)
    return gold(wid, style="hospital-inservice", producer=P,
                layout=["portrait", "two-column-label-value", "table", "letterhead", "signature-block",
                        "credentials-after-name", "distractor-numbers", "distractor-dates"],
                notes="Department issues the certificate (institution + 'Institution, Department' in provider); "
                      "provider no., employee ID and signed date are distractors; title contains Safety and Orientation.",
                name="Deshawn R. Whitaker",
                title="Annual Blood Bank Safety Orientation and Competency Review",
                date="2026-04-22", credits=1.0, unit="contact hour",
                provider=["Mercy Vale Regional Medical Center",
                          "Mercy Vale Regional Medical Center, Department of Laboratory Medicine"],
                activity_id="MV-LAB-0425")




def w10(wid):
    d = new_doc(landscape=True, margin=0.75, font="Liberation Serif", size=12)
    page_border(d, "thinThickSmallGap", 24, "8B5A2B", 24)
    para(d, "SOUTHWEST LABORATORY PROFESSIONALS ALLIANCE", 12, True, align=C, color="8B5A2B", after=0, spacing=40)
    para(d, "SWLPA \u2022 serving Arizona, New Mexico, Colorado and Utah", 9, align=C, color="8B5A2B", after=16)
    para(d, "Certificate of Continuing Education", 30, italic=True, align=C, after=10, font="Liberation Serif")
    para(d, "is presented to", 12, align=C, after=4)
    para(d, "Luc\u00eda Fern\u00e1ndez-Oyelaran", 26, True, align=C, after=4, font="Liberation Serif")
    para(d, "for attendance at the", 12, align=C, after=2)
    para(d, "Four Corners Regional Laboratory Conference 2025", 19, True, align=C, color="8B5A2B", after=2)
    para(d, "October 22\u201324, 2025  \u2022  Albuquerque, New Mexico", 12, align=C, after=10)
    p = para(d, align=C, after=2)
    run(p, "Contact hours earned: ", 12)
    run(p, "11.75", 12, True)
    run(p, "   (of 14.0 contact hours offered)", 10, color="555555")
    para(d, "Certificate No. 25-1024-0389", 10, align=C, after=10)
    para(d, "The Southwest Laboratory Professionals Alliance is approved as a provider of continuing education programs "
            "in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Hours shown are those claimed "
            "by the participant on the session attendance log.", 8.5, italic=True, align=C, after=16)
    t = d.add_table(rows=3, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left = ["_____________________________", "Marisol T. Begay, MPH, MLS(ASCP)", "Conference Chair"]
    right = ["_____________________________", "Grant W. Halvorsen, MT(AMT)", "SWLPA Education Director"]
    for i in range(3):
        cell_text(t.cell(i, 0), left[i], 9.5, align=C)
        cell_text(t.cell(i, 2), right[i], 9.5, align=C)
    cell_text(t.cell(1, 1), "Issued November 3, 2025", 8.5, color="777777", align=C)
    widths(t, [3.2, 2.6, 3.2])
    save(d, wid)
    return gold(wid, style="regional-meeting", producer=P,
                layout=["landscape", "centered", "page-border", "date-range", "claimed-vs-maximum",
                        "signature-block", "accented-name", "distractor-numbers", "distractor-dates"],
                notes="Three-day regional meeting; meeting name is the title; 11.75 earned of 14.0 offered; "
                      "no activity number is printed (certificate no. is a distractor, so activity_id is null); "
                      "issue date is a distractor.",
                name="Luc\u00eda Fern\u00e1ndez-Oyelaran",
                title="Four Corners Regional Laboratory Conference 2025",
                date="2025-10-24", credits=11.75, unit="contact hour",
                provider=["Southwest Laboratory Professionals Alliance", "SWLPA"], activity_id=None)


def w18(wid):
    d = new_doc(margin=0.85, font="Liberation Serif", size=10.5)
    para(d, "Upper Midwest Histotechnology Society", 16, True, color="4B2E83", after=0, font="Liberation Sans")
    para(d, "Continuing Education Committee \u2022 P.O. Box 4471 \u2022 Eau Claire, WI 54702", 8.5,
         color="666666", after=14, font="Liberation Sans")
    para(d, "February 6, 2026", after=10)
    para(d, "Everett L. Haverford, HT(ASCP)", after=0)
    para(d, "Histology Laboratory, Lakeland Memorial Hospital", after=0)
    para(d, "415 Pine Ridge Avenue", after=0)
    para(d, "Duluth, MN 55811", after=10)
    para(d, "Dear Mr. Haverford:", after=8)
    para(d, "Congratulations! We have graded the post-test you submitted for our self-study module and you achieved a "
            "score of 90% (passing score 70%). Your continuing education certificate appears below. The module was "
            "reviewed and approved for continuing education credit by the National Society for Histotechnology (NSH); "
            "the Upper Midwest Histotechnology Society remains the provider of record.", after=8)
    para(d, "Please keep this letter and certificate for at least three years. If you were enrolled through your "
            "employer, invoice number INV-26-0212 has been settled and no further action is needed.", after=8)
    para(d, "With best regards,", after=16)
    para(d, "Ingrid S. Solberg, HTL(ASCP)QIHC", after=0)
    para(d, "CE Committee Chair, UMHS", after=10)
    para(d, "\u2702 - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -",
         8, color="888888", align=C, after=6)
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, "F4F0FA")
    p = c.paragraphs[0]
    p.alignment = C
    run(p, "UPPER MIDWEST HISTOTECHNOLOGY SOCIETY (UMHS)", 10, True, color="4B2E83")
    for txt, sz, b, it in [("Certificate of Completion", 17, True, False),
                           ("Everett L. Haverford", 15, False, True),
                           ("has successfully completed the self-study module", 10, False, False),
                           ("Self-Study", 9, True, False),
                           ("Troubleshooting Frozen Sections: Artifacts, Cryostat Care, and Turnaround Time", 12.5, True, False),
                           ("Self-Study No. UMHS-SS-2601     Date completed: January 30, 2026", 10, False, False),
                           ("Continuing education awarded: 2.0 contact hours (NSH approved)", 10.5, True, False)]:
        q = c.add_paragraph()
        q.alignment = C
        q.paragraph_format.space_after = Pt(3)
        run(q, txt, sz, b, it, color=("4B2E83" if txt == "Self-Study" else None), caps=(txt == "Self-Study"),
            spacing=(40 if txt == "Self-Study" else None))
    q = c.add_paragraph()
    q.alignment = C
    run(q, "Approval through NSH does not make NSH the provider. Quiz score: 90%. Certificate valid for CMP reporting.",
        7.5, italic=True, color="555555")
    widths(t, [6.8])
    save(d, wid)
    return gold(wid, style="cover-letter", producer=P,
                layout=["portrait", "letter", "letterhead", "boxed-certificate", "format-line", "long-title",
                        "distractor-dates", "distractor-numbers"],
                notes="Letter dated Feb 6, 2026 encloses a boxed certificate; NSH is only the approving body; "
                      "'SELF-STUDY' (all caps via font) on its own line is a format word, not part of the title; "
                      "invoice number and quiz score are distractors.",
                name="Everett L. Haverford",
                title="Troubleshooting Frozen Sections: Artifacts, Cryostat Care, and Turnaround Time",
                date="2026-01-30", credits=2.0, unit="contact hour",
                provider=["Upper Midwest Histotechnology Society", "UMHS"], activity_id="UMHS-SS-2601")


def w26(wid):
    d = new_doc(margin=0.8, font="Liberation Sans", size=10)
    para(d, "RIDGECREST STATE UNIVERSITY", 16, True, align=C, color="14532D", after=0, spacing=20)
    para(d, "Center for Professional & Continuing Education", 11, align=C, color="14532D", after=0)
    para(d, "Ridgecrest State University (RSU) \u2022 Hollis Hall 118 \u2022 Ridgecrest, Montana 59330", 8,
         align=C, color="666666", after=14)
    para(d, "Continuing Education Unit Record", 15, True, align=C, after=10)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    heads = ["STUDENT NAME", "STUDENT ID", "RECORD ISSUED"]
    vals = ["Mei-Ling Castellano", "RSU-7730142", "December 8, 2025"]
    for i in range(3):
        cell_text(t.cell(0, i), heads[i], 7.5, True, color="555555")
        shade(t.cell(0, i), "E7F0EA")
        cell_text(t.cell(1, i), vals[i], 11, i == 0)
    widths(t, [3.1, 1.7, 2.1])
    para(d, "", after=8)
    t = d.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    heads = ["COURSE / SECTION", "COMPLETED", "CEUs", "RESULT", "COURSE TITLE"]
    vals = ["CFC-210-01", "11/21/2025", "1.6", "Satisfactory",
            "Foundations of Clinical Flow Cytometry: Instrumentation, Gating, and Leukemia/Lymphoma Immunophenotyping"]
    for i in range(5):
        cell_text(t.cell(0, i), heads[i], 7.5, True, color="555555")
        shade(t.cell(0, i), "E7F0EA")
        cell_text(t.cell(1, i), vals[i], 10)
    widths(t, [1.25, 0.95, 0.6, 1.1, 3.0])
    para(d, "", after=6)
    para(d, "Instruction: 16 contact hours, online lectures with two virtual laboratory sessions, "
            "September 29 \u2013 November 21, 2025.", 9, after=4)
    para(d, "Total CEUs awarded on this record: 1.6", 10, True, after=18)
    para(d, "______________________________", after=0)
    para(d, "Harriet O. Lindqvist, EdD", 9.5, after=0)
    para(d, "Director, Center for Professional & Continuing Education", 9.5, after=12)
    para(d, "See reverse for the CEU definition and accreditation statement.", 8, italic=True, color="666666")
    p = para(d)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(d, "About this record", 12, True, after=6)
    para(d, "One Continuing Education Unit (CEU) is defined as ten contact hours of participation in an organized "
            "continuing education experience under responsible sponsorship, capable direction, and qualified "
            "instruction. Ridgecrest State University awards CEUs in accordance with the ANSI/IACET Standard for "
            "Continuing Education and Training.", 9.5, after=6)
    para(d, "This course is a non-credit offering and does not carry academic (semester) credit. Laboratory "
            "professionals may report CEUs toward the ASCP Board of Certification Credential Maintenance Program "
            "in the categories that match the course content.", 9.5, after=6)
    para(d, "Record verification: cpce-records@ridgecrest.example.edu  \u2022  Record no. CPCE-25-11877", 9)
    save(d, wid)
    return gold(wid, style="university-ceu", producer=P,
                layout=["portrait", "labels-above-values", "table", "transcript", "two-page", "long-title",
                        "distractor-numbers", "distractor-dates"],
                notes="One-course CEU record; page 2 holds the CEU definition (also mentions 16 contact hours); "
                      "1.6 CEU = 16 points; completion 11/21/2025; record issued date, student ID and record no. "
                      "are distractors.",
                name="Mei-Ling Castellano",
                title="Foundations of Clinical Flow Cytometry: Instrumentation, Gating, and Leukemia/Lymphoma Immunophenotyping",
                date="2025-11-21", credits=1.6, unit="CEU",
                provider=["Ridgecrest State University",
                          "Ridgecrest State University, Center for Professional & Continuing Education", "RSU"],
                activity_id="CFC-210-01")


CERTS = {"w02": w02, "w10": w10, "w18": w18, "w26": w26}
