"""Ghostscript certificates from hand-written PostScript: zr09 zr18 zr21 zr31."""
from registry import cert
from engines import ghostscript_ps
from ps_kit import Page, document

LW, LH = 792, 612     # landscape letter
PW, PH = 612, 792     # portrait letter
GREY = (0.33, 0.33, 0.33)


@cert("zr09", style="NSH", producer="ghostscript-ps",
      layout=["landscape", "centered-award", "border", "seal", "format-line", "title-word-Grossing",
              "title-word-Orientation", "presented-by-speaker", "accented-name", "hyphenated-name",
              "signature-block", "credentials-after-name"],
      notes="'Live Virtual Session' is a format line between 'for attending the' and the title. 'Grossing' and "
            "'Orientation' are words of the real title. Speaker is a distractor.",
      name="Mei-Ling Castañeda",
      title="Grossing Small Biopsies: Orientation, Inking and Submission", date="2025-03-19", credits=1.5,
      unit="contact hour", provider=["National Society for Histotechnology", "NSH"], activity_id="25-LV-031")
def zr09(g, out):
    p = Page()
    teal = (0.0, 0.37, 0.45)
    p.rect(24, 24, LW - 48, LH - 48, 4, teal)
    p.rect(32, 32, LW - 64, LH - 64, 1, teal)
    p.text("National Society for Histotechnology", LW / 2, 536, "Times-Bold", 22, "C", teal)
    p.text("NSH", LW / 2, 516, "Helvetica-Bold", 12, "C", (0.79, 0.40, 0.01))
    p.spaced("CERTIFICATE OF ATTENDANCE", LW / 2, 462, "Times-Roman", 30, 3)
    p.text("presented to", LW / 2, 425, "Times-Italic", 13, "C", GREY)
    p.text(g["name"] + ", HT(ASCP)", LW / 2, 388, "ZapfChancery-MediumItalic", 30)
    p.text("for attending the", LW / 2, 352, "Times-Italic", 13, "C", GREY)
    p.text("Live Virtual Session", LW / 2, 328, "Helvetica-Bold", 11, "C", (0.79, 0.40, 0.01))
    p.text(g["title"], LW / 2, 302, "Times-Bold", 21, "C", teal)
    p.text("Presented by Gerald Finnegan-Orr, PA(ASCP)CM", LW / 2, 280, "Times-Italic", 11.5, "C", GREY)
    p.text("Session Date: March 19, 2025      Activity No. 25-LV-031      Contact Hours: 1.5", LW / 2, 244, "Helvetica", 12)
    p.para("NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
           "ASCLS P.A.C.E.\u00ae Program.", LW / 2, 214, "Helvetica", 8.5, 560, 11, "C", GREY)
    p.text("Marjorie Elkins", 200, 128, "ZapfChancery-MediumItalic", 20)
    p.line(110, 118, 290, 118)
    p.text("Marjorie Elkins, MBA", 200, 104, "Helvetica", 9.5)
    p.text("Executive Director", 200, 92, "Helvetica", 9.5)
    p.circle(600, 120, 46, 2.5, (0.79, 0.40, 0.01))
    p.circle(600, 120, 40, 0.8, (0.79, 0.40, 0.01))
    p.text("NSH", 600, 122, "Helvetica-Bold", 16, "C", (0.79, 0.40, 0.01))
    p.text("P.A.C.E.\u00ae", 600, 106, "Helvetica", 8, "C", (0.79, 0.40, 0.01))
    p.text("Certificate ID 2025-LVS-031-00477", LW / 2, 44, "Helvetica", 7.5, "C", (0.5, 0.5, 0.5))
    ghostscript_ps("zr09", document([p], LW, LH, "NSH certificate"), out)


@cert("zr18", style="state-society", producer="ghostscript-ps",
      layout=["portrait", "left-aligned", "format-line", "provider-only-in-accreditation-statement",
              "program-no-without-colon", "presented-by-speaker", "credentials-after-name"],
      notes="Provider is printed ONLY as the subject of the P.A.C.E. accreditation statement. 'LIVE WEBINAR' is a "
            "format line between 'attended the' and the title. 'Program No. 244-610-25' has no colon. Speaker and "
            "Registration # are distractors.",
      name="Bartholomew K. Osei",
      title="Transfusion Reactions: Recognition, Workup and Reporting", date="2025-04-02", credits=1.0,
      unit="contact hour", provider=["Chesapeake Society for Clinical Laboratory Science"], activity_id="244-610-25")
def zr18(g, out):
    p = Page()
    navy = (0.08, 0.20, 0.38)
    p.rect(0, PH - 18, PW, 18, 0, navy, fill=True)
    p.text("Certificate of Completion", 72, 690, "Helvetica-Bold", 28, "L", navy)
    p.line(72, 676, 540, 676, 1.2, navy)
    p.text("This certifies that", 72, 630, "Times-Roman", 13, "L", GREY)
    p.text(g["name"] + ", MLS(ASCP)CM", 72, 600, "Times-Bold", 22, "L")
    p.text("attended the", 72, 566, "Times-Roman", 13, "L", GREY)
    p.text("LIVE WEBINAR", 72, 538, "Helvetica-Bold", 11, "L", (0.70, 0.13, 0.13))
    y = p.para(g["title"], 72, 514, "Times-Bold", 19, 460, 23, "L", navy)
    p.text("Presented by Imani Caldwell, MD, Medical Director, Transfusion Service", 72, y - 4, "Times-Italic", 11, "L", GREY)
    y -= 48
    rows = [("Webinar date:", "04/02/2025"), ("Contact hours:", "1.0"), ("Program No. 244-610-25", ""),
            ("Registration #:", "CS-W0402-117")]
    for a, b in rows:
        p.text(a, 72, y, "Helvetica-Bold", 11, "L", navy)
        if b:
            p.text(b, 190, y, "Helvetica", 11, "L")
        y -= 20
    y -= 14
    y = p.para("The Chesapeake Society for Clinical Laboratory Science is approved as a provider of continuing education "
               "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.",
               72, y, "Helvetica", 9.5, 468, 12.5, "L", GREY)
    p.line(72, 180, 272, 180)
    p.text("Theresa Banning-Cole, MS, MLS(ASCP)CM", 72, 166, "Helvetica", 9.5, "L")
    p.text("Webinar Coordinator", 72, 154, "Helvetica", 9.5, "L")
    p.text("Please keep this certificate for your records. Certificates cannot be reissued after 12 months.",
           72, 60, "Helvetica-Oblique", 8, "L", (0.5, 0.5, 0.5))
    ghostscript_ps("zr18", document([p], PW, PH, "Webinar certificate"), out)


@cert("zr21", style="CAP", producer="ghostscript-ps",
      layout=["landscape", "centered-award", "border", "long-title-wrap-then-date-label", "multiple-credit-types",
              "program-no-without-colon", "hyphenated-name", "credentials-after-name", "dot-leader-credit-list"],
      notes="Three credit figures (P.A.C.E. 2.5, AMA PRA 2.5 maximum, ABPath SAM 1.0); only P.A.C.E. is gold. "
            "Long title wraps then 'Date of completion:'. 'Program No. 2025-LAP-118' without colon.",
      name="Marguerite Delacroix-Owens",
      title="Checklist Essentials for Laboratory General and All Common Requirements: Preparing for Your Next Inspection",
      date="2025-10-02", credits=2.5, unit="contact hour", provider=["College of American Pathologists", "CAP"],
      activity_id="2025-LAP-118")
def zr21(g, out):
    p = Page()
    navy = (0.04, 0.24, 0.36)
    p.rect(20, 20, LW - 40, LH - 40, 2.5, navy)
    p.rect(27, 27, LW - 54, LH - 54, 0.6, (0.55, 0.11, 0.25))
    p.text("College of American Pathologists", LW / 2, 548, "Palatino-Bold", 22, "C", navy)
    p.text("CAP", LW / 2, 530, "Helvetica-Bold", 11, "C", (0.55, 0.11, 0.25))
    p.text("Certificate of Completion", LW / 2, 484, "Palatino-Roman", 32)
    p.text("This certifies that", LW / 2, 452, "Palatino-Italic", 12.5, "C", GREY)
    p.text(g["name"] + ", MLS(ASCP)CM, SH(ASCP)CM", LW / 2, 424, "Palatino-Bold", 20)
    p.text("has completed", LW / 2, 398, "Palatino-Italic", 12.5, "C", GREY)
    y = p.para(g["title"], LW / 2, 372, "Helvetica-Bold", 15.5, 560, 19, "C", navy)
    p.text("Date of completion: 10/02/2025", LW / 2, y, "Helvetica", 12)
    p.text("Program No. 2025-LAP-118", LW / 2, y - 18, "Helvetica", 11, "C", GREY)
    y -= 50
    items = [("ASCLS P.A.C.E.\u00ae contact hours", "2.5"), ("AMA PRA Category 1 Credits\u2122 (maximum)", "2.5"),
             ("ABPath Continuing Certification SAM credit", "1.0")]
    for a, b in items:
        p.text(a, 210, y, "Helvetica", 11, "L")
        p.color(0.6, 0.6, 0.6)
        p.add("[1 3] 0 setdash 0.6 setlinewidth newpath 480 %.1f moveto 560 %.1f lineto stroke [] 0 setdash\n" % (y + 2, y + 2))
        p.text(b, 580, y, "Helvetica-Bold", 11, "R")
        y -= 17
    p.para("The College of American Pathologists is accredited by the ACCME to provide continuing medical education for "
           "physicians and designates this enduring material for a maximum of 2.5 AMA PRA Category 1 Credits\u2122. "
           "The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
           "ASCLS P.A.C.E.\u00ae Program. Successful completion of the self-assessment component enables the participant "
           "to earn 1.0 ABPath SAM credit.", LW / 2, y - 8, "Helvetica", 7.8, 640, 10, "C", GREY)
    p.line(90, 64, 270, 64)
    p.text("Renata Oyelaran-Hughes, MD, FCAP", 180, 52, "Helvetica", 8.5)
    p.text("Chair, CAP Council on Education", 180, 42, "Helvetica", 8.5)
    p.text("Learner ID CAP-L-0083316 \u00b7 Printed 10/06/2025", 620, 48, "Helvetica", 7.5, "C", (0.5, 0.5, 0.5))
    ghostscript_ps("zr21", document([p], LW, LH, "CAP certificate"), out)


@cert("zr31", style="joint-accreditation-CME", producer="ghostscript-ps",
      layout=["portrait", "centered-award", "two-page", "letter-spaced-name", "all-caps-name", "hyphenated-name",
              "multiple-credit-types", "maximum-vs-claimed", "series-name-before-colon", "department-provider",
              "credit-table"],
      notes="Letter-spaced ALL-CAPS name (PostScript ashow). Claimed 1.00 P.A.C.E. contact hours vs maximum 1.25 on "
            "page 2; AMA PRA/ANCC figures are distractors. 'Molecular Tumor Board:' series name is part of the title. "
            "Provider = school of medicine and 'school, Office of Continuing Medical Education'. Issue date is a distractor.",
      name="HADLEY R. PEMBERTON-SATO",
      title="Molecular Tumor Board: Comprehensive Genomic Profiling in Non-Small Cell Lung Cancer",
      date="2025-05-09", credits=1.0, unit="contact hour",
      provider=["Northfield University School of Medicine",
                "Northfield University School of Medicine, Office of Continuing Medical Education"],
      activity_id="25-MTB-0509")
def zr31(g, out):
    crim = (0.55, 0.08, 0.12)
    p = Page()
    p.rect(30, 30, PW - 60, PH - 60, 1.5, crim)
    p.text("Northfield University School of Medicine", PW / 2, 718, "NewCenturySchlbk-Bold", 19, "C", crim)
    p.text("Office of Continuing Medical Education", PW / 2, 698, "Helvetica", 11, "C", crim)
    p.spaced("CERTIFICATE OF PARTICIPATION", PW / 2, 640, "NewCenturySchlbk-Roman", 20, 2.5)
    p.text("This is to certify that", PW / 2, 596, "Times-Italic", 12.5, "C", GREY)
    p.spaced(g["name"], PW / 2, 562, "Helvetica", 18, 5)
    p.text("attended", PW / 2, 528, "Times-Italic", 12.5, "C", GREY)
    y = p.para(g["title"], PW / 2, 500, "NewCenturySchlbk-Bold", 16, 440, 20, "C", crim)
    p.text("Friday, May 9, 2025", PW / 2, y - 6, "Helvetica", 12)
    p.text("Activity ID: 25-MTB-0509", PW / 2, y - 24, "Helvetica", 11, "C", GREY)
    y -= 66
    p.rect(126, y - 4, 360, 18, 0, crim, fill=True)
    p.text("Credit Type", 136, y + 1, "Helvetica-Bold", 10, "L", (1, 1, 1))
    p.text("Credits Claimed", 476, y + 1, "Helvetica-Bold", 10, "R", (1, 1, 1))
    for a, b in [("AMA PRA Category 1 Credits\u2122", "\u2014"), ("ANCC nursing contact hours", "\u2014"),
                 ("ASCLS P.A.C.E.\u00ae contact hours", "1.00")]:
        y -= 20
        p.text(a, 136, y, "Helvetica", 10.5, "L")
        p.text(b, 476, y, "Helvetica", 10.5, "R")
        p.line(126, y - 5, 486, y - 5, 0.4, (0.75, 0.75, 0.75))
    p.text("Accreditation and credit designation statements appear on page 2.", PW / 2, y - 34, "Helvetica-Oblique", 9, "C", GREY)
    p.line(206, 150, 406, 150)
    p.text("Lucinda Farrow-Adeyemi, MD, MHPE", PW / 2, 136, "Helvetica", 9.5)
    p.text("Associate Dean, Continuing Medical Education", PW / 2, 124, "Helvetica", 9.5)
    p.text("Page 1 of 2", PW / 2, 48, "Helvetica", 7.5, "C", (0.5, 0.5, 0.5))
    q = Page()
    q.text("Accreditation and Credit Designation", 72, 720, "Helvetica-Bold", 14, "L", crim)
    y = 694
    for para in [
        "In support of improving patient care, Northfield University School of Medicine is jointly accredited by the "
        "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education "
        "(ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.",
        "Physicians: Northfield University School of Medicine designates this live activity for a maximum of 1.25 AMA PRA "
        "Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation "
        "in the activity.",
        "Nurses: This activity is designated for a maximum of 1.25 ANCC nursing contact hours.",
        "Laboratory professionals: Northfield University School of Medicine is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This activity is approved for a "
        "maximum of 1.25 P.A.C.E.\u00ae contact hours.",
        "Faculty: Naveen Iyer-Castillo, MD, PhD (Molecular Pathology); Greta Solheim, MD (Thoracic Oncology); "
        "Owen Pritchard, MS, CGC (Cancer Genetics). None of the faculty or planners have relevant financial relationships "
        "with ineligible companies."]:
        y = q.para(para, 72, y, "Times-Roman", 11, 468, 14, "L") - 10
    q.text("Date issued: May 20, 2025", 72, y - 10, "Helvetica", 9.5, "L", GREY)
    q.text("Page 2 of 2", PW / 2, 48, "Helvetica", 7.5, "C", (0.5, 0.5, 0.5))
    ghostscript_ps("zr31", document([p, q], PW, PH, "CME certificate"), out)
