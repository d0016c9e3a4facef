<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$OUT = '/work/blind/certs-l/l04.pdf';

$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetMargins(54, 54, 54); $pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(23, 84, 62); $pdf->Rect(0, 0, 612, 118, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Helvetica', 'B', 17);
$pdf->SetXY(54, 34); $pdf->Cell(504, 20, t('Great Lakes Society for Laboratory Science'), 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetX(54);
$pdf->Cell(504, 14, t('GLSLS  ·  A constituent society serving laboratory professionals of the Great Lakes region'), 0, 1, 'L');
$pdf->SetFont('Helvetica', 'B', 12); $pdf->SetX(54);
$pdf->Cell(504, 22, t('CONTINUING EDUCATION RECORD'), 0, 1, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(54, 150); $pdf->SetFont('Times', 'B', 20);
$pdf->Cell(504, 24, t('Great Lakes Spring Symposium 2025'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 11); $pdf->Cell(504, 16, t('DeVos Place Convention Center, Grand Rapids, Michigan'), 0, 1, 'C');
$rows = array(
  array('Attendee', 'Yolanda Pérez-Whitcomb, MLS(ASCP)'),
  array('Member No.', 'GL-20417'),
  array('Meeting dates', 'April 9–11, 2025'),
  array('Event No.', 'GLS-SS25-01'),
  array('Sessions attended', '9'),
  array('P.A.C.E.® contact hours earned', '11.5'),
);
$y = 220;
foreach ($rows as $r) {
  $pdf->SetXY(80, $y); $pdf->SetFont('Helvetica', '', 10); $pdf->SetTextColor(90, 90, 90);
  $pdf->Cell(200, 26, t($r[0]), 'B', 0, 'L');
  $pdf->SetFont('Helvetica', 'B', 11); $pdf->SetTextColor(0, 0, 0);
  $pdf->Cell(252, 26, t($r[1]), 'B', 1, 'L');
  $y += 30;
}
$pdf->SetXY(80, $y + 20); $pdf->SetFont('Times', '', 10.5);
$pdf->MultiCell(452, 14, t('The attendee named above was present for the sessions recorded on the symposium attendance log and '
  . 'is entitled to the continuing education credit shown. Retain this record for recertification audits; duplicate '
  . 'records are available from the GLSLS office for three years.'), 0, 'J');
$pdf->SetXY(80, $pdf->GetY() + 10); $pdf->SetFont('Times', 'I', 9.5);
$pdf->MultiCell(452, 12, t('The Great Lakes Society for Laboratory Science is approved as a provider of continuing education programs '
  . 'in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Provider No. 311.'), 0, 'J');
$pdf->SetDrawColor(0, 0, 0); $pdf->Line(80, 640, 270, 640); $pdf->Line(340, 640, 532, 640);
$pdf->SetFont('Helvetica', 'B', 9.5);
$pdf->SetXY(80, 644); $pdf->Cell(190, 12, t('Marguerite D. Alvarado, MS, MLS(ASCP)'), 0, 0, 'L');
$pdf->SetXY(340, 644); $pdf->Cell(192, 12, t('April 30, 2025'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->SetXY(80, 657); $pdf->Cell(190, 11, t('Education Chair, GLSLS'), 0, 0, 'L');
$pdf->SetXY(340, 657); $pdf->Cell(192, 11, t('Date issued'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(120, 120, 120);
$pdf->SetXY(54, 740); $pdf->Cell(504, 10, t('GLSLS form CE-2  ·  Printed from the member portal'), 0, 0, 'C');
$pdf->Output('F', $OUT);
