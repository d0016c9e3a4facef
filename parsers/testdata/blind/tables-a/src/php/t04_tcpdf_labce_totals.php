<?php
// TCPDF core Helvetica, ruled, right-aligned P.A.C.E. hours and a totals row.
require_once(__DIR__ . '/tcpdf_common.php');
$d = load_data();
$pdf = new_pdf('P', 'A4', 'www.labce.com/transcript  -  Printed 2025-11-30', false);
$pdf->SetMargins(15, 15, 15);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 14);
$pdf->Cell(0, 7, 'LabCE Transcript', 0, 1);
$pdf->SetFont('helvetica', '', 9.5);
$pdf->Cell(0, 5, 'Name: ' . $d['person'] . '      Username: htakemura', 0, 1);
$pdf->Cell(0, 5, 'Courses are approved for P.A.C.E. credit.', 0, 1);
$pdf->Ln(4);
$W = array(20, 110, 30, 20);
$pdf->SetFont('helvetica', 'B', 9);
$pdf->SetFillColor(235, 240, 245);
$pdf->Cell($W[0], 7, 'Course #', 1, 0, 'L', true);
$pdf->Cell($W[1], 7, 'Course Title', 1, 0, 'L', true);
$pdf->Cell($W[2], 7, 'Date Completed', 1, 0, 'L', true);
$pdf->Cell($W[3], 7, 'P.A.C.E. Hrs', 1, 1, 'R', true);
$pdf->SetFont('helvetica', '', 9);
foreach ($d['rows'] as $r) {
    $n = $pdf->getNumLines($r['title'], $W[1]);
    $hh = max(6, $n * 4.4 + 1.6);
    $pdf->MultiCell($W[0], $hh, $r['id'], 1, 'L', false, 0, '', '', true, 0, false, true, $hh, 'M');
    $pdf->MultiCell($W[1], $hh, $r['title'], 1, 'L', false, 0, '', '', true, 0, false, true, $hh, 'M');
    $pdf->MultiCell($W[2], $hh, $r['date_disp'], 1, 'L', false, 0, '', '', true, 0, false, true, $hh, 'M');
    $pdf->MultiCell($W[3], $hh, $r['credits_disp'], 1, 'R', false, 1, '', '', true, 0, false, true, $hh, 'M');
}
$pdf->SetFont('helvetica', 'B', 9);
$pdf->Cell($W[0] + $W[1] + $W[2], 7, 'Total P.A.C.E. Hours', 1, 0, 'R');
$pdf->Cell($W[3], 7, $d['total'], 1, 1, 'R');
$pdf->Output(out_path(), "F");
