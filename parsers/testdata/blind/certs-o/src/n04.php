<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetTitle('ASCLS session certificate'); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(0, 92, 120); $pdf->Rect(0, 0, 612, 14, 'F'); $pdf->Rect(0, 778, 612, 14, 'F');
$pdf->SetFont('Helvetica', 'B', 30); $pdf->SetTextColor(0, 92, 120);
$pdf->SetXY(54, 60); $pdf->Cell(200, 34, 'ASCLS', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(54, 96); $pdf->Cell(400, 12, t('American Society for Clinical Laboratory Science'), 0, 1, 'L');
$pdf->SetXY(54, 109); $pdf->Cell(400, 12, t('2026 ASCLS Annual Meeting · Providence, Rhode Island'), 0, 1, 'L');
$pdf->SetDrawColor(0, 92, 120); $pdf->SetLineWidth(1.2); $pdf->Line(54, 128, 558, 128);
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Times', '', 26); $pdf->SetXY(54, 160); $pdf->Cell(504, 30, t('Continuing Education Certificate'), 0, 1, 'L');
$pdf->SetFont('Times', 'I', 12); $pdf->SetXY(54, 200); $pdf->Cell(504, 14, t('Session attendance verified for'), 0, 1, 'L');
$pdf->SetFont('Helvetica', 'B', 20); $pdf->SetXY(54, 222); $pdf->Cell(504, 24, t('LORENZO VÁSQUEZ-MBEKI'), 0, 1, 'L');
$rows = array(
  array('Session title', 'Antimicrobial Susceptibility Testing Breakpoint Updates: What Changed and Why It Matters at the Bench'),
  array('Session number', '3107'),
  array('Session date', 'Tuesday, July 28, 2026'),
  array('Discipline / level', 'Microbiology / Intermediate'),
  array('P.A.C.E.® contact hours', '1.0'),
  array('ASCLS member #', '100-48213'),
);
$y = 272;
foreach ($rows as $r) {
  $pdf->SetFont('Helvetica', 'B', 9.5); $pdf->SetTextColor(0, 92, 120);
  $pdf->SetXY(54, $y); $pdf->Cell(150, 15, t($r[0]), 0, 0, 'L');
  $pdf->SetFont('Helvetica', '', 11); $pdf->SetTextColor(20, 20, 20);
  $pdf->SetXY(204, $y); $pdf->MultiCell(354, 15, t($r[1]), 0, 'L');
  $y = $pdf->GetY() + 9;
}
$pdf->SetDrawColor(180, 180, 180); $pdf->SetLineWidth(0.5); $pdf->Line(54, $y + 4, 558, $y + 4);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(54, $y + 14);
$pdf->MultiCell(504, 11, t('ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Attendance at this session was verified through the meeting app check-in and completion of the session evaluation. Report these contact hours under the Microbiology content area for the ASCP BOC Credential Maintenance Program.'), 0, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Times', 'I', 16); $pdf->SetXY(54, 640); $pdf->Cell(250, 18, t('Yolanda Brightwell-Oduya'), 0, 1, 'L');
$pdf->Line(54, 660, 300, 660);
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->SetXY(54, 664); $pdf->Cell(250, 10, t('Yolanda Brightwell-Oduya, EdD, MLS(ASCP)CM'), 0, 1, 'L');
$pdf->SetXY(54, 675); $pdf->Cell(250, 10, t('Chair, ASCLS Education and Scientific Assembly'), 0, 1, 'L');
$pdf->Output('F', $argv[1]);
