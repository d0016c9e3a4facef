"""Certificates drawn with the reportlab canvas (through engine.coord ops)."""
from engine.coord import Doc, LETTER, LETTER_L
from engine.registry import cert
from certs._draw import BLACK, GREY, double_border, signature, seal, label_rows

REG = "\u00ae"
TM = "\u2122"


# --------------------------------------------------------------------------
@cert("zg03", "aabb", "reportlab-canvas",
      ["base:landscape-bordered", "landscape", "title-wrap", "format-line-below", "name-all-caps",
       "name-hyphen", "multi-date", "multi-credit", "id-no-colon", "provider-logo", "signature", "footer"],
      "Landscape ornate border; name in capitals; three-line title followed by 'VIRTUAL SESSION'; session "
      "date vs certificate issue date; P.A.C.E. 1.5 vs AMA PRA 1.25; 'Program 24EL-318' without colon; "
      "full provider name only in the footer, short form in the logo box.",
      name="MARGUERITE A. DUBOIS-LANGE",
      title="Patient Blood Management in Obstetric Hemorrhage: Building a Massive Transfusion Protocol "
            "That Works at 2 A.M.",
      date="2024-09-10", credits=1.5, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="24EL-318")
def zg03():
    red = (0.55, 0.07, 0.13)
    d = Doc(LETTER_L)
    double_border(d, red, outer=24, gap=7, w1=3.2, w2=0.8, corners=14)
    d.color(*red)
    d.rect(352, 50, 88, 36, "F")
    d.color(1, 1, 1)
    d.setfont("H", "B", 21)
    d.center(76, "AABB")
    d.color(*red)
    d.setfont("T", "B", 25)
    d.spaced(396, 132, "CERTIFICATE OF ATTENDANCE", 2.2, "C")
    d.color(*BLACK)
    d.setfont("T", "I", 13)
    d.center(164, "awarded to")
    d.setfont("T", "B", 24)
    d.center(202, "MARGUERITE A. DUBOIS-LANGE")
    d.stroke(*GREY, w=0.6)
    d.line(206, 212, 586, 212)
    d.setfont("T", "I", 12)
    d.center(238, "in recognition of participation in")
    d.setfont("H", "B", 16)
    d.lines(396, 266, ["Patient Blood Management in Obstetric Hemorrhage:",
                       "Building a Massive Transfusion Protocol",
                       "That Works at 2 A.M."], 20, "C")
    d.color(*red)
    d.setfont("H", "", 9)
    d.spaced(396, 334, "VIRTUAL SESSION", 3, "C")
    d.color(*BLACK)
    d.setfont("H", "", 10.5)
    d.text(110, 372, "Session date: September 10, 2024")
    d.center(372, "Program 24EL-318")
    d.text(682, 372, "Certificate issued: September 24, 2024", "R")
    d.setfont("H", "B", 12)
    d.center(404, "P.A.C.E." + REG + " contact hours: 1.5")
    d.setfont("H", "", 9.5)
    d.center(421, "AMA PRA Category 1 Credits" + TM + ": 1.25 (physicians only)")
    signature(d, 110, 498, 220, "Thaddeus Kwiatkowski",
              ["Thaddeus Kwiatkowski, MD, MS", "Chair, Education Program Committee"])
    seal(d, 600, 480, 46, red, "EDUCATION", "2024", "AABB")
    d.setfont("H", "", 7.5)
    d.color(*GREY)
    d.center(548, "Association for the Advancement of Blood & Biotherapies")
    d.center(559, "AABB is approved as a provider of continuing education programs in the clinical laboratory "
                  "sciences by the ASCLS P.A.C.E." + REG + " Program.")
    return d


# --------------------------------------------------------------------------
@cert("zg08", "ascls", "reportlab-canvas",
      ["base:letter", "portrait", "letter", "format-line-above", "title-wrap", "name-accents", "name-hyphen",
       "name-credentials", "multi-date", "id-no-colon", "distractor-numbers", "signature", "provider-logo"],
      "Letter serving as certificate; address block with 'MS, MLS(ASCP)CM' after the name; boxed summary with "
      "'SELF-STUDY' above a two-line title; 'Course ID 24-SS-0912' without colon next to 'Order #:'; letter "
      "date and library-access date as distractors.",
      name="Inés Pérez-Calderón",
      title="Cybersecurity Basics for the Clinical Laboratory: Phishing, Ransomware and Downtime Readiness",
      date="2024-06-02", credits=2.0, unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="24-SS-0912")
def zg08():
    blue = (0.0, 0.27, 0.53)
    d = Doc(LETTER)
    d.color(*blue)
    d.setfont("H", "B", 28)
    d.text(72, 84, "ASCLS")
    d.stroke(*blue, w=1.2)
    d.line(172, 60, 172, 90)
    d.setfont("H", "B", 11)
    d.text(182, 72, "American Society for Clinical Laboratory Science")
    d.setfont("H", "", 8.5)
    d.text(182, 86, "Education Department  \u00b7  ascls-elearning.example.org")
    d.line(72, 104, 540, 104)
    d.color(*BLACK)
    d.setfont("T", "", 11)
    d.text(72, 146, "June 14, 2024")
    d.lines(72, 180, ["Inés Pérez-Calderón, MS, MLS(ASCP)CM", "88 Harrow Point Road", "Asheville, NC 28801"], 14)
    d.text(72, 244, "Dear Ms. Pérez-Calderón:")
    y = d.para(72, 268, "Thank you for completing the ASCLS eLearning module described below. This letter serves "
                        "as your certificate of completion; please keep it with your records for certification "
                        "maintenance and state licensure renewal.", 468, 15)
    top = y + 4
    d.stroke(*blue, w=0.9)
    d.color(0.93, 0.96, 0.99)
    d.rect(72, top, 468, 150, "FS")
    d.color(*blue)
    d.setfont("H", "B", 8)
    d.spaced(88, top + 22, "SELF-STUDY", 1.6)
    d.color(*BLACK)
    d.setfont("T", "B", 14)
    d.lines(88, top + 42, ["Cybersecurity Basics for the Clinical Laboratory:",
                           "Phishing, Ransomware and Downtime Readiness"], 17)
    label_rows(d, 88, 250, top + 88, [("Completed", "June 2, 2024"),
                                      ("P.A.C.E." + REG + " contact hours awarded", "2.0")],
               lead=15, label_font=("H", "", 9.5), value_font=("H", "B", 10))
    d.setfont("H", "", 9.5)
    d.text(88, top + 130, "Course ID 24-SS-0912")
    d.text(524, top + 130, "Order #: W-558120", "R")
    d.setfont("T", "", 11)
    y = d.para(72, top + 178, "ASCLS is the approving body of the P.A.C.E." + REG + " program, and this module was "
                              "reviewed under the same standards applied to all approved providers. The module "
                              "remains in your eLearning library until June 2, 2025, should you wish to revisit it.",
               468, 15)
    d.text(72, y + 12, "With best regards,")
    d.setfont("T", "I", 19)
    d.color(*blue)
    d.text(72, y + 46, "Corinne Valdés-Hartley")
    d.color(*BLACK)
    d.setfont("T", "", 10.5)
    d.lines(72, y + 66, ["Corinne Valdés-Hartley, EdD, MLS(ASCP)CM", "Director of Education"], 13)
    return d


# --------------------------------------------------------------------------
@cert("zg20", "hospital-inservice", "reportlab-canvas",
      ["base:memo", "portrait", "label-value", "provider-department", "name-hyphen", "name-credentials",
       "multi-date", "id-colon", "distractor-numbers"],
      "Interoffice memo (TO/FROM/DATE/RE); memo date vs presentation date; 'Topic:' holds the title; "
      "'Class Code:' is the activity ID; employee number in the CC line; half contact hour.",
      name="Kenji Watanabe-Ross",
      title="Blood Culture Contamination: Collection Technique and Diversion Devices",
      date="2024-02-27", credits=0.5, unit="contact hour",
      provider=["Lakeshore Mercy Hospital", "Lakeshore Mercy Hospital, Clinical Laboratory Education Office"],
      activity_id="MCB-24-03")
def zg20():
    d = Doc(LETTER)
    teal = (0.0, 0.35, 0.4)
    d.color(*teal)
    d.setfont("T", "B", 19)
    d.text(72, 82, "Lakeshore Mercy Hospital")
    d.setfont("H", "", 10)
    d.text(72, 98, "Clinical Laboratory Education Office")
    d.setfont("H", "B", 11)
    d.spaced(540, 82, "INTEROFFICE MEMORANDUM", 1.2, "R")
    d.stroke(*teal, w=2.5)
    d.line(72, 112, 540, 112)
    d.color(*BLACK)
    rows = [("TO:", "Kenji Watanabe-Ross, MLT(ASCP)"),
            ("FROM:", "Clinical Laboratory Education Office"),
            ("DATE:", "March 5, 2024"),
            ("RE:", "Continuing education credit for in-service attendance"),
            ("CC:", "Employee file no. 30117; Microbiology Section Supervisor")]
    y = label_rows(d, 72, 140, 140, rows, lead=18, label_font=("H", "B", 10), value_font=("C", "", 10.5),
                   label_color=BLACK)
    d.stroke(*teal, w=0.8)
    d.line(72, y - 6, 540, y - 6)
    d.setfont("T", "", 11.5)
    y = d.para(72, y + 20, "Our records show that you attended the microbiology in-service described below. Please "
                           "keep this memo in your competency file: it documents the continuing education credit "
                           "for certification maintenance, and no separate certificate will be issued.", 468, 16)
    y = label_rows(d, 90, 200, y + 16, [
        ("Topic:", ["Blood Culture Contamination: Collection Technique", "and Diversion Devices"]),
        ("Date presented:", "February 27, 2024, 14:00\u201314:30"),
        ("Class Code:", "MCB-24-03"),
        ("Presenter:", "Ayesha Rahimtoola, MLS(ASCP)CM, Microbiology Lead"),
        ("Credit:", "0.5 contact hours (P.A.C.E." + REG + ")")],
        lead=20, label_font=("H", "B", 10), value_font=("T", "", 11.5), label_color=BLACK)
    d.setfont("T", "", 11.5)
    y = d.para(72, y + 12, "Lakeshore Mercy Hospital's Clinical Laboratory Education Office is approved as a provider "
                           "of continuing education programs in the clinical laboratory sciences by the ASCLS "
                           "P.A.C.E." + REG + " Program. Questions about your CE record can be sent to the office "
                           "mailbox.", 468, 16)
    d.setfont("H", "I", 10)
    d.text(72, y + 20, "\u2014 M.O., Education Coordinator")
    d.setfont("H", "", 7)
    d.color(*GREY)
    d.text(72, 750, "LMH-LAB-EDU memo template v3  \u00b7  Internal use")
    return d


# --------------------------------------------------------------------------
@cert("zg29", "vendor", "reportlab-canvas",
      ["base:banner-logo", "landscape", "name-hyphen", "date-range", "id-colon", "distractor-numbers",
       "provider-logo", "provider-accreditation-sentence", "title-wrap", "signature", "footer"],
      "Instrument vendor operator course over three days (range Feb 12\u201314); class ID beside certificate "
      "number and instrument serial number; logo in the banner is stylised capitals, full name in the "
      "accreditation sentence.",
      name="Fatima Zahra El-Amrani",
      title="AxiomChem 900 Operator Certification: Level 1 Maintenance and Troubleshooting",
      date="2024-02-14", credits=18.0, unit="contact hour",
      provider=["Veridian Diagnostics, Inc.", "Veridian Diagnostics"], activity_id="AX9-L1-0212")
def zg29():
    g = (0.04, 0.30, 0.25)
    d = Doc(LETTER_L)
    d.color(*g)
    d.rect(0, 0, 792, 92, "F")
    d.color(0.55, 0.85, 0.55)
    d.rect(0, 92, 792, 5, "F")
    d.color(1, 1, 1)
    d.setfont("H", "B", 27)
    d.spaced(60, 54, "VERIDIAN", 4)
    d.setfont("H", "", 9.5)
    d.spaced(62, 72, "DIAGNOSTICS", 3.2)
    d.setfont("H", "", 11)
    d.text(732, 54, "Customer Education Center", "R")
    d.setfont("H", "", 8.5)
    d.text(732, 70, "Instrument operator training", "R")
    d.color(*BLACK)
    d.setfont("T", "B", 28)
    d.center(152, "Certificate of Training Completion")
    d.setfont("T", "I", 12.5)
    d.center(184, "This certifies that")
    d.setfont("T", "B", 26)
    d.center(220, "Fatima Zahra El-Amrani")
    d.setfont("T", "I", 12.5)
    d.center(248, "has completed the instructor-led operator course")
    d.setfont("H", "B", 17)
    d.lines(396, 280, ["AxiomChem 900 Operator Certification:", "Level 1 Maintenance and Troubleshooting"], 21, "C")
    d.stroke(*g, w=0.6)
    d.line(110, 318, 682, 318)
    label_rows(d, 110, 210, 344, [("Class ID:", "AX9-L1-0212"), ("Class dates:", "February 12\u201314, 2024"),
                                  ("Location:", "Durham, North Carolina")], lead=17,
               label_font=("H", "B", 9.5), value_font=("H", "", 10.5))
    label_rows(d, 430, 560, 344, [("Certificate No.", "VD-2024-01877"), ("Instrument S/N", "AX9-55120"),
                                  ("Contact hours", "18.0 (P.A.C.E." + REG + ")")], lead=17,
               label_font=("H", "B", 9.5), value_font=("H", "", 10.5))
    signature(d, 110, 470, 230, "Rohan Venkatesh-Murray",
              ["Rohan Venkatesh-Murray, MLS(ASCP)", "Lead Applications Trainer"])
    signature(d, 452, 470, 230, "Celeste Ambrose",
              ["Celeste Ambrose", "Manager, Customer Education"])
    d.setfont("H", "", 7.5)
    d.color(*GREY)
    d.center(552, "Veridian Diagnostics, Inc. is approved as a provider of continuing education programs in the "
                  "clinical laboratory sciences by the ASCLS P.A.C.E." + REG + " Program.")
    d.center(564, "Veridian Diagnostics \u00b7 Customer Education \u00b7 This certificate does not authorize "
                  "service procedures beyond Level 1 operator tasks.")
    return d
