<?php
// TCPDF Cell() grid on Letter landscape with character spacing in some cells.
require_once(__DIR__ . '/tcpdf_common.php');
$d = load_data();
$pdf = new_pdf('L', 'LETTER', '', false);
$pdf->SetMargins(18, 16, 18);
$pdf->SetAutoPageBreak(true, 16);
$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 16);
$pdf->Cell(0, 8, 'Education Transcript', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 10);
$pdf->Cell(0, 5, 'AABB - Association for the Advancement of Blood & Biotherapies', 0, 1);
$pdf->Cell(0, 5, 'Participant: ' . $d['person'] . '     AABB ID: 4410-2287', 0, 1);
$pdf->Ln(4);
$W = array(32, 140, 34, 24);
$H = array('Activity ID', 'Program Title', 'Date Completed', 'CE Hours');
$pdf->SetFont('helvetica', 'B', 9.5);
$pdf->SetFillColor(200, 16, 46); $pdf->SetTextColor(255);
foreach ($H as $i => $t) $pdf->Cell($W[$i], 7, $t, 1, 0, $i == 3 ? 'R' : 'L', true);
$pdf->Ln();
$pdf->SetTextColor(0);
$pdf->SetFont('helvetica', '', 9.5);
foreach ($d['rows'] as $r) {
    $n = $pdf->getNumLines($r['title'], $W[1]);
    $hh = max(7, $n * 4.6 + 2);
    $pdf->setFontSpacing(0.25);
    $pdf->Cell($W[0], $hh, $r['id'], 1, 0, 'L');
    $pdf->setFontSpacing(0);
    $pdf->MultiCell($W[1], $hh, $r['title'], 1, 'L', false, 0, '', '', true, 0, false, true, $hh, 'M');
    $pdf->setFontSpacing(0.25);
    $pdf->Cell($W[2], $hh, $r['date_disp'], 1, 0, 'L');
    $pdf->Cell($W[3], $hh, $r['credits_disp'], 1, 1, 'R');
    $pdf->setFontSpacing(0);
}
$pdf->Output(out_path(), "F");
