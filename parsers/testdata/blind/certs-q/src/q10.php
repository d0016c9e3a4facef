<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 0.6, 'color' => array(196, 90, 17)));
$pdf->Rect(10, 10, 259.4, 195.9);
$pdf->SetTextColor(196, 90, 17);
$pdf->SetFont('dejavusans', 'B', 18); $pdf->SetXY(20, 18); $pdf->Cell(140, 10, 'Halcyon Diagnostics, Inc.', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 10); $pdf->SetTextColor(80, 80, 80); $pdf->Cell(140, 6, 'Field Application Services', 0, 0, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 30); $pdf->SetXY(20, 48); $pdf->Cell(239.4, 14, 'Certificate of Training', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetX(20); $pdf->Cell(239.4, 9, 'awarded for completion of on-site instrument training', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 17); $pdf->SetXY(20, 74); $pdf->Cell(239.4, 10, 'Halcyon HX-900 Hematology Analyzer: Key Operator Training', 0, 1, 'C');
function col($pdf, $x, $y, $w, $label, $value, $size = 12) {
  $pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(196, 90, 17);
  $pdf->SetXY($x, $y); $pdf->Cell($w, 5, $label, 'B', 2, 'L');
  $pdf->SetFont('dejavusans', '', $size); $pdf->SetTextColor(20, 20, 20);
  $pdf->Cell($w, 8, $value, 0, 0, 'L');
}
col($pdf, 30, 98, 100, 'PARTICIPANT', 'Wen-Li Chao, MLS(ASCP)', 15);
col($pdf, 145, 98, 105, 'FACILITY', 'Mesa Verde Community Hospital, Durango, CO', 11);
col($pdf, 30, 124, 50, 'TRAINING ID', 'FAS-HX9-25-118');
col($pdf, 88, 124, 54, 'TRAINING DATES', 'October 8–9, 2025');
col($pdf, 150, 124, 44, 'CONTACT HOURS', '12.0 P.A.C.E.®');
col($pdf, 202, 124, 48, 'INSTRUMENT S/N', 'HX9-0042177');
$pdf->SetFont('dejavusans', '', 8); $pdf->SetXY(30, 146);
$pdf->MultiCell(220, 4.2, 'Halcyon Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This program is approved for 12.0 P.A.C.E.® contact hours.', 0, 'C', false, 1);
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(40, 40, 40)));
$pdf->Line(30, 182, 120, 182); $pdf->Line(160, 182, 250, 182);
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetXY(30, 183); $pdf->MultiCell(90, 4.2, "Derek S. Mulroney, MLS(ASCP)\nField Application Specialist", 0, 'L', false, 1);
$pdf->SetXY(160, 183); $pdf->MultiCell(90, 4.2, "Yolanda Pierce-Anand\nManager, Field Application Services", 0, 'L', false, 1);
$pdf->Output($argv[1], 'F');
