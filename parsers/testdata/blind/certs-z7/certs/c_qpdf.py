"""Certificates built as hand-assembled AcroForm PDFs (static template + text fields)
whose appearances are generated and flattened by qpdf."""
from engine.coord import Doc, LETTER, LETTER_L
from engine.registry import cert
from certs._draw import BLACK, GREY, signature

REG = "\u00ae"


def boxed_field(d, label, name, x, y, w, value, h=20, label_font=("H", "B", 8.5), value_font=("H", "", 11),
                label_left=None, box=(0.6, 0.6, 0.6)):
    """Label either above the box (label_left None) or to the left at x=label_left."""
    d.setfont(*label_font)
    d.color(*GREY)
    if label_left is None:
        d.text(x, y - 4, label)
    else:
        d.text(label_left, y + h / 2 + 3, label)
    d.stroke(*box, w=0.6)
    d.rect(x, y, w, h)
    d.setfont(*value_font)
    d.color(*BLACK)
    d.field(name, x, y, w, h, value)


# --------------------------------------------------------------------------
@cert("zg15", "medialab", "qpdf-acroform",
      ["base:form-fields", "portrait", "form-fields", "label-value", "name-hyphen", "multi-date", "id-colon",
       "distractor-numbers", "provider-logo", "footer"],
      "Form template with filled-in fields (flattened); labels to the left of boxes; date completed vs date "
      "printed; customer ID beside 'Course #:'.",
      name="Gwendolyn Hart-Nakamura", title="Hemoglobinopathies: From Electrophoresis to HPLC",
      date="2024-05-14", credits=1.5, unit="contact hour",
      provider=["MediaLab, Inc.", "MediaLab"], activity_id="1274")
def zg15():
    purple = (0.30, 0.18, 0.50)
    d = Doc(LETTER)
    d.color(*purple)
    d.setfont("H", "B", 30)
    d.text(72, 92, "MediaLab")
    d.setfont("H", "", 10)
    d.text(540, 80, "Continuing Education Certificate", "R")
    d.text(540, 94, "Laboratory continuing education", "R")
    d.stroke(*purple, w=2.5)
    d.line(72, 110, 540, 110)
    d.color(*BLACK)
    d.setfont("T", "", 12)
    d.para(72, 150, "This document certifies that the individual named below has successfully completed the "
                    "continuing education course identified on this form.", 468, 16)
    L = 72
    X = 200
    rows = [("Name:", "name", "Gwendolyn Hart-Nakamura"),
            ("Course Title:", "course_title", "Hemoglobinopathies: From Electrophoresis to HPLC"),
            ("Course #:", "course_no", "1274"),
            ("Contact Hours:", "hours", "1.5"),
            ("Date Completed:", "completed", "05/14/2024"),
            ("Date Printed:", "printed", "06/02/2024"),
            ("Customer ID:", "customer", "ML-339021")]
    y = 210
    for label, name, value in rows:
        boxed_field(d, label, name, X, y, 340, value, h=22, label_left=L, label_font=("H", "B", 10),
                    value_font=("H", "B" if name == "name" else "", 11.5 if name != "course_title" else 11))
        y += 40
    d.setfont("H", "", 9)
    d.para(72, y + 20, "Course level: Intermediate. Passing score achieved on the post-test. This certificate may be "
                       "used to document continuing education for certification maintenance and state licensure.",
           468, 12.5)
    d.setfont("H", "", 7.5)
    d.color(*GREY)
    d.text(306, 744, "MediaLab, Inc. is approved as a provider of continuing education programs in the clinical "
                     "laboratory sciences", "C")
    d.text(306, 754, "by the ASCLS P.A.C.E." + REG + " Program.", "C")
    return d


# --------------------------------------------------------------------------
@cert("zg28", "public-health-lab", "qpdf-acroform",
      ["base:form-fields", "portrait", "form-fields", "label-value", "title-wrap", "name-suffix", "multi-date",
       "id-colon", "provider-logo", "signature"],
      "State public health laboratory training verification form; title split over two form fields; "
      "'Training No.:' is the activity ID; competency review due date as distractor; suffix 'Jr.' kept.",
      name="Samuel Okafor Jr.",
      title="Bioterrorism Agent Rule-Out: Sentinel Laboratory Protocols for Brucella, Francisella and "
            "Yersinia pestis",
      date="2024-08-15", credits=3.0, unit="contact hour",
      provider=["Ozark Plateau State Public Health Laboratory"], activity_id="24-LRN-09")
def zg28():
    d = Doc(LETTER)
    brown = (0.42, 0.25, 0.10)
    d.color(*brown)
    d.setfont("T", "B", 17)
    d.text(72, 78, "Ozark Plateau State Public Health Laboratory")
    d.setfont("H", "", 9)
    d.text(72, 94, "Laboratory Response Network  \u00b7  Sentinel Laboratory Outreach Program")
    d.stroke(*brown, w=1.4)
    d.rect(72, 112, 468, 30)
    d.setfont("H", "B", 14)
    d.spaced(306, 132, "VERIFICATION OF TRAINING", 2, "C")
    d.color(*BLACK)
    X, L = 212, 72
    lf = ("H", "B", 9.5)
    vf = ("H", "", 11)
    boxed_field(d, "Participant:", "participant", X, 166, 328, "Samuel Okafor Jr.", label_left=L, label_font=lf,
                value_font=("H", "B", 11.5))
    boxed_field(d, "Facility:", "facility", X, 198, 328, "Cedar Hollow Medical Center Laboratory", label_left=L,
                label_font=lf, value_font=vf)
    boxed_field(d, "Training title:", "title1", X, 230, 328, "Bioterrorism Agent Rule-Out: Sentinel Laboratory",
                label_left=L, label_font=lf, value_font=vf)
    d.setfont(*vf)
    d.stroke(0.6, 0.6, 0.6, w=0.6)
    d.rect(X, 252, 328, 20)
    d.field("title2", X, 252, 328, 20, "Protocols for Brucella, Francisella and Yersinia pestis")
    boxed_field(d, "Training No.:", "training_no", X, 294, 150, "24-LRN-09", label_left=L, label_font=lf,
                value_font=vf)
    boxed_field(d, "Date of training:", "date", X, 326, 150, "08/15/2024", label_left=L, label_font=lf,
                value_font=vf)
    boxed_field(d, "Contact hours:", "hours", X, 358, 150, "3.0", label_left=L, label_font=lf, value_font=vf)
    boxed_field(d, "Competency review due:", "due", X, 390, 150, "08/15/2025", label_left=L, label_font=lf,
                value_font=vf)
    boxed_field(d, "Format:", "format", X, 422, 328, "In person, wet workshop with BSL-2 practicum", label_left=L,
                label_font=lf, value_font=vf)
    d.setfont("H", "", 9.5)
    d.para(72, 480, "The participant completed the sentinel-level rule-out and referral workshop, including the "
                    "packaging and notification exercise. This training is approved for P.A.C.E." + REG +
                    " continuing education credit.", 468, 13)
    signature(d, 72, 600, 210, "Ingrid Solberg-Nwosu", ["Ingrid Solberg-Nwosu, PhD, D(ABMM)",
                                                        "LRN Coordinator"], align="L")
    d.setfont("H", "", 7.5)
    d.color(*GREY)
    d.text(72, 748, "Form OPS-PHL-TR-12  \u00b7  retain with laboratory personnel training records")
    return d


# --------------------------------------------------------------------------
@cert("zg32", "adlm", "qpdf-acroform",
      ["base:minimal-left", "portrait", "form-fields", "name-all-caps", "name-apostrophe", "title-wrap",
       "id-no-colon", "multi-date", "distractor-numbers", "provider-logo"],
      "Minimal left-aligned design with lots of white space; name in capitals with an apostrophe; program/module "
      "title over two lines; ACCENT credit in contact hours; 'Activity LSCP-2403' without colon next to a learner ID "
      "and an enrolment date.",
      name="PATRICE N'DIAYE",
      title="Lab Stewardship Certificate Program, Module 3: Utilization Data and Test Formularies",
      date="2024-05-30", credits=2.5, unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="LSCP-2403")
def zg32():
    d = Doc(LETTER)
    ink = (0.10, 0.14, 0.20)
    acc = (0.0, 0.52, 0.55)
    d.color(*acc)
    d.rect(72, 72, 6, 64, "F")
    d.color(*ink)
    d.setfont("H", "B", 40)
    d.text(92, 112, "ADLM")
    d.setfont("H", "", 9)
    d.text(92, 130, "Association for Diagnostics & Laboratory Medicine")
    d.setfont("H", "", 10)
    d.spaced(92, 236, "CERTIFICATE", 4)
    d.setfont("H", "B", 28)
    d.field("name", 90, 252, 440, 36, "PATRICE N'DIAYE")
    d.setfont("H", "", 11)
    d.color(*GREY)
    d.text(92, 318, "completed")
    d.color(*ink)
    d.setfont("H", "B", 15)
    d.field("title1", 90, 330, 440, 22, "Lab Stewardship Certificate Program, Module 3:")
    d.field("title2", 90, 350, 440, 22, "Utilization Data and Test Formularies")
    d.setfont("H", "", 8)
    d.color(*GREY)
    for x, label in ((92, "DATE"), (232, "CREDIT"), (412, "ACTIVITY")):
        d.spaced(x, 432, label, 1.6)
    d.color(*ink)
    d.setfont("H", "", 11)
    d.field("date", 90, 438, 130, 20, "May 30, 2024")
    d.field("credit", 230, 438, 170, 20, "2.5 contact hours (ACCENT" + REG + ")")
    d.field("activity", 410, 438, 130, 20, "Activity LSCP-2403")
    d.stroke(*acc, w=0.8)
    d.line(92, 474, 540, 474)
    d.setfont("H", "", 8.5)
    d.color(*GREY)
    d.text(92, 500, "Learner ID 44-09127  \u00b7  Enrolled January 8, 2024")
    d.text(92, 700, "ACCENT" + REG + " continuing education credit is accepted by the ASCP Board of Certification "
                    "for the Credential Maintenance Program.")
    d.text(92, 712, "One ACCENT credit equals one contact hour.")
    return d


# --------------------------------------------------------------------------
@cert("zg36", "asm", "qpdf-acroform",
      ["base:form-fields", "landscape", "form-fields", "label-value", "provider-issuer-line", "name-hyphen",
       "id-no-colon", "distractor-numbers", "title-wrap", "multi-date"],
      "Landscape form-style certificate with no logo: the provider appears only in the 'Issued by:' line; "
      "'Course Number' without colon next to a registration number; CE hours unit; title in two fields.",
      name="Dmitri Volkov-Adams",
      title="Clinical Microbiology Review Course: Antimicrobial Susceptibility Testing Breakpoints",
      date="2024-12-05", credits=2.0, unit="CE hour",
      provider=["American Society for Microbiology"], activity_id="2024-AST-07")
def zg36():
    d = Doc(LETTER_L)
    green = (0.12, 0.40, 0.22)
    d.stroke(*green, w=1.2)
    d.rect(36, 36, 720, 540)
    d.color(*green)
    d.rect(36, 36, 720, 56, "F")
    d.color(1, 1, 1)
    d.setfont("H", "B", 22)
    d.spaced(396, 72, "CONTINUING EDUCATION CERTIFICATE", 2.5, "C")
    d.color(*BLACK)
    d.setfont("T", "I", 13)
    d.text(90, 140, "This certificate is presented to")
    d.setfont("T", "B", 24)
    d.field("name", 88, 150, 600, 34, "Dmitri Volkov-Adams")
    d.stroke(0.5, 0.5, 0.5, w=0.5)
    d.line(90, 186, 700, 186)
    d.setfont("T", "I", 13)
    d.text(90, 220, "for completion of")
    d.setfont("H", "B", 15)
    d.field("title1", 88, 230, 620, 22, "Clinical Microbiology Review Course: Antimicrobial")
    d.field("title2", 88, 252, 620, 22, "Susceptibility Testing Breakpoints")
    rows = [("Course Number", "course", "2024-AST-07"), ("CE Hours:", "hours", "2.0"),
            ("Completion Date:", "completed", "12/05/2024"), ("Registration No.", "reg", "R-771203"),
            ("Format:", "format", "Self-paced online")]
    y = 312
    for label, name, value in rows:
        d.setfont("H", "B", 10)
        d.color(*GREY)
        d.text(90, y + 14, label)
        d.color(*BLACK)
        d.setfont("H", "", 11.5)
        d.field(name, 218, y, 240, 20, value)
        d.stroke(0.75, 0.75, 0.75, w=0.4)
        d.line(218, y + 20, 458, y + 20)
        y += 30
    signature(d, 500, 440, 200, "Aurelio Mbeki-Strand", ["Aurelio Mbeki-Strand, PhD, D(ABMM)",
                                                         "Course Director"])
    d.setfont("H", "", 10)
    d.text(90, 520, "Issued by: American Society for Microbiology")
    d.setfont("H", "", 7.5)
    d.color(*GREY)
    d.text(90, 540, "This course is approved for P.A.C.E." + REG + " credit. Certificate generated 12/09/2024; "
                    "keep for four years.")
    return d
