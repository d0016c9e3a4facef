<?php
// Blank ADLM webinar certificate (portrait; label | value)
require_once(__DIR__ . '/lib/tcpdf_common.php');
$pdf = new_pdf('P', 'pt', 'ADLM Webinar Certificate');
$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 34); $pdf->SetTextColor(0, 90, 80);
$pdf->SetXY(54, 54); $pdf->Cell(200, 40, 'ADLM', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 9.5); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(54, 96); $pdf->Cell(504, 12, 'Association for Diagnostics & Laboratory Medicine · Webinars', 0, 0, 'L');
$pdf->SetDrawColor(0, 90, 80); $pdf->SetLineWidth(2); $pdf->Line(54, 116, 558, 116);
$pdf->SetFont('helvetica', '', 24); $pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(54, 150); $pdf->Cell(504, 28, 'Continuing Education Certificate', 0, 1, 'L');
$rows = array(array('Participant', 'participant', 24, false), array('Webinar title', 'title', 44, true), array('Date', 'date', 24, false),
              array('CE hours', 'ce_hours', 24, false), array('Program ID:', 'program_id', 24, false), array('ADLM Member #:', 'member_no', 24, false));
$y = 210;
foreach ($rows as $r) {
  $pdf->SetFont('helvetica', 'B', 10.5); $pdf->SetTextColor(0, 90, 80);
  $pdf->SetXY(54, $y + 5); $pdf->Cell(140, 14, $r[0], 0, 0, 'L');
  tfield($pdf, $r[1], 200, $y, 358, $r[2], $r[3]);
  $y += $r[2] + 16;
}
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(54, 560);
$pdf->MultiCell(504, 11, 'ADLM designates this webinar for 1.0 ACCENT® CE hour. ACCENT® is ADLM\'s continuing education credit system and is accepted by the ASCP Board of Certification Credential Maintenance Program.', 0, 'L');
$pdf->Output($argv[1], 'F');
