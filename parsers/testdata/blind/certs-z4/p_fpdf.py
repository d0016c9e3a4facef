"""Certificates produced with PHP FPDF (core fonts, windows-1252 text)."""
from engines import php_pdf, php_str
from gold import cert

P = "php-fpdf"


def T(s):
    return php_str(s, cp1252=True)


HEAD = "<?php\nrequire('/usr/share/php/fpdf/fpdf.php');\n"
TAIL = "$pdf->Output('F', $argv[1]);\n"


# ---------------------------------------------------------------- zd07 MediaLab
@cert("zd07", style="MediaLab", producer=P,
      layout=["portrait", "two-column-label-value", "long-title-wrap+labelled-line", "course-word-in-title",
              "suffix-name", "credentials-after-name", "header-band"],
      notes="Two-column label/value block. The course title wraps inside the value column and is "
            "followed directly by the 'Course No.:' row. 'Ethics' is part of the title. Suffix Jr. kept, "
            "MLT(ASCP) dropped. Order number and account are distractors.",
      name="Kwabena Asante-Darko Jr.",
      title="Laboratory Ethics: Confidentiality, Conflicts of Interest, and Reporting Misconduct "
            "in the Clinical Laboratory",
      date="2025-06-17", credits=1.0, unit="contact hour",
      provider=["MediaLab, Inc.", "MediaLab"],
      activity_id="ML-4471")
def zd07(base):
    rows = [("Participant:", "Kwabena Asante-Darko Jr., MLT(ASCP)"),
            ("Course Title:", "Laboratory Ethics: Confidentiality, Conflicts of Interest, and Reporting Misconduct in the Clinical Laboratory"),
            ("Course No.:", "ML-4471"),
            ("Completion Date:", "06/17/2025"),
            ("Credit Awarded:", "1.0 P.A.C.E.\u00ae contact hour"),
            ("Level:", "Basic"),
            ("Order Number:", "ORD-2025-553918")]
    php = [HEAD, "$pdf = new FPDF('P','mm','Letter');\n$pdf->SetMargins(20,15,20);\n$pdf->SetAutoPageBreak(false);\n$pdf->AddPage();\n",
           # header band
           "$pdf->SetFillColor(0,84,147);\n$pdf->Rect(0,0,215.9,34,'F');\n",
           "$pdf->SetTextColor(255,255,255);\n$pdf->SetFont('Helvetica','B',28);\n$pdf->SetXY(20,9);\n",
           "$pdf->Cell(90,14,%s,0,0,'L');\n" % T("MediaLab"),
           "$pdf->SetFont('Helvetica','',10);\n$pdf->SetXY(110,11);\n",
           "$pdf->Cell(86,5,%s,0,2,'R');\n" % T("Continuing Education for Laboratory Professionals"),
           "$pdf->Cell(86,5,%s,0,0,'R');\n" % T("www.medialabinc.net"),
           "$pdf->SetTextColor(30,30,30);\n$pdf->SetFont('Times','B',26);\n$pdf->SetXY(20,52);\n",
           "$pdf->Cell(175.9,12,%s,0,1,'C');\n" % T("Certificate of Course Completion"),
           "$pdf->SetDrawColor(0,84,147);\n$pdf->SetLineWidth(0.6);\n$pdf->Line(60,67,155.9,67);\n",
           "$pdf->SetY(80);\n"]
    for lbl, val in rows:
        php.append("$y=$pdf->GetY();\n$pdf->SetFont('Helvetica','B',11);\n$pdf->SetTextColor(90,90,90);\n"
                   "$pdf->SetXY(25,$y);\n$pdf->Cell(45,8,%s,0,0,'L');\n" % T(lbl))
        php.append("$pdf->SetFont('Times','',13);\n$pdf->SetTextColor(20,20,20);\n$pdf->SetXY(72,$y);\n"
                   "$pdf->MultiCell(115,8,%s,0,'L');\n" % T(val))
        php.append("$pdf->SetDrawColor(210,210,210);\n$pdf->SetLineWidth(0.2);\n$pdf->Line(25,$pdf->GetY()+1,190.9,$pdf->GetY()+1);\n"
                   "$pdf->SetY($pdf->GetY()+3);\n")
    php.append("$pdf->SetY(190);\n$pdf->SetFont('Helvetica','',9.5);\n$pdf->SetTextColor(60,60,60);\n$pdf->SetX(25);\n"
               "$pdf->MultiCell(165.9,5,%s,0,'J');\n" % T(
                   "MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory "
                   "sciences by the ASCLS P.A.C.E.\u00ae Program. This course has been approved for 1.0 contact hour. "
                   "Successful completion requires a passing score of 70% or better on the post-test."))
    php.append("$pdf->SetY(225);\n$pdf->SetDrawColor(0,0,0);\n$pdf->Line(25,235,100,235);\n$pdf->SetXY(25,236);\n"
               "$pdf->SetFont('Times','',11);\n$pdf->Cell(80,5,%s,0,2,'L');\n$pdf->SetFont('Helvetica','I',9);\n"
               "$pdf->Cell(80,5,%s,0,0,'L');\n" % (T("Annelise Brandvold, MT(ASCP)"), T("Director of Continuing Education")))
    php.append("$pdf->SetXY(20,262);\n$pdf->SetFont('Helvetica','',8);\n$pdf->SetTextColor(130,130,130);\n"
               "$pdf->Cell(175.9,4,%s,'T',0,'C');\n" % T("Account 880-21-4470  \u2022  Certificate generated 06/17/2025 14:22  \u2022  Page 1 of 1"))
    php.append(TAIL)
    php_pdf(base, "".join(php))


# ---------------------------------------------------------------- zd18 vendor key-operator training
@cert("zd18", style="vendor", producer=P,
      layout=["landscape", "centred-award", "small-table", "date-range", "border", "course-word-in-title",
              "hyphenated-name", "signature-block"],
      notes="Vendor customer-training certificate. Small table: Training No. | Training Dates | "
            "Contact Hours | Instrument Serial No. The range Sept 8-11 gives the last day. "
            "'Training' is part of the title. Instrument serial number is a distractor.",
      name="Lindiwe Mokoena-Van Wyk",
      title="Key Operator Training: Cyvant H-900 Hematology Analyzer",
      date="2025-09-11", credits=24.0, unit="contact hour",
      provider=["Veridane Diagnostics, Inc.", "Veridane Diagnostics"],
      activity_id="TR-5521")
def zd18(base):
    php = [HEAD, "$pdf = new FPDF('L','mm','Letter');\n$pdf->SetAutoPageBreak(false);\n$pdf->AddPage();\n",
           "$pdf->SetDrawColor(32,99,72);\n$pdf->SetLineWidth(2.2);\n$pdf->Rect(8,8,263.4,199.9);\n",
           "$pdf->SetLineWidth(0.4);\n$pdf->Rect(12,12,255.4,191.9);\n",
           # logo
           "$pdf->SetFillColor(32,99,72);\n$pdf->Rect(117.7,20,12,12,'F');\n$pdf->SetFillColor(140,198,63);\n$pdf->Rect(123.7,26,12,12,'F');\n",
           "$pdf->SetTextColor(32,99,72);\n$pdf->SetFont('Helvetica','B',20);\n$pdf->SetXY(20,40);\n",
           "$pdf->Cell(239.4,9,%s,0,1,'C');\n" % T("Veridane Diagnostics"),
           "$pdf->SetFont('Helvetica','',10);\n$pdf->SetTextColor(90,90,90);\n",
           "$pdf->Cell(259.4,5,%s,0,1,'C');\n" % T("Customer Education Center  \u2022  Columbus, Ohio"),
           "$pdf->SetTextColor(20,20,20);\n$pdf->SetFont('Times','B',30);\n$pdf->SetY(62);\n",
           "$pdf->Cell(259.4,12,%s,0,1,'C');\n" % T("Certificate of Training"),
           "$pdf->SetFont('Times','I',13);\n$pdf->Ln(3);\n$pdf->Cell(259.4,7,%s,0,1,'C');\n" % T("This certifies that"),
           "$pdf->SetFont('Times','B',24);\n$pdf->Ln(2);\n$pdf->Cell(259.4,12,%s,0,1,'C');\n" % T("Lindiwe Mokoena-Van Wyk, MLS(ASCP)"),
           "$pdf->SetFont('Times','I',13);\n$pdf->Ln(2);\n$pdf->Cell(259.4,7,%s,0,1,'C');\n" % T("has successfully completed"),
           "$pdf->SetFont('Helvetica','B',17);\n$pdf->Ln(2);\n$pdf->Cell(259.4,9,%s,0,1,'C');\n" % T("Key Operator Training: Cyvant H-900 Hematology Analyzer"),
           "$pdf->Ln(6);\n"]
    cols = [("Training No.", "TR-5521", 40), ("Training Dates", "September 8\u201311, 2025", 70),
            ("Contact Hours", "24.0", 40), ("Instrument Serial No.", "H9-001874", 50)]
    php.append("$x0=(279.4-200)/2;\n$pdf->SetX($x0);\n$pdf->SetFont('Helvetica','B',9.5);\n$pdf->SetFillColor(228,240,232);\n"
               "$pdf->SetDrawColor(120,150,130);\n$pdf->SetLineWidth(0.2);\n")
    for lbl, val, w in cols:
        php.append("$pdf->Cell(%d,7,%s,1,0,'C',true);\n" % (w, T(lbl)))
    php.append("$pdf->Ln();\n$pdf->SetX($x0);\n$pdf->SetFont('Helvetica','',11);\n")
    for lbl, val, w in cols:
        php.append("$pdf->Cell(%d,8,%s,1,0,'C');\n" % (w, T(val)))
    php.append("$pdf->Ln(12);\n$pdf->SetFont('Helvetica','',8.5);\n$pdf->SetTextColor(70,70,70);\n$pdf->SetX(30);\n"
               "$pdf->MultiCell(219.4,4.5,%s,0,'C');\n" % T(
                   "Veridane Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical "
                   "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Training delivered at the Veridane Customer "
                   "Education Center, 4100 Tessellate Parkway, Columbus, OH 43219."))
    # signatures
    php.append("$pdf->SetDrawColor(0,0,0);\n$pdf->SetLineWidth(0.3);\n$pdf->Line(40,180,110,180);\n$pdf->Line(169.4,180,239.4,180);\n"
               "$pdf->SetTextColor(20,20,20);\n$pdf->SetFont('Times','',11);\n$pdf->SetXY(40,181);\n$pdf->Cell(70,5,%s,0,2,'C');\n"
               "$pdf->SetFont('Helvetica','I',8.5);\n$pdf->Cell(70,4,%s,0,0,'C');\n"
               "$pdf->SetFont('Times','',11);\n$pdf->SetXY(169.4,181);\n$pdf->Cell(70,5,%s,0,2,'C');\n"
               "$pdf->SetFont('Helvetica','I',8.5);\n$pdf->Cell(70,4,%s,0,0,'C');\n" % (
                   T("Declan Harrow-Mbatha, MLS(ASCP)"), T("Field Applications Specialist, Instructor"),
                   T("Yvette Lachance-Oduro, PhD"), T("Manager, Customer Education")))
    php.append(TAIL)
    php_pdf(base, "".join(php))


# ---------------------------------------------------------------- zd28 AMT national meeting
@cert("zd28", style="AMT", producer=P,
      layout=["portrait", "centred-award", "all-caps-name", "suffix-name", "meeting-attendance",
              "date-range", "border", "seal"],
      notes="Name printed in capitals with suffix JR. (kept, in capitals) and MT(AMT) dropped. "
            "Meeting attendance: title is the meeting name (contains 'Meeting'). Range crosses "
            "months (June 30 - July 3): last day. 'Event No.' is the id; member ID is a distractor.",
      name="TERRENCE L. HOLLOWAY JR.",
      title="AMT 2025 Educational Program & National Meeting",
      date="2025-07-03", credits=12.5, unit="CE hour",
      provider=["American Medical Technologists", "AMT"],
      activity_id="NM-2025")
def zd28(base):
    php = [HEAD, "$pdf = new FPDF('P','mm','Letter');\n$pdf->SetAutoPageBreak(false);\n$pdf->AddPage();\n",
           "$pdf->SetDrawColor(150,20,40);\n$pdf->SetLineWidth(1.5);\n$pdf->Rect(10,10,195.9,259.4);\n",
           "$pdf->SetDrawColor(190,150,60);\n$pdf->SetLineWidth(0.5);\n$pdf->Rect(14,14,187.9,251.4);\n",
           "$pdf->SetTextColor(150,20,40);\n$pdf->SetFont('Times','B',40);\n$pdf->SetXY(14,28);\n",
           "$pdf->Cell(187.9,16,%s,0,1,'C');\n" % T("AMT"),
           "$pdf->SetFont('Times','',15);\n$pdf->SetX(14);\n$pdf->Cell(187.9,8,%s,0,1,'C');\n" % T("American Medical Technologists"),
           "$pdf->SetTextColor(30,30,30);\n$pdf->SetFont('Times','B',28);\n$pdf->SetXY(14,66);\n",
           "$pdf->Cell(187.9,12,%s,0,1,'C');\n" % T("Certificate of Attendance"),
           "$pdf->SetFont('Times','I',13);\n$pdf->SetXY(14,88);\n$pdf->Cell(187.9,7,%s,0,1,'C');\n" % T("This is to certify that"),
           "$pdf->SetFont('Helvetica','B',19);\n$pdf->SetXY(14,100);\n$pdf->Cell(187.9,10,%s,0,1,'C');\n" % T("TERRENCE L. HOLLOWAY JR., MT(AMT)"),
           "$pdf->SetFont('Times','I',13);\n$pdf->SetXY(14,116);\n$pdf->Cell(187.9,7,%s,0,1,'C');\n" % T("attended the"),
           "$pdf->SetFont('Times','B',18);\n$pdf->SetXY(14,127);\n$pdf->Cell(187.9,9,%s,0,1,'C');\n" % T("AMT 2025 Educational Program & National Meeting"),
           "$pdf->SetFont('Times','',12.5);\n$pdf->SetX(14);\n$pdf->Cell(187.9,7,%s,0,1,'C');\n" % T("June 30 \u2013 July 3, 2025  \u2022  Grand Meridian Resort, Orlando, Florida"),
           "$pdf->SetFont('Times','',13);\n$pdf->SetXY(14,150);\n$pdf->Cell(187.9,7,%s,0,1,'C');\n" % T("and earned 12.5 CE hours"),
           "$pdf->SetFont('Times','',11);\n$pdf->SetX(14);\n$pdf->Cell(187.9,6,%s,0,1,'C');\n" % T("Event No. NM-2025"),
           # seal
           "$pdf->SetFillColor(190,150,60);\n$pdf->SetDrawColor(150,20,40);\n$pdf->SetLineWidth(0.8);\n",
           "$pdf->Rect(92.95,176,30,30,'DF');\n$pdf->SetTextColor(255,255,255);\n$pdf->SetFont('Helvetica','B',9);\n",
           "$pdf->SetXY(92.95,184);\n$pdf->Cell(30,5,%s,0,2,'C');\n$pdf->Cell(30,5,%s,0,0,'C');\n" % (T("OFFICIAL"), T("SEAL")),
           "$pdf->SetTextColor(30,30,30);\n$pdf->SetDrawColor(0,0,0);\n$pdf->SetLineWidth(0.3);\n",
           "$pdf->Line(24,226,90,226);\n$pdf->Line(125.9,226,191.9,226);\n",
           "$pdf->SetFont('Times','',11);\n$pdf->SetXY(24,227);\n$pdf->Cell(66,5,%s,0,2,'C');\n" % T("Bernadette Kowalski-Fry, MT(AMT)"),
           "$pdf->SetFont('Times','I',9);\n$pdf->Cell(66,4,%s,0,0,'C');\n" % T("President, AMT Board of Directors"),
           "$pdf->SetFont('Times','',11);\n$pdf->SetXY(125.9,227);\n$pdf->Cell(66,5,%s,0,2,'C');\n" % T("Oscar Villanueva-Reid, MS, RMT"),
           "$pdf->SetFont('Times','I',9);\n$pdf->Cell(66,4,%s,0,0,'C');\n" % T("Chair, Education Committee"),
           "$pdf->SetFont('Helvetica','',7.5);\n$pdf->SetTextColor(110,110,110);\n$pdf->SetXY(14,252);\n",
           "$pdf->Cell(187.9,4,%s,0,1,'C');\n" % T("AMT Member ID 0048812  \u2022  Retain for your CCEP and certification maintenance records"),
           TAIL]
    php_pdf(base, "".join(php))


# ---------------------------------------------------------------- zd38 hospital education council in-service
@cert("zd38", style="hospital-inservice", producer=P,
      layout=["portrait", "letter-style", "left-aligned", "two-column-label-value", "suffix-name",
              "department-provider", "course-word-in-title"],
      notes="Hospital in-service record; provider is the hospital's Clinical Laboratory Education "
            "Council. 'Safety' is part of the title. Suffix III kept. Employee number, department, "
            "instructor and time are distractors; 'Class No.' is the id.",
      name="Reginald P. Okoro-Whitcombe III",
      title="Annual Chemical Hygiene and Laboratory Safety Update",
      date="2025-02-13", credits=0.5, unit="CE hour",
      provider=["Bayshore Community Hospital",
                "Bayshore Community Hospital, Clinical Laboratory Education Council"],
      activity_id="CLEC-25-02")
def zd38(base):
    rows = [("Attendee:", "Reginald P. Okoro-Whitcombe III"),
            ("Employee No.:", "118204"),
            ("Department:", "Core Laboratory \u2013 Chemistry"),
            ("In-Service Title:", "Annual Chemical Hygiene and Laboratory Safety Update"),
            ("Class No.:", "CLEC-25-02"),
            ("Date Attended:", "Thursday, February 13, 2025"),
            ("Time:", "07:00 \u2013 07:30"),
            ("CE Hours:", "0.5"),
            ("Instructor:", "Colleen Ashby-Nakamura, MS, CHMM, Laboratory Safety Officer")]
    php = [HEAD, "$pdf = new FPDF('P','mm','Letter');\n$pdf->SetAutoPageBreak(false);\n$pdf->AddPage();\n",
           "$pdf->SetTextColor(0,70,110);\n$pdf->SetFont('Arial','B',17);\n$pdf->SetXY(22,20);\n",
           "$pdf->Cell(170,8,%s,0,1,'L');\n" % T("Bayshore Community Hospital"),
           "$pdf->SetFont('Arial','',11);\n$pdf->SetX(22);\n$pdf->Cell(170,6,%s,0,1,'L');\n" % T("Clinical Laboratory Education Council"),
           "$pdf->SetFont('Arial','',8.5);\n$pdf->SetTextColor(110,110,110);\n$pdf->SetX(22);\n",
           "$pdf->Cell(170,5,%s,0,1,'L');\n" % T("2200 Harborview Drive  \u2022  Port Estrella, CA 93420  \u2022  Laboratory Services, Lower Level"),
           "$pdf->SetDrawColor(0,70,110);\n$pdf->SetLineWidth(0.8);\n$pdf->Line(22,41,193.9,41);\n",
           "$pdf->SetTextColor(20,20,20);\n$pdf->SetFont('Times','B',20);\n$pdf->SetXY(22,52);\n",
           "$pdf->Cell(170,10,%s,0,1,'L');\n" % T("Certificate of In-Service Attendance"),
           "$pdf->SetFont('Times','',11.5);\n$pdf->SetXY(22,66);\n",
           "$pdf->MultiCell(171.9,6,%s,0,'L');\n" % T("The Clinical Laboratory Education Council certifies that the employee named below "
                                                    "attended the following in-service education session."),
           "$pdf->SetY(84);\n"]
    for lbl, val in rows:
        php.append("$y=$pdf->GetY();\n$pdf->SetFont('Arial','B',10.5);\n$pdf->SetXY(22,$y);\n$pdf->Cell(42,7.5,%s,0,0,'L');\n"
                   "$pdf->SetFont('Times','',12);\n$pdf->SetXY(64,$y);\n$pdf->MultiCell(128,7.5,%s,0,'L');\n" % (T(lbl), T(val)))
    php.append("$pdf->SetY($pdf->GetY()+8);\n$pdf->SetFont('Times','',10.5);\n$pdf->SetX(22);\n"
               "$pdf->MultiCell(171.9,5.5,%s,0,'J');\n" % T(
                   "This in-service was planned and presented by the Bayshore Community Hospital Clinical Laboratory "
                   "Education Council. Continuing education hours are awarded at one CE hour per 60 minutes of instruction "
                   "and may be used toward certification maintenance and California CLS license renewal."))
    php.append("$pdf->SetDrawColor(0,0,0);\n$pdf->SetLineWidth(0.3);\n$pdf->Line(22,222,95,222);\n$pdf->SetXY(22,223);\n"
               "$pdf->SetFont('Times','',11);\n$pdf->Cell(80,5,%s,0,2,'L');\n$pdf->SetFont('Arial','I',9);\n$pdf->Cell(80,4.5,%s,0,0,'L');\n"
               % (T("Fernanda Quiroga-Holm, MS, CLS"), T("Chair, Clinical Laboratory Education Council")))
    php.append("$pdf->SetXY(22,262);\n$pdf->SetFont('Arial','',7.5);\n$pdf->SetTextColor(120,120,120);\n"
               "$pdf->Cell(171.9,4,%s,0,0,'L');\n" % T("Form CLEC-3 (rev. 11/2024)  \u2022  Original to employee file; copy to attendee"))
    php.append(TAIL)
    php_pdf(base, "".join(php))
