<?php
require '/usr/share/php/fpdf/fpdf.php';
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(230, 90, 20); $pdf->Rect(0, 0, 612, 96, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('Helvetica', 'B', 24); $pdf->SetXY(50, 28); $pdf->Cell(300, 28, 'CORVANE', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetX(50); $pdf->Cell(300, 14, 'Corvane Biosystems, Inc.  |  Technical Training Services', 0, 1, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Helvetica', 'B', 22); $pdf->SetXY(50, 140); $pdf->Cell(512, 26, 'CERTIFICATE OF TRAINING', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetXY(50, 176);
$pdf->MultiCell(512, 15, t('Corvane Biosystems certifies that the individual named below has completed instrument training and passed the operator practical assessment.'), 0, 'L');
$rows = array(
 array('Name', 'Victor E. Lindahl III, MLT(ASCP)'),
 array('Program', 'VeriCount XT Hematology Analyzer Operator Certification Program'),
 array('Class No.', 'VCX-2602-B'),
 array('Training dates', t('February 19–20, 2026')),
 array('Location', 'Corvane Training Center, Building 2'),
 array('Continuing Education Units', '1.4 CEUs (14 contact hours)'),
 array('Operator certification valid until', 'February 28, 2028'),
 array('Sales order', 'SO-448201-07'),
);
$y = 240;
foreach ($rows as $r) {
  $pdf->SetFont('Helvetica', '', 8); $pdf->SetTextColor(120, 120, 120);
  $pdf->SetXY(50, $y); $pdf->Cell(512, 11, strtoupper($r[0]), 0, 1, 'L');
  $pdf->SetFont('Helvetica', 'B', 12); $pdf->SetTextColor(0, 0, 0);
  $pdf->SetXY(50, $y + 12); $pdf->Cell(512, 16, $r[1], 0, 1, 'L');
  $pdf->SetDrawColor(220, 220, 220); $pdf->Line(50, $y + 31, 562, $y + 31);
  $y += 40;
}
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(60, 60, 60); $pdf->SetXY(50, $y + 8);
$pdf->MultiCell(512, 11, t('Continuing Education Units are awarded by Corvane Biosystems, Inc. in accordance with nationally recognized CEU criteria: one CEU equals ten contact hours of instruction. Operator certification applies only to the instrument model named above.'), 0, 'L');
$pdf->SetTextColor(0, 0, 0); $pdf->SetDrawColor(0, 0, 0);
$pdf->Line(50, 690, 260, 690); $pdf->Line(352, 690, 562, 690);
$pdf->SetFont('Times', 'I', 15);
$pdf->SetXY(50, 670); $pdf->Cell(210, 18, 'Priscilla Nakagawa', 0, 0, 'L');
$pdf->SetXY(352, 670); $pdf->Cell(210, 18, 'Owen T. Gallagher', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->SetXY(50, 694); $pdf->Cell(210, 11, 'Priscilla Nakagawa, MLS(ASCP)', 0, 2, 'L'); $pdf->Cell(210, 11, 'Field Applications Trainer', 0, 0, 'L');
$pdf->SetXY(352, 694); $pdf->Cell(210, 11, 'Owen T. Gallagher', 0, 2, 'L'); $pdf->Cell(210, 11, 'Director, Technical Training Services', 0, 0, 'L');
$pdf->Output('F', '/work/blind/certs-n/n28.pdf');
