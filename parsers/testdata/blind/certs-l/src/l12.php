<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$OUT = '/work/blind/certs-l/l12.pdf';

$pdf = new FPDF('P', 'mm', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetLineWidth(0.6); $pdf->Rect(12, 12, 191.9, 255.4);
$pdf->SetFont('Arial', 'B', 9); $pdf->SetXY(16, 16); $pdf->Cell(100, 5, t('MID-ATLANTIC REGIONAL PUBLIC HEALTH LABORATORY'), 0, 2);
$pdf->SetFont('Arial', '', 8); $pdf->Cell(100, 4, t('Mid-Atlantic Regional Public Health Laboratory (MARPHL)'), 0, 2);
$pdf->Cell(100, 4, t('Laboratory Training and Outreach Section'), 0, 2);
$pdf->Cell(100, 4, t('1700 Harborview Parkway, Building 3, Dover Point'), 0, 2);
$pdf->SetDrawColor(0);
$pdf->SetXY(150, 16); $pdf->SetFont('Arial', 'B', 7); $pdf->MultiCell(48, 3.5, t("OFFICIAL TRAINING\nRECORD\nForm LTO-12 (03/2022)"), 1, 'C');
$pdf->SetXY(12, 42); $pdf->SetFillColor(30, 30, 30); $pdf->SetTextColor(255);
$pdf->SetFont('Arial', 'B', 13); $pdf->Cell(191.9, 9, t('CERTIFICATE OF TRAINING COMPLETION'), 0, 1, 'C', true);
$pdf->SetTextColor(0);
function box($pdf, $x, $y, $w, $h, $label, $val, $vs = 11) {
  $pdf->Rect($x, $y, $w, $h);
  $pdf->SetXY($x + 1.5, $y + 1); $pdf->SetFont('Arial', '', 6.5); $pdf->Cell($w - 3, 3, t($label), 0, 0);
  $pdf->SetXY($x + 1.5, $y + 5); $pdf->SetFont('Arial', 'B', $vs); $pdf->MultiCell($w - 3, 5.5, t($val), 0, 'L');
}
box($pdf, 16, 58, 120, 13, '1. NAME OF TRAINEE', 'Darnell W. Fitzgerald III');
box($pdf, 136, 58, 63.9, 13, '2. CLIA / LABORATORY ID', '21D0488173');
box($pdf, 16, 71, 183.9, 13, '3. EMPLOYING LABORATORY', 'Kent Harbor Hospital Microbiology');
box($pdf, 16, 84, 183.9, 19, '4. COURSE TITLE', 'Packaging and Shipping Division 6.2 Infectious Substances');
box($pdf, 16, 103, 46, 13, '5. COURSE ID', 'PHL-TRN-0622');
box($pdf, 62, 103, 46, 13, '6. DATE COMPLETED', '08/22/2024');
box($pdf, 108, 103, 46, 13, '7. CONTACT HOURS', '3.0');
box($pdf, 154, 103, 45.9, 13, '8. DELIVERY', 'Classroom + practical', 9);
box($pdf, 16, 116, 91.95, 13, '9. CERTIFICATION VALID UNTIL', '08/22/2026');
box($pdf, 107.95, 116, 91.95, 13, '10. INSTRUCTOR', 'Aurelio Sandoval, MPH, SM(ASCP)', 9.5);
$pdf->SetXY(16, 136); $pdf->SetFont('Arial', '', 9);
$pdf->MultiCell(183.9, 4.6, t('This certifies that the individual named in block 1 completed the training identified above, including the '
 . 'practical packaging exercise and written assessment, in accordance with IATA Dangerous Goods Regulations and U.S. DOT '
 . '49 CFR Parts 171-180. Function-specific training must be repeated at least every 24 months.'), 0, 'J');
$pdf->Ln(3); $pdf->SetX(16); $pdf->SetFont('Arial', 'I', 8.5);
$pdf->MultiCell(183.9, 4.2, t('MARPHL is approved as a provider of continuing education programs in the clinical laboratory sciences '
 . 'by the ASCLS P.A.C.E.® Program.'), 0, 'J');
$pdf->Line(20, 215, 95, 215); $pdf->Line(120, 215, 195, 215);
$pdf->SetFont('Arial', 'B', 9); $pdf->SetXY(20, 216); $pdf->Cell(75, 4, t('Yvonne Castellano-Reid, PhD, D(ABMM)'), 0, 2);
$pdf->SetFont('Arial', '', 8); $pdf->Cell(75, 4, t('Laboratory Director'), 0, 0);
$pdf->SetFont('Arial', 'B', 9); $pdf->SetXY(120, 216); $pdf->Cell(75, 4, t('Training Coordinator'), 0, 2);
$pdf->SetFont('Arial', '', 8); $pdf->Cell(75, 4, t('Laboratory Training and Outreach Section'), 0, 0);
$pdf->SetXY(16, 255); $pdf->SetFont('Arial', '', 6.5);
$pdf->Cell(183.9, 4, t('Record No. LTO-2024-01377  |  This certificate does not authorize shipment of Category A substances without employer designation.'), 0, 0, 'C');
$pdf->Output('F', $OUT);
