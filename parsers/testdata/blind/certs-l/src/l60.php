<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$OUT = '/work/blind/certs-l/l60.pdf';

$pdf = new FPDF('L', 'pt', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetDrawColor(10, 49, 97); $pdf->SetLineWidth(3); $pdf->Rect(26, 26, 740, 560);
$pdf->SetDrawColor(184, 150, 60); $pdf->SetLineWidth(1); $pdf->Rect(36, 36, 720, 540);
$pdf->SetFont('Helvetica', 'B', 26); $pdf->SetTextColor(10, 49, 97); $pdf->SetXY(36, 62); $pdf->Cell(720, 30, 'ASCP', 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetTextColor(0); $pdf->Cell(792 - 72, 16, t('American Society for Clinical Pathology'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 30); $pdf->SetXY(36, 130); $pdf->Cell(720, 36, t('Certificate of Achievement'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetX(36); $pdf->Cell(720, 26, t('presented to'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 26); $pdf->SetX(36); $pdf->Cell(720, 34, t('Xiomara T. Villanueva-Ortiz'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetX(36); $pdf->Cell(720, 24, t('upon completion of'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 19); $pdf->SetX(36); $pdf->Cell(720, 26, t('CMLE Self-Assessment: Hematology Case Challenges 2026'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 9); $pdf->SetTextColor(110, 110, 110); $pdf->SetX(36); $pdf->Cell(720, 14, t('S E L F - S T U D Y'), 0, 1, 'C');
$pdf->SetTextColor(0); $pdf->SetFont('Times', '', 13); $pdf->SetX(36);
$pdf->Cell(720, 28, t('Date completed: May 14, 2026'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 14); $pdf->SetX(36);
$pdf->Cell(720, 20, t('CMLE credits claimed: 2.5  (maximum available: 3.0)'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetXY(180, 420);
$pdf->MultiCell(432, 11, t('ASCP designates this enduring material for a maximum of 3.0 CMLE credits. Participants should claim only the '
 . 'credit commensurate with the extent of their participation in the activity. CMLE credits are accepted for the ASCP Board of '
 . 'Certification Credential Maintenance Program.'), 0, 'C');
$pdf->SetFont('Helvetica', '', 8); $pdf->SetXY(36, 470); $pdf->Cell(720, 12, t('Activity ID: SA26-HEM    ·    Member ID: 0010448722    ·    Credit claimed on 05/20/2026'), 0, 1, 'C');
$pdf->SetFillColor(184, 150, 60);
for ($i = 0; $i < 24; $i++) { $a = $i * M_PI / 12; $pdf->Rect(110 + 46 * cos($a) - 3, 500 + 46 * sin($a) - 3, 6, 6, 'F'); }
$pdf->SetFillColor(255, 255, 255); $pdf->SetDrawColor(184, 150, 60); $pdf->SetLineWidth(1.5); $pdf->Rect(78, 468, 64, 64, 'DF');
$pdf->SetFont('Helvetica', 'B', 11); $pdf->SetTextColor(184, 150, 60); $pdf->SetXY(78, 486); $pdf->Cell(64, 14, 'CMLE', 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 7); $pdf->Cell(64, 10, t('ASCP'), 0, 0, 'C');
$pdf->SetTextColor(0); $pdf->SetDrawColor(0); $pdf->SetLineWidth(0.5); $pdf->Line(520, 530, 720, 530);
$pdf->SetFont('Times', 'B', 10); $pdf->SetXY(520, 533); $pdf->Cell(200, 12, t('Gwendolyn Ashcroft-Baines, MD, FASCP'), 0, 2);
$pdf->SetFont('Times', '', 9); $pdf->Cell(200, 11, t('Chair, Self-Assessment Editorial Board'), 0, 2);
$pdf->Output('F', $OUT);
