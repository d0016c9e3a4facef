"""zh33-zh36: hand-written AcroForm PDFs, appearances generated and flattened by qpdf."""
import os

from .common import cert, out_pdf, SRC
from .formpdf import FormPDF

GREY = (110, 110, 110)


def boxed(f, x, y, w, h, label, name, value, font="Helv", size=10.5, q=0, label_size=6.5, fill=None):
    """Bordered box, small label at its top-left, field value below the label."""
    f.rect(x, y, w, h, stroke=(150, 160, 170), fill=fill, lw=0.6)
    f.text(x + 4, y + h - 9, label, font="F1", size=label_size, color=GREY)
    f.field(name, x + 3, y + 3, w - 6, h - 14, value, font=font, size=size, q=q)


def save(cid, f):
    f.save(os.path.join(SRC, cid + ".unflattened.pdf"), out_pdf(cid))


# ---------------------------------------------------------------- zh33 MediaLab, provider only in accreditation sentence
def build_zh33():
    f = FormPDF(title="Continuing Education Certificate")
    W = 612
    f.rect(36, 36, 540, 720, stroke=(40, 90, 140), lw=1.5)
    f.rect(36, 700, 540, 56, stroke=None, fill=(40, 90, 140))
    f.text(W / 2, 732, "CONTINUING EDUCATION CERTIFICATE", font="F2", size=17, color=(255, 255, 255), align="center")
    f.text(W / 2, 713, "Online course completion record", font="F1", size=9, color=(210, 225, 240), align="center")
    f.text(W / 2, 660, "This certifies that the participant named below has met all course requirements.", font="F5", size=11, align="center")
    boxed(f, 72, 590, 468, 46, "PARTICIPANT NAME", "participant", "OLUWADAMILOLA ADEYEMI", font="TiBo", size=18, q=1)
    boxed(f, 72, 530, 468, 44, "COURSE TITLE", "course_title", "Antibody Identification: Working Through Multiple Alloantibodies",
          font="TiBo", size=13, q=1)
    boxed(f, 72, 474, 150, 40, "COURSE NUMBER", "course_no", "BB-2207", size=11)
    boxed(f, 231, 474, 150, 40, "COMPLETION DATE", "completed", "12/03/2024", size=11)
    boxed(f, 390, 474, 150, 40, "P.A.C.E.® CONTACT HOURS", "hours", "1.0", size=11)
    boxed(f, 72, 420, 150, 40, "ORDER NO.", "order", "ML-5581930", size=10)
    boxed(f, 231, 420, 150, 40, "DATE GENERATED", "generated", "01/15/2025", size=10)
    boxed(f, 390, 420, 150, 40, "EXAM SCORE", "score", "90% (passing 70%)", size=10)
    f.text(72, 380, "Course content: case-based review of panel interpretation, rule-outs, selected cells, enzyme and", font="F1", size=9)
    f.text(72, 368, "DTT treatment, adsorption strategies and selection of antigen-negative units for transfusion.", font="F1", size=9)
    f.line(72, 200, 260, 200)
    f.text(72, 188, "Authorized signature, Continuing Education", font="F1", size=8, color=GREY)
    f.text(W / 2, 90, "MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory",
           font="F1", size=8, color=(70, 70, 70), align="center")
    f.text(W / 2, 79, "sciences by the ASCLS P.A.C.E.® Program. Certificates are valid only with a matching learner transcript.",
           font="F1", size=8, color=(70, 70, 70), align="center")
    save("zh33", f)


# ---------------------------------------------------------------- zh34 hospital in-service attendance form
def build_zh34():
    f = FormPDF(title="In-Service Education Attendance Certificate")
    W = 612
    f.text(54, 742, "Westbrook Children's Hospital", font="F4", size=20, color=(0, 95, 85))
    f.text(54, 724, "Laboratory Services  |  Education Office", font="F1", size=10, color=(0, 95, 85))
    f.line(54, 714, 558, 714, color=(0, 95, 85), lw=1.2)
    f.text(54, 690, "IN-SERVICE EDUCATION ATTENDANCE CERTIFICATE", font="F2", size=12.5)
    f.text(558, 690, "Form LAB-ED-03", font="F1", size=8, color=GREY, align="right")
    rows = [("Employee name", "name", "Aoife Ní Bhriain", "HeBo", 12),
            ("Badge No.", "badge", "WCH-20331", "Helv", 10.5),
            ("Department", "dept", "Core Laboratory - Chemistry", "Helv", 10.5)]
    y = 650
    for label, key, val, font, size in rows:
        f.text(54, y + 5, label + ":", font="F1", size=10, color=GREY)
        f.line(170, y, 558, y, color=(170, 170, 170), lw=0.5)
        f.field(key, 172, y + 1, 380, 16, val, font=font, size=size)
        y -= 28
    f.text(54, y - 4, "In-service topic:", font="F1", size=10, color=GREY)
    f.line(170, y - 9, 558, y - 9, color=(170, 170, 170), lw=0.5)
    f.field("topic1", 172, y - 8, 380, 16, "Neonatal Bilirubin Testing: Specimen Handling,", font="TiBo", size=12)
    f.line(170, y - 31, 558, y - 31, color=(170, 170, 170), lw=0.5)
    f.field("topic2", 172, y - 30, 380, 16, "Light Protection, and Hemolysis Review", font="TiBo", size=12)
    y -= 95
    grid = [("Session No.", "sess", "IS-25-014"), ("Session date", "sdate", "02/26/2025"), ("Duration", "dur", "45 minutes"),
            ("Contact hours", "ch", "0.75"), ("Form completed", "fdate", "03/01/2025"), ("Presenter", "pres", "B. Holloway, MLS(ASCP)")]
    for i, (label, key, val) in enumerate(grid):
        cx = 54 + (i % 3) * 170
        cy = y - (i // 3) * 48
        f.rect(cx, cy, 162, 40, stroke=(150, 150, 150), lw=0.5)
        f.text(cx + 4, cy + 30, label, font="F1", size=7, color=GREY)
        f.field(key, cx + 3, cy + 4, 156, 20, val, size=11)
    y -= 110
    f.text(54, y, "Contact hours are based on the scheduled length of the session (60 minutes = 1.0 contact hour) and are accepted", font="F1", size=8.5)
    f.text(54, y - 11, "for state licensure renewal. Westbrook Children's Hospital Laboratory Services retains sign-in sheets for five years.",
           font="F1", size=8.5)
    f.line(54, 160, 250, 160)
    f.line(330, 160, 558, 160)
    f.field("sig1", 56, 162, 190, 16, "/s/ Beatrix Holloway", font="TiRo", size=11)
    f.field("sig2", 332, 162, 220, 16, "/s/ Aoife Ní Bhriain", font="TiRo", size=11)
    f.text(54, 150, "Laboratory educator", font="F1", size=8, color=GREY)
    f.text(330, 150, "Employee", font="F1", size=8, color=GREY)
    f.text(W / 2, 50, "White copy: employee  -  Yellow copy: laboratory education file", font="F6", size=7, color=GREY, align="center")
    save("zh34", f)


# ---------------------------------------------------------------- zh35 P.A.C.E. provider verification form, labels above values
def build_zh35():
    f = FormPDF(title="Continuing Education Verification")
    W = 612
    f.rect(40, 40, 532, 712, stroke=(120, 90, 40), lw=0.8)
    f.text(W / 2, 712, "CONTINUING EDUCATION VERIFICATION", font="F4", size=19, color=(90, 60, 20), align="center")
    f.text(W / 2, 694, "Please keep this form for your records. It is your proof of participation.", font="F5", size=10, align="center")
    boxed(f, 60, 620, 250, 44, "PARTICIPANT", "name", "Priscilla Nwachukwu", font="HeBo", size=13)
    boxed(f, 316, 620, 110, 44, "CREDENTIALS", "cred", "MLS(ASCP)CM", size=10.5)
    boxed(f, 432, 620, 120, 44, "STATE LICENSE #", "lic", "CLS 000-118-442", size=10)
    boxed(f, 60, 562, 492, 46, "PROGRAM TITLE", "title", "Antimicrobial Susceptibility Testing Breakpoint Updates for 2025",
          font="TiBo", size=13.5)
    boxed(f, 60, 504, 118, 46, "PROGRAM NUMBER", "progno", "SR-0419-25", size=11)
    boxed(f, 184, 504, 118, 46, "PROGRAM DATE", "pdate", "04/19/2025", size=11)
    boxed(f, 308, 504, 118, 46, "CONTACT HOURS", "ch", "3.0", size=11)
    boxed(f, 432, 504, 120, 46, "DATE ISSUED", "issued", "04/28/2025", size=11)
    boxed(f, 60, 446, 240, 46, "PROGRAM LEVEL", "lvl", "Intermediate", size=10.5)
    boxed(f, 306, 446, 246, 46, "LOCATION", "loc", "Glacier Point Hotel, Ballroom C", size=10.5)
    f.text(60, 420, "Learning objectives:", font="F2", size=9)
    for i, t in enumerate(["Describe the revised breakpoints for Enterobacterales and Pseudomonas aeruginosa.",
                           "Explain the impact of breakpoint changes on cumulative antibiograms.",
                           "Outline a verification plan for updated breakpoints on automated systems."]):
        f.text(70, 406 - i * 12, "%d. %s" % (i + 1, t), font="F1", size=8.8)
    f.line(60, 230, 260, 230)
    f.field("sig", 62, 232, 196, 16, "Ruth Anne Kessler, MA, MLS(ASCP)", font="TiRo", size=11)
    f.text(60, 218, "Program Coordinator", font="F1", size=8, color=GREY)
    f.text(W / 2, 92, "Summit Ridge Clinical Education Services is approved as a provider of continuing education programs in the",
           font="F1", size=8, color=(70, 70, 70), align="center")
    f.text(W / 2, 81, "clinical laboratory sciences by the ASCLS P.A.C.E.® Program.", font="F1", size=8, color=(70, 70, 70), align="center")
    save("zh35", f)


# ---------------------------------------------------------------- zh36 state society seminar, landscape session form
def build_zh36():
    f = FormPDF(width=792, height=612, title="Session Attendance Certificate")
    W = 792
    f.rect(28, 28, 736, 556, stroke=(150, 30, 40), lw=2.2)
    f.rect(34, 34, 724, 544, stroke=(150, 30, 40), lw=0.5)
    f.text(W / 2, 540, "ASCLS-Georgia", font="F4", size=26, color=(150, 30, 40), align="center")
    f.text(W / 2, 520, "Fall Seminar 2024  |  October 24-26, 2024  |  Peachtree Ridge Conference Center", font="F1", size=10,
           color=(80, 80, 80), align="center")
    f.text(W / 2, 480, "Session Attendance Certificate", font="F3", size=24, align="center")
    f.text(W / 2, 452, "This certificate is awarded to", font="F5", size=11, align="center")
    f.line(200, 418, 592, 418, color=(150, 150, 150), lw=0.5)
    f.field("name", 200, 420, 392, 24, "Seamus O'Keefe, MT(ASCP)", font="TiBo", size=20, q=1)
    f.text(W / 2, 396, "for attending the educational session", font="F5", size=11, align="center")
    f.line(120, 362, 672, 362, color=(150, 150, 150), lw=0.5)
    f.field("title", 120, 364, 552, 20, "Navigating LDT Oversight: What Changed and What Did Not", font="TiBo", size=16, q=1)
    cols = [("Session:", "sess", "7B"), ("Session date:", "sdate", "Friday, October 25, 2024"),
            ("Contact hours:", "ch", "1.5"), ("Badge no.:", "badge", "GA-0917")]
    x = 90
    widths = [110, 210, 120, 120]
    for (label, key, val), w in zip(cols, widths):
        f.text(x, 318, label, font="F1", size=8.5, color=GREY)
        f.field(key, x - 2, 296, w, 16, val, font="HeBo", size=11.5)
        x += w + 22
    f.text(W / 2, 240, "ASCLS-Georgia is approved as a provider of continuing education programs in the clinical laboratory sciences",
           font="F1", size=8.5, color=(70, 70, 70), align="center")
    f.text(W / 2, 228, "by the ASCLS P.A.C.E.® Program. One certificate is issued per session; seminar totals appear on the summary transcript.",
           font="F1", size=8.5, color=(70, 70, 70), align="center")
    f.line(110, 140, 330, 140)
    f.line(462, 140, 682, 140)
    f.field("sig1", 112, 142, 216, 16, "Darnell Whitcomb-Ayers, MLS(ASCP)", font="TiRo", size=11)
    f.field("sig2", 464, 142, 216, 16, "Lucía Benavides, MS, MLS(ASCP)", font="TiRo", size=11)
    f.text(110, 128, "Seminar Chair", font="F1", size=8, color=GREY)
    f.text(462, 128, "CE Coordinator", font="F1", size=8, color=GREY)
    f.text(W / 2, 60, "Printed 11/02/2024", font="F1", size=7, color=GREY, align="center")
    save("zh36", f)


CERTS = [
    cert("zh33", "MediaLab", "qpdf-acroform",
         ["flattened-form", "labels-above", "provider-accreditation-sentence", "name-caps", "multi-date", "id-no-colon",
          "distractor-ids", "signature"],
         "Flattened AcroForm with labelled boxes; ALL-CAPS name; provider named only in the accreditation sentence at the bottom; order number, exam score and generated date distractors.",
         "OLUWADAMILOLA ADEYEMI", "Antibody Identification: Working Through Multiple Alloantibodies",
         "2024-12-03", 1.0, "contact hour", ["MediaLab, Inc."], "BB-2207", build_zh33),
    cert("zh34", "hospital-inservice", "qpdf-acroform",
         ["flattened-form", "label-value", "labels-above", "wrapped-title", "provider-department", "name-accent",
          "multi-date", "id-no-colon", "distractor-ids", "signature", "footer"],
         "Flattened in-service attendance form; title split over two field lines; 0.75 contact hour; badge number and form-completed date distractors.",
         "Aoife Ní Bhriain", "Neonatal Bilirubin Testing: Specimen Handling, Light Protection, and Hemolysis Review",
         "2025-02-26", 0.75, "contact hour",
         ["Westbrook Children's Hospital", "Westbrook Children's Hospital, Laboratory Services"], "IS-25-014", build_zh34),
    cert("zh35", "PACE-provider", "qpdf-acroform",
         ["flattened-form", "labels-above-columns", "labels-above", "provider-accreditation-sentence", "multi-date",
          "id-no-colon", "distractor-ids", "signature"],
         "Labels above values in boxed columns; credentials in their own box; provider only in the accreditation sentence; license number and date-issued distractors.",
         "Priscilla Nwachukwu", "Antimicrobial Susceptibility Testing Breakpoint Updates for 2025",
         "2025-04-19", 3.0, "contact hour", ["Summit Ridge Clinical Education Services"], "SR-0419-25", build_zh35),
    cert("zh36", "state-society", "qpdf-acroform",
         ["flattened-form", "landscape", "labels-above", "provider-logo-heading", "name-apostrophe", "name-credentials",
          "date-range", "multi-date", "id-colon", "distractor-ids", "signature", "footer"],
         "Landscape session certificate at a seminar: session date (Oct 25) inside the Oct 24-26 range; session number 7B; badge number and print date distractors.",
         "Seamus O'Keefe", "Navigating LDT Oversight: What Changed and What Did Not",
         "2024-10-25", 1.5, "contact hour", ["ASCLS-Georgia"], "7B", build_zh36),
]
