<?php
// Blank AABB online-course certificate (portrait; label | value); provider only as 'AABB' logo text + domain
require_once(__DIR__ . '/lib/tcpdf_common.php');
$pdf = new_pdf('P', 'pt', 'Certificate of Completion');
$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 44); $pdf->SetTextColor(160, 16, 40);
$pdf->SetXY(60, 54); $pdf->Cell(200, 50, 'AABB', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 9); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(352, 72); $pdf->Cell(200, 12, 'www.aabb.org', 0, 0, 'R');
$pdf->SetDrawColor(160, 16, 40); $pdf->SetLineWidth(1.2); $pdf->Line(60, 112, 552, 112);
$pdf->SetTextColor(0, 0, 0); $pdf->SetFont('times', '', 28);
$pdf->SetXY(60, 150); $pdf->Cell(492, 30, 'Certificate of Completion', 0, 1, 'L');
$pdf->SetFont('times', 'I', 12); $pdf->SetXY(60, 184); $pdf->Cell(492, 16, 'Online education — continuing education credit record', 0, 1, 'L');
$rows = array(array('Name', 'learner', 24, false), array('Activity', 'activity', 46, true), array('Date of completion', 'completed', 24, false),
              array('P.A.C.E.® contact hours', 'hours', 24, false), array('Activity ID', 'activity_id', 24, false),
              array('Certificate number', 'cert_no', 24, false));
$y = 240;
foreach ($rows as $r) {
  $pdf->SetFont('helvetica', 'B', 10); $pdf->SetTextColor(60, 60, 60);
  $pdf->SetXY(60, $y + 5); $pdf->Cell(150, 14, $r[0], 0, 0, 'L');
  tfield($pdf, $r[1], 215, $y, 337, $r[2], $r[3]);
  $y += $r[2] + 18;
}
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(60, 640);
$pdf->MultiCell(492, 11, 'Approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Credit is awarded after successful completion of the post-test and evaluation.', 0, 'L');
$pdf->Output($argv[1], 'F');
