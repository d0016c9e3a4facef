"""Certificates drawn with FPDF (PHP)."""
from common import php, gold

P = "FPDF (PHP)"

PRE = r"""<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$out = $argv[1];
"""


def w04(wid):
    code = PRE + r"""
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Certificate of Training');
$pdf->AddPage();
$pdf->SetDrawColor(20, 70, 110);
$pdf->SetLineWidth(1.6); $pdf->Rect(8, 8, 263.4, 199.9);
$pdf->SetLineWidth(0.4); $pdf->Rect(12, 12, 255.4, 191.9);
// logo block
$pdf->SetFillColor(20, 70, 110); $pdf->Rect(20, 20, 14, 14, 'F');
$pdf->SetTextColor(255); $pdf->SetFont('Helvetica', 'B', 15); $pdf->SetXY(20, 24); $pdf->Cell(14, 6, 'HD', 0, 0, 'C');
$pdf->SetTextColor(20, 70, 110); $pdf->SetFont('Helvetica', 'B', 16); $pdf->SetXY(37, 20); $pdf->Cell(100, 7, t('Halvorsen Diagnostics'));
$pdf->SetFont('Helvetica', '', 10); $pdf->SetXY(37, 27); $pdf->Cell(100, 5, t('Technical Training Institute'));
$pdf->SetFont('Helvetica', '', 8); $pdf->SetTextColor(90); $pdf->SetXY(160, 21);
$pdf->MultiCell(98, 4, t("Customer Account: 300-77815\nInstrument S/N: HX9-2209-01146\nTraining Site: Minneapolis Learning Center"), 0, 'R');
$pdf->SetTextColor(30);
$pdf->SetFont('Times', 'B', 32); $pdf->SetXY(12, 48); $pdf->Cell(255.4, 14, t('Certificate of Training'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->Cell(0, 8, t('This certifies that'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 26); $pdf->Cell(0, 13, t('Tomás Esparza-Lindqvist, MLT(ASCP)'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->Cell(0, 8, t('has satisfactorily completed the instructor-led course'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 16); $pdf->SetX(45);
$pdf->MultiCell(189, 8, t('Aurelis HX-900 Hematology Analyzer: Key Operator Training Program'), 0, 'C');
$pdf->Ln(3);
$pdf->SetFont('Helvetica', '', 12);
$pdf->Cell(0, 7, t('Course Number: HDX-KO-900     Training Dates: February 9 - 11, 2026'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 12);
$pdf->Cell(0, 7, t('16.0 P.A.C.E.® Contact Hours'), 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetX(40);
$pdf->MultiCell(199, 4.2, t('Halvorsen Diagnostics is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Key Operator status is valid for the instrument serial number listed above and must be renewed every two years (renewal due February 2028).'), 0, 'C');
// signatures
$pdf->SetDrawColor(60); $pdf->SetLineWidth(0.3);
$pdf->Line(40, 180, 115, 180); $pdf->Line(165, 180, 240, 180);
$pdf->SetFont('Times', 'I', 14); $pdf->SetXY(40, 172); $pdf->Cell(75, 6, t('Kjersti Amundsen'), 0, 0, 'C');
$pdf->SetXY(165, 172); $pdf->Cell(75, 6, t('D. Alvarez'), 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 9);
$pdf->SetXY(40, 181); $pdf->MultiCell(75, 4.3, t("Kjersti Amundsen, MLS(ASCP)\nLead Clinical Trainer"), 0, 'C');
$pdf->SetXY(165, 181); $pdf->MultiCell(75, 4.3, t("Daniel Alvarez\nManager, Technical Training Institute"), 0, 'C');
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetTextColor(110); $pdf->SetXY(12, 195);
$pdf->Cell(255.4, 4, t('Certificate ID TTI-26-0211-0045  |  Issued 02/11/2026'), 0, 0, 'C');
$pdf->Output('F', $out);
"""
    php(wid, code)
    return gold(wid, style="vendor-training", producer=P,
                layout=["landscape", "centered", "border", "logo", "signature-block", "date-range", "accented-name",
                        "credentials-after-name", "distractor-numbers", "distractor-dates"],
                notes="Three-day vendor key-operator course (last day Feb 11); customer account, instrument serial, "
                      "certificate ID and renewal date are distractors; title contains 'Program'.",
                name="Tomás Esparza-Lindqvist",
                title="Aurelis HX-900 Hematology Analyzer: Key Operator Training Program",
                date="2026-02-11", credits=16.0, unit="contact hour",
                provider=["Halvorsen Diagnostics", "Halvorsen Diagnostics, Technical Training Institute"],
                activity_id="HDX-KO-900")




def w22(wid):
    code = PRE + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetMargins(22, 20, 22);
$pdf->AddPage();
$pdf->SetFillColor(122, 30, 48); $pdf->Rect(0, 0, 215.9, 6, 'F'); $pdf->Rect(0, 273.4, 215.9, 6, 'F');
$pdf->SetTextColor(122, 30, 48);
$pdf->SetFont('Arial', 'B', 15); $pdf->SetY(18);
$pdf->Cell(0, 7, t('Idaho Society of Medical Laboratory Professionals'), 0, 1, 'C');
$pdf->SetFont('Arial', '', 10); $pdf->Cell(0, 5, t('ISMLP  -  Continuing Education Committee'), 0, 1, 'C');
$pdf->Ln(10);
$pdf->SetTextColor(20);
$pdf->SetFont('Times', 'B', 22); $pdf->Cell(0, 10, t('Certificate of Continuing Education'), 0, 1, 'C');
$pdf->Ln(8);
$rows = array(
  array('Participant', 'AARON P. WHITCOMB-NAKAGAWA'),
  array('Meeting', 'ISMLP Fall Seminar 2025'),
  array('Meeting dates', 'September 25-26, 2025'),
  array('Location', "The Lakeside Inn, Coeur d'Alene, Idaho"),
  array('Registration No.', '25-0311'),
  array('Contact hours offered', '12.0'),
  array('Contact hours claimed', '10.0'),
);
foreach ($rows as $r) {
  $pdf->SetFont('Arial', 'B', 10.5); $pdf->SetTextColor(90);
  $pdf->Cell(58, 9, t($r[0]), 'B', 0, 'L');
  $pdf->SetFont('Arial', '', 12); $pdf->SetTextColor(10);
  if ($r[0] == 'Participant') $pdf->SetFont('Arial', 'B', 13);
  $pdf->Cell(0, 9, t($r[1]), 'B', 1, 'L');
}
$pdf->Ln(8);
$pdf->SetFont('Arial', '', 9); $pdf->SetTextColor(50);
$pdf->MultiCell(0, 4.6, t('The Idaho Society of Medical Laboratory Professionals is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Participants are responsible for claiming only those hours they attended; the hours claimed above were taken from the participant\'s signed session log.'), 0, 'J');
$pdf->Ln(4);
$pdf->MultiCell(0, 4.6, t('Sessions included immunohematology case reviews, a laboratory safety roundtable, a regulatory update and a student research showcase.'), 0, 'J');
$pdf->Ln(18);
$pdf->SetDrawColor(40); $pdf->Line(22, $pdf->GetY(), 100, $pdf->GetY());
$pdf->Line(120, $pdf->GetY(), 193.9, $pdf->GetY());
$pdf->Ln(1.5);
$y = $pdf->GetY();
$pdf->SetFont('Arial', '', 9.5);
$pdf->MultiCell(78, 4.6, t("Margaret E. Sokolowski, MLS(ASCP)\nCE Committee Chair, ISMLP"), 0, 'L');
$pdf->SetXY(120, $y);
$pdf->MultiCell(74, 4.6, t("Date signed: 10/02/2025"), 0, 'L');
$pdf->Output('F', $out);
"""
    php(wid, code)
    return gold(wid, style="state-society-meeting", producer=P,
                layout=["portrait", "two-column-label-value", "ruled-rows", "caps-name", "date-range",
                        "claimed-vs-maximum", "signature-block", "distractor-numbers", "distractor-dates"],
                notes="Name printed in capitals; 10.0 claimed of 12.0 offered; two-day meeting; "
                      "registration number and signed date are distractors; title is the meeting name; "
                      "no activity number is printed (activity_id null).",
                name="AARON P. WHITCOMB-NAKAGAWA",
                title="ISMLP Fall Seminar 2025",
                date="2025-09-26", credits=10.0, unit="contact hour",
                provider=["Idaho Society of Medical Laboratory Professionals", "ISMLP"], activity_id=None)


def w27(wid):
    code = PRE + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetMargins(18, 16, 18);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('Helvetica', 'B', 13);
$pdf->Cell(120, 6, t('Northstar Clinical Reference Laboratory'), 0, 0);
$pdf->SetFont('Helvetica', '', 8); $pdf->Cell(0, 6, t('Form NCRL-TRN-004 rev. 3'), 0, 1, 'R');
$pdf->SetFont('Helvetica', '', 9.5); $pdf->Cell(0, 5, t('Laboratory Training Department  |  NCRL  |  Eagan, Minnesota'), 0, 1);
$pdf->SetLineWidth(0.8); $pdf->Line(18, 29, 197.9, 29); $pdf->SetLineWidth(0.2);
$pdf->Ln(6);
$pdf->SetFont('Helvetica', 'B', 14); $pdf->Cell(0, 8, t('In-Service Training Record and Continuing Education Certificate'), 0, 1, 'C');
$pdf->Ln(3);
function box($pdf, $x, $y, $w, $h, $label, $value, $vs = 11, $bold = false) {
  $pdf->Rect($x, $y, $w, $h);
  $pdf->SetXY($x + 1.5, $y + 1.2); $pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(95);
  $pdf->Cell($w - 3, 3.5, t(strtoupper($label)));
  $pdf->SetXY($x + 1.5, $y + 5); $pdf->SetFont('Helvetica', $bold ? 'B' : '', $vs); $pdf->SetTextColor(0);
  $pdf->MultiCell($w - 3, 5, t($value), 0, 'L');
}
$y = 46;
box($pdf, 18, $y, 100, 13, 'Employee name', 'Dmitri V. Korsakov', 12, true);
box($pdf, 118, $y, 40, 13, 'Employee no.', '20-4471');
box($pdf, 158, $y, 39.9, 13, 'Department', 'Toxicology');
$y += 13;
box($pdf, 18, $y, 179.9, 19, 'Activity title', 'Toxicology Bench Orientation: Chain-of-Custody Documentation and Specimen Integrity', 11.5, true);
$y += 19;
box($pdf, 18, $y, 45, 13, 'Activity no.', 'NCRL-TR-0812');
box($pdf, 63, $y, 45, 13, 'Date presented', '08/12/2025');
box($pdf, 108, $y, 45, 13, 'Duration', '75 minutes');
box($pdf, 153, $y, 44.9, 13, 'Contact hours', '1.25', 12, true);
$y += 13;
$pdf->Rect(18, $y, 179.9, 14);
$pdf->SetXY(19.5, $y + 1.2); $pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(95); $pdf->Cell(60, 3.5, 'DELIVERY METHOD');
$pdf->SetTextColor(0); $pdf->SetFont('Helvetica', '', 10);
$opts = array(array('Live in-service', true), array('Online module', false), array('Self-study / reading', false), array('Vendor training', false));
$x = 21;
foreach ($opts as $o) {
  $pdf->Rect($x, $y + 7, 3.5, 3.5);
  if ($o[1]) { $pdf->SetFont('ZapfDingbats', '', 9); $pdf->SetXY($x - 0.2, $y + 6.9); $pdf->Cell(4, 4, chr(52)); $pdf->SetFont('Helvetica', '', 10); }
  $pdf->SetXY($x + 5, $y + 6.5); $pdf->Cell(36, 4.5, t($o[0]));
  $x += 44;
}
$y += 14;
box($pdf, 18, $y, 90, 13, 'Presenter', 'Farah N. Haddad, MS, C(ASCP)');
box($pdf, 108, $y, 89.9, 13, 'Training record no.', 'TR-2025-3390');
$y += 20;
$pdf->SetXY(18, $y); $pdf->SetFont('Helvetica', '', 8.5);
$pdf->MultiCell(179.9, 4.3, t('Northstar Clinical Reference Laboratory (NCRL) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This record documents attendance only; the competency assessment that follows the orientation is recorded separately in the employee competency file.'), 0, 'L');
$y = $pdf->GetY() + 16;
$pdf->Line(18, $y, 95, $y); $pdf->Line(118, $y, 197.9, $y);
$pdf->SetXY(18, $y + 1); $pdf->MultiCell(77, 4.3, t("Presenter signature\nFarah N. Haddad"), 0, 'L');
$pdf->SetXY(118, $y + 1); $pdf->MultiCell(80, 4.3, t("Reviewed by: Owen T. Lindgren, Training Supervisor\nDate reviewed: 08/15/2025"), 0, 'L');
$pdf->SetXY(18, 262); $pdf->SetFont('Helvetica', 'I', 7.5); $pdf->SetTextColor(110);
$pdf->Cell(0, 4, t('Retain original in the employee training file. Printed 08/15/2025 from LMS.'), 0, 0, 'C');
$pdf->Output('F', $out);
"""
    php(wid, code)
    return gold(wid, style="reflab-inservice", producer=P,
                layout=["portrait", "boxed-form", "labels-above-values", "checkboxes", "long-title",
                        "signature-block", "distractor-numbers", "distractor-dates"],
                notes="Reference-laboratory in-service record form; employee no., training record no. and "
                      "review/print dates are distractors; issued by the Laboratory Training Department; "
                      "title contains 'Orientation'.",
                name="Dmitri V. Korsakov",
                title="Toxicology Bench Orientation: Chain-of-Custody Documentation and Specimen Integrity",
                date="2025-08-12", credits=1.25, unit="contact hour",
                provider=["Northstar Clinical Reference Laboratory",
                          "Northstar Clinical Reference Laboratory, Laboratory Training Department", "NCRL"],
                activity_id="NCRL-TR-0812")


def w29(wid):
    code = PRE + r"""
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetMargins(20, 18, 20);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(0, 102, 68); $pdf->SetLineWidth(0.8); $pdf->Rect(10, 10, 259.4, 195.9);
// seal
$pdf->SetLineWidth(0.6);
$cx = 245; $cy = 32; $r = 14;
for ($a = 0; $a < 360; $a += 6) { $pdf->Line($cx + $r*cos(deg2rad($a)), $cy + $r*sin(deg2rad($a)), $cx + $r*cos(deg2rad($a+6)), $cy + $r*sin(deg2rad($a+6))); }
$pdf->SetFont('Helvetica', 'B', 7); $pdf->SetTextColor(0, 102, 68);
$pdf->SetXY($cx - 12, $cy - 5); $pdf->MultiCell(24, 3.3, t("PUBLIC\nHEALTH\nLABORATORY"), 0, 'C');
$pdf->SetFont('Helvetica', 'B', 17); $pdf->SetXY(20, 20);
$pdf->Cell(200, 8, t('Northern Tier Public Health Laboratory'), 0, 1);
$pdf->SetFont('Helvetica', '', 10.5); $pdf->SetX(20);
$pdf->Cell(200, 5.5, t('Laboratory Training and Outreach Program'), 0, 1);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(80); $pdf->SetX(20);
$pdf->Cell(200, 5, t('A member laboratory of the Laboratory Response Network'), 0, 1);
$pdf->SetTextColor(0);
$pdf->SetY(52);
$pdf->SetFont('Times', 'B', 26); $pdf->Cell(0, 11, t('Certificate of Training Completion'), 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->Cell(0, 8, t('presented to'), 0, 1, 'C');
$pdf->SetFont('Times', 'BI', 24); $pdf->Cell(0, 12, t('Roberta J. Kingfisher'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->Cell(0, 7, t('Sentinel Clinical Laboratory Outreach  -  Course completed with a passing examination score'), 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('Helvetica', 'B', 14); $pdf->SetX(40);
$pdf->MultiCell(199.4, 7, t('Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B Requirements for Sentinel Laboratories'), 0, 'C');
$pdf->Ln(4);
$w = array(45, 45, 70, 40);
$h = array('Course ID', 'Date completed', 'Delivery', 'Contact hours');
$v = array('NTPHL-PS-2601', '01/22/2026', 'Blended: online modules + live lab', '4.0');
$pdf->SetX((279.4 - array_sum($w)) / 2);
$pdf->SetFillColor(225, 240, 232); $pdf->SetFont('Helvetica', 'B', 9);
for ($i = 0; $i < 4; $i++) $pdf->Cell($w[$i], 7, t($h[$i]), 1, 0, 'C', true);
$pdf->Ln();
$pdf->SetX((279.4 - array_sum($w)) / 2); $pdf->SetFont('Helvetica', '', 10);
for ($i = 0; $i < 4; $i++) $pdf->Cell($w[$i], 8, t($v[$i]), 1, 0, 'C');
$pdf->Ln(12);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetX(30);
$pdf->MultiCell(219.4, 4.3, t('The Northern Tier Public Health Laboratory (NTPHL) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Shipper training meets the recurrent-training expectation of 49 CFR 172.704 and IATA; retraining is due by 01/22/2028. Supported in part by the CDC Epidemiology and Laboratory Capacity (ELC) cooperative agreement.'), 0, 'C');
$pdf->SetLineWidth(0.3); $pdf->SetDrawColor(40);
$pdf->Line(40, 186, 115, 186); $pdf->Line(165, 186, 240, 186);
$pdf->SetFont('Helvetica', '', 9);
$pdf->SetXY(40, 187); $pdf->MultiCell(75, 4.3, t("Harlan B. Two Rivers, PhD, HCLD(ABB)\nLaboratory Director"), 0, 'C');
$pdf->SetXY(165, 187); $pdf->MultiCell(75, 4.3, t("Sunita Raghavan, MPH, M(ASCP)\nTraining and Outreach Coordinator"), 0, 'C');
$pdf->Output('F', $out);
"""
    php(wid, code)
    return gold(wid, style="public-health-lab", producer=P,
                layout=["landscape", "border", "seal", "centered", "small-table", "long-title",
                        "signature-block", "distractor-dates"],
                notes="Public health laboratory outreach course; the Training and Outreach Program issues it "
                      "(institution + 'Institution, Program'); retraining-due date is a distractor.",
                name="Roberta J. Kingfisher",
                title="Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B Requirements for Sentinel Laboratories",
                date="2026-01-22", credits=4.0, unit="contact hour",
                provider=["Northern Tier Public Health Laboratory",
                          "Northern Tier Public Health Laboratory, Laboratory Training and Outreach Program", "NTPHL"],
                activity_id="NTPHL-PS-2601")


CERTS = {"w04": w04, "w22": w22, "w27": w27, "w29": w29}
