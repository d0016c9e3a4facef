<?php
require('/usr/share/php/fpdf/fpdf.php');

$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(91, 42, 110);
$pdf->SetLineWidth(2.5); $pdf->Rect(10, 10, 259.4, 195.9);
$pdf->SetLineWidth(0.4); $pdf->Rect(14, 14, 251.4, 187.9);
for ($i = 0; $i < 24; $i++) { $x = 22 + $i * 10.3; $pdf->Line($x, 18, $x + 5, 18); $pdf->Line($x, 197.9, $x + 5, 197.9); }
$pdf->SetTextColor(91, 42, 110);
$pdf->SetFont('Times', 'B', 15); $pdf->SetXY(14, 26); $pdf->Cell(251.4, 7, 'National Society for Histotechnology', 0, 1, 'C');
$pdf->SetFont('Times', '', 10); $pdf->SetX(14); $pdf->Cell(251.4, 5, 'NSH  -  Education and Professional Development', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', 'B', 30); $pdf->SetXY(14, 46); $pdf->Cell(251.4, 13, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 12); $pdf->SetXY(14, 66); $pdf->Cell(251.4, 6, 'This certificate is awarded to', 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 20); $pdf->SetXY(14, 76); $pdf->Cell(251.4, 10, 'LORENZO J. BELLUCCI, HTL(ASCP)QIHC', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 12); $pdf->SetXY(14, 92); $pdf->Cell(251.4, 6, 'for completing', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 17); $pdf->SetXY(14, 101); $pdf->Cell(251.4, 8, 'Heat-Induced Epitope Retrieval: Optimizing IHC Protocols for Decalcified Tissues', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 9.5); $pdf->SetTextColor(91, 42, 110); $pdf->SetXY(14, 110); $pdf->Cell(251.4, 5, 'Hands-On Workshop', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', '', 12); $pdf->SetXY(14, 122);
$pdf->Cell(251.4, 6, 'Workshop No. W-214   |   September 27, 2025   |   3.0 contact hours', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 9); $pdf->SetXY(50, 132);
$pdf->MultiCell(179.4, 4.5, 'The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' . chr(174) . ' Program. Contact hours are awarded for full attendance only.', 0, 'C');
$pdf->SetLineWidth(0.3); $pdf->SetDrawColor(0, 0, 0); $pdf->Line(35, 175, 105, 175);
$pdf->SetFont('Times', '', 10.5); $pdf->SetXY(35, 176); $pdf->Cell(70, 5, 'Priscilla D. Ravenwood, HT(ASCP)', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 9); $pdf->SetX(35); $pdf->Cell(70, 4.5, 'Workshop Coordinator', 0, 1, 'C');
$pdf->SetDrawColor(91, 42, 110); $pdf->SetLineWidth(1);
$cx = 225; $cy = 172; $r = 17; $n = 36;
for ($i = 0; $i < $n; $i++) { $a1 = 2 * M_PI * $i / $n; $a2 = 2 * M_PI * ($i + 1) / $n;
  $pdf->Line($cx + $r * cos($a1), $cy + $r * sin($a1), $cx + $r * cos($a2), $cy + $r * sin($a2)); }
$pdf->SetFont('Times', 'B', 11); $pdf->SetTextColor(91, 42, 110); $pdf->SetXY($cx - 15, $cy - 4); $pdf->Cell(30, 5, 'NSH', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(20, 188); $pdf->Cell(100, 4, 'Membership ID 0054418', 0, 0, 'L');

$pdf->Output('F', $argv[1]);
