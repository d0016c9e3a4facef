<?php
// TCPDF source for d29 -- run: php d29.php OUT.pdf
if (!defined('K_PATH_CACHE')) define('K_PATH_CACHE', sys_get_temp_dir() . '/');
require_once('/usr/share/php/tcpdf/tcpdf.php');
class CertPDF extends TCPDF {
    public function __construct($o, $u, $f) { parent::__construct($o, $u, $f, true, 'UTF-8', false); $this->tcpdflink = false; }
}
$p = new CertPDF('P', 'mm', 'LETTER');
$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetAutoPageBreak(false, 0); $p->SetMargins(0, 0, 0);
$p->SetCreator('NSH'); $p->SetTitle('NSH Symposium certificate'); $p->AddPage();

$p->SetFillColor(59, 42, 90); $p->Rect(0, 0, 215.9, 34, 'F');
$p->SetTextColor(255, 255, 255); $p->SetFont('helvetica', 'B', 30); $p->SetXY(18, 8); $p->Cell(40, 14, 'NSH', 0, 0, 'L');
$p->SetFont('helvetica', '', 11); $p->SetXY(60, 10); $p->Cell(140, 6, 'National Society for Histotechnology', 0, 2, 'L');
$p->Cell(140, 6, '2025 NSH Annual Symposium/Convention · Sept. 5–9, 2025', 0, 0, 'L');
$p->SetTextColor(30, 30, 30); $p->SetFont('dejavuserif', '', 24); $p->SetXY(0, 46); $p->Cell(215.9, 12, 'Certificate of Attendance', 0, 1, 'C');
$p->SetFont('times', 'I', 12.5); $p->Cell(215.9, 8, 'This is to certify that', 0, 1, 'C');
$p->SetFont('dejavuserif', 'B', 20); $p->Cell(215.9, 11, 'Marguerite Lavoie-Saint-Onge, HT(ASCP)', 0, 1, 'C');
$p->SetFont('times', 'I', 12.5); $p->Cell(215.9, 8, 'attended the 2025 NSH Annual Symposium/Convention, Providence, Rhode Island,', 0, 1, 'C');
$p->Cell(215.9, 7, 'and completed the workshops listed below.', 0, 1, 'C');
$html = '<table border="0" cellpadding="4" style="font-family:helvetica; font-size:9pt;">
<tr style="background-color:#e6e0ef; font-weight:bold;"><td width="60">Code</td><td width="300">Workshop</td><td width="70" align="right">Hours</td></tr>
<tr><td>WS-12</td><td>Troubleshooting H&amp;E: From Fixation to Coverslip</td><td align="right">3.0</td></tr>
<tr><td>WS-27</td><td>Decalcification Strategies for Bone Marrow Cores</td><td align="right">1.5</td></tr>
<tr><td>WS-33</td><td>Digital Pathology Scanning Quality</td><td align="right">1.5</td></tr>
<tr><td>WS-41</td><td>Special Stains Refresher: Silver Methods</td><td align="right">3.0</td></tr>
<tr><td>WS-58</td><td>Laboratory Safety: Formaldehyde and Xylene Monitoring</td><td align="right">2.0</td></tr>
<tr style="font-weight:bold;"><td></td><td>Total contact hours</td><td align="right">11.0</td></tr>
</table>';
$p->writeHTMLCell(160, 0, 28, 112, $html, 0, 1);
$p->SetFont('helvetica', '', 8); $p->SetTextColor(80, 80, 80); $p->SetXY(28, 200);
$p->MultiCell(160, 4, 'NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Registration #S25-40871. Only workshops with verified attendance are listed.', 0, 'L');
$p->SetDrawColor(60, 60, 60); $p->Line(28, 240, 95, 240); $p->SetXY(28, 241); $p->Cell(67, 5, 'NSH Education Director', 0, 0, 'L');
$p->Output($argv[1], 'F');
