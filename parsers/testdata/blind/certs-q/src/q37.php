<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(28, 57, 110); $pdf->Rect(0, 0, 14, 279.4, 'F');
$pdf->SetTextColor(28, 57, 110);
$pdf->SetFont('Helvetica', 'B', 34); $pdf->SetXY(26, 20); $pdf->Cell(60, 14, 'CRRL', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 12); $pdf->SetX(26); $pdf->Cell(160, 6, 'Cobalt Ridge Reference Laboratory', 0, 1, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', '', 26); $pdf->SetXY(26, 58); $pdf->Cell(170, 12, 'Certificate of Continuing Education', 0, 1, 'L');
$pdf->SetFont('Times', 'I', 12); $pdf->SetX(26); $pdf->Cell(170, 8, 'Lunch & Learn Education Series', 0, 1, 'L');
$pdf->Ln(10);
function row($pdf, $label, $value, $bold = false) {
  $pdf->SetX(26);
  $pdf->SetFont('Helvetica', 'B', 10.5); $pdf->Cell(44, 7, $label, 0, 0, 'L');
  $pdf->SetFont('Helvetica', $bold ? 'B' : '', 10.5);
  $pdf->MultiCell(120, 7, $value, 0, 'L');
  $pdf->Ln(2);
}
row($pdf, 'Awarded to', t('Adebayo T. Olatunji, MB(ASCP)CM'), true);
row($pdf, 'Program title', 'Pharmacogenomics Testing in the Reference Laboratory Setting: Assay Design, Result Interpretation, Reporting Requirements, and Communicating Actionable Findings to Prescribers');
row($pdf, 'Program ID', 'CRRL-PGX-0930');
row($pdf, 'Date attended', 'September 30, 2025');
row($pdf, 'Delivery', 'Live (in person and virtual)');
row($pdf, 'Contact hours', t('1.5 P.A.C.E.® contact hours'));
row($pdf, 'Registration no.', 'R-250930-0187');
$pdf->Ln(6);
$pdf->SetX(26); $pdf->SetFont('Helvetica', '', 9);
$pdf->MultiCell(165, 4.6, t('Cobalt Ridge Reference Laboratory is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Participants must attend the entire session and complete the evaluation to receive credit.'), 0, 'L');
$pdf->SetXY(26, 236); $pdf->SetFont('Times', 'I', 16); $pdf->Cell(80, 8, 'Noor Haddad', 0, 1, 'L');
$pdf->Line(26, 245, 100, 245);
$pdf->SetX(26); $pdf->SetFont('Helvetica', '', 9); $pdf->SetY(246); $pdf->SetX(26);
$pdf->MultiCell(100, 4.4, "Noor Haddad, PhD, FACMG\nScientific Director, Pharmacogenomics", 0, 'L');
$pdf->Output('F', $argv[1]);
