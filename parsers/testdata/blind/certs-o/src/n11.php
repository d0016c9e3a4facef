<?php
require('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Corvane training certificate');
$pdf->AddPage();
$W = 792; $H = 612;
$pdf->SetFillColor(18, 38, 58); $pdf->Rect(0, 0, 230, $H, 'F');
$pdf->SetFillColor(0, 170, 190); $pdf->Rect(230, 0, 6, $H, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('dejavusans', 'B', 20); $pdf->SetXY(28, 60); $pdf->Cell(190, 24, 'Corvane', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 12); $pdf->SetXY(28, 84); $pdf->Cell(190, 16, 'Diagnostics', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetXY(28, 420);
$pdf->MultiCell(180, 12, "Customer Training Center\n2100 Innovation Parkway\nMorrisville, NC 27560\n\nInstrument Serial No.\nHX9-20417\n\nCustomer Account\n55-01982", 0, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(280, 70); $pdf->Cell(460, 14, 'CERTIFICATE OF TRAINING', 0, 1, 'L');
$pdf->SetFont('dejavuserif', '', 12); $pdf->SetXY(280, 110); $pdf->Cell(460, 14, 'This is to certify that', 0, 1, 'L');
$pdf->SetFont('dejavuserif', 'B', 26); $pdf->SetXY(280, 130); $pdf->Cell(460, 32, 'Wen-Li Harrington', 0, 1, 'L');
$pdf->SetFont('dejavuserif', '', 12); $pdf->SetXY(280, 176);
$pdf->MultiCell(460, 16, 'of Pinecrest Regional Medical Center has completed the on-site course', 0, 'L');
$pdf->SetFont('dejavusans', 'B', 17); $pdf->SetXY(280, 204);
$pdf->MultiCell(460, 21, 'Key Operator Training: Corvane HX-900 Hematology Analyzer', 0, 'L');
$pdf->SetFont('dejavuserif', '', 12); $pdf->SetXY(280, 256);
$pdf->MultiCell(460, 16, 'held August 11–13, 2026 at the Corvane Customer Training Center, Morrisville, North Carolina, including instrument operation, quality control, calibration verification, flagging review and preventive maintenance.', 0, 'L');
$tbl = array(array('Training ID', 'KOT-HX9-0826'), array('Instructional time', '18.0 P.A.C.E.® contact hours'), array('Course level', 'Intermediate'));
$y = 330;
foreach ($tbl as $r) {
  $pdf->SetFont('dejavusans', '', 9); $pdf->SetTextColor(90, 90, 90);
  $pdf->SetXY(280, $y); $pdf->Cell(130, 14, $r[0], 0, 0, 'L');
  $pdf->SetFont('dejavusans', 'B', 10.5); $pdf->SetTextColor(20, 20, 20);
  $pdf->Cell(320, 14, $r[1], 0, 1, 'L');
  $y += 20;
}
$pdf->SetFont('dejavusans', '', 7.8); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(280, 404);
$pdf->MultiCell(460, 10, 'Corvane Diagnostics is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Completion of this course does not by itself authorize independent service of the analyzer beyond key-operator tasks.', 0, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', 'I', 15);
$pdf->SetXY(280, 482); $pdf->Cell(220, 18, 'Dmitri Salcedo', 0, 1, 'L');
$pdf->Line(280, 502, 500, 502);
$pdf->SetFont('dejavusans', '', 8);
$pdf->SetXY(280, 506); $pdf->Cell(220, 10, 'Dmitri Salcedo', 0, 1, 'L');
$pdf->SetXY(280, 517); $pdf->Cell(220, 10, 'Senior Field Applications Specialist', 0, 1, 'L');
$pdf->SetXY(540, 506); $pdf->Cell(200, 10, 'Signed: August 14, 2026', 0, 1, 'L');
$pdf->Output($argv[1], 'F');
