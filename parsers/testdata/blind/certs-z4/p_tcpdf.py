"""Certificates produced with PHP TCPDF (UTF-8, DejaVu/core fonts)."""
from engines import php_pdf, php_str as S
from gold import cert

P = "php-tcpdf"


def head(orient="L"):
    return ("<?php\nrequire_once('/usr/share/php/tcpdf/tcpdf.php');\n"
            "$pdf = new TCPDF('%s','mm','LETTER',true,'UTF-8',false);\n"
            "$pdf->setPrintHeader(false);\n$pdf->setPrintFooter(false);\n$pdf->SetAutoPageBreak(false,0);\n"
            "$pdf->SetMargins(0,0,0);\n$pdf->SetCreator('Certificate service');\n$pdf->SetTitle('Certificate');\n"
            "$pdf->AddPage();\n" % orient)


TAIL = "$pdf->Output($argv[1],'F');\n"


def cell(x, y, w, h, text, font, style, size, align="C", color=(0, 0, 0), multi=False, ls=None):
    out = "$pdf->SetTextColor(%d,%d,%d);\n$pdf->SetFont('%s','%s',%s);\n" % (color + (font, style, size))
    if ls is not None:
        out += "$pdf->setFontSpacing(%s);\n" % ls
    if multi:
        out += "$pdf->SetXY(%s,%s);\n$pdf->MultiCell(%s,%s,%s,0,'%s',false,1);\n" % (x, y, w, h, S(text), align)
    else:
        out += "$pdf->SetXY(%s,%s);\n$pdf->Cell(%s,%s,%s,0,1,'%s');\n" % (x, y, w, h, S(text), align)
    if ls is not None:
        out += "$pdf->setFontSpacing(0);\n"
    return out


# ---------------------------------------------------------------- zd04 ASCLS annual meeting
@cert("zd04", style="ASCLS", producer=P,
      layout=["landscape", "centred-award", "all-caps-name", "meeting-attendance", "date-range",
              "border", "signature-block", "seal"],
      notes="ASCLS's own meeting, so ASCLS is the provider even though the P.A.C.E. statement names "
            "the ASCLS P.A.C.E. Program. Name printed in capitals. Meeting attendance: title is the "
            "meeting name; range June 24-27 gives the last day. No activity number; registration ID "
            "is a distractor.",
      name="DESHAWN T. WHITAKER-MBEKI",
      title="ASCLS 2025 Annual Meeting",
      date="2025-06-27", credits=16.5, unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"],
      activity_id=None)
def zd04(base):
    W = 279.4
    php = [head("L"),
           "$pdf->SetLineStyle(array('width'=>2.5,'color'=>array(0,61,122)));\n$pdf->Rect(9,9,%s,197.9);\n" % (W - 18),
           "$pdf->SetLineStyle(array('width'=>0.6,'color'=>array(200,160,40)));\n$pdf->Rect(13,13,%s,189.9);\n" % (W - 26),
           cell(0, 22, W, 8, "American Society for Clinical Laboratory Science", "times", "", 16, color=(0, 61, 122)),
           cell(0, 31, W, 10, "ASCLS", "helvetica", "B", 24, color=(0, 61, 122), ls=1.2),
           cell(0, 50, W, 14, "CERTIFICATE OF ATTENDANCE", "times", "B", 30, color=(30, 30, 30), ls=0.6),
           cell(0, 72, W, 7, "This certifies that", "times", "I", 13, color=(70, 70, 70)),
           cell(0, 82, W, 12, "DESHAWN T. WHITAKER-MBEKI, MLS(ASCP)", "helvetica", "B", 22),
           cell(0, 99, W, 7, "attended the", "times", "I", 13, color=(70, 70, 70)),
           cell(0, 108, W, 10, "ASCLS 2025 Annual Meeting", "times", "B", 22, color=(0, 61, 122)),
           cell(0, 119, W, 7, "June 24\u201327, 2025  \u00b7  Kansas City, Missouri", "dejavuserif", "", 12),
           cell(0, 131, W, 8, "and is awarded 16.5 P.A.C.E.\u00ae contact hours", "dejavuserif", "", 13.5),
           # seal
           "$pdf->SetLineStyle(array('width'=>0.8,'color'=>array(200,160,40)));\n$pdf->SetFillColor(0,61,122);\n"
           "$pdf->Circle(139.7,165,14,0,360,'DF');\n$pdf->Circle(139.7,165,11.5,0,360,'D');\n",
           cell(124.7, 160, 30, 5, "ASCLS", "helvetica", "B", 10, color=(255, 255, 255)),
           cell(124.7, 165, 30, 5, "P.A.C.E.\u00ae", "dejavusans", "", 7, color=(255, 255, 255)),
           "$pdf->SetLineStyle(array('width'=>0.3,'color'=>array(0,0,0)));\n$pdf->Line(35,172,105,172);\n$pdf->Line(174.4,172,244.4,172);\n",
           cell(35, 173, 70, 5, "Marisa Delgado-Kimura, EdD, MLS(ASCP)CM", "times", "", 10.5),
           cell(35, 178, 70, 4, "ASCLS President", "helvetica", "I", 8.5, color=(90, 90, 90)),
           cell(174.4, 173, 70, 5, "Jonathan Feld-Abernathy, MBA", "times", "", 10.5),
           cell(174.4, 178, 70, 4, "Executive Vice President", "helvetica", "I", 8.5, color=(90, 90, 90)),
           cell(20, 189, W - 40, 4, "ASCLS is approved as a provider of continuing education programs in the clinical laboratory "
                "sciences by the ASCLS P.A.C.E.\u00ae Program.   Registration ID: R-77413", "dejavusans", "", 7.5, color=(90, 90, 90)),
           TAIL]
    php_pdf(base, "".join(php))


# ---------------------------------------------------------------- zd11 ASM live virtual session
@cert("zd11", style="ASM", producer=P,
      layout=["portrait", "centred-award", "format-line", "long-title-wrap+labelled-date",
              "program-no-without-colon", "presented-by-distractor", "credentials-after-name", "header-band"],
      notes="'Live Virtual Session' is a format line between 'has participated in the' and the "
            "title. The long title wraps over two lines and is followed directly by 'Date of Live "
            "Session:'. 'Program No. 319-027-25' without a colon. Presenter and certificate ID are distractors.",
      name="Sakura Nishimura-Delgado",
      title="Carbapenemase Detection in Enterobacterales: Phenotypic Screening, Molecular Confirmation, "
            "and Reporting for Infection Prevention",
      date="2025-03-27", credits=1.0, unit="contact hour",
      provider=["American Society for Microbiology", "ASM"],
      activity_id="319-027-25")
def zd11(base):
    W = 215.9
    php = [head("P"),
           "$pdf->SetFillColor(0,75,135);\n$pdf->Rect(0,0,%s,30,'F');\n$pdf->SetFillColor(120,190,32);\n$pdf->Rect(0,30,%s,2.5,'F');\n" % (W, W),
           cell(18, 9, 40, 12, "ASM", "helvetica", "B", 28, "L", color=(255, 255, 255)),
           cell(60, 10, 140, 6, "American Society for Microbiology", "helvetica", "", 13, "R", color=(255, 255, 255)),
           cell(60, 17, 140, 5, "Clinical Microbiology Virtual Education Series", "helvetica", "", 9, "R", color=(210, 225, 240)),
           cell(0, 52, W, 12, "Certificate of Participation", "dejavuserif", "", 26),
           cell(0, 74, W, 6, "This is to certify that", "dejavuserif", "I", 11.5, color=(80, 80, 80)),
           cell(0, 84, W, 10, "Sakura Nishimura-Delgado, MLS(ASCP)CM, SM(ASCP)", "dejavuserif", "B", 18),
           cell(0, 100, W, 6, "has participated in the", "dejavuserif", "I", 11.5, color=(80, 80, 80)),
           cell(0, 110, W, 7, "Live Virtual Session", "helvetica", "B", 12, color=(0, 75, 135)),
           cell(25, 120, W - 50, 7.5, "Carbapenemase Detection in Enterobacterales: Phenotypic Screening, Molecular "
                "Confirmation, and Reporting for Infection Prevention", "dejavuserif", "B", 15, multi=True),
           "$y=$pdf->GetY()+1;\n$pdf->SetFont('dejavuserif','',11.5);\n$pdf->SetTextColor(0,0,0);\n$pdf->SetXY(0,$y);\n"
           "$pdf->Cell(%s,6,%s,0,1,'C');\n" % (W, S("Date of Live Session: March 27, 2025")),
           "$pdf->SetFont('dejavuserif','',11.5);\n$pdf->SetX(0);\n$pdf->Cell(%s,6,%s,0,1,'C');\n" % (W, S("Program No. 319-027-25")),
           "$pdf->SetFont('dejavuserif','',11.5);\n$pdf->SetX(0);\n$pdf->Cell(%s,6,%s,0,1,'C');\n" % (W, S("1.0 P.A.C.E.\u00ae contact hour")),
           "$pdf->Ln(4);\n$pdf->SetFont('dejavusans','I',9.5);\n$pdf->SetTextColor(90,90,90);\n$pdf->SetX(0);\n"
           "$pdf->Cell(%s,6,%s,0,1,'C');\n" % (W, S("Presented by Tomasz Wielgosz, PhD, D(ABMM)")),
           "$pdf->SetLineStyle(array('width'=>0.3,'color'=>array(0,0,0)));\n$pdf->Line(70,215,146,215);\n",
           cell(0, 216, W, 5, "Ifeoma Langstrom-Achebe, PhD, D(ABMM)", "dejavuserif", "", 10.5),
           cell(0, 221, W, 4, "Chair, ASM Professional Development Committee", "dejavusans", "I", 8.5, color=(90, 90, 90)),
           cell(20, 238, W - 40, 4.2, "ASM is approved as a provider of continuing education programs in the clinical laboratory "
                "sciences by the ASCLS P.A.C.E.\u00ae Program. Participants must attend the entire live session and complete the "
                "evaluation to receive credit.", "dejavusans", "", 8, color=(70, 70, 70), multi=True),
           cell(0, 262, W, 4, "Certificate ID 9F3K-22QA  \u00b7  asm.org/education", "dejavusans", "", 7.5, color=(130, 130, 130)),
           TAIL]
    php_pdf(base, "".join(php))


# ---------------------------------------------------------------- zd26 AACC meeting, two pages
@cert("zd26", style="ADLM/AACC", producer=P,
      layout=["portrait", "two-page", "meeting-attendance", "date-range", "multiple-credit-types",
              "claimed-vs-maximum", "credentials-after-name", "session-transcript-page"],
      notes="2023 AACC meeting attendance (before the ADLM rename). Title is the meeting name; range "
            "July 23-27 gives the last day. ACCENT contact hours claimed (18.5) are gold; the maximum "
            "(31.0) and AMA PRA claimed (17.75) are distractors. Page 2 lists sessions claimed "
            "(titles without numbers) — not the certificate title. Registration ID is a distractor.",
      name="Giuseppina Ferraro-Walsh",
      title="2023 AACC Annual Scientific Meeting & Clinical Lab Expo",
      date="2023-07-27", credits=18.5, unit="contact hour",
      provider=["American Association for Clinical Chemistry", "AACC"],
      activity_id=None)
def zd26(base):
    W = 215.9
    php = [head("P"),
           "$pdf->SetFillColor(0,91,130);\n$pdf->Rect(15,15,%s,2,'F');\n" % (W - 30),
           cell(15, 22, 60, 12, "AACC", "helvetica", "B", 30, "L", color=(0, 91, 130)),
           cell(80, 23, W - 95, 6, "American Association for Clinical Chemistry", "helvetica", "", 12, "R", color=(0, 91, 130)),
           cell(80, 29, W - 95, 5, "Better health through laboratory medicine", "helvetica", "I", 9, "R", color=(110, 110, 110)),
           cell(0, 60, W, 12, "Certificate of Attendance", "times", "", 28),
           cell(0, 80, W, 6, "This is to certify that", "times", "I", 12, color=(80, 80, 80)),
           cell(0, 90, W, 10, "Giuseppina Ferraro-Walsh, PhD, DABCC, FAACC", "times", "B", 20),
           cell(0, 106, W, 6, "attended the", "times", "I", 12, color=(80, 80, 80)),
           cell(20, 116, W - 40, 9, "2023 AACC Annual Scientific Meeting & Clinical Lab Expo", "times", "B", 18, color=(0, 91, 130)),
           cell(0, 126, W, 6, "July 23\u201327, 2023  \u00b7  Anaheim Convention Center, Anaheim, California", "dejavuserif", "", 11),
           ]
    # credit table via HTML
    tbl = ('<table cellpadding="4" border="0" style="font-family:dejavusans;font-size:9.5pt;">'
           '<tr style="background-color:#e3eef4;font-weight:bold;"><td width="58%">Credit type</td><td width="21%" align="center">Maximum available</td><td width="21%" align="center">Credits claimed</td></tr>'
           '<tr><td style="border-bottom:0.3px solid #999;">ACCENT\u00ae contact hours</td><td align="center" style="border-bottom:0.3px solid #999;">31.0</td><td align="center" style="border-bottom:0.3px solid #999;">18.5</td></tr>'
           '<tr><td style="border-bottom:0.3px solid #999;"><i>AMA PRA Category 1 Credits</i>\u2122</td><td align="center" style="border-bottom:0.3px solid #999;">29.5</td><td align="center" style="border-bottom:0.3px solid #999;">17.75</td></tr>'
           '</table>')
    php.append("$pdf->writeHTMLCell(%s,0,35,142,%s,0,1,false,true,'L',true);\n" % (W - 70, S(tbl)))
    php.append(cell(25, 175, W - 50, 4.5, "AACC designates this live activity for a maximum of 31.0 ACCENT\u00ae continuing education "
                    "credit hours (contact hours). AACC is accredited by the Accreditation Council for Continuing Medical Education "
                    "(ACCME) to provide continuing medical education for physicians and designates this live activity for a maximum "
                    "of 29.5 AMA PRA Category 1 Credits\u2122. The sessions claimed are listed on page 2.",
                    "dejavusans", "", 8.5, "L", color=(60, 60, 60), multi=True))
    php.append("$pdf->SetLineStyle(array('width'=>0.3,'color'=>array(0,0,0)));\n$pdf->Line(25,224,95,224);\n")
    php.append(cell(25, 225, 70, 5, "Cyrus Mendelbaum-Ito, PhD, DABCC", "times", "", 10.5, "L"))
    php.append(cell(25, 230, 70, 4, "Chair, Annual Meeting Organizing Committee", "helvetica", "I", 8.5, "L", color=(90, 90, 90)))
    php.append(cell(15, 258, W - 30, 4, "Registration ID: 23AM-0884107   \u00b7   Certificate printed 08/14/2023   \u00b7   Page 1 of 2",
                    "dejavusans", "", 7.5, color=(130, 130, 130)))
    # page 2
    php.append("$pdf->AddPage();\n")
    php.append(cell(20, 20, W - 40, 8, "Sessions claimed \u2014 Giuseppina Ferraro-Walsh", "dejavusans", "B", 12, "L", color=(0, 91, 130)))
    php.append(cell(20, 28, W - 40, 5, "2023 AACC Annual Scientific Meeting & Clinical Lab Expo", "dejavusans", "", 9, "L", color=(90, 90, 90)))
    sessions = [("07/23/2023", "Plenary: Laboratory Medicine in the Era of Precision Health", "1.0"),
                ("07/24/2023", "Mass Spectrometry for Steroid Profiling: Pitfalls and Practical Solutions", "1.5"),
                ("07/24/2023", "Cardiac Troponin at the Point of Care: Analytical and Clinical Validation", "1.5"),
                ("07/24/2023", "Exhibit hall education: Automation Showcase", "1.0"),
                ("07/25/2023", "Harmonization of HbA1c Reporting Across Networks", "1.5"),
                ("07/25/2023", "Reference Intervals for Older Adults: Partitioning and Transference", "2.0"),
                ("07/26/2023", "Therapeutic Drug Monitoring of Biologics", "1.5"),
                ("07/26/2023", "Brown Bag: Managing Hemolysis Alerts in the ED", "1.0"),
                ("07/26/2023", "Laboratory Stewardship Programs: Building the Business Case", "2.0"),
                ("07/27/2023", "Clinical Decision Limits for Lipid Panels", "1.5"),
                ("07/27/2023", "Pediatric Toxicology Case Challenges", "2.0"),
                ("07/27/2023", "Closing Plenary: Diagnostic Error and the Laboratory", "2.0")]
    rows = "".join('<tr><td width="18%%">%s</td><td width="67%%">%s</td><td width="15%%" align="center">%s</td></tr>' % s
                   for s in sessions)
    tbl2 = ('<table cellpadding="3" border="0.3" style="font-family:dejavusans;font-size:8.5pt;">'
            '<tr style="background-color:#e3eef4;font-weight:bold;"><td width="18%">Date</td><td width="67%">Session</td>'
            '<td width="15%" align="center">ACCENT\u00ae hours</td></tr>' + rows +
            '<tr style="font-weight:bold;"><td></td><td align="right">Total ACCENT\u00ae contact hours claimed</td><td align="center">18.5</td></tr></table>')
    php.append("$pdf->writeHTMLCell(%s,0,20,38,%s,0,1,false,true,'L',true);\n" % (W - 40, S(tbl2)))
    php.append(cell(15, 258, W - 30, 4, "Registration ID: 23AM-0884107   \u00b7   Page 2 of 2", "dejavusans", "", 7.5,
                    color=(130, 130, 130)))
    php.append(TAIL)
    php_pdf(base, "".join(php))


# ---------------------------------------------------------------- zd33 public health laboratory webinar
@cert("zd33", style="public-health-lab", producer=P,
      layout=["portrait", "labels-above-values", "columns", "format-line", "department-provider",
              "accreditation-statement"],
      notes="Participant and date are in columns with labels above values. 'LIVE WEBINAR' is a format "
            "line between 'attended the following' and the title. 'Event ID' is the id. Provider is "
            "a state health department's Bureau of Laboratories (institution + office).",
      name="Cornelius Abara-Lindqvist",
      title="Laboratory Preparedness for Measles Outbreaks: Specimen Collection, Packaging, and "
            "Shipping Under Category B",
      date="2025-09-17", credits=1.5, unit="contact hour",
      provider=["Tidewater State Department of Health",
                "Tidewater State Department of Health, Bureau of Laboratories"],
      activity_id="TSDH-LW-2509")
def zd33(base):
    W = 215.9

    def lbl(x, y, w, t):
        return (cell(x, y, w, 4, t, "helvetica", "", 8, "L", color=(100, 100, 100)) +
                "$pdf->SetLineStyle(array('width'=>0.3,'color'=>array(150,170,150)));\n$pdf->Line(%s,%s,%s,%s);\n"
                % (x, y + 4.5, x + w - 4, y + 4.5))

    def val(x, y, w, t, size=12.5, style=""):
        return cell(x, y, w, 6, t, "dejavuserif", style, size, "L")

    php = [head("P"),
           "$pdf->SetLineStyle(array('width'=>0.8,'color'=>array(46,94,56)));\n$pdf->Rect(12,12,%s,255.4);\n" % (W - 24),
           cell(22, 22, W - 44, 7, "Tidewater State Department of Health", "helvetica", "B", 15, "L", color=(46, 94, 56)),
           cell(22, 29, W - 44, 6, "Bureau of Laboratories", "helvetica", "", 11.5, "L", color=(46, 94, 56)),
           cell(22, 35, W - 44, 5, "1 Laboratory Way  \u00b7  Port Halyard, TS 20931", "helvetica", "", 8.5, "L", color=(110, 110, 110)),
           cell(22, 55, W - 44, 12, "Certificate of Completion", "times", "B", 26, "L"),
           lbl(22, 78, 108, "Participant"), lbl(136, 78, 58, "Date of Live Webinar"),
           val(22, 85, 108, "Cornelius Abara-Lindqvist, MLS(ASCP)", 12.5, "B"), val(136, 85, 58, "September 17, 2025", 12.5, "B"),
           cell(22, 102, W - 44, 6, "attended the following", "times", "I", 12, "L", color=(70, 70, 70)),
           cell(22, 110, W - 44, 6, "LIVE WEBINAR", "helvetica", "B", 10.5, "L", color=(46, 94, 56), ls=0.8),
           cell(22, 118, W - 44, 7.5, "Laboratory Preparedness for Measles Outbreaks: Specimen Collection, Packaging, and "
                "Shipping Under Category B", "times", "B", 16, "L", multi=True),
           lbl(22, 142, 52, "Event ID"), lbl(76, 142, 60, "P.A.C.E.\u00ae Contact Hours"), lbl(138, 142, 56, "Program Level"),
           val(22, 149, 52, "TSDH-LW-2509"), val(76, 149, 60, "1.5"), val(138, 149, 56, "Intermediate"),
           cell(22, 170, W - 44, 5, "The Tidewater State Department of Health, Bureau of Laboratories is approved as a provider of "
                "continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This "
                "program was offered to sentinel and clinical laboratories in the state laboratory response network.",
                "dejavusans", "", 8.5, "L", color=(60, 60, 60), multi=True),
           "$pdf->SetLineStyle(array('width'=>0.3,'color'=>array(0,0,0)));\n$pdf->Line(22,222,95,222);\n",
           cell(22, 223, 80, 5, "Augustina Reyes-Halloran, PhD, HCLD(ABB)", "dejavuserif", "", 10, "L"),
           cell(22, 228, 80, 4, "Laboratory Director, Bureau of Laboratories", "helvetica", "I", 8.5, "L", color=(90, 90, 90)),
           cell(22, 254, W - 44, 4, "Attendance verified by webinar log-in and evaluation  \u00b7  Issued 09/19/2025",
                "helvetica", "", 7.5, "L", color=(130, 130, 130)),
           TAIL]
    php_pdf(base, "".join(php))
