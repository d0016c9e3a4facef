<?php
require('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('CAP Certificate of Completion'); $pdf->SetCreator('CAP Learning (tcpdf)');
$pdf->AddPage();
$W = 792; $H = 612;
$pdf->SetLineStyle(array('width' => 3, 'color' => array(0, 61, 121)));
$pdf->Rect(26, 26, $W - 52, $H - 52);
$pdf->SetLineStyle(array('width' => 0.6, 'color' => array(0, 61, 121)));
$pdf->Rect(34, 34, $W - 68, $H - 68);
// seal
$pdf->SetFillColor(0, 61, 121);
$pdf->Circle(110, 110, 42, 0, 360, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('dejavuserif', 'B', 20);
$pdf->SetXY(68, 96); $pdf->Cell(84, 22, 'CAP', 0, 0, 'C');
$pdf->SetTextColor(0, 61, 121);
$pdf->SetFont('dejavuserif', 'B', 22);
$pdf->SetXY(0, 62); $pdf->Cell($W, 26, 'College of American Pathologists', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9);
$pdf->SetXY(0, 90); $pdf->Cell($W, 12, 'CAP LEARNING  ·  325 Waukegan Road, Northfield, Illinois', 0, 1, 'C');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('dejavuserif', 'I', 30);
$pdf->SetXY(0, 122); $pdf->Cell($W, 36, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetXY(0, 170); $pdf->Cell($W, 14, 'awarded to', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 24);
$pdf->SetXY(0, 190); $pdf->Cell($W, 30, 'Tobias Elwood Grünfeld', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetXY(0, 230); $pdf->Cell($W, 14, 'for successful completion of', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 8.5); $pdf->SetTextColor(150, 20, 20);
$pdf->SetXY(0, 252); $pdf->Cell($W, 12, 'ENDURING MATERIAL', 0, 1, 'C');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('dejavuserif', 'B', 15);
$pdf->SetXY(146, 268);
$pdf->MultiCell(500, 19, 'Digital Pathology Validation: Applying the Updated Whole Slide Imaging Guideline in Your Laboratory', 0, 'C');
$pdf->SetFont('dejavusans', '', 10.5);
$pdf->SetXY(0, 320); $pdf->Cell($W, 14, 'Activity Code: DPV26-0412          Date of Completion: 06/08/2026', 0, 1, 'C');
// credit boxes
$bx = array(array('AMA PRA Category 1 Credits™', '2.25'), array('ASCLS P.A.C.E.® Contact Hours', '2.0'), array('ABPath CC SAM', 'Yes'));
$x = 176;
foreach ($bx as $b) {
  $pdf->SetLineStyle(array('width' => 0.6, 'color' => array(120, 140, 170)));
  $pdf->SetFillColor(236, 242, 250);
  $pdf->Rect($x, 346, 140, 44, 'DF');
  $pdf->SetFont('dejavusans', '', 7.5); $pdf->SetXY($x, 352); $pdf->Cell(140, 10, $b[0], 0, 0, 'C');
  $pdf->SetFont('dejavusans', 'B', 14); $pdf->SetXY($x, 366); $pdf->Cell(140, 18, $b[1], 0, 0, 'C');
  $x += 150;
}
$pdf->SetFont('dejavusans', '', 7.3); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(176, 402);
$pdf->MultiCell(440, 9.5, 'In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. The CAP designates this enduring material for a maximum of 2.25 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is approved for 2.0 contact hours.', 0, 'L');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('dejavuserif', 'I', 14);
$pdf->SetXY(540, 506); $pdf->Cell(200, 16, 'Anselm Kowalczyk-Reyes', 0, 0, 'L');
$pdf->Line(538, 524, 740, 524);
$pdf->SetFont('dejavusans', '', 8);
$pdf->SetXY(540, 528); $pdf->Cell(200, 10, 'Anselm Kowalczyk-Reyes, MD, FCAP', 0, 1, 'L');
$pdf->SetXY(540, 539); $pdf->Cell(200, 10, 'Chair, CAP Curriculum Committee', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(176, 528); $pdf->Cell(300, 10, 'CAP Customer No. 2271904', 0, 1, 'L');
$pdf->SetXY(176, 539); $pdf->Cell(300, 10, 'Printed 06/09/2026', 0, 1, 'L');
$pdf->Output($argv[1], 'F');
