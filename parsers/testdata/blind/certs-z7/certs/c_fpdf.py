"""Certificates rendered by PHP FPDF (PHP source generated from engine.coord ops)."""
from engine.coord import Doc, LETTER, LETTER_L
from engine.registry import cert
from certs._draw import BLACK, GREY, double_border, signature, seal, label_rows

REG = "\u00ae"
TM = "\u2122"


# --------------------------------------------------------------------------
@cert("zg07", "ascls", "php-fpdf",
      ["base:classic-centered", "portrait", "name-all-caps", "date-range", "id-no-colon", "distractor-numbers",
       "signature", "provider-logo", "meeting-attendance"],
      "Conference attendance certificate: title is the meeting name; three-day range (last day is gold); "
      "'Program No.' without colon beside an ASCLS member number; two signatures.",
      name="MELANIE ROSE KAUFUSI", title="2024 Clinical Laboratory Educators' Conference", date="2024-02-24",
      credits=12.5, unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="101-302-24")
def zg07():
    blue = (0.05, 0.25, 0.55)
    d = Doc(LETTER)
    double_border(d, blue, outer=30, gap=6, w1=2.2, w2=0.6)
    d.color(*blue)
    d.setfont("H", "B", 32)
    d.center(112, "ASCLS")
    d.setfont("T", "I", 12)
    d.center(134, "American Society for Clinical Laboratory Science")
    d.color(*BLACK)
    d.setfont("T", "B", 31)
    d.center(206, "Certificate of Attendance")
    d.setfont("T", "I", 13)
    d.center(246, "This certifies that")
    d.setfont("T", "B", 24)
    d.center(288, "MELANIE ROSE KAUFUSI")
    d.stroke(*GREY, w=0.5)
    d.line(150, 298, 462, 298)
    d.setfont("T", "I", 13)
    d.center(328, "attended the")
    d.setfont("H", "B", 17)
    d.center(360, "2024 Clinical Laboratory Educators' Conference")
    d.setfont("H", "", 11)
    d.center(382, "February 22\u201324, 2024  \u00b7  Spokane, Washington")
    d.setfont("T", "", 14)
    d.center(428, "and earned 12.5 P.A.C.E." + REG + " contact hours")
    d.setfont("H", "", 9)
    d.color(*GREY)
    d.center(470, "P.A.C.E." + REG + " Program No. 101-302-24")
    d.center(484, "ASCLS Member #: 0048817")
    signature(d, 90, 590, 190, "Beatrix Olaniyan", ["Beatrix Olaniyan, PhD, MLS(ASCP)CM", "President"])
    signature(d, 332, 590, 190, "Hollis Ferreira-Dunn",
              ["Hollis Ferreira-Dunn, MS, MLS(ASCP)", "Chair, CLEC Planning Committee"])
    d.setfont("H", "", 7.5)
    d.color(*GREY)
    d.center(716, "Contact hours are based on a 50-minute hour. Sessions attended were self-reported on the "
                  "conference evaluation")
    d.center(726, "and checked against the registration roster. Keep this certificate for six years.")
    return d


# --------------------------------------------------------------------------
@cert("zg14", "medialab", "php-fpdf",
      ["base:label-value", "portrait", "label-value", "name-hyphen", "multi-date", "id-colon", "distractor-numbers",
       "provider-accreditation-sentence", "footer"],
      "Compliance course certificate with label/value rows; provider appears only as subject of the P.A.C.E. "
      "sentence; renewal-due date, certificate ID and Florida provider number as distractors; title contains a "
      "comma and an edition year.",
      name="Olumide Adeyemi-Cole",
      title="OSHA Bloodborne Pathogens Training for Laboratory Staff, 2024 Edition",
      date="2024-01-19", credits=1.0, unit="contact hour",
      provider=["MediaLab, Inc."], activity_id="4417")
def zg14():
    d = Doc(LETTER)
    plum = (0.36, 0.16, 0.42)
    d.color(*plum)
    d.rect(0, 0, 612, 14, "F")
    d.rect(0, 778, 612, 14, "F")
    d.setfont("H", "", 9)
    d.spaced(72, 70, "CONTINUING EDUCATION  \u00b7  COMPLIANCE TRAINING", 1.4)
    d.color(*BLACK)
    d.setfont("H", "B", 28)
    d.text(72, 110, "Certificate of Course Completion")
    d.stroke(*plum, w=2)
    d.line(72, 124, 200, 124)
    d.setfont("H", "", 11)
    d.text(72, 160, "The learner named below has completed the following course and passed the final assessment.")
    rows = [("Learner:", "Olumide Adeyemi-Cole"),
            ("Employer:", "Harrowgate Community Hospital Laboratory"),
            ("Course:", "OSHA Bloodborne Pathogens Training for Laboratory Staff, 2024 Edition"),
            ("Course ID:", "4417"),
            ("Completion Date:", "01/19/2024"),
            ("Credit:", "1.0 contact hour(s), P.A.C.E." + REG),
            ("Annual renewal due:", "01/19/2025"),
            ("Certificate ID:", "ML-7F3C-22Q9")]
    y = label_rows(d, 72, 200, 204, rows, lead=26, label_font=("H", "B", 10), value_font=("H", "", 11.5),
                   value_width=330, rule=(0.8, 0.78, 0.84), rule_x=(72, 540))
    d.setfont("H", "", 9.5)
    y = d.para(72, y + 20, "MediaLab, Inc. is approved as a provider of continuing education programs in the clinical "
                           "laboratory sciences by the ASCLS P.A.C.E." + REG + " Program. Combined with review of "
                           "your facility's exposure control plan, this course satisfies the annual bloodborne "
                           "pathogens training requirement.", 468, 13)
    d.text(72, y + 10, "Florida Board of Clinical Laboratory Personnel: CE provider #50-3102 (general, 1 hour).")
    d.setfont("H", "", 7.5)
    d.color(*GREY)
    d.text(72, 760, "Verify this certificate online with the certificate ID. Printed copies are valid without signature.")
    return d


# --------------------------------------------------------------------------
@cert("zg21", "hospital-inservice", "php-fpdf",
      ["base:landscape-bordered", "landscape", "name-all-caps", "name-apostrophe", "title-wrap", "series-prefix",
       "multi-credit", "provider-department", "id-no-colon", "signature", "footer"],
      "Hospital grand rounds: series name 'Laboratory Grand Rounds:' is part of the title; two credit lines "
      "(AMA PRA for physicians, P.A.C.E. for laboratory staff); 'Session ID' without colon; provider is a "
      "division of the hospital.",
      name="CAOIMHE O'BRIEN",
      title="Laboratory Grand Rounds: Heparin-Induced Thrombocytopenia, from Clinical Probability to "
            "Functional Assays",
      date="2024-05-09", credits=1.0, unit="contact hour",
      provider=["Pinecrest University Hospital", "Pinecrest University Hospital, Division of Laboratory Medicine"],
      activity_id="2024-GR-19")
def zg21():
    navy = (0.08, 0.16, 0.34)
    d = Doc(LETTER_L)
    double_border(d, navy, outer=20, gap=10, w1=5, w2=1)
    d.color(*navy)
    d.setfont("T", "B", 23)
    d.center(84, "Pinecrest University Hospital")
    d.setfont("H", "", 11)
    d.center(102, "Division of Laboratory Medicine")
    d.color(*BLACK)
    d.setfont("H", "B", 15)
    d.spaced(396, 150, "CERTIFICATE OF ATTENDANCE", 3, "C")
    d.setfont("T", "B", 27)
    d.center(200, "CAOIMHE O'BRIEN")
    d.setfont("T", "I", 12.5)
    d.center(228, "attended")
    d.setfont("T", "B", 17)
    d.lines(396, 262, ["Laboratory Grand Rounds: Heparin-Induced Thrombocytopenia,",
                       "from Clinical Probability to Functional Assays"], 22, "C")
    d.setfont("H", "", 10.5)
    d.center(318, "Thursday, May 9, 2024  \u00b7  12:00\u20131:00 PM  \u00b7  Auditorium B, Pinecrest Pavilion")
    d.center(336, "Session ID 2024-GR-19")
    d.setfont("H", "", 11)
    d.center(372, "Physicians: 1.0 AMA PRA Category 1 Credit" + TM)
    d.setfont("H", "B", 11)
    d.center(390, "Laboratory professionals: 1.0 P.A.C.E." + REG + " contact hour")
    signature(d, 120, 476, 220, "Leopold Anand-Rasmussen",
              ["Leopold Anand-Rasmussen, MD", "Director, Coagulation Laboratory"])
    signature(d, 452, 476, 220, "Winifred Castellano",
              ["Winifred Castellano, MLS(ASCP)SH", "Laboratory Education Coordinator"])
    d.setfont("H", "", 7.3)
    d.color(*GREY)
    d.center(548, "Pinecrest University Hospital is accredited by the Accreditation Council for Continuing Medical "
                  "Education to provide continuing medical education for physicians.")
    d.center(558, "The Division of Laboratory Medicine is approved as a provider of continuing education programs in "
                  "the clinical laboratory sciences by the ASCLS P.A.C.E." + REG + " Program.")
    return d


# --------------------------------------------------------------------------
@cert("zg30", "vendor", "php-fpdf",
      ["base:wallet-card", "portrait", "name-all-caps", "name-hyphen", "format-line-above", "title-wrap",
       "id-no-colon", "provider-accreditation-sentence", "distractor-numbers"],
      "Cut-out wallet card: all facts in small type inside the card, 'LIVE WEBINAR' above a wrapped title; "
      "'Offering 2024-117' without colon; card back with an attendee ID; vendor named only in the P.A.C.E. "
      "sentence under the cards.",
      name="YUKI TANAKA-BROOKS",
      title="Mass Spectrometry for Microbial Identification: Library Updates and Troubleshooting",
      date="2024-10-08", credits=1.0, unit="contact hour",
      provider=["Coralline Biosystems, Inc."], activity_id="2024-117")
def zg30():
    coral = (0.93, 0.42, 0.36)
    d = Doc(LETTER)
    d.setfont("H", "B", 17)
    d.text(72, 84, "Your continuing education card")
    d.setfont("H", "", 10.5)
    d.para(72, 108, "Thank you for joining the webinar. Print this page at 100% scale, cut along the dashed lines "
                    "and keep the card with your license and certification documents. The reverse side may be "
                    "folded behind the front.", 468, 14)
    # front of card
    x, y, w, h = 180, 190, 252, 144
    d.stroke(0.5, 0.5, 0.5, w=0.6, dash=(4, 3))
    d.rect(x - 10, y - 10, w + 20, h + 20)
    d.stroke(*coral, w=1)
    d.rect(x, y, w, h)
    d.color(*coral)
    d.rect(x, y, w, 22, "F")
    d.color(1, 1, 1)
    d.setfont("H", "B", 8.5)
    d.spaced(x + 10, y + 15, "CE CREDIT CARD", 1.5)
    d.color(*BLACK)
    d.setfont("H", "B", 11)
    d.text(x + 10, y + 40, "YUKI TANAKA-BROOKS")
    d.color(*coral)
    d.setfont("H", "B", 6)
    d.spaced(x + 10, y + 56, "LIVE WEBINAR", 1.2)
    d.color(*BLACK)
    d.setfont("H", "", 8)
    d.lines(x + 10, y + 68, ["Mass Spectrometry for Microbial Identification:",
                             "Library Updates and Troubleshooting"], 10)
    d.setfont("H", "", 7.5)
    d.text(x + 10, y + 102, "Oct 8, 2024")
    d.text(x + w - 10, y + 102, "1.0 contact hour, P.A.C.E." + REG, "R")
    d.text(x + 10, y + 116, "Offering 2024-117")
    d.setfont("H", "I", 6.5)
    d.color(*GREY)
    d.text(x + 10, y + 134, "Present this card with your CE records on request.")
    d.color(*BLACK)
    # back of card
    y2 = 380
    d.stroke(0.5, 0.5, 0.5, w=0.6, dash=(4, 3))
    d.rect(x - 10, y2 - 10, w + 20, h + 20)
    d.stroke(*coral, w=1)
    d.rect(x, y2, w, h)
    d.setfont("H", "B", 8)
    d.text(x + 10, y2 + 20, "REVERSE")
    d.setfont("H", "", 7.5)
    d.lines(x + 10, y2 + 40, ["Attendee ID: 88-1406-77",
                              "Attendance verified by poll responses (6 of 6).",
                              "Questions: education@coralline-bio.example.com"], 12)
    d.stroke(0.3, 0.3, 0.3, w=0.5)
    d.line(x + 10, y2 + 116, x + 160, y2 + 116)
    d.setfont("H", "", 6.5)
    d.text(x + 10, y2 + 126, "Cardholder signature")
    d.setfont("H", "", 9)
    d.para(72, 580, "Coralline Biosystems, Inc. is approved as a provider of continuing education programs in the "
                    "clinical laboratory sciences by the ASCLS P.A.C.E." + REG + " Program. This live webinar was "
                    "not commercially supported and product names were used for identification only.", 468, 12.5)
    return d
