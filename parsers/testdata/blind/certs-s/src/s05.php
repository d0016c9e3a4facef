<?php
$D = json_decode('{}', true);
$OUT = $argv[1];
function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

require('/usr/share/php/fpdf/fpdf.php');
$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('LabCE Certificate');
$pdf->AddPage();
$pdf->SetDrawColor(0, 128, 128); $pdf->SetLineWidth(3); $pdf->Rect(30, 30, 732, 552);
$pdf->SetFillColor(0, 128, 128); $pdf->Rect(30, 30, 732, 70, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Helvetica', 'B', 30);
$pdf->SetXY(55, 45); $pdf->Cell(200, 40, 'LabCE', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetXY(500, 45); $pdf->Cell(240, 16, w('Certificate #: LC-2026-0091834'), 0, 2, 'R');
$pdf->Cell(240, 16, w('User ID: yp4471'), 0, 0, 'R');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('Times', '', 28); $pdf->SetXY(30, 135); $pdf->Cell(732, 34, w('Continuing Education Certificate'), 0, 0, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(30, 185); $pdf->Cell(732, 20, w('This is to certify that'), 0, 0, 'C');
$pdf->SetFont('Times', 'B', 26); $pdf->SetXY(30, 212); $pdf->Cell(732, 34, w('Yolanda Pruitt-Okonkwo'), 0, 0, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(30, 258); $pdf->Cell(732, 20, w('has completed the online course'), 0, 0, 'C');
$pdf->SetFont('Helvetica', 'B', 17); $pdf->SetXY(30, 286); $pdf->Cell(732, 24, w('Urine Sediment Identification: Casts, Crystals, and Artifacts'), 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 12);
$pdf->SetXY(130, 340); $pdf->Cell(180, 16, w('Course #'), 0, 0, 'L'); $pdf->Cell(300, 16, w('1187'), 0, 0, 'L');
$pdf->SetXY(130, 360); $pdf->Cell(180, 16, w('Date completed'), 0, 0, 'L'); $pdf->Cell(300, 16, w('01/08/2026'), 0, 0, 'L');
$pdf->SetXY(130, 380); $pdf->Cell(180, 16, w('Credit earned'), 0, 0, 'L'); $pdf->Cell(300, 16, w('2.0 contact hours (P.A.C.E.®)'), 0, 0, 'L');
$pdf->SetXY(130, 400); $pdf->Cell(180, 16, w('Level'), 0, 0, 'L'); $pdf->Cell(300, 16, w('Intermediate'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(70, 470);
$pdf->MultiCell(652, 12, w('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. LabCE is also an approved provider of continuing education for Florida and California clinical laboratory personnel. This certificate may be used to document credit for the ASCP Board of Certification Credential Maintenance Program. Generated 01/09/2026.'), 0, 'C');
$pdf->Output('F', $OUT);
