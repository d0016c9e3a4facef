<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$out = $argv[1];

$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetMargins(18, 16, 18);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('Helvetica', 'B', 13);
$pdf->Cell(120, 6, t('Northstar Clinical Reference Laboratory'), 0, 0);
$pdf->SetFont('Helvetica', '', 8); $pdf->Cell(0, 6, t('Form NCRL-TRN-004 rev. 3'), 0, 1, 'R');
$pdf->SetFont('Helvetica', '', 9.5); $pdf->Cell(0, 5, t('Laboratory Training Department  |  NCRL  |  Eagan, Minnesota'), 0, 1);
$pdf->SetLineWidth(0.8); $pdf->Line(18, 29, 197.9, 29); $pdf->SetLineWidth(0.2);
$pdf->Ln(6);
$pdf->SetFont('Helvetica', 'B', 14); $pdf->Cell(0, 8, t('In-Service Training Record and Continuing Education Certificate'), 0, 1, 'C');
$pdf->Ln(3);
function box($pdf, $x, $y, $w, $h, $label, $value, $vs = 11, $bold = false) {
  $pdf->Rect($x, $y, $w, $h);
  $pdf->SetXY($x + 1.5, $y + 1.2); $pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(95);
  $pdf->Cell($w - 3, 3.5, t(strtoupper($label)));
  $pdf->SetXY($x + 1.5, $y + 5); $pdf->SetFont('Helvetica', $bold ? 'B' : '', $vs); $pdf->SetTextColor(0);
  $pdf->MultiCell($w - 3, 5, t($value), 0, 'L');
}
$y = 46;
box($pdf, 18, $y, 100, 13, 'Employee name', 'Dmitri V. Korsakov', 12, true);
box($pdf, 118, $y, 40, 13, 'Employee no.', '20-4471');
box($pdf, 158, $y, 39.9, 13, 'Department', 'Toxicology');
$y += 13;
box($pdf, 18, $y, 179.9, 19, 'Activity title', 'Toxicology Bench Orientation: Chain-of-Custody Documentation and Specimen Integrity', 11.5, true);
$y += 19;
box($pdf, 18, $y, 45, 13, 'Activity no.', 'NCRL-TR-0812');
box($pdf, 63, $y, 45, 13, 'Date presented', '08/12/2025');
box($pdf, 108, $y, 45, 13, 'Duration', '75 minutes');
box($pdf, 153, $y, 44.9, 13, 'Contact hours', '1.25', 12, true);
$y += 13;
$pdf->Rect(18, $y, 179.9, 14);
$pdf->SetXY(19.5, $y + 1.2); $pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(95); $pdf->Cell(60, 3.5, 'DELIVERY METHOD');
$pdf->SetTextColor(0); $pdf->SetFont('Helvetica', '', 10);
$opts = array(array('Live in-service', true), array('Online module', false), array('Self-study / reading', false), array('Vendor training', false));
$x = 21;
foreach ($opts as $o) {
  $pdf->Rect($x, $y + 7, 3.5, 3.5);
  if ($o[1]) { $pdf->SetFont('ZapfDingbats', '', 9); $pdf->SetXY($x - 0.2, $y + 6.9); $pdf->Cell(4, 4, chr(52)); $pdf->SetFont('Helvetica', '', 10); }
  $pdf->SetXY($x + 5, $y + 6.5); $pdf->Cell(36, 4.5, t($o[0]));
  $x += 44;
}
$y += 14;
box($pdf, 18, $y, 90, 13, 'Presenter', 'Farah N. Haddad, MS, C(ASCP)');
box($pdf, 108, $y, 89.9, 13, 'Training record no.', 'TR-2025-3390');
$y += 20;
$pdf->SetXY(18, $y); $pdf->SetFont('Helvetica', '', 8.5);
$pdf->MultiCell(179.9, 4.3, t('Northstar Clinical Reference Laboratory (NCRL) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This record documents attendance only; the competency assessment that follows the orientation is recorded separately in the employee competency file.'), 0, 'L');
$y = $pdf->GetY() + 16;
$pdf->Line(18, $y, 95, $y); $pdf->Line(118, $y, 197.9, $y);
$pdf->SetXY(18, $y + 1); $pdf->MultiCell(77, 4.3, t("Presenter signature\nFarah N. Haddad"), 0, 'L');
$pdf->SetXY(118, $y + 1); $pdf->MultiCell(80, 4.3, t("Reviewed by: Owen T. Lindgren, Training Supervisor\nDate reviewed: 08/15/2025"), 0, 'L');
$pdf->SetXY(18, 262); $pdf->SetFont('Helvetica', 'I', 7.5); $pdf->SetTextColor(110);
$pdf->Cell(0, 4, t('Retain original in the employee training file. Printed 08/15/2025 from LMS.'), 0, 0, 'C');
$pdf->Output('F', $out);
