<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
function mk($o) {
  $pdf = new TCPDF($o, 'pt', 'LETTER', true, 'UTF-8', false);
  $pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
  $pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
  $pdf->setFontSubsetting(true);
  $pdf->SetCreator('TCPDF');
  return $pdf;
}

$pdf = mk('P');
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 3, 'color' => array(0, 122, 94)));
$pdf->Rect(36, 36, 540, 720);
$pdf->SetTextColor(0, 122, 94);
$pdf->SetFont('dejavusans', 'B', 22); $pdf->SetXY(36, 70); $pdf->Cell(540, 28, 'HALCYON BIOSYSTEMS', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10); $pdf->SetX(36); $pdf->Cell(540, 14, 'Halcyon Biosystems Corporation  ·  Flow Cytometry Systems', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 26); $pdf->SetXY(36, 150); $pdf->Cell(540, 32, 'Certificate of Training', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(36, 200); $pdf->Cell(540, 16, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 22); $pdf->SetXY(36, 224); $pdf->Cell(540, 28, 'Dr. Mei-Ling Sorensen-Park', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(36, 262); $pdf->Cell(540, 16, 'has completed', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 15); $pdf->SetXY(80, 286);
$pdf->MultiCell(452, 19, 'Flow Cytometry Applications Training: Minimal Residual Disease Panels in B-Lymphoblastic Leukemia', 0, 'C');
$pdf->SetFont('dejavusans', '', 11);
$pdf->writeHTMLCell(460, 0, 120, 360, '
<table cellpadding="6" style="font-size:11pt">
<tr><td width="150" style="color:#555">Course ID</td><td width="300"><b>HB-FC-0604</b></td></tr>
<tr><td style="color:#555">Training date</td><td><b>June 4, 2025</b></td></tr>
<tr><td style="color:#555">P.A.C.E.® contact hours</td><td><b>4.0</b></td></tr>
<tr><td style="color:#555">Instrument serial no.</td><td>HCX-3L-22081</td></tr>
<tr><td style="color:#555">Customer site ID</td><td>S-04417</td></tr>
</table>', 0, 1, false, true, 'L');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetXY(70, 560);
$pdf->MultiCell(472, 11, 'Halcyon Biosystems Corporation is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Instrument training does not constitute operator certification.', 0, 'C');
$pdf->Line(80, 660, 270, 660); $pdf->Line(342, 660, 532, 660);
$pdf->SetFont('dejavusans', 'B', 9);
$pdf->SetXY(80, 664); $pdf->Cell(190, 12, 'Priyanka V. Odum, PhD', 0, 0);
$pdf->SetXY(342, 664); $pdf->Cell(190, 12, 'Luis M. Carrasquillo', 0, 0);
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetXY(80, 677); $pdf->Cell(190, 12, 'Manager, Applications Education', 0, 0);
$pdf->SetXY(342, 677); $pdf->Cell(190, 12, 'Field Applications Scientist', 0, 0);
$pdf->Output($argv[1], 'F');
