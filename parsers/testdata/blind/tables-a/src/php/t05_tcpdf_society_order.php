<?php
// TCPDF Times, ruled; hours first and date last; two-line header labels.
require_once(__DIR__ . '/tcpdf_common.php');
$d = load_data();
$pdf = new_pdf('P', 'LETTER', '', false);
$pdf->SetMargins(16, 16, 16);
$pdf->SetAutoPageBreak(true, 16);
$pdf->AddPage();
$pdf->SetFont('times', 'B', 14);
$pdf->Cell(0, 7, 'Pine State Society for Clinical Laboratory Science', 0, 1, 'C');
$pdf->SetFont('times', '', 10.5);
$pdf->Cell(0, 5, 'Member Continuing Education Record', 0, 1, 'C');
$pdf->Cell(0, 5, 'Member: ' . $d['person'] . '   -   Member since 2011', 0, 1, 'C');
$pdf->Ln(4);
$W = array(14, 20, 22, 78, 24, 26);
$H = array("Hours\nEarned", "Credit\nUnit", "Delivery\nFormat", "Course Title", "Program\nNumber", "Program\nDate");
$pdf->SetFont('times', 'B', 9.5);
foreach ($H as $i => $t) $pdf->MultiCell($W[$i], 10, $t, 1, 'C', false, 0, '', '', true, 0, false, true, 10, 'M');
$pdf->Ln();
$pdf->SetFont('times', '', 10);
foreach ($d['rows'] as $r) {
    $n = $pdf->getNumLines($r['title'], $W[3]);
    $hh = max(6.5, $n * 4.6 + 1.6);
    $cells = array($r['credits_disp'], $r['unit_disp'], $r['type'], $r['title'], $r['id'], $r['date_disp']);
    $al = array('C', 'L', 'L', 'L', 'L', 'L');
    foreach ($cells as $i => $t)
        $pdf->MultiCell($W[$i], $hh, $t, 1, $al[$i], false, $i == 5 ? 1 : 0, '', '', true, 0, false, true, $hh, 'M');
}
$pdf->Output(out_path(), "F");
