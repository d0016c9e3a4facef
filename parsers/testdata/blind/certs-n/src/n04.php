<?php
require '/usr/share/php/fpdf/fpdf.php';
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetDrawColor(0, 92, 75); $pdf->SetLineWidth(2); $pdf->Rect(30, 30, 552, 732);
$pdf->SetLineWidth(0.5); $pdf->Rect(36, 36, 540, 720);
$pdf->SetTextColor(0, 92, 75);
$pdf->SetFont('Helvetica', 'B', 30); $pdf->SetXY(36, 70); $pdf->Cell(540, 34, 'ASCLS', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetX(36); $pdf->Cell(540, 16, t('American Society for Clinical Laboratory Science'), 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', 'B', 22); $pdf->SetXY(36, 150); $pdf->Cell(540, 28, t('P.A.C.E.® Certificate of Participation'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(36, 196); $pdf->Cell(540, 16, 'This certificate is presented to', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 20); $pdf->SetXY(36, 222); $pdf->Cell(540, 26, 'Theresa Ann Kowalczyk, MLS(ASCP)', 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(36, 262); $pdf->Cell(540, 16, 'for participation in', 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 10); $pdf->SetTextColor(0, 92, 75);
$pdf->SetXY(36, 292); $pdf->Cell(540, 14, 'LIVE WEBINAR', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0); $pdf->SetFont('Times', 'B', 16);
$pdf->SetXY(86, 312); $pdf->MultiCell(440, 20, t('Leading Through Staffing Shortages: Practical Tools for Laboratory Supervisors'), 0, 'C');
$rows = array(
  array('Date of Activity:', 'October 14, 2025'),
  array(t('P.A.C.E.® Course Number:'), '512-101-25'),
  array('Level of Instruction:', 'Intermediate'),
  array('Contact Hours Awarded:', '1.0'),
);
$y = 392;
foreach ($rows as $r) {
  $pdf->SetFont('Helvetica', 'B', 10.5); $pdf->SetXY(130, $y); $pdf->Cell(180, 16, $r[0], 0, 0, 'R');
  $pdf->SetFont('Helvetica', '', 10.5); $pdf->SetXY(318, $y); $pdf->Cell(200, 16, $r[1], 0, 0, 'L');
  $y += 20;
}
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetXY(80, 500);
$pdf->MultiCell(452, 11, t('The American Society for Clinical Laboratory Science (ASCLS P.A.C.E.® Provider #512) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Participants should retain this certificate for a minimum of four years.'), 0, 'C');
$pdf->SetDrawColor(0, 0, 0); $pdf->SetLineWidth(0.6); $pdf->Line(190, 640, 422, 640);
$pdf->SetFont('Times', 'I', 18); $pdf->SetXY(190, 618); $pdf->Cell(232, 20, 'Lorraine Abernathy', 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(190, 644); $pdf->Cell(232, 12, 'Lorraine K. Abernathy, EdD, MLS(ASCP)CM', 0, 2, 'C');
$pdf->Cell(232, 12, 'Director of Education, ASCLS', 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetXY(50, 730); $pdf->Cell(200, 10, 'Date Issued: 10/15/2025', 0, 0, 'L');
$pdf->Output('F', '/work/blind/certs-n/n04.pdf');
