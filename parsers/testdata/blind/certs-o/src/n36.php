<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetTitle('Safety training certificate'); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(0, 0, 0); $pdf->SetLineWidth(1.5); $pdf->Rect(36, 36, 540, 720);
$pdf->SetFont('Helvetica', 'B', 16); $pdf->SetXY(56, 60); $pdf->Cell(500, 18, t('Riverside Valley Medical Center'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 10.5); $pdf->SetXY(56, 80); $pdf->Cell(500, 13, t('Laboratory Education Office'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 13); $pdf->SetXY(56, 120); $pdf->Cell(500, 16, t('CERTIFICATE OF COMPLETION'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(56, 150); $pdf->Cell(500, 14, t('Awarded to'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 22); $pdf->SetXY(56, 168); $pdf->Cell(500, 26, t('Florencio Ybarra III'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(56, 204); $pdf->Cell(500, 14, t('for completing'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 15); $pdf->SetXY(96, 222);
$pdf->MultiCell(420, 18, t('Annual Laboratory Safety Program: Bloodborne Pathogens, Fire Safety, and Chemical Spill Response'), 0, 'C');
$pdf->SetFont('Helvetica', '', 10);
$pdf->SetXY(56, 272); $pdf->Cell(500, 13, t('Course code LAB-SAF-ANN-26   |   Completed June 12, 2026'), 0, 1, 'C');
// module table
$mods = array(array('1', 'Bloodborne Pathogens and Exposure Control', '45'), array('2', 'Fire Safety, RACE/PASS and Evacuation Routes', '30'), array('3', 'Chemical Hygiene and Spill Response', '35'), array('4', 'Post-test', '10'));
$x = 96; $y = 306;
$pdf->SetFont('Helvetica', 'B', 9); $pdf->SetFillColor(225, 225, 225);
$pdf->SetXY($x, $y); $pdf->Cell(40, 16, 'Module', 1, 0, 'C', true); $pdf->Cell(300, 16, 'Topic', 1, 0, 'L', true); $pdf->Cell(80, 16, 'Minutes', 1, 1, 'C', true);
$pdf->SetFont('Helvetica', '', 9);
foreach ($mods as $m) { $pdf->SetX($x); $pdf->Cell(40, 15, $m[0], 1, 0, 'C'); $pdf->Cell(300, 15, t($m[1]), 1, 0, 'L'); $pdf->Cell(80, 15, $m[2], 1, 1, 'C'); }
$pdf->SetFont('Helvetica', 'B', 9);
$pdf->SetX($x); $pdf->Cell(340, 16, t('Total instructional time'), 1, 0, 'R'); $pdf->Cell(80, 16, '120', 1, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 11);
$pdf->SetXY(56, 420); $pdf->Cell(500, 14, t('Continuing education awarded: 2.0 CE hours'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(86, 444);
$pdf->MultiCell(440, 11, t('This annual training satisfies OSHA bloodborne pathogen and hazard communication training requirements for laboratory personnel. CE hours are granted by the Riverside Valley Medical Center Laboratory Education Office and may be used toward certification maintenance where in-house education is accepted.'), 0, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Helvetica', '', 9);
$pdf->SetXY(56, 520); $pdf->Cell(500, 12, t('Employee ID: 20-55871     Department: Core Laboratory     Next annual training due: 06/30/2027'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 15); $pdf->SetXY(196, 610); $pdf->Cell(220, 18, t('Josephine Kallistratos'), 0, 1, 'C');
$pdf->Line(196, 630, 416, 630);
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->SetXY(196, 634); $pdf->Cell(220, 10, t('Josephine Kallistratos, MLS(ASCP)CM, Laboratory Safety Officer'), 0, 1, 'C');
$pdf->Output('F', $argv[1]);
