"""Certificates written as hand-made PostScript (engine.coord ops) and distilled by Ghostscript."""
from engine.coord import Doc, LETTER, LETTER_L
from engine.registry import cert
from certs._draw import BLACK, GREY, double_border, signature, seal, label_rows

REG = "\u00ae"
TM = "\u2122"


# --------------------------------------------------------------------------
@cert("zg06", "cap", "ghostscript",
      ["base:banner-logo", "portrait", "format-line-above", "provider-logo-only", "name-suffix", "multi-credit",
       "multi-date", "id-colon", "distractor-numbers", "title-wrap", "day-month-year"],
      "Provider printed only in the banner heading; 'ENDURING MATERIAL' above a two-line title; dates in "
      "day-month-year order (completion vs release/expiry); CE hours 1.5 vs AMA PRA 1.25; transcript number "
      "as distractor.",
      name="Lucas Fairbanks Jr.",
      title="Inspector Training: Chemistry and Toxicology Checklist Essentials",
      date="2024-09-30", credits=1.5, unit="CE hour",
      provider=["College of American Pathologists"], activity_id="IT-CHM-24B")
def zg06():
    navy = (0.0, 0.22, 0.37)
    gold = (0.80, 0.62, 0.18)
    d = Doc(LETTER)
    d.color(*navy)
    d.rect(0, 0, 612, 104, "F")
    d.color(*gold)
    d.rect(0, 104, 612, 4, "F")
    d.stroke(1, 1, 1, w=1.5)
    d.circle(96, 52, 26)
    d.color(1, 1, 1)
    d.circle(96, 52, 9, "F")
    d.setfont("T", "B", 22)
    d.text(138, 52, "College of American Pathologists")
    d.setfont("H", "", 8.5)
    d.spaced(139, 72, "EDUCATION  \u00b7  INSPECTOR TRAINING", 1.3)
    d.color(*BLACK)
    d.setfont("H", "B", 26)
    d.center(170, "Certificate of Completion")
    d.setfont("H", "", 11)
    d.center(204, "Awarded to")
    d.setfont("T", "B", 25)
    d.center(240, "Lucas Fairbanks Jr.")
    d.color(*gold)
    d.setfont("H", "B", 9)
    d.spaced(306, 284, "ENDURING MATERIAL", 2.2, "C")
    d.color(*BLACK)
    d.setfont("T", "B", 17)
    d.lines(306, 308, ["Inspector Training: Chemistry and Toxicology", "Checklist Essentials"], 21, "C")
    d.stroke(*gold, w=1)
    d.line(156, 346, 456, 346)
    y = label_rows(d, 120, 340, 380, [
        ("Date of completion", "30 September 2024"),
        ("Course Code:", "IT-CHM-24B"),
        ("CE hours (laboratory professionals)", "1.5"),
        ("AMA PRA Category 1 Credits" + TM + " (pathologists)", "1.25"),
        ("Transcript No.", "55310022"),
        ("Activity release / expiry", "1 March 2024 / 28 February 2026")],
        lead=22, label_font=("H", "", 9.5), value_font=("H", "B", 10.5),
        rule=(0.85, 0.85, 0.85), rule_x=(120, 492))
    d.setfont("H", "", 9)
    d.color(*GREY)
    d.para(120, y + 24, "Inspectors must complete this course before the first assigned inspection and every two "
                        "years thereafter. This certificate documents completion of the education requirement only; "
                        "it does not by itself confer inspector status.", 372, 12)
    d.color(*navy)
    d.rect(0, 770, 612, 22, "F")
    return d


# --------------------------------------------------------------------------
@cert("zg18", "state-society", "ghostscript",
      ["base:classic-centered", "portrait", "provider-issuer-line", "name-all-caps", "name-accents",
       "format-line-above", "no-activity-id", "signature", "title-wrap"],
      "Provider only in the closing 'Presented by the ...' line; Spanish name in capitals with accents; "
      "'FALL SEMINAR SERIES' above a two-line title; no course number anywhere.",
      name="TOMÁS IBÁÑEZ",
      title="Coagulation Case Studies: DOACs, Lupus Anticoagulant and Mixing Studies",
      date="2023-10-14", credits=2.0, unit="contact hour",
      provider=["Ohio Society for Clinical Laboratory Science"], activity_id=None)
def zg18():
    wine = (0.45, 0.12, 0.18)
    d = Doc(LETTER)
    d.stroke(*wine, w=0.8)
    for r in (40, 46):
        d.rect(r, r, 612 - 2 * r, 792 - 2 * r)
    for cx in (120, 306, 492):
        d.circle(cx, 92, 4, "S")
    d.line(130, 92, 296, 92)
    d.line(316, 92, 482, 92)
    d.color(*wine)
    d.setfont("T", "BI", 34)
    d.center(160, "Certificate of Attendance")
    d.color(*BLACK)
    d.setfont("T", "I", 13)
    d.center(204, "is hereby presented to")
    d.setfont("T", "B", 27)
    d.center(248, "TOMÁS IBÁÑEZ")
    d.setfont("T", "I", 13)
    d.center(290, "for attending")
    d.color(*wine)
    d.setfont("H", "", 9)
    d.spaced(306, 322, "FALL SEMINAR SERIES", 2.6, "C")
    d.color(*BLACK)
    d.setfont("T", "B", 19)
    d.lines(306, 352, ["Coagulation Case Studies: DOACs, Lupus", "Anticoagulant and Mixing Studies"], 23, "C")
    d.setfont("H", "", 11)
    d.center(408, "Saturday, October 14, 2023  \u00b7  Columbus, Ohio")
    d.setfont("H", "B", 14)
    d.center(446, "2.0 contact hours")
    signature(d, 96, 572, 190, "Philippa Narang", ["Philippa Narang, MLS(ASCP)", "Seminar Coordinator"],
              hand_font=("T", "BI", 16))
    signature(d, 326, 572, 190, "Desmond Oyelowo-Hart", ["Desmond Oyelowo-Hart, MS, MLS(ASCP)CM", "President"],
              hand_font=("T", "BI", 16))
    d.setfont("T", "I", 11)
    d.color(*wine)
    d.center(690, "Presented by the Ohio Society for Clinical Laboratory Science")
    d.setfont("H", "", 7.5)
    d.color(*GREY)
    d.center(706, "This program has been approved for P.A.C.E." + REG + " credit. Attendance verified by sign-in.")
    return d


# --------------------------------------------------------------------------
@cert("zg26", "university", "ghostscript",
      ["base:two-column-sidebar", "landscape", "two-column", "provider-department", "name-all-caps", "name-accents",
       "name-hyphen", "date-range", "ceu", "id-label-above", "distractor-numbers", "signature"],
      "Landscape with a dark sidebar holding the offering number (label above value), dates, student ID and "
      "issue date; credit in CEUs (1.2 CEU = 12 points); five-day range; provider is a department of a college.",
      name="ANDRÉ-PAUL BEAUMONT",
      title="Histotechnology Bootcamp: Frozen Sections and Special Stains",
      date="2023-08-18", credits=1.2, unit="CEU",
      provider=["Rosedale College of Medicine", "Rosedale College of Medicine, Department of Clinical Laboratory Sciences"],
      activity_id="23-HT-05")
def zg26():
    dark = (0.13, 0.18, 0.33)
    pale = (0.75, 0.80, 0.92)
    d = Doc(LETTER_L)
    d.color(*dark)
    d.rect(0, 0, 220, 612, "F")
    d.stroke(*pale, w=2)
    d.circle(110, 110, 48)
    d.stroke(*pale, w=0.8)
    d.circle(110, 110, 38)
    d.circle(110, 110, 12)
    d.line(62, 110, 158, 110)
    d.line(110, 62, 110, 158)
    rows = [("OFFERING", "23-HT-05"), ("DATES", "August 14\u201318, 2023"), ("FORMAT", "On campus, 5 days"),
            ("STUDENT ID", "R-552190"), ("ISSUED", "September 1, 2023")]
    y = 400
    for k, v in rows:
        d.color(*pale)
        d.setfont("H", "B", 7)
        d.spaced(36, y, k, 1.3)
        d.color(1, 1, 1)
        d.setfont("H", "", 10.5)
        d.text(36, y + 14, v)
        y += 38
    d.color(*dark)
    d.setfont("T", "B", 23)
    d.text(262, 82, "Rosedale College of Medicine")
    d.setfont("H", "", 11)
    d.text(262, 100, "Department of Clinical Laboratory Sciences")
    d.stroke(*dark, w=1.2)
    d.line(262, 114, 740, 114)
    d.color(*BLACK)
    d.setfont("T", "", 31)
    d.text(262, 168, "Certificate of Completion")
    d.setfont("H", "", 9)
    d.spaced(264, 190, "CONTINUING EDUCATION", 2.4)
    d.setfont("T", "I", 12.5)
    d.text(262, 228, "This certifies that")
    d.setfont("T", "B", 25)
    d.text(262, 262, "ANDRÉ-PAUL BEAUMONT")
    d.setfont("T", "I", 12.5)
    d.text(262, 292, "has completed")
    d.setfont("H", "B", 17)
    d.lines(262, 324, ["Histotechnology Bootcamp: Frozen Sections", "and Special Stains"], 21)
    d.setfont("T", "", 12.5)
    d.text(262, 374, "a five-day intensive course, and is awarded")
    d.setfont("T", "B", 14)
    d.text(262, 396, "1.2 Continuing Education Units (CEUs)")
    signature(d, 262, 500, 220, "Gwendolyn Ashby-Orr",
              ["Gwendolyn Ashby-Orr, PhD, HTL(ASCP)", "Chair, Department of Clinical Laboratory Sciences"],
              align="L")
    seal(d, 660, 480, 44, dark, "EST. 1898", "SEAL")
    d.setfont("H", "", 7.5)
    d.color(*GREY)
    d.text(262, 572, "One Continuing Education Unit represents ten contact hours of organized instruction. "
                     "Transcripts are available from the department office.")
    return d


# --------------------------------------------------------------------------
@cert("zg38", "clsi", "ghostscript",
      ["base:label-value", "portrait", "label-value", "page2-small-print", "name-all-caps", "date-range",
       "id-colon", "distractor-numbers", "multi-date", "title-wrap", "provider-logo"],
      "Label/value certificate; 'Workshop:' label carries a two-line title; two-day virtual workshop (range, last "
      "day is gold); certificate number and print date on page 2 in small print.",
      name="RAJESH K. PILLAI",
      title="Quality Control Rules and Risk Management: A Practical Workshop on EP23",
      date="2023-11-09", credits=7.0, unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="QC-WS-1109")
def zg38():
    teal = (0.0, 0.43, 0.47)
    d = Doc(LETTER)
    d.color(*teal)
    d.setfont("T", "B", 17)
    d.text(72, 80, "Clinical and Laboratory Standards Institute")
    d.setfont("H", "B", 30)
    d.text(540, 84, "CLSI", "R")
    d.stroke(*teal, w=2)
    d.line(72, 98, 540, 98)
    d.color(*BLACK)
    d.setfont("H", "B", 24)
    d.text(72, 162, "Certificate of Completion")
    d.setfont("H", "", 10.5)
    d.text(72, 186, "Workshop record for continuing education and personnel files")
    y = label_rows(d, 210, 222, 236, [
        ("Participant:", "RAJESH K. PILLAI"),
        ("Workshop:", ["Quality Control Rules and Risk Management:", "A Practical Workshop on EP23"]),
        ("Activity Code:", "QC-WS-1109"),
        ("Date(s):", "November 8\u20139, 2023"),
        ("Format:", "Live virtual workshop, two half-days"),
        ("P.A.C.E." + REG + " contact hours:", "7.0")],
        lead=26, label_font=("H", "", 10), value_font=("H", "B", 11.5), label_align="R")
    signature(d, 72, y + 60, 220, "Marguerite Hollander", ["Marguerite Hollander, MT(ASCP)",
                                                           "Director, Education Programs"], align="L")
    d.setfont("H", "", 8)
    d.color(*GREY)
    d.text(72, 740, "Terms, certificate number and credit details continue on page 2.")
    d.text(540, 740, "1 / 2", "R")
    d.page()
    d.color(*BLACK)
    d.setfont("H", "B", 9)
    d.text(72, 80, "Terms and small print")
    d.setfont("H", "", 7.5)
    y = 100
    for t in ["Certificate no. CL-23-44871. Printed 12/01/2023 from the learning management system.",
              "Continuing education credit is awarded only to registrants who attended both half-day sessions in "
              "full and submitted the workshop evaluation. Partial credit is not available for this activity.",
              "This workshop has been approved for P.A.C.E." + REG + " contact hours. Participants are responsible "
              "for reporting credit to their certification or licensure agencies.",
              "Workshop materials are licensed for the individual participant only and may not be redistributed. "
              "Recordings of the live sessions are not eligible for additional credit.",
              "Requests for corrected certificates must be submitted within 90 days of the workshop end date."]:
        y = d.para(72, y, t, 468, 10) + 6
    d.setfont("H", "", 8)
    d.color(*GREY)
    d.text(540, 740, "2 / 2", "R")
    return d
