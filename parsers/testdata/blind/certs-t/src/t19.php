<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('CAP Enduring Material certificate');
$pdf->AddPage();
$W = 792; $H = 612;
$pdf->SetLineStyle(array('width' => 1.5, 'color' => array(11, 92, 142)));
$pdf->Rect(30, 30, $W - 60, $H - 60);
$pdf->SetLineStyle(array('width' => 0.5, 'color' => array(11, 92, 142)));
$pdf->Rect(38, 38, $W - 76, $H - 76);
// seal
$pdf->SetLineStyle(array('width' => 2, 'color' => array(176, 141, 60)));
$pdf->Circle(120, 118, 46);
$pdf->SetLineStyle(array('width' => 0.7, 'color' => array(176, 141, 60)));
$pdf->Circle(120, 118, 40);
$pdf->SetTextColor(11, 92, 142);
$pdf->SetFont('dejavuserif', 'B', 20); $pdf->SetXY(74, 102); $pdf->Cell(92, 22, 'CAP', 0, 0, 'C');
$pdf->SetFont('dejavusans', '', 6); $pdf->SetXY(74, 124); $pdf->Cell(92, 8, 'EST. 1946', 0, 0, 'C');
$pdf->SetFont('dejavusans', 'B', 15); $pdf->SetXY(190, 86); $pdf->Cell(500, 20, 'College of American Pathologists', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 9.5); $pdf->Cell(500, 14, 'Laboratory Accreditation Program · Inspector Education', 0, 0, 'L');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('dejavuserif', '', 28); $pdf->SetXY(60, 175); $pdf->Cell($W - 120, 34, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetX(60); $pdf->Cell($W - 120, 24, 'The College of American Pathologists recognizes', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 22); $pdf->SetX(60); $pdf->Cell($W - 120, 32, 'Marcus J. Abernethy II, MLS(ASCP)CM', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetX(60); $pdf->Cell($W - 120, 22, 'for completing', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9); $pdf->SetTextColor(176, 141, 60); $pdf->SetX(60); $pdf->Cell($W - 120, 16, 'Enduring Material', 0, 1, 'C');
$pdf->SetTextColor(11, 92, 142); $pdf->SetFont('dejavuserif', 'B', 16); $pdf->SetX(110);
$pdf->MultiCell($W - 220, 20, 'Inspector Training: Teamwork, Communication, and the Laboratory General Checklist', 0, 'C', false, 1);
$pdf->SetTextColor(25, 25, 25);
$pdf->Ln(10);
$pdf->SetFont('dejavusans', '', 10.5);
$cols = array(array('Activity No.', 'CAP-INS-0421'), array('Completion Date', '11/06/2025'), array('Credit Claimed', '1.25 CE hours'), array('Laboratory CAP No.', '7182935'));
$x = 96; $y = $pdf->GetY();
foreach ($cols as $c) {
  $pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(110, 110, 110); $pdf->SetXY($x, $y); $pdf->Cell(150, 12, strtoupper($c[0]), 0, 2, 'C');
  $pdf->SetFont('dejavusans', 'B', 11); $pdf->SetTextColor(25, 25, 25); $pdf->Cell(150, 16, $c[1], 0, 0, 'C');
  $x += 150;
}
$pdf->SetFont('dejavusans', '', 7.6); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(70, $y + 46);
$pdf->MultiCell($W - 140, 10, 'In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. The CAP designates this enduring material for a maximum of 1.25 AMA PRA Category 1 Credits™ for physicians and 1.25 CE hours for laboratory professionals. Completion also fulfills the CAP inspector training requirement for one inspection cycle.', 0, 'C', false, 1);
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('dejavusans', '', 9);
$pdf->SetXY(470, 520); $pdf->Cell(250, 12, 'Priscilla N. Okonjo, MD, FCAP', 'T', 2, 'C'); $pdf->Cell(250, 12, 'Chair, Council on Accreditation Education', 0, 0, 'C');
$pdf->SetXY(70, 532); $pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(120, 120, 120); $pdf->Cell(300, 10, 'Printed 11/07/2025 · Transcript record 55120947', 0, 0, 'L');
$pdf->Output('/work/blind/certs-t/t19.pdf', 'F');
