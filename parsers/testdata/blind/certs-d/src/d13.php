<?php
// TCPDF source for d13 -- run: php d13.php OUT.pdf
if (!defined('K_PATH_CACHE')) define('K_PATH_CACHE', sys_get_temp_dir() . '/');
require_once('/usr/share/php/tcpdf/tcpdf.php');
class CertPDF extends TCPDF {
    public function __construct($o, $u, $f) { parent::__construct($o, $u, $f, true, 'UTF-8', false); $this->tcpdflink = false; }
}
$p = new CertPDF('P', 'mm', 'LETTER');
$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetAutoPageBreak(false, 0); $p->SetMargins(0, 0, 0);
$p->SetCreator('VLEA'); $p->SetTitle('Tennessee CE verification'); $p->AddPage();

$p->SetFont('dejavuserif', 'B', 19); $p->SetTextColor(230, 115, 0); $p->SetXY(22, 22); $p->Cell(172, 9, 'Volunteer Laboratory Education Alliance', 0, 2, 'L');
$p->SetFont('dejavusans', '', 9); $p->SetTextColor(90, 90, 90); $p->Cell(172, 5, 'VLEA · Knoxville · Nashville · Memphis', 0, 2, 'L');
$p->SetDrawColor(230, 115, 0); $p->SetLineWidth(0.7); $p->Line(22, 40, 194, 40);
$p->SetTextColor(20, 20, 20); $p->SetFont('dejavusans', 'B', 14); $p->SetXY(22, 48); $p->Cell(172, 8, 'Tennessee Medical Laboratory Personnel', 0, 2, 'L');
$p->SetFont('dejavusans', '', 12); $p->Cell(172, 7, 'Continuing Education Verification', 0, 2, 'L');
$html = '<table border="1" cellpadding="6" style="font-family:dejavusans; font-size:10.5pt;">
<tr><td width="150" style="background-color:#fdebd3;"><b>Licensee</b></td><td width="320">Roosevelt J. Pemberton III</td></tr>
<tr><td style="background-color:#fdebd3;"><b>TN License #</b></td><td>MT-0012345</td></tr>
<tr><td style="background-color:#fdebd3;"><b>Course</b></td><td>Hemostasis Case Studies: DIC vs. TTP vs. HIT</td></tr>
<tr><td style="background-color:#fdebd3;"><b>Course ID</b></td><td>VLEA-HEM-0814</td></tr>
<tr><td style="background-color:#fdebd3;"><b>Category</b></td><td>Hematology/Coagulation</td></tr>
<tr><td style="background-color:#fdebd3;"><b>Date completed</b></td><td>08/14/2025</td></tr>
<tr><td style="background-color:#fdebd3;"><b>Contact hours</b></td><td>2.0</td></tr>
</table>';
$p->writeHTMLCell(172, 0, 22, 70, $html, 0, 1);
$p->SetFont('dejavusans', '', 8.5); $p->SetTextColor(60, 60, 60); $p->SetXY(22, 150);
$p->MultiCell(172, 4, 'The Volunteer Laboratory Education Alliance is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program and its courses are accepted by the Tennessee Medical Laboratory Board (board approval ref. MLB-PA-118). Licensees must retain documentation of continuing education for at least three years.', 0, 'L');
$p->Line(22, 200, 92, 200); $p->SetXY(22, 201); $p->SetFont('dejavusans', '', 9); $p->Cell(70, 5, 'Education Chair, VLEA', 0, 0, 'L');
$p->Output($argv[1], 'F');
