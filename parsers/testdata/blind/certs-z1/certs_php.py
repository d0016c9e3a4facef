"""Certificates produced with PHP: FPDF (core fonts, cp1252) and TCPDF (UTF-8)."""
from engines import php_pdf

CERTS = []


def cert(**kw):
    def deco(fn):
        kw["build"] = fn
        CERTS.append(kw)
        return fn
    return deco


FPDF_HEAD = r"""<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
function circle($pdf, $x, $y, $r) {
  $n = 90;
  for ($i = 0; $i < $n; $i++) {
    $a1 = 2 * M_PI * $i / $n; $a2 = 2 * M_PI * ($i + 1) / $n;
    $pdf->Line($x + $r * cos($a1), $y + $r * sin($a1), $x + $r * cos($a2), $y + $r * sin($a2));
  }
}
"""

TCPDF_HEAD = r"""<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
function mk($orient) {
  $pdf = new TCPDF($orient, 'mm', 'LETTER', true, 'UTF-8', false);
  $pdf->setPrintHeader(false);
  $pdf->setPrintFooter(false);
  $pdf->SetMargins(0, 0, 0);
  $pdf->SetAutoPageBreak(false, 0);
  $pdf->SetCreator('TCPDF');
  $pdf->AddPage();
  return $pdf;
}
"""


# --------------------------------------------------------------------- z04
@cert(id="z04", style="ascls", producer="fpdf",
      layout=["landscape", "centred-award", "double-border", "seal", "all-caps-name", "name-suffix",
              "credentials-after-name", "meeting-attendance", "date-range", "maximum-vs-claimed", "signature-block"],
      notes="Meeting attendance certificate with no session title: gold title is the meeting name and the date is "
            "the last day of July 27-31. 14.5 contact hours earned vs 18.0 maximum available (distractor). "
            "Registration and member numbers are distractors; no activity id. ASCLS is its own provider.",
      gold=dict(name="TERRENCE J. WHITFIELD III", title="ASCLS 2025 Annual Meeting", date="2025-07-31",
                credits=14.5, unit="contact hour", points=14.5,
                provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id=None))
def z04(out):
    php = FPDF_HEAD + r"""
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetMargins(0, 0, 0);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = 279.4;
$pdf->SetDrawColor(16, 58, 104); $pdf->SetLineWidth(1.8); $pdf->Rect(9, 9, $W - 18, 197.9);
$pdf->SetLineWidth(0.35); $pdf->Rect(13, 13, $W - 26, 189.9);
$pdf->SetDrawColor(176, 141, 62); $pdf->SetLineWidth(0.8); $pdf->Rect(15.5, 15.5, $W - 31, 184.9);
$pdf->SetTextColor(16, 58, 104);
$pdf->SetFont('Helvetica', 'B', 28); $pdf->SetXY(0, 25); $pdf->Cell($W, 11, 'ASCLS', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 12.5); $pdf->Cell($W, 6, t('American Society for Clinical Laboratory Science'), 0, 1, 'C');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('Times', 'B', 34); $pdf->SetXY(0, 50); $pdf->Cell($W, 14, t('CERTIFICATE OF ATTENDANCE'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 14); $pdf->SetXY(0, 70); $pdf->Cell($W, 7, t('This certifies that'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 25); $pdf->SetXY(0, 80); $pdf->Cell($W, 11, t('TERRENCE J. WHITFIELD III, MLS(ASCP)'), 0, 1, 'C');
$pdf->SetDrawColor(176, 141, 62); $pdf->SetLineWidth(0.4); $pdf->Line(60, 93, $W - 60, 93);
$pdf->SetFont('Times', 'I', 14); $pdf->SetXY(0, 98); $pdf->Cell($W, 7, t('attended the'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 22); $pdf->SetXY(0, 107); $pdf->Cell($W, 10, t('ASCLS 2025 Annual Meeting'), 0, 1, 'C');
$pdf->SetFont('Times', '', 14); $pdf->SetXY(0, 118); $pdf->Cell($W, 7, t('July 27–31, 2025  ·  Baltimore, Maryland'), 0, 1, 'C');
$pdf->SetFont('Times', '', 14); $pdf->SetXY(0, 128); $pdf->Cell($W, 7, t('and earned 14.5 P.A.C.E.® contact hours'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(45, 139);
$pdf->MultiCell($W - 90, 4.2, t('ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. The 2025 Annual Meeting was approved for up to 18.0 P.A.C.E.® contact hours; contact hours shown above reflect the sessions recorded in the attendee\'s session evaluations.'), 0, 'C');
// seal
$pdf->SetDrawColor(176, 141, 62); $pdf->SetLineWidth(0.9); circle($pdf, 48, 172, 17); $pdf->SetLineWidth(0.3); circle($pdf, 48, 172, 14.5);
$pdf->SetTextColor(176, 141, 62); $pdf->SetFont('Helvetica', 'B', 9); $pdf->SetXY(31, 166); $pdf->Cell(34, 5, 'ASCLS', 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 6.5); $pdf->Cell(34, 3.5, 'P.A.C.E.', 0, 2, 'C'); $pdf->Cell(34, 3.5, 'APPROVED', 0, 2, 'C');
// signature
$pdf->SetTextColor(30, 30, 30); $pdf->SetDrawColor(30, 30, 30); $pdf->SetLineWidth(0.3); $pdf->Line(165, 176, 245, 176);
$pdf->SetFont('Times', 'I', 17); $pdf->SetXY(165, 166); $pdf->Cell(80, 8, 'Patrice L. Harmon', 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(165, 178); $pdf->Cell(80, 4.5, t('Patrice L. Harmon, EdD, MLS(ASCP)CM'), 0, 2, 'C');
$pdf->Cell(80, 4.5, 'President', 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 8); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(72, 183); $pdf->Cell(80, 4, 'Registration No. R-55201', 0, 2, 'L');
$pdf->Cell(80, 4, 'Member No. 000712409', 0, 2, 'L');
$pdf->Cell(80, 4, 'Date issued: August 15, 2025', 0, 2, 'L');
$pdf->Output('F', $argv[1]);
"""
    php_pdf(php, out, "z04")


# --------------------------------------------------------------------- z13
@cert(id="z13", style="state-society", producer="fpdf",
      layout=["portrait", "two-column-label-value", "meeting-attendance", "date-range", "maximum-vs-claimed",
              "hyphenated-name", "credentials-after-name", "pace-statement", "signature-block"],
      notes="Regional society meeting attendance: label 'Event' carries the meeting name (gold title), 'Event No.' "
            "the id. Dates April 24-26 -> last day. 11.5 contact hours earned vs 13.0 maximum available. Member "
            "number is a distractor.",
      gold=dict(name="Anneliese Brandt-Okonkwo", title="2025 Cascadia Spring Meeting", date="2025-04-26",
                credits=11.5, unit="contact hour", points=11.5,
                provider=["Cascadia Society for Clinical Laboratory Science", "CSCLS"], activity_id="CSC25-SPR"))
def z13(out):
    php = FPDF_HEAD + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetMargins(0, 0, 0);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = 215.9;
$pdf->SetFillColor(38, 92, 76); $pdf->Rect(0, 0, $W, 38, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('Helvetica', 'B', 22); $pdf->SetXY(20, 10); $pdf->Cell(60, 10, 'CSCLS', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 13); $pdf->SetXY(20, 21); $pdf->Cell(170, 7, t('Cascadia Society for Clinical Laboratory Science'), 0, 0, 'L');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('Times', 'B', 30); $pdf->SetXY(20, 55); $pdf->Cell(175, 12, t('Certificate of Attendance'), 0, 1, 'L');
$pdf->SetFont('Times', '', 12.5); $pdf->SetXY(20, 72);
$pdf->MultiCell(175, 6, t('The Cascadia Society for Clinical Laboratory Science certifies that the member named below attended the meeting described and earned the continuing education credit shown.'), 0, 'L');
$rows = array(
  array('Attendee', 'Anneliese Brandt-Okonkwo, MLS(ASCP)CM'),
  array('Event', '2025 Cascadia Spring Meeting'),
  array('Dates', 'April 24–26, 2025'),
  array('Location', 'Tacoma, Washington'),
  array('Event No.', 'CSC25-SPR'),
  array('Contact hours earned', '11.5'),
  array('Maximum available', '13.0'),
  array('Member No.', '4471-CS'),
);
$y = 95;
$pdf->SetDrawColor(180, 180, 180); $pdf->SetLineWidth(0.2);
foreach ($rows as $r) {
  $pdf->SetXY(20, $y); $pdf->SetFont('Helvetica', '', 10); $pdf->SetTextColor(90, 90, 90); $pdf->Cell(55, 9, t($r[0]), 0, 0, 'L');
  $pdf->SetFont('Helvetica', 'B', 12); $pdf->SetTextColor(20, 20, 20); $pdf->Cell(120, 9, t($r[1]), 0, 0, 'L');
  $pdf->Line(20, $y + 9, 195, $y + 9);
  $y += 11;
}
$pdf->SetFont('Helvetica', '', 9); $pdf->SetTextColor(60, 60, 60); $pdf->SetXY(20, $y + 8);
$pdf->MultiCell(175, 4.6, t('The Cascadia Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours earned are based on the sessions the attendee verified on the meeting evaluation.'), 0, 'L');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('Times', 'I', 18); $pdf->SetXY(20, 222); $pdf->Cell(80, 8, 'Miriam Castellano', 0, 0, 'L');
$pdf->SetLineWidth(0.3); $pdf->SetDrawColor(20, 20, 20); $pdf->Line(20, 231, 100, 231);
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(20, 233); $pdf->Cell(80, 4.5, 'Miriam Castellano, MS, MLS(ASCP)', 0, 2, 'L'); $pdf->Cell(80, 4.5, 'Continuing Education Chair', 0, 2, 'L');
$pdf->SetFont('Times', 'I', 18); $pdf->SetXY(115, 222); $pdf->Cell(80, 8, 'Duane Fairweather', 0, 0, 'L');
$pdf->Line(115, 231, 195, 231);
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(115, 233); $pdf->Cell(80, 4.5, 'Duane Fairweather, MLS(ASCP)', 0, 2, 'L'); $pdf->Cell(80, 4.5, 'President', 0, 2, 'L');
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetTextColor(120, 120, 120); $pdf->SetXY(20, 262);
$pdf->Cell(175, 4, t('PO Box 3318, Olympia, WA 98507  ·  cascadiascls.org  ·  Issued May 9, 2025'), 0, 0, 'C');
$pdf->Output('F', $argv[1]);
"""
    php_pdf(php, out, "z13")


# --------------------------------------------------------------------- z29
@cert(id="z29", style="state-society", producer="fpdf",
      layout=["portrait", "centred-award", "border", "provider-only-in-accreditation-statement", "format-line",
              "honorific-before-name", "credentials-after-name", "program-no-without-colon", "signature-block"],
      notes="The society appears only as the subject of the P.A.C.E. accreditation statement at the foot. 'Self-Study' "
            "is a format line. 'Dr.' honorific and DCLS/MLS credentials are not part of the name. Certificate ID is a "
            "distractor; 'Program No.' (no colon) is the id.",
      gold=dict(name="Naledi Mokoena", title="Urinalysis Microscopy Review: Casts, Crystals, and Look-Alikes",
                date="2025-01-17", credits=1.0, unit="contact hour", points=1.0,
                provider=["Gulf Coast Society for Clinical Laboratory Science"], activity_id="622-018-25"))
def z29(out):
    php = FPDF_HEAD + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetMargins(0, 0, 0);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = 215.9;
$pdf->SetDrawColor(122, 74, 24); $pdf->SetLineWidth(2.2); $pdf->Rect(12, 12, $W - 24, 255.4);
$pdf->SetLineWidth(0.5); $pdf->Rect(16, 16, $W - 32, 247.4);
// corner ornaments
foreach (array(array(16,16), array($W-16,16), array(16,263.4), array($W-16,263.4)) as $c) { circle($pdf, $c[0], $c[1], 3); }
$pdf->SetTextColor(122, 74, 24);
$pdf->SetFont('Times', 'B', 36); $pdf->SetXY(0, 45); $pdf->Cell($W, 14, t('Certificate of Completion'), 0, 1, 'C');
$pdf->SetDrawColor(122, 74, 24); $pdf->SetLineWidth(0.4); $pdf->Line(60, 64, $W - 60, 64);
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('Times', 'I', 14); $pdf->SetXY(0, 80); $pdf->Cell($W, 7, t('Presented to'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 24); $pdf->SetXY(0, 92); $pdf->Cell($W, 11, t('Dr. Naledi Mokoena, DCLS, MLS(ASCP)CM'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 14); $pdf->SetXY(0, 112); $pdf->Cell($W, 7, t('for completing the'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 11); $pdf->SetTextColor(122, 74, 24); $pdf->SetXY(0, 121); $pdf->Cell($W, 6, t('Self-Study'), 0, 1, 'C');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('Times', 'B', 17); $pdf->SetXY(22, 130); $pdf->Cell($W - 44, 9, t('Urinalysis Microscopy Review: Casts, Crystals, and Look-Alikes'), 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(0, 144); $pdf->Cell($W, 7, t('Completed on January 17, 2025'), 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(0, 158); $pdf->Cell($W, 7, t('Contact Hours: 1.0          Program No. 622-018-25'), 0, 1, 'C');
// signature
$pdf->SetFont('Times', 'I', 18); $pdf->SetXY(0, 190); $pdf->Cell($W, 8, 'Cheryl Ann Boudreaux', 0, 1, 'C');
$pdf->SetDrawColor(30, 30, 30); $pdf->SetLineWidth(0.3); $pdf->Line(68, 199, $W - 68, 199);
$pdf->SetFont('Helvetica', '', 9.5); $pdf->SetXY(0, 201); $pdf->Cell($W, 5, t('Cheryl Ann Boudreaux, MHA, MLS(ASCP)'), 0, 1, 'C');
$pdf->Cell($W, 5, t('Continuing Education Coordinator'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(30, 228);
$pdf->MultiCell($W - 60, 4.3, t('The Gulf Coast Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetXY(0, 250); $pdf->Cell($W, 4, t('Certificate ID 7F3K-2291-Q'), 0, 1, 'C');
$pdf->Output('F', $argv[1]);
"""
    php_pdf(php, out, "z29")


# --------------------------------------------------------------------- z05
@cert(id="z05", style="pace-provider", producer="tcpdf",
      layout=["portrait", "two-column-label-value", "format-line", "provider-only-in-accreditation-statement",
              "presented-by-speaker", "program-no-without-colon", "registration-number-distractor",
              "credentials-after-name", "signature-block"],
      notes="No letterhead: the provider is named only as the subject of the P.A.C.E. accreditation statement. "
            "'LIVE WEBINAR' is a format line. Label/value rows; 'Program No.' has no colon. Presenter and "
            "registration number are distractors.",
      gold=dict(name="Rajesh Venkataraman",
                title="Carbapenemase Detection Methods: From Phenotypic Screens to Rapid Molecular Panels",
                date="2025-09-09", credits=1.0, unit="contact hour", points=1.0,
                provider=["Great Lakes Laboratory Education Consortium"], activity_id="287-014-25"))
def z05(out):
    php = TCPDF_HEAD + r"""
$pdf = mk('P');
$W = 215.9;
$pdf->SetFillColor(0, 94, 120); $pdf->Rect(0, 0, 10, 279.4, 'F');
$pdf->SetFillColor(120, 190, 200); $pdf->Rect(10, 0, 2.5, 279.4, 'F');
$pdf->SetTextColor(0, 70, 90);
$pdf->SetFont('helvetica', 'B', 30); $pdf->SetXY(28, 32); $pdf->Cell(170, 14, 'Certificate of Attendance', 0, 1, 'L');
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('helvetica', '', 12); $pdf->SetXY(28, 54);
$pdf->Cell(170, 7, 'This is to certify that the participant listed below attended the', 0, 1, 'L');
$pdf->SetFont('helvetica', 'B', 11); $pdf->SetTextColor(0, 94, 120); $pdf->SetXY(28, 64); $pdf->Cell(170, 6, 'LIVE WEBINAR', 0, 1, 'L');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('times', 'B', 19); $pdf->SetXY(28, 72);
$pdf->MultiCell(165, 8, 'Carbapenemase Detection Methods: From Phenotypic Screens to Rapid Molecular Panels', 0, 'L');
$rows = array(
  array('Participant', 'Rajesh Venkataraman, MLS(ASCP)CM'),
  array('Webinar Date', 'September 9, 2025'),
  array('Presenter', 'Hollis Marchetti, PhD, D(ABMM)'),
  array('Contact Hours', '1.0'),
  array('Program No.', '287-014-25'),
  array('Registration No.', '55-81044-W'),
);
$y = 102;
foreach ($rows as $r) {
  $pdf->SetXY(28, $y); $pdf->SetFont('helvetica', '', 10); $pdf->SetTextColor(100, 100, 100); $pdf->Cell(48, 10, $r[0], 0, 0, 'L');
  $pdf->SetFont('helvetica', 'B', 12.5); $pdf->SetTextColor(20, 20, 20); $pdf->Cell(120, 10, $r[1], 0, 0, 'L');
  $pdf->SetDrawColor(200, 210, 215); $pdf->SetLineWidth(0.2); $pdf->Line(28, $y + 10, 193, $y + 10);
  $y += 12;
}
$pdf->SetFont('times', 'I', 20); $pdf->SetXY(28, 196); $pdf->Cell(80, 9, 'Wendell Ashby', 0, 1, 'L');
$pdf->SetDrawColor(40, 40, 40); $pdf->Line(28, 206, 108, 206);
$pdf->SetFont('helvetica', '', 9); $pdf->SetXY(28, 207.5); $pdf->Cell(80, 4.5, 'Wendell Ashby, MS, MT(ASCP)', 0, 2, 'L'); $pdf->Cell(80, 4.5, 'Program Coordinator', 0, 2, 'L');
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(28, 240);
$pdf->MultiCell(165, 4.3, 'Great Lakes Laboratory Education Consortium is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 0, 'L');
$pdf->Output($argv[1], 'F');
"""
    php_pdf(php, out, "z05")


# --------------------------------------------------------------------- z14
@cert(id="z14", style="hospital-inservice", producer="tcpdf",
      layout=["portrait", "centred-award", "border", "department-provider", "name-suffix", "credentials-after-name",
              "orientation-and-safety-in-title", "date-range", "employee-id-distractor", "two-signers",
              "pace-statement"],
      notes="Hospital laboratory education department as provider (institution + department). 'New Employee "
            "Orientation' and 'Safety' are part of the course title. Class ran April 14-16 -> last day. Employee ID "
            "is a distractor; Class No. is the id.",
      gold=dict(name="Harold B. Pennington Jr.",
                title="New Employee Orientation: Specimen Processing, Accessioning, and Pneumatic Tube Safety",
                date="2025-04-16", credits=6.0, unit="contact hour", points=6.0,
                provider=["Mercy Ridge Medical Center", "Mercy Ridge Medical Center, Laboratory Education Department"],
                activity_id="LED-0425"))
def z14(out):
    php = TCPDF_HEAD + r"""
$pdf = mk('P');
$W = 215.9;
$pdf->SetLineStyle(array('width' => 1.2, 'color' => array(90, 30, 60)));
$pdf->Rect(11, 11, $W - 22, 257.4);
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(90, 30, 60)));
$pdf->Rect(14, 14, $W - 28, 251.4);
$pdf->SetTextColor(90, 30, 60);
$pdf->SetFont('times', 'B', 21); $pdf->SetXY(0, 28); $pdf->Cell($W, 10, 'Mercy Ridge Medical Center', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 12); $pdf->Cell($W, 6, 'Laboratory Education Department', 0, 1, 'C');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('times', '', 32); $pdf->SetXY(0, 58); $pdf->Cell($W, 13, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('times', 'I', 13); $pdf->SetXY(0, 80); $pdf->Cell($W, 7, 'awarded to', 0, 1, 'C');
$pdf->SetFont('times', 'B', 23); $pdf->SetXY(0, 89); $pdf->Cell($W, 11, 'Harold B. Pennington Jr., MLT(ASCP)', 0, 1, 'C');
$pdf->SetFont('times', 'I', 13); $pdf->SetXY(0, 106); $pdf->Cell($W, 7, 'for completion of the laboratory class', 0, 1, 'C');
$pdf->SetFont('times', 'B', 17); $pdf->SetXY(30, 116);
$pdf->MultiCell($W - 60, 8, 'New Employee Orientation: Specimen Processing, Accessioning, and Pneumatic Tube Safety', 0, 'C');
$pdf->SetFont('helvetica', '', 11); $pdf->SetXY(0, 140);
$pdf->Cell($W, 6.5, 'Class No.: LED-0425', 0, 1, 'C');
$pdf->Cell($W, 6.5, 'Class dates: April 14–16, 2025', 0, 1, 'C');
$pdf->Cell($W, 6.5, 'Contact hours awarded: 6.0', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(32, 168);
$pdf->MultiCell($W - 64, 4.3, 'Mercy Ridge Medical Center Laboratory Education Department is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 0, 'C');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('times', 'I', 18); $pdf->SetXY(25, 205); $pdf->Cell(75, 8, 'Alicia Drummond', 0, 0, 'C'); $pdf->SetXY($W - 100, 205); $pdf->Cell(75, 8, 'Victor Nakamura', 0, 0, 'C');
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(25, 25, 25)));
$pdf->Line(25, 214, 100, 214); $pdf->Line($W - 100, 214, $W - 25, 214);
$pdf->SetFont('helvetica', '', 8.8);
$pdf->SetXY(25, 215.5); $pdf->Cell(75, 4.4, 'Alicia Drummond, MEd, MLS(ASCP)', 0, 2, 'C'); $pdf->Cell(75, 4.4, 'Laboratory Education Coordinator', 0, 2, 'C');
$pdf->SetXY($W - 100, 215.5); $pdf->Cell(75, 4.4, 'Victor Nakamura, MBA, MT(ASCP)', 0, 2, 'C'); $pdf->Cell(75, 4.4, 'Administrative Director, Laboratory Services', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(110, 110, 110); $pdf->SetXY(0, 250);
$pdf->Cell($W, 4, 'Employee ID: 104477   ·   1200 Ridgeview Parkway, Harlan Falls, Ohio 45602   ·   Issued April 18, 2025', 0, 1, 'C');
$pdf->Output($argv[1], 'F');
"""
    php_pdf(php, out, "z14")


# --------------------------------------------------------------------- z20
@cert(id="z20", style="aabb", producer="tcpdf",
      layout=["portrait", "issuer-line-under-heading", "format-line", "two-column-label-value", "name-suffix",
              "credentials-after-name", "expiry-distractor", "pace-statement", "signature-block"],
      notes="Provider printed as an 'Issued by' line under 'Certificate of Completion' and in the P.A.C.E. "
            "statement; no AABB abbreviation printed. 'Enduring Material' is a format line. Credit expiry date "
            "(June 30, 2026) and certificate number are distractors; Course No. is the id.",
      gold=dict(name="Raymond K. Ellison Sr.",
                title="Antibody Identification Case Studies: Warm Autoantibodies Masking Clinically Significant Alloantibodies",
                date="2025-12-02", credits=1.0, unit="contact hour", points=1.0,
                provider=["Association for the Advancement of Blood & Biotherapies"], activity_id="EM-IH-2511"))
def z20(out):
    php = TCPDF_HEAD + r"""
$pdf = mk('P');
$W = 215.9;
$pdf->SetFillColor(138, 21, 56); $pdf->Rect(0, 0, $W, 6, 'F'); $pdf->Rect(0, 273.4, $W, 6, 'F');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('times', '', 34); $pdf->SetXY(0, 30); $pdf->Cell($W, 14, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 11); $pdf->SetTextColor(138, 21, 56);
$pdf->Cell($W, 7, 'Issued by the Association for the Advancement of Blood & Biotherapies', 0, 1, 'C');
$pdf->SetDrawColor(138, 21, 56); $pdf->SetLineWidth(0.4); $pdf->Line(55, 56, $W - 55, 56);
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('helvetica', '', 11.5); $pdf->SetXY(0, 66); $pdf->Cell($W, 6, 'The learner identified below has successfully completed the', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 10.5); $pdf->SetTextColor(138, 21, 56); $pdf->SetXY(0, 75); $pdf->Cell($W, 6, 'Enduring Material', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('times', 'B', 18); $pdf->SetXY(28, 84);
$pdf->MultiCell($W - 56, 8, 'Antibody Identification Case Studies: Warm Autoantibodies Masking Clinically Significant Alloantibodies', 0, 'C');
$rows = array(
  array('Learner', 'Raymond K. Ellison Sr., MLS(ASCP)SBB'),
  array('Completed', 'December 2, 2025'),
  array('Course No.', 'EM-IH-2511'),
  array('Credit', '1.0 P.A.C.E.® contact hour'),
  array('Certificate No.', '2025-9983315'),
);
$y = 112;
foreach ($rows as $r) {
  $pdf->SetXY(40, $y); $pdf->SetFont('helvetica', 'B', 10); $pdf->SetTextColor(110, 110, 110); $pdf->Cell(42, 9, strtoupper($r[0]), 0, 0, 'R');
  $pdf->SetFont('helvetica', '', 12.5); $pdf->SetTextColor(20, 20, 20); $pdf->Cell(6, 9, '', 0, 0); $pdf->Cell(100, 9, $r[1], 0, 0, 'L');
  $y += 10;
}
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(30, 172);
$pdf->MultiCell($W - 60, 4.3, 'The Association for the Advancement of Blood & Biotherapies is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This enduring material is approved for 1.0 contact hour and is available for credit through June 30, 2026.', 0, 'C');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('times', 'I', 19); $pdf->SetXY(0, 208); $pdf->Cell($W, 8, 'Gwendolyn Baptiste-Harrow', 0, 1, 'C');
$pdf->SetDrawColor(20, 20, 20); $pdf->SetLineWidth(0.3); $pdf->Line(70, 217, $W - 70, 217);
$pdf->SetFont('helvetica', '', 9); $pdf->SetXY(0, 218.5); $pdf->Cell($W, 4.5, 'Gwendolyn Baptiste-Harrow, MS, MT(ASCP)SBB', 0, 1, 'C'); $pdf->Cell($W, 4.5, 'Director, Online Education', 0, 1, 'C');
$pdf->Output($argv[1], 'F');
"""
    php_pdf(php, out, "z20")


# --------------------------------------------------------------------- z30
@cert(id="z30", style="vendor", producer="tcpdf",
      layout=["landscape", "centred-award", "letter-spaced-name", "all-caps-name", "format-line",
              "presented-by-speaker", "customer-account-distractor", "day-month-year-date", "pace-statement"],
      notes="Vendor webinar. Name printed in capitals with wide letter spacing. 'On-Demand Webinar' is a format "
            "line. Speaker and customer account number are distractors; Course ID is the id. Date printed as "
            "'6 November 2025'.",
      gold=dict(name="DANIEL KOWALCZYK",
                title="Respiratory Pathogen Panel Interpretation: Co-Detections, Cycle Thresholds, and Reporting Pitfalls",
                date="2025-11-06", credits=1.0, unit="contact hour", points=1.0,
                provider=["Corvane Biosciences"], activity_id="CVB-RPP-104"))
def z30(out):
    php = TCPDF_HEAD + r"""
$pdf = mk('L');
$W = 279.4; $H = 215.9;
$pdf->SetFillColor(14, 36, 64); $pdf->Rect(0, 0, $W, 30, 'F');
$pdf->SetFillColor(0, 168, 150); $pdf->Rect(0, 30, $W, 2, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 20); $pdf->SetXY(18, 8); $pdf->Cell(120, 10, 'Corvane Biosciences', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 10); $pdf->SetXY(18, 18); $pdf->Cell(120, 6, 'Scientific Education', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 9); $pdf->SetXY($W - 100, 12); $pdf->Cell(82, 6, 'education.corvanebio.com', 0, 0, 'R');
$pdf->SetTextColor(14, 36, 64);
$pdf->SetFont('helvetica', 'B', 28); $pdf->setFontSpacing(1.2); $pdf->SetXY(0, 46); $pdf->Cell($W, 12, 'CERTIFICATE OF COMPLETION', 0, 1, 'C');
$pdf->setFontSpacing(0);
$pdf->SetTextColor(60, 60, 60); $pdf->SetFont('helvetica', '', 12); $pdf->SetXY(0, 66); $pdf->Cell($W, 6, 'This certificate is presented to', 0, 1, 'C');
$pdf->SetTextColor(14, 36, 64); $pdf->SetFont('helvetica', '', 24); $pdf->setFontSpacing(2.6);
$pdf->SetXY(0, 76); $pdf->Cell($W, 12, 'DANIEL KOWALCZYK', 0, 1, 'C');
$pdf->setFontSpacing(0);
$pdf->SetDrawColor(0, 168, 150); $pdf->SetLineWidth(0.6); $pdf->Line(80, 91, $W - 80, 91);
$pdf->SetTextColor(60, 60, 60); $pdf->SetFont('helvetica', '', 12); $pdf->SetXY(0, 96); $pdf->Cell($W, 6, 'who has completed the', 0, 1, 'C');
$pdf->SetTextColor(0, 130, 118); $pdf->SetFont('helvetica', 'B', 10.5); $pdf->SetXY(0, 104); $pdf->Cell($W, 6, 'On-Demand Webinar', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('times', 'B', 19); $pdf->SetXY(40, 112);
$pdf->MultiCell($W - 80, 8.5, 'Respiratory Pathogen Panel Interpretation: Co-Detections, Cycle Thresholds, and Reporting Pitfalls', 0, 'C');
$pdf->SetFont('helvetica', '', 11); $pdf->SetTextColor(40, 40, 40); $pdf->SetXY(0, 134);
$pdf->Cell($W, 6, 'Completed 6 November 2025   |   Contact hours: 1.0   |   Course ID: CVB-RPP-104', 0, 1, 'C');
$pdf->SetFont('helvetica', 'I', 10); $pdf->Cell($W, 6, 'Presented by Anjali Deshmukh, PhD, Director of Medical Affairs', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 8.3); $pdf->SetTextColor(80, 80, 80); $pdf->SetXY(45, 160);
$pdf->MultiCell($W - 90, 4.2, 'Corvane Biosciences is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This program is approved for 1.0 contact hour. Educational content is non-promotional and was developed independently of product sales.', 0, 'C');
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(120, 120, 120); $pdf->SetXY(18, 198);
$pdf->Cell(120, 4, 'Customer account: 300-44817', 0, 0, 'L');
$pdf->SetXY($W - 138, 198); $pdf->Cell(120, 4, 'Corvane Biosciences, 2200 Meridian Loop, Durham, NC 27709', 0, 0, 'R');
$pdf->Output($argv[1], 'F');
"""
    php_pdf(php, out, "z30")
