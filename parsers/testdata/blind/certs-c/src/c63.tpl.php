<?php
// Blank IACET CEU certificate (portrait; label | value)
require_once(__DIR__ . '/lib/tcpdf_common.php');
$pdf = new_pdf('P', 'pt', 'BioSafe Academy CEU Certificate');
$pdf->AddPage();
$pdf->SetDrawColor(46, 125, 50); $pdf->SetLineWidth(3); $pdf->Rect(36, 36, 540, 720, 'D');
$pdf->SetFont('helvetica', 'B', 24); $pdf->SetTextColor(46, 125, 50);
$pdf->SetXY(0, 80); $pdf->Cell(612, 28, 'BioSafe Academy', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(0, 110); $pdf->Cell(612, 12, 'BSA · Biosafety training for laboratories · IACET Accredited Provider', 0, 1, 'C');
$pdf->SetFont('times', '', 26); $pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(0, 160); $pdf->Cell(612, 30, 'Certificate of Continuing Education', 0, 1, 'C');
$rows = array(array('Participant', 'participant', 26, false), array('Course', 'course', 44, true), array('Completion date', 'completion', 24, false),
              array('CEUs awarded', 'ceus', 24, false), array('Course No.', 'course_no', 24, false));
$y = 240;
foreach ($rows as $r) {
  $pdf->SetFont('times', 'B', 12); $pdf->SetTextColor(0, 0, 0);
  $pdf->SetXY(80, $y + 5); $pdf->Cell(130, 14, $r[0], 0, 0, 'R');
  tfield($pdf, $r[1], 225, $y, 300, $r[2], $r[3]);
  $y += $r[2] + 18;
}
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(80, 520);
$pdf->MultiCell(452, 11, 'BioSafe Academy has been accredited as an Authorized Provider by the International Accreditors for Continuing Education and Training (IACET). BioSafe Academy complies with the ANSI/IACET Standard and is authorized to issue the IACET CEU. IACET Provider #2251087. 0.1 CEU = 1 contact hour.', 0, 'C');
$pdf->Output($argv[1], 'F');
