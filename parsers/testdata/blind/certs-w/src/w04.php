<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$out = $argv[1];

$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Certificate of Training');
$pdf->AddPage();
$pdf->SetDrawColor(20, 70, 110);
$pdf->SetLineWidth(1.6); $pdf->Rect(8, 8, 263.4, 199.9);
$pdf->SetLineWidth(0.4); $pdf->Rect(12, 12, 255.4, 191.9);
// logo block
$pdf->SetFillColor(20, 70, 110); $pdf->Rect(20, 20, 14, 14, 'F');
$pdf->SetTextColor(255); $pdf->SetFont('Helvetica', 'B', 15); $pdf->SetXY(20, 24); $pdf->Cell(14, 6, 'HD', 0, 0, 'C');
$pdf->SetTextColor(20, 70, 110); $pdf->SetFont('Helvetica', 'B', 16); $pdf->SetXY(37, 20); $pdf->Cell(100, 7, t('Halvorsen Diagnostics'));
$pdf->SetFont('Helvetica', '', 10); $pdf->SetXY(37, 27); $pdf->Cell(100, 5, t('Technical Training Institute'));
$pdf->SetFont('Helvetica', '', 8); $pdf->SetTextColor(90); $pdf->SetXY(160, 21);
$pdf->MultiCell(98, 4, t("Customer Account: 300-77815\nInstrument S/N: HX9-2209-01146\nTraining Site: Minneapolis Learning Center"), 0, 'R');
$pdf->SetTextColor(30);
$pdf->SetFont('Times', 'B', 32); $pdf->SetXY(12, 48); $pdf->Cell(255.4, 14, t('Certificate of Training'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->Cell(0, 8, t('This certifies that'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 26); $pdf->Cell(0, 13, t('Tomás Esparza-Lindqvist, MLT(ASCP)'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->Cell(0, 8, t('has satisfactorily completed the instructor-led course'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 16); $pdf->SetX(45);
$pdf->MultiCell(189, 8, t('Aurelis HX-900 Hematology Analyzer: Key Operator Training Program'), 0, 'C');
$pdf->Ln(3);
$pdf->SetFont('Helvetica', '', 12);
$pdf->Cell(0, 7, t('Course Number: HDX-KO-900     Training Dates: February 9 - 11, 2026'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 12);
$pdf->Cell(0, 7, t('16.0 P.A.C.E.® Contact Hours'), 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetX(40);
$pdf->MultiCell(199, 4.2, t('Halvorsen Diagnostics is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Key Operator status is valid for the instrument serial number listed above and must be renewed every two years (renewal due February 2028).'), 0, 'C');
// signatures
$pdf->SetDrawColor(60); $pdf->SetLineWidth(0.3);
$pdf->Line(40, 180, 115, 180); $pdf->Line(165, 180, 240, 180);
$pdf->SetFont('Times', 'I', 14); $pdf->SetXY(40, 172); $pdf->Cell(75, 6, t('Kjersti Amundsen'), 0, 0, 'C');
$pdf->SetXY(165, 172); $pdf->Cell(75, 6, t('D. Alvarez'), 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 9);
$pdf->SetXY(40, 181); $pdf->MultiCell(75, 4.3, t("Kjersti Amundsen, MLS(ASCP)\nLead Clinical Trainer"), 0, 'C');
$pdf->SetXY(165, 181); $pdf->MultiCell(75, 4.3, t("Daniel Alvarez\nManager, Technical Training Institute"), 0, 'C');
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetTextColor(110); $pdf->SetXY(12, 195);
$pdf->Cell(255.4, 4, t('Certificate ID TTI-26-0211-0045  |  Issued 02/11/2026'), 0, 0, 'C');
$pdf->Output('F', $out);
