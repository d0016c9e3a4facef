<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetTitle('Quantiva training certificate');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = 792; $H = 612;
$pdf->SetDrawColor(0, 84, 147); $pdf->SetLineWidth(4); $pdf->Rect(22, 22, $W - 44, $H - 44);
$pdf->SetLineWidth(1); $pdf->Rect(32, 32, $W - 64, $H - 64);
$pdf->SetFillColor(0, 84, 147); $pdf->Rect(32, 32, 14, $H - 64, 'F');
$pdf->SetTextColor(0, 84, 147);
$pdf->SetFont('Helvetica', 'B', 26); $pdf->SetXY(70, 52); $pdf->Cell(300, 30, 'QUANTIVA', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetXY(70, 82); $pdf->Cell(300, 14, t('Quantiva Diagnostics, Inc. · Customer Education Center'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 9); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(470, 56); $pdf->Cell(270, 13, 'Registration No.: 77301', 0, 2, 'R');
$pdf->Cell(270, 13, 'Instrument Serial No.: Q45-220918', 0, 2, 'R');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Times', '', 32); $pdf->SetXY(60, 130); $pdf->Cell($W - 120, 36, 'Certificate of Training', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetX(60); $pdf->Cell($W - 120, 24, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 24); $pdf->SetX(60); $pdf->Cell($W - 120, 32, 'Wojciech J. Nowakowski', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetX(60); $pdf->Cell($W - 120, 24, 'has successfully completed the instructor-led course', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 17); $pdf->SetTextColor(0, 84, 147); $pdf->SetX(110);
$pdf->MultiCell($W - 220, 21, 'Q-Series 4500 Chemistry Analyzer Key Operator Training: Calibration, Quality Control, and Preventive Maintenance', 0, 'C');
$pdf->SetTextColor(20, 20, 20);
$y = $pdf->GetY() + 18;
$rows = array(array('Course Code:', 'QS45-KOT-201'), array('Training Dates:', t('February 2–4, 2026')),
              array('Location:', 'Quantiva Training Center, Raleigh, North Carolina'), array('Contact Hours:', t('14.0 (ASCLS P.A.C.E.®)')));
foreach ($rows as $r) {
  $pdf->SetXY(200, $y); $pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(130, 17, $r[0], 0, 0, 'R');
  $pdf->SetFont('Helvetica', '', 11); $pdf->Cell(300, 17, '  ' . $r[1], 0, 0, 'L');
  $y += 18;
}
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(80, $y + 16);
$pdf->MultiCell($W - 160, 11, t('Issued by Quantiva Diagnostics, Inc., Customer Education Center. Quantiva Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course qualifies the attendee as a key operator for the Q-Series 4500 platform; key operator status must be renewed every 24 months.'), 0, 'C');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.6);
$pdf->Line(90, 520, 330, 520); $pdf->Line(462, 520, 702, 520);
$pdf->SetFont('Helvetica', '', 9.5);
$pdf->SetXY(90, 524); $pdf->Cell(240, 12, 'Alana Fairweather, MT(ASCP)', 0, 2, 'C'); $pdf->Cell(240, 12, 'Senior Applications Specialist, Trainer', 0, 0, 'C');
$pdf->SetXY(462, 524); $pdf->Cell(240, 12, 'Desmond Achebe-Price', 0, 2, 'C'); $pdf->Cell(240, 12, 'Manager, Customer Education Center', 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(60, 562); $pdf->Cell($W - 120, 10, 'Issued February 6, 2026  ·  Certificate QD-CE-26-00318', 0, 0, 'C');
$pdf->Output('F', '/work/blind/certs-t/t10.pdf');
