<?php
require '/usr/share/php/fpdf/fpdf.php';
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(0, 112, 150); $pdf->Rect(0, 0, 792, 60, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Helvetica', 'B', 22); $pdf->SetXY(40, 16); $pdf->Cell(120, 28, 'ADLM', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetXY(150, 22); $pdf->Cell(400, 16, t('Association for Diagnostics & Laboratory Medicine'), 0, 0, 'L');
$pdf->SetXY(560, 22); $pdf->Cell(192, 16, 'ADLM Learning Lab', 0, 0, 'R');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Helvetica', 'B', 24); $pdf->SetXY(40, 92); $pdf->Cell(712, 28, 'Certificate of Completion', 0, 1, 'L');
$pdf->SetDrawColor(0, 112, 150); $pdf->SetLineWidth(0.8); $pdf->Line(40, 130, 752, 130);
$lab = array('Learner', 'Course', '', 'Activity Code', 'Completed', 'ACCENT® contact hours', 'AMA PRA Category 1 Credits™', 'Order No.');
$val = array('Wen-Hsuan Liao, PhD, DABCC', 'On-Demand', t('“Reducing Inappropriate Vitamin D Testing: A Utilization Management Case Study”'),
  '25-LLW-071', 'February 3, 2026', '1.0', '0.75', 'ORD-2602-55917');
$y = 156;
for ($i = 0; $i < count($lab); $i++) {
  $pdf->SetFont('Helvetica', 'B', 10.5); $pdf->SetXY(40, $y); $pdf->Cell(210, 18, t($lab[$i]), 0, 0, 'L');
  if ($i == 1) { $pdf->SetFont('Helvetica', 'B', 8.5); $pdf->SetTextColor(0, 112, 150); }
  elseif ($i == 2) { $pdf->SetFont('Times', 'B', 15); }
  elseif ($i == 0) { $pdf->SetFont('Times', 'B', 17); }
  else { $pdf->SetFont('Helvetica', '', 11); }
  $pdf->SetXY(260, $y);
  if ($i == 2) { $pdf->MultiCell(470, 18, $val[$i], 0, 'L'); $y = $pdf->GetY() + 8; }
  else { $pdf->Cell(490, 18, $val[$i], 0, 0, 'L'); $y += ($i == 1) ? 14 : 26; }
  $pdf->SetTextColor(20, 20, 20);
}
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(40, $y + 16);
$pdf->MultiCell(712, 11, t('ADLM is approved by the ACCENT® Continuing Education Program to provide continuing education for laboratory professionals. ADLM is accredited by the Accreditation Council for Continuing Medical Education to provide continuing medical education for physicians and designates this enduring material for a maximum of 0.75 AMA PRA Category 1 Credits™. Claim only the credit commensurate with your participation.'), 0, 'L');
$pdf->SetTextColor(20, 20, 20); $pdf->SetDrawColor(0, 0, 0); $pdf->SetLineWidth(0.5);
$pdf->Line(40, 530, 260, 530);
$pdf->SetFont('Times', 'I', 15); $pdf->SetXY(40, 510); $pdf->Cell(220, 18, 'Kendra Oyelaran', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetXY(40, 534); $pdf->Cell(220, 11, 'Kendra Oyelaran, PhD, DABCC - Chief Learning Officer', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(120, 120, 120); $pdf->SetXY(560, 570); $pdf->Cell(192, 9, 'Printed 02/04/2026', 0, 0, 'R');
$pdf->Output('F', '/work/blind/certs-n/n37.pdf');
