<?php
// MediaLab compliance record (portrait, table)
require_once(__DIR__ . '/lib/fpdf_common.php');
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetTitle('Course Completion Record');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('Helvetica', 'B', 22); $pdf->SetTextColor(0, 112, 122);
$pdf->SetXY(54, 54); $pdf->Cell(300, 26, 'MediaLab', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 9); $pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(350, 58); $pdf->MultiCell(208, 11, w("MediaLab, Inc.\nCompliance & CE Library for Laboratories"), 0, 'R');
$pdf->SetDrawColor(0, 112, 122); $pdf->SetLineWidth(1.5); $pdf->Line(54, 92, 558, 92);
$pdf->SetTextColor(0, 0, 0); $pdf->SetFont('Times', 'B', 24);
$pdf->SetXY(54, 120); $pdf->Cell(504, 30, w('Course Completion Certificate'), 0, 2, 'C');
$pdf->SetFont('Times', '', 12); $pdf->Cell(504, 18, w('Issued to an employee of Riverside Regional Medical Center'), 0, 2, 'C');
$pdf->Ln(24);
$pdf->SetLineWidth(0.5); $pdf->SetDrawColor(0, 0, 0);
$rows = [
  ['Name', 'Patrick Nguyen-Delacroix'],
  ['Employee ID', '004417'],
  ['Course', 'Specimen Collection: Order of Draw and Preanalytical Errors (2025 Edition)'],
  ['Course ID', '0431'],
  ['Date Completed', '02/27/2025'],
  ['Score', '100%'],
  ['Credit', '0.5 contact hour (P.A.C.E.®)'],
];
foreach ($rows as $r) {
  $pdf->SetX(64);
  $pdf->SetFont('Helvetica', 'B', 10.5); $pdf->SetFillColor(226, 240, 241);
  $y = $pdf->GetY();
  $lines = ceil($pdf->GetStringWidth(w($r[1])) / 330);
  $h = max(1, $lines) * 18;
  $pdf->Cell(140, $h, w($r[0]), 1, 0, 'L', true);
  $pdf->SetFont('Helvetica', '', 10.5);
  $pdf->MultiCell(344, 18, w($r[1]), 1, 'L');
}
$pdf->Ln(30); $pdf->SetX(64); $pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->MultiCell(484, 11, w('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This record was generated from the MediaLab learning management system on 03/03/2025 for the organization listed above.'), 0, 'L');
$pdf->Output('F', $argv[1]);
