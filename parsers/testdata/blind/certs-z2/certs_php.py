"""Certificates written as PHP scripts using FPDF (z35, z45, z53) and TCPDF
(z36, z46, z59). The PHP source is generated into .build/ and run with `php`."""
from common import gold
from engine import php_to_pdf

PF = "fpdf"
PT = "tcpdf"

FPDF_HEAD = r"""<?php
require('/usr/share/php/fpdf/fpdf.php');
function w($s) { return iconv('UTF-8', 'windows-1252', $s); }
"""

TCPDF_HEAD = r"""<?php
require('/usr/share/php/tcpdf/tcpdf.php');
class CertPDF extends TCPDF {
    public function __construct($o) {
        parent::__construct($o, 'pt', 'LETTER', true, 'UTF-8', false);
        $this->tcpdflink = false;
        $this->setPrintHeader(false);
        $this->setPrintFooter(false);
        $this->SetAutoPageBreak(false);
        $this->SetMargins(0, 0, 0);
        $this->SetCreator('Certificate service');
    }
}
"""

# ---------------------------------------------------------------- z35 P.A.C.E.-approved health system, fpdf landscape
Z35 = FPDF_HEAD + r"""
$p = new FPDF('L', 'pt', 'Letter');
$p->SetAutoPageBreak(false);
$p->AddPage();
$p->SetDrawColor(46, 84, 62);
$p->SetLineWidth(5); $p->Rect(24, 24, 744, 564);
$p->SetLineWidth(1); $p->Rect(36, 36, 720, 540);
// corner ornaments
$p->SetFillColor(46, 84, 62);
foreach (array(array(44,44), array(736,44), array(44,556), array(736,556)) as $c) { $p->Rect($c[0], $c[1], 12, 12, 'F'); }
$p->SetTextColor(46, 84, 62);
$p->SetFont('Helvetica', 'B', 10);
$p->SetXY(36, 66); $p->Cell(720, 14, w('C O N T I N U I N G   E D U C A T I O N'), 0, 1, 'C');
$p->SetFont('Times', 'B', 34);
$p->SetXY(36, 90); $p->Cell(720, 40, w('Certificate of Completion'), 0, 1, 'C');
$p->SetTextColor(30, 30, 30);
$p->SetFont('Times', 'I', 14);
$p->SetXY(36, 146); $p->Cell(720, 18, w('This certifies that'), 0, 1, 'C');
$p->SetFont('Times', 'B', 24);
$p->SetXY(36, 172); $p->Cell(720, 30, w("KATHLEEN M. O'DONNELL-PRYOR, MLS(ASCP)"), 0, 1, 'C');
$p->SetDrawColor(150, 150, 150); $p->SetLineWidth(0.5); $p->Line(196, 206, 596, 206);
$p->SetFont('Times', 'I', 14);
$p->SetXY(36, 216); $p->Cell(720, 18, w('has completed'), 0, 1, 'C');
$p->SetFont('Times', 'B', 19);
$p->SetXY(126, 244); $p->MultiCell(540, 24, w('Antimicrobial Stewardship for the Microbiology Laboratory: Cascade Reporting and Selective Susceptibility Testing'), 0, 'C');
$p->SetFont('Times', '', 13);
$y = $p->GetY() + 6;
$p->SetXY(36, $y); $p->Cell(720, 18, w('Completed on: October 8, 2025'), 0, 1, 'C');
$p->SetXY(36, $y + 22); $p->Cell(720, 18, w('1.5 P.A.C.E.® contact hours       ·       P.A.C.E.® Program No. 349-510-25'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 9);
$p->SetTextColor(70, 70, 70);
$p->SetXY(150, $y + 56); $p->MultiCell(492, 12, w('Cascade Valley Health System is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
// signature
$p->SetTextColor(30, 30, 30);
$p->SetFont('Times', 'I', 18);
$p->SetXY(90, 478); $p->Cell(250, 20, w('Helena Strickland-Moyo'), 0, 1, 'C');
$p->SetDrawColor(30, 30, 30); $p->Line(90, 500, 340, 500);
$p->SetFont('Helvetica', '', 9);
$p->SetXY(90, 504); $p->Cell(250, 12, w('Helena Strickland-Moyo, MS, MLS(ASCP)CM'), 0, 1, 'C');
$p->SetXY(90, 516); $p->Cell(250, 12, w('Laboratory Education Coordinator'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 8);
$p->SetTextColor(90, 90, 90);
$p->SetXY(470, 504); $p->Cell(240, 12, w('Certificate No. CV-25-1008-0442'), 0, 1, 'R');
$p->SetXY(470, 516); $p->Cell(240, 12, w('Issued 10/09/2025'), 0, 1, 'R');
$p->Output('F', $argv[1]);
"""

# ---------------------------------------------------------------- z45 hospital in-service, fpdf label/value
Z45 = FPDF_HEAD + r"""
$p = new FPDF('P', 'pt', 'Letter');
$p->SetAutoPageBreak(false);
$p->SetMargins(72, 60, 72);
$p->AddPage();
$p->SetTextColor(90, 20, 40);
$p->SetFont('Times', 'B', 22);
$p->SetXY(72, 64); $p->Cell(468, 26, w("St. Brendan's Medical Center"), 0, 1, 'L');
$p->SetFont('Helvetica', '', 12);
$p->SetX(72); $p->Cell(468, 16, w('Laboratory Education Council'), 0, 1, 'L');
$p->SetDrawColor(90, 20, 40); $p->SetLineWidth(2); $p->Line(72, 112, 540, 112);
$p->SetTextColor(20, 20, 20);
$p->SetFont('Helvetica', 'B', 17);
$p->SetXY(72, 136); $p->Cell(468, 22, w('In-Service Attendance Certificate'), 0, 1, 'L');
$p->SetFont('Times', '', 11.5);
$p->SetX(72); $p->MultiCell(468, 15, w('The Laboratory Education Council certifies that the employee named below attended the following in-service education session in full.'), 0, 'L');
$rows = array(
  array('Attendee:', "Tomás Ibarra-Lucero, MLT(ASCP)", 'B'),
  array('Employee ID:', '004417', ''),
  array('In-service:', 'New Employee Laboratory Orientation: Biosafety, Specimen Integrity, and Downtime Procedures', 'B'),
  array('Date of completion:', 'November 5, 2025', ''),
  array('Class No.:', 'LEC-2025-014', ''),
  array('Contact hours:', '2.0 (P.A.C.E.®)', ''),
  array('Instructor:', 'Margit Eriksdottir-Vance, MS, MLS(ASCP)CM', ''),
);
$y = 205;
$p->SetDrawColor(200, 180, 185); $p->SetLineWidth(0.5);
foreach ($rows as $r) {
  $p->SetFont('Helvetica', 'B', 10.5); $p->SetTextColor(90, 20, 40);
  $p->SetXY(72, $y + 2); $p->Cell(130, 16, w($r[0]), 0, 0, 'L');
  $p->SetFont('Times', $r[2], 12.5); $p->SetTextColor(20, 20, 20);
  $p->SetXY(205, $y + 2); $p->MultiCell(335, 16, w($r[1]), 0, 'L');
  $y = $p->GetY() + 6;
  $p->Line(72, $y, 540, $y);
  $y += 4;
}
$p->SetFont('Helvetica', '', 9.5); $p->SetTextColor(60, 60, 60);
$p->SetXY(72, $y + 16);
$p->MultiCell(468, 13, w("St. Brendan's Medical Center Laboratory Education Council is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program."), 0, 'L');
$p->SetTextColor(20, 20, 20);
$p->SetFont('Times', 'I', 17);
$p->SetXY(72, 560); $p->Cell(230, 20, w('Rosalind Achebe-Kerr'), 0, 1, 'L');
$p->SetDrawColor(40, 40, 40); $p->Line(72, 582, 302, 582);
$p->SetFont('Helvetica', '', 9.5);
$p->SetXY(72, 586); $p->Cell(230, 12, w('Rosalind Achebe-Kerr, MHA, MT(ASCP)'), 0, 1, 'L');
$p->SetX(72); $p->Cell(230, 12, w('Chair, Laboratory Education Council'), 0, 1, 'L');
$p->SetFont('Times', 'I', 17);
$p->SetXY(330, 560); $p->Cell(210, 20, w('Jonah Whitlock'), 0, 1, 'L');
$p->Line(330, 582, 540, 582);
$p->SetFont('Helvetica', '', 9.5);
$p->SetXY(330, 586); $p->Cell(210, 12, w('Jonah Whitlock, MD'), 0, 1, 'L');
$p->SetX(330); $p->Cell(210, 12, w('Medical Director, Clinical Laboratories'), 0, 1, 'L');
$p->SetDrawColor(90, 20, 40); $p->SetLineWidth(1); $p->Line(72, 716, 540, 716);
$p->SetFont('Helvetica', '', 8); $p->SetTextColor(110, 110, 110);
$p->SetXY(72, 720); $p->Cell(300, 11, w('1200 Harrow Bridge Road · Millbrook, PA 19013'), 0, 0, 'L');
$p->SetXY(372, 720); $p->Cell(168, 11, w('Page 1 of 1'), 0, 0, 'R');
$p->Output('F', $argv[1]);
"""

# ---------------------------------------------------------------- z53 LabCE, labels above values, fpdf landscape
Z53 = FPDF_HEAD + r"""
$p = new FPDF('L', 'pt', 'Letter');
$p->SetAutoPageBreak(false);
$p->AddPage();
$p->SetFillColor(0, 84, 147); $p->Rect(0, 0, 792, 14, 'F'); $p->Rect(0, 598, 792, 14, 'F');
$p->SetFillColor(247, 148, 29); $p->Rect(0, 14, 792, 4, 'F');
$p->SetTextColor(0, 84, 147);
$p->SetFont('Helvetica', 'B', 30);
$p->SetXY(54, 44); $p->Cell(200, 34, 'LabCE', 0, 0, 'L');
$p->SetFont('Helvetica', '', 9); $p->SetTextColor(100, 100, 100);
$p->SetXY(54, 80); $p->Cell(240, 12, w('Continuing education for laboratory professionals'), 0, 0, 'L');
$p->SetFont('Times', 'B', 28); $p->SetTextColor(30, 30, 30);
$p->SetXY(392, 50); $p->Cell(346, 30, w('Certificate of Completion'), 0, 0, 'R');
$p->SetDrawColor(0, 84, 147); $p->SetLineWidth(1.2); $p->Line(54, 106, 738, 106);
function lab($p, $x, $y, $wd, $t) { $p->SetFont('Helvetica', 'B', 8.5); $p->SetTextColor(0, 84, 147); $p->SetXY($x, $y); $p->Cell($wd, 11, w(strtoupper($t)), 0, 0, 'L'); }
function val($p, $x, $y, $wd, $t, $sz = 14, $st = '') { $p->SetFont('Times', $st, $sz); $p->SetTextColor(25, 25, 25); $p->SetXY($x, $y); $p->Cell($wd, 18, w($t), 0, 0, 'L'); }
lab($p, 54, 130, 420, 'Participant');          lab($p, 500, 130, 238, 'Date of Completion');
val($p, 54, 144, 420, 'Cormac Ó Súilleabháin, MLS(ASCP)', 20, 'B');  val($p, 500, 146, 238, '07/02/2025', 15);
$p->SetDrawColor(190, 200, 210); $p->SetLineWidth(0.5); $p->Line(54, 176, 738, 176);
lab($p, 54, 190, 684, 'Course Title');
$p->SetFont('Times', 'B', 19); $p->SetTextColor(25, 25, 25);
$p->SetXY(54, 204); $p->MultiCell(560, 23, w('Ethics in the Clinical Laboratory: Confidentiality, Social Media, and Professional Boundaries'), 0, 'L');
$y = $p->GetY() + 10;
$p->Line(54, $y, 738, $y);
$y += 14;
lab($p, 54, $y, 150, 'Course No.'); lab($p, 224, $y, 150, 'Contact Hours'); lab($p, 394, $y, 150, 'Level'); lab($p, 564, $y, 174, 'Certificate ID');
val($p, 54, $y + 14, 150, '3207'); val($p, 224, $y + 14, 150, '1.0'); val($p, 394, $y + 14, 150, 'Basic'); val($p, 564, $y + 14, 174, 'LC-20250702-55812');
$y += 58;
$p->SetFont('Helvetica', '', 9); $p->SetTextColor(70, 70, 70);
$p->SetXY(54, $y); $p->MultiCell(684, 12, w('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course is approved for 1.0 P.A.C.E.® contact hour and meets the ethics requirement of several state licensure boards. Please keep this certificate for your records.'), 0, 'L');
$p->SetFont('Times', 'I', 17); $p->SetTextColor(30, 30, 30);
$p->SetXY(54, 500); $p->Cell(240, 20, w('Theodora Vasquez-Lind'), 0, 0, 'L');
$p->SetDrawColor(60, 60, 60); $p->Line(54, 522, 294, 522);
$p->SetFont('Helvetica', '', 9);
$p->SetXY(54, 526); $p->Cell(240, 11, w('Theodora Vasquez-Lind, MS, MLS(ASCP)CM'), 0, 0, 'L');
$p->SetXY(54, 538); $p->Cell(240, 11, w('Director of Continuing Education'), 0, 0, 'L');
$p->SetFont('Helvetica', '', 8); $p->SetTextColor(110, 110, 110);
$p->SetXY(438, 538); $p->Cell(300, 11, w('Verify this certificate at labce.example.com/verify'), 0, 0, 'R');
$p->Output('F', $argv[1]);
"""

# ---------------------------------------------------------------- z36 LabCE, tcpdf label/value
Z36 = TCPDF_HEAD + r"""
$p = new CertPDF('P');
$p->AddPage();
$p->SetLineStyle(array('width' => 3, 'color' => array(0, 84, 147)));
$p->Rect(30, 30, 552, 732);
$p->SetLineStyle(array('width' => 0.8, 'color' => array(247, 148, 29)));
$p->Rect(38, 38, 536, 716);
$p->SetTextColor(0, 84, 147);
$p->SetFont('helvetica', 'B', 34);
$p->SetXY(30, 80); $p->Cell(552, 40, 'LabCE', 0, 1, 'C');
$p->SetFont('helvetica', '', 10); $p->SetTextColor(90, 90, 90);
$p->SetXY(30, 122); $p->Cell(552, 14, 'Online Continuing Education for Laboratory Professionals', 0, 1, 'C');
$p->SetFont('dejavuserif', 'B', 26); $p->SetTextColor(30, 30, 30);
$p->SetXY(30, 170); $p->Cell(552, 34, 'Certificate of Completion', 0, 1, 'C');
$html = '<table cellpadding="7" border="0" style="font-size:11.5pt;">
<tr><td width="150" style="font-weight:bold;color:#005493;border-bottom:0.5px solid #bbbbbb;">Participant</td><td width="326" style="border-bottom:0.5px solid #bbbbbb;font-size:14pt;font-weight:bold;">Nguyễn Thị Lan, MLS(ASCP)<sup>CM</sup></td></tr>
<tr><td style="font-weight:bold;color:#005493;border-bottom:0.5px solid #bbbbbb;">Course</td><td style="border-bottom:0.5px solid #bbbbbb;">Urine Sediment Microscopy: Identifying Casts, Crystals, and Cells in Challenging Specimens</td></tr>
<tr><td style="font-weight:bold;color:#005493;border-bottom:0.5px solid #bbbbbb;">Date Completed</td><td style="border-bottom:0.5px solid #bbbbbb;">September 3, 2025</td></tr>
<tr><td style="font-weight:bold;color:#005493;border-bottom:0.5px solid #bbbbbb;">Course Number</td><td style="border-bottom:0.5px solid #bbbbbb;">2241</td></tr>
<tr><td style="font-weight:bold;color:#005493;border-bottom:0.5px solid #bbbbbb;">Contact Hours</td><td style="border-bottom:0.5px solid #bbbbbb;">1.5</td></tr>
<tr><td style="font-weight:bold;color:#005493;border-bottom:0.5px solid #bbbbbb;">Certificate No.</td><td style="border-bottom:0.5px solid #bbbbbb;">LC-9918273</td></tr>
</table>';
$p->SetFont('dejavusans', '', 11);
$p->writeHTMLCell(476, 0, 68, 240, $html, 0, 1, false, true, 'L');
$p->SetFont('dejavusans', '', 8.5); $p->SetTextColor(70, 70, 70);
$p->SetXY(68, $p->GetY() + 24);
$p->MultiCell(476, 0, 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. California clinical laboratory personnel: P.A.C.E.®-approved courses are accepted for license renewal.', 0, 'C', false, 1, 68);
$p->SetFont('dejavuserif', 'I', 16); $p->SetTextColor(30, 30, 30);
$p->SetXY(186, 620); $p->Cell(240, 20, 'Theodora Vasquez-Lind', 0, 1, 'C');
$p->SetLineStyle(array('width' => 0.6, 'color' => array(40, 40, 40)));
$p->Line(186, 642, 426, 642);
$p->SetFont('dejavusans', '', 8.5);
$p->SetXY(186, 646); $p->Cell(240, 11, 'Theodora Vasquez-Lind, MS, MLS(ASCP)CM', 0, 1, 'C');
$p->SetXY(186, 658); $p->Cell(240, 11, 'Director of Continuing Education', 0, 1, 'C');
$p->SetFont('dejavusans', '', 7.5); $p->SetTextColor(120, 120, 120);
$p->SetXY(46, 734); $p->Cell(520, 10, 'Printed 09/05/2025', 0, 1, 'R');
$p->Output($argv[1], 'F');
"""

# ---------------------------------------------------------------- z46 public health laboratory, tcpdf small table
Z46 = TCPDF_HEAD + r"""
$p = new CertPDF('P');
$p->AddPage();
$p->SetFillColor(22, 60, 100); $p->Rect(0, 0, 612, 110, 'F');
$p->SetLineStyle(array('width' => 2, 'color' => array(255, 255, 255)));
$p->Rect(48, 30, 64, 50);
$p->SetTextColor(255, 255, 255);
$p->SetFont('helvetica', 'B', 12); $p->SetXY(48, 46); $p->Cell(64, 18, 'TRRPHL', 0, 0, 'C');
$p->SetFont('times', 'B', 19); $p->SetXY(126, 32); $p->Cell(440, 22, 'Three Rivers Regional Public Health Laboratory', 0, 1, 'L');
$p->SetFont('helvetica', '', 9.5); $p->SetXY(126, 58); $p->Cell(440, 13, '410 Confluence Avenue · Riverton · Serving clinical laboratories of the tri-river region since 1952', 0, 1, 'L');
$p->SetTextColor(22, 60, 100);
$p->SetFont('times', 'B', 30); $p->SetXY(0, 150); $p->Cell(612, 34, 'Certificate of Training', 0, 1, 'C');
$p->SetTextColor(30, 30, 30);
$p->SetFont('times', 'I', 13); $p->SetXY(0, 200); $p->Cell(612, 16, 'This certifies that', 0, 1, 'C');
$p->SetFont('times', 'B', 23); $p->SetXY(0, 222); $p->Cell(612, 28, 'Chidinma Okwuosa-Reyes, M(ASCP)', 0, 1, 'C');
$p->SetFont('times', 'I', 13); $p->SetXY(0, 258); $p->Cell(612, 16, 'successfully completed the hands-on wet workshop', 0, 1, 'C');
$p->SetFont('times', 'B', 17); $p->SetXY(86, 284); $p->MultiCell(440, 21, 'Rule-Out and Referral of Biothreat Agents for Sentinel Clinical Laboratories', 0, 'C', false, 1, 86);
$html = '<table border="0.6" cellpadding="6" style="font-size:10.5pt;text-align:center;">
<tr style="background-color:#163c64;color:#ffffff;font-weight:bold;"><td>Training No.</td><td>Date of Training</td><td>Contact Hours</td><td>Level</td></tr>
<tr><td>SL-26-07</td><td>05/08/2026</td><td>3.0</td><td>Intermediate</td></tr>
</table>';
$p->SetFont('helvetica', '', 10.5);
$p->writeHTMLCell(420, 0, 96, 350, $html, 0, 1, false, true, 'C');
$p->SetFont('helvetica', '', 9); $p->SetTextColor(60, 60, 60);
$p->SetXY(86, 440);
$p->MultiCell(440, 0, 'Three Rivers Regional Public Health Laboratory is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Topics: specimen safety, rule-out algorithms for Bacillus anthracis, Brucella spp., Francisella tularensis and Yersinia pestis, packaging and shipping of Category A substances.', 0, 'C', false, 1, 86);
$p->SetTextColor(30, 30, 30);
$sig = array(array(80, 'Obadiah Fenwick-Sato', 'Obadiah Fenwick-Sato, PhD, HCLD(ABB)', 'Laboratory Director'),
             array(332, 'Rhiannon Takeda', 'Rhiannon Takeda, MPH, M(ASCP)', 'Sentinel Laboratory Training Coordinator'));
foreach ($sig as $s) {
  $p->SetFont('times', 'I', 16); $p->SetXY($s[0], 580); $p->Cell(200, 20, $s[1], 0, 1, 'C');
  $p->SetLineStyle(array('width' => 0.6, 'color' => array(40, 40, 40))); $p->Line($s[0], 602, $s[0] + 200, 602);
  $p->SetFont('helvetica', '', 8.5); $p->SetXY($s[0], 606); $p->Cell(200, 11, $s[2], 0, 1, 'C');
  $p->SetXY($s[0], 618); $p->Cell(200, 11, $s[3], 0, 1, 'C');
}
$p->SetFont('helvetica', '', 7.5); $p->SetTextColor(120, 120, 120);
$p->SetXY(40, 736); $p->Cell(532, 10, 'Certificate issued 05/11/2026', 0, 1, 'L');
$p->Output($argv[1], 'F');
"""

# ---------------------------------------------------------------- z59 ADLM live virtual session, tcpdf landscape
Z59 = TCPDF_HEAD + r"""
$p = new CertPDF('L');
$p->AddPage();
$p->SetFillColor(0, 122, 120); $p->Rect(0, 0, 40, 612, 'F');
$p->SetFillColor(200, 230, 228); $p->Rect(40, 0, 8, 612, 'F');
$p->SetTextColor(0, 122, 120);
$p->SetFont('helvetica', 'B', 30); $p->SetXY(90, 46); $p->Cell(200, 34, 'ADLM', 0, 0, 'L');
$p->SetFont('helvetica', '', 11); $p->SetTextColor(60, 60, 60);
$p->SetXY(90, 82); $p->Cell(400, 14, 'Association for Diagnostics & Laboratory Medicine', 0, 0, 'L');
$p->SetFont('dejavuserif', '', 30); $p->SetTextColor(25, 25, 25);
$p->SetXY(90, 128); $p->Cell(650, 36, 'Certificate of Participation', 0, 1, 'L');
$p->SetFont('dejavuserif', 'I', 12.5); $p->SetXY(90, 178); $p->Cell(650, 16, 'This is to certify that', 0, 1, 'L');
$p->SetFont('dejavuserif', 'B', 22); $p->SetXY(90, 198); $p->Cell(650, 28, 'Evangeline R. Moreau, PhD, DABCC', 0, 1, 'L');
$p->SetFont('dejavuserif', 'I', 12.5); $p->SetXY(90, 234); $p->Cell(650, 16, 'participated in the', 0, 1, 'L');
$p->SetFont('helvetica', 'B', 10); $p->SetTextColor(0, 122, 120);
$p->SetXY(90, 256); $p->Cell(650, 14, 'Live Virtual Session', 0, 1, 'L');
$p->SetFont('dejavuserif', 'B', 17); $p->SetTextColor(25, 25, 25);
$p->SetXY(90, 274); $p->MultiCell(560, 22, 'Emerging Drugs of Abuse: What the Toxicology Laboratory Needs to Know About Nitazenes, Xylazine, and Designer Benzodiazepines', 0, 'L', false, 1, 90);
$y = $p->GetY() + 4;
$p->SetFont('dejavusans', '', 11.5);
$p->SetXY(90, $y); $p->Cell(650, 15, 'Session date: October 7, 2026', 0, 1, 'L');
$p->SetXY(90, $y + 18); $p->Cell(650, 15, 'Activity No. ADLM-LVS-2610        ACCENT® credit: 1.0 contact hour', 0, 1, 'L');
$p->SetFont('dejavusans', '', 8.5); $p->SetTextColor(70, 70, 70);
$p->SetXY(90, $y + 48);
$p->MultiCell(620, 0, 'The Association for Diagnostics & Laboratory Medicine designates this activity for 1.0 ACCENT® contact hour. ADLM is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians and designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit™.', 0, 'L', false, 1, 90);
$p->SetTextColor(30, 30, 30);
$p->SetFont('dejavuserif', 'I', 16); $p->SetXY(500, 480); $p->Cell(240, 20, 'Corwin Haldane-Ruiz', 0, 1, 'C');
$p->SetLineStyle(array('width' => 0.6, 'color' => array(40, 40, 40))); $p->Line(500, 502, 740, 502);
$p->SetFont('dejavusans', '', 8.5);
$p->SetXY(500, 506); $p->Cell(240, 11, 'Corwin Haldane-Ruiz, PhD, DABCC', 0, 1, 'C');
$p->SetXY(500, 518); $p->Cell(240, 11, 'Chair, ADLM Education Committee', 0, 1, 'C');
$p->SetFont('dejavusans', '', 7.5); $p->SetTextColor(120, 120, 120);
$p->SetXY(90, 560); $p->Cell(400, 10, 'Order No. 7713-0925 · Credit claimed 10/12/2026', 0, 1, 'L');
$p->Output($argv[1], 'F');
"""


def _mk(cid, php):
    return lambda out: php_to_pdf(cid, php, out)


CERTS = [
    {"id": "z35", "build": _mk("z35", Z35), "gold": gold(
        "ascls-pace-provider", PF,
        ["landscape", "centred-award", "border", "all-caps-name", "hyphenated-name", "credentials-after-name",
         "long-title-wrap", "labelled-line-after-title", "provider-only-in-accreditation-statement",
         "program-no-without-colon", "signature-block"],
        "The provider appears only as the subject of the P.A.C.E. approval statement (no letterhead). ALL-CAPS "
        "hyphenated name with apostrophe. Long title wraps, followed by 'Completed on:'. 'P.A.C.E.® Program No. "
        "349-510-25' without colon. Certificate number and issue date are distractors.",
        "KATHLEEN M. O'DONNELL-PRYOR",
        "Antimicrobial Stewardship for the Microbiology Laboratory: Cascade Reporting and Selective Susceptibility Testing",
        "2025-10-08", 1.5, "contact hour",
        ["Cascade Valley Health System"], "349-510-25")},
    {"id": "z45", "build": _mk("z45", Z45), "gold": gold(
        "hospital-inservice", PF,
        ["portrait", "letter-style", "left-aligned", "two-column-label-value", "long-title-wrap",
         "labelled-line-after-title", "title-word-orientation", "department-provider", "accented-name",
         "hyphenated-name", "credentials-after-name", "signature-block", "address-distractor", "page-footer"],
        "Hospital in-service with the laboratory education council as provider. Title contains 'Orientation' (a "
        "real course) and wraps in the value column, directly followed by 'Date of completion:'. Employee ID and "
        "instructor are distractors; 'Class No.:' is the activity id.",
        "Tomás Ibarra-Lucero",
        "New Employee Laboratory Orientation: Biosafety, Specimen Integrity, and Downtime Procedures",
        "2025-11-05", 2.0, "contact hour",
        ["St. Brendan's Medical Center", "St. Brendan's Medical Center, Laboratory Education Council"],
        "LEC-2025-014")},
    {"id": "z53", "build": _mk("z53", Z53), "gold": gold(
        "labce", PF,
        ["landscape", "labels-above-values", "columns", "long-title-wrap", "title-word-ethics", "accented-name",
         "credentials-after-name", "signature-block", "url-distractor"],
        "Labels above values in columns (Participant | Date of Completion; Course No. | Contact Hours | Level | "
        "Certificate ID). Title with 'Ethics' wraps onto a second line. Certificate ID is a distractor.",
        "Cormac Ó Súilleabháin",
        "Ethics in the Clinical Laboratory: Confidentiality, Social Media, and Professional Boundaries",
        "2025-07-02", 1.0, "contact hour",
        ["LabCE"], "3207")},
    {"id": "z36", "build": _mk("z36", Z36), "gold": gold(
        "labce", PT,
        ["portrait", "border", "two-column-label-value", "long-title-wrap", "labelled-line-after-title",
         "accented-name", "credentials-after-name", "signature-block"],
        "Two-column label/value table; the course title wraps in the value column and is followed by 'Date "
        "Completed'. Vietnamese name with diacritics. Certificate No. and print date are distractors.",
        "Nguyễn Thị Lan",
        "Urine Sediment Microscopy: Identifying Casts, Crystals, and Cells in Challenging Specimens",
        "2025-09-03", 1.5, "contact hour",
        ["LabCE"], "2241")},
    {"id": "z46", "build": _mk("z46", Z46), "gold": gold(
        "public-health-lab", PT,
        ["portrait", "header-band", "centred-award", "small-table", "long-title-wrap", "signature-block",
         "credentials-after-name", "hyphenated-name", "address-distractor"],
        "Public health laboratory training; small table Training No. | Date | Contact Hours | Level. 'hands-on wet "
        "workshop' is part of the verb phrase, not the title. Issue date is a distractor.",
        "Chidinma Okwuosa-Reyes",
        "Rule-Out and Referral of Biothreat Agents for Sentinel Clinical Laboratories",
        "2026-05-08", 3.0, "contact hour",
        ["Three Rivers Regional Public Health Laboratory", "TRRPHL"], "SL-26-07")},
    {"id": "z59", "build": _mk("z59", Z59), "gold": gold(
        "adlm", PT,
        ["landscape", "left-aligned", "side-band", "format-line", "long-title-wrap", "labelled-line-after-title",
         "multiple-credit-types", "provider-ampersand", "credentials-after-name", "signature-block"],
        "'Live Virtual Session' is a format line between 'participated in the' and the title; the long title wraps "
        "and is followed by 'Session date:'. ACCENT contact hour is the lab figure; AMA PRA is a distractor. "
        "'Activity No.' without colon. Order number and claim date are distractors.",
        "Evangeline R. Moreau",
        "Emerging Drugs of Abuse: What the Toxicology Laboratory Needs to Know About Nitazenes, Xylazine, and Designer Benzodiazepines",
        "2026-10-07", 1.0, "contact hour",
        ["Association for Diagnostics & Laboratory Medicine", "ADLM"], "ADLM-LVS-2610")},
]
