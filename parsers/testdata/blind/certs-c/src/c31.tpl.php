<?php
// Blank hospital in-service attendance form (portrait; label | value)
require_once(__DIR__ . '/lib/tcpdf_common.php');
$pdf = new_pdf('P', 'pt', 'Core Laboratory Education Series - Attendance');
$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 18); $pdf->SetTextColor(0, 102, 153);
$pdf->SetXY(54, 54); $pdf->Cell(504, 22, 'Lakeshore Health System', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 10); $pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(54, 78); $pdf->Cell(504, 12, 'LHS Laboratory Services · Core Laboratory Education Series', 0, 1, 'L');
$pdf->SetFont('helvetica', 'B', 22); $pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(54, 130); $pdf->Cell(504, 26, 'In-Service Attendance Certificate', 0, 1, 'L');
$rows = array(array('Attendee', 'attendee', 24, false), array('Topic', 'topic', 44, true), array('Presenter', 'presenter', 24, false),
              array('Date', 'date', 24, false), array('Duration', 'duration', 24, false), array('CE hours awarded', 'ce_hours', 24, false),
              array('Department', 'department', 24, false));
$y = 190;
foreach ($rows as $r) {
  $pdf->SetFont('helvetica', '', 10.5); $pdf->SetTextColor(0, 102, 153);
  $pdf->SetXY(54, $y + 5); $pdf->Cell(140, 14, $r[0], 0, 0, 'L');
  tfield($pdf, $r[1], 200, $y, 358, $r[2], $r[3]);
  $y += $r[2] + 14;
}
$pdf->SetFont('helvetica', '', 8.5); $pdf -> SetTextColor(80, 80, 80);
$pdf->SetXY(54, 560);
$pdf->MultiCell(504, 11, 'In-service education hours are recorded in the employee learning record and may be used as continuing education documentation for certification maintenance. Verified by the Laboratory Education Coordinator.', 0, 'L');
$pdf->Output($argv[1], 'F');
