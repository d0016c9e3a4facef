<?php
require '/usr/share/php/tcpdf/tcpdf.php';
class CertPDF extends TCPDF { public function noLink() { $this->tcpdflink = false; } }

$pdf = new CertPDF('L', 'pt', 'LETTER', true, 'UTF-8', false); $pdf->noLink();
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(50, 40, 50); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 1.2, 'color' => array(40, 70, 40)));
$pdf->Rect(30, 30, 732, 552);
$pdf->Circle(100, 100, 44); $pdf->Circle(100, 100, 38);
$pdf->SetFont('dejavusans', 'B', 7); $pdf->SetTextColor(40, 70, 40);
$pdf->SetXY(62, 88); $pdf->MultiCell(76, 9, "STATE OF\nPINECREST\nPHL", 0, 'C');
$pdf->SetFont('dejavuserif', 'B', 19); $pdf->SetXY(160, 64); $pdf->Cell(560, 22, 'Pinecrest State Public Health Laboratory', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 10.5); $pdf->SetTextColor(70, 70, 70);
$pdf->Cell(560, 14, 'Emergency Preparedness and Response Section', 0, 2, 'L');
$pdf->Cell(560, 14, 'Sentinel Laboratory Outreach', 0, 2, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 26); $pdf->SetXY(50, 170); $pdf->Cell(692, 30, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(50, 214); $pdf->Cell(692, 16, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 22); $pdf->SetXY(50, 236); $pdf->Cell(692, 26, 'Jonah P. Redcloud, MLS(ASCP)', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(50, 270); $pdf->Cell(692, 16, 'completed the hands-on wet workshop', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 16); $pdf->SetXY(50, 292); $pdf->Cell(692, 20, 'Biothreat Agent Rule-Out and Referral for Sentinel Laboratories', 0, 1, 'C');
$tbl = '<table border="1" cellpadding="5" style="border-color:#284628;">
<tr style="background-color:#e4eee4;font-weight:bold;"><td width="110" align="center">Course ID</td><td width="120" align="center">Date</td><td width="150" align="center">Location</td><td width="120" align="center">Contact Hours</td><td width="120" align="center">Facility CLIA No.</td></tr>
<tr><td align="center">LRN-S-104</td><td align="center">March 25, 2026</td><td align="center">BSL-3 Training Suite</td><td align="center">4.0</td><td align="center">44D0918273</td></tr>
</table>';
$pdf->SetFont('dejavusans', '', 9.5); $pdf->writeHTMLCell(620, 0, 86, 334, $tbl, 0, 1, false, true, 'C');
$pdf->SetFont('dejavusans', '', 8); $pdf->SetTextColor(80, 80, 80); $pdf->SetXY(100, 402);
$pdf->MultiCell(592, 10, 'The Pinecrest State Public Health Laboratory is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours are awarded for full attendance, including the practical rule-out exercise.', 0, 'C');
$pdf->SetTextColor(20, 20, 20); $pdf->SetLineStyle(array('width' => 0.5, 'color' => array(0, 0, 0)));
$pdf->Line(500, 510, 712, 510);
$pdf->SetFont('dejavuserif', 'I', 15); $pdf->SetXY(500, 490); $pdf->Cell(212, 18, 'Evelyn Thornquist', 0, 0, 'C');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetXY(500, 514); $pdf->Cell(212, 11, 'Evelyn Thornquist, PhD, HCLD(ABB)', 0, 2, 'C');
$pdf->Cell(212, 11, 'Laboratory Director', 0, 2, 'C');
$pdf->Output('/work/blind/certs-n/n30.pdf', 'F');
