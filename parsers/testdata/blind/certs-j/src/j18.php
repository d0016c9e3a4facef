<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(0, 122, 110); $pdf->Rect(0, 0, 46, 792, 'F');
$pdf->SetFillColor(244, 179, 33); $pdf->Rect(46, 0, 8, 792, 'F');
$pdf->SetTextColor(0, 122, 110);
$pdf->SetFont('dejavusans', 'B', 30); $pdf->SetXY(90, 60); $pdf->Cell(460, 34, 'ADLM', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetX(90); $pdf->Cell(460, 16, 'Association for Diagnostics & Laboratory Medicine', 0, 1, 'L');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('dejavuserif', '', 28); $pdf->SetXY(90, 150); $pdf->Cell(460, 32, 'Certificate of Completion', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(90, 200); $pdf->Cell(460, 16, 'Presented to', 0, 1, 'L');
$pdf->SetFont('dejavusans', 'B', 20); $pdf->SetXY(90, 220); $pdf->Cell(460, 26, 'Rafael A. Dominguez-Ortiz, PhD, DABCC', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(90, 270); $pdf->Cell(460, 16, 'for completing', 0, 1, 'L');
$pdf->SetFont('dejavuserif', 'B', 16); $pdf->SetXY(90, 292);
$pdf->MultiCell(440, 21, '“Mass Spectrometry in the Clinical Laboratory: Method Validation Essentials”', 0, 'L');
$pdf->SetFont('dejavusans', 'I', 10); $pdf->SetTextColor(0, 122, 110); $pdf->SetXY(90, $pdf->GetY() + 4);
$pdf->Cell(460, 14, 'On-Demand Webinar', 0, 1, 'L');
$pdf->SetTextColor(30, 30, 30);
$rows = array(array('Activity #', 'ADLM-OD-25117'), array('Date completed', '09/03/2025'),
  array('ACCENT® credit', '1.0 contact hour'), array('Customer ID', '00918344'));
$y = 400;
foreach ($rows as $r) {
  $pdf->SetFont('dejavusans', 'B', 10.5); $pdf->SetXY(90, $y); $pdf->Cell(130, 16, $r[0], 0, 0, 'L');
  $pdf->SetFont('dejavusans', '', 10.5); $pdf->Cell(300, 16, $r[1], 0, 1, 'L');
  $y += 22;
}
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(90, 510);
$pdf->MultiCell(460, 11, 'ADLM designates this activity for 1.0 ACCENT® continuing education credit. ACCENT® credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program and by state licensure agencies that recognize ASCLS P.A.C.E.® equivalents. Credit is issued only once per participant.', 0, 'L');
$pdf->SetTextColor(30, 30, 30);
$pdf->Line(90, 660, 290, 660);
$pdf->SetFont('dejavuserif', 'I', 11); $pdf->SetXY(90, 664); $pdf->Cell(260, 14, 'Wilhelmina J. Okonkwo, PhD', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 9); $pdf->SetX(90); $pdf->Cell(260, 12, 'Vice President, Education', 0, 1, 'L');

$pdf->Output($argv[1], 'F');
