<?php
require('/usr/share/php/fpdf/fpdf.php');
function w($s) { return iconv('UTF-8', 'windows-1252', $s); }
$OUT = $argv[1];

function spaced_center($pdf, $txt, $y, $sp) {
    $t = w($txt);
    $n = strlen($t);
    $tw = 0;
    for ($i = 0; $i < $n; $i++) { $tw += $pdf->GetStringWidth($t[$i]); }
    $tw += $sp * ($n - 1);
    $x = ($pdf->GetPageWidth() - $tw) / 2;
    for ($i = 0; $i < $n; $i++) {
        $pdf->Text($x, $y, $t[$i]);
        $x += $pdf->GetStringWidth($t[$i]) + $sp;
    }
}

$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->GetPageWidth();
$pdf->SetDrawColor(70, 100, 60);
$pdf->SetLineWidth(0.8);
$pdf->Rect(10, 10, $W - 20, 259);
$pdf->SetTextColor(70, 100, 60);
$pdf->SetFont('Helvetica', 'B', 14);
$pdf->SetXY(10, 22); $pdf->Cell($W - 20, 7, w('Rocky Mountain Histology & Cytology Society'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 9);
spaced_center($pdf, 'RMHCS', 35, 2.5);
$pdf->SetTextColor(0);
$pdf->SetFont('Times', 'B', 24);
$pdf->SetXY(10, 46); $pdf->Cell($W - 20, 11, w('High Country Histology Summit 2025'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12);
$pdf->Cell(0, 6, w('September 11–13, 2025  ·  Estes Park, Colorado'), 0, 1, 'C');
$pdf->Ln(10);
$pdf->SetFont('Times', 'I', 18);
$pdf->Cell(0, 9, w('Continuing Education Certificate'), 0, 1, 'C');
$pdf->Ln(4);
$pdf->SetFont('Times', '', 12);
$pdf->Cell(0, 6, w('This certifies that'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 20);
$pdf->Cell(0, 11, w('Corinne A. Vasquez, HTL(ASCP)QIHC'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12);
$pdf->Cell(0, 6, w('attended the summit and claimed the following continuing education hours:'), 0, 1, 'C');
$pdf->Ln(6);
$x0 = 38; $cw = array(70, 35, 35);
$pdf->SetFont('Helvetica', 'B', 10);
$pdf->SetFillColor(226, 236, 220);
$pdf->SetX($x0);
$pdf->Cell($cw[0], 8, w('Day'), 1, 0, 'L', true);
$pdf->Cell($cw[1], 8, w('Maximum'), 1, 0, 'R', true);
$pdf->Cell($cw[2], 8, w('Claimed'), 1, 1, 'R', true);
$pdf->SetFont('Helvetica', '', 10);
foreach (array(array('Thursday, September 11', '6.0', '5.0'), array('Friday, September 12', '7.0', '6.0'),
               array('Saturday, September 13', '5.0', '3.5')) as $r) {
  $pdf->SetX($x0);
  $pdf->Cell($cw[0], 8, w($r[0]), 1, 0, 'L');
  $pdf->Cell($cw[1], 8, $r[1], 1, 0, 'R');
  $pdf->Cell($cw[2], 8, $r[2], 1, 1, 'R');
}
$pdf->SetFont('Helvetica', 'B', 10);
$pdf->SetX($x0);
$pdf->Cell($cw[0], 8, w('Total contact hours'), 1, 0, 'L', true);
$pdf->Cell($cw[1], 8, '18.0', 1, 0, 'R', true);
$pdf->Cell($cw[2], 8, '14.5', 1, 1, 'R', true);
$pdf->Ln(8);
$pdf->SetFont('Helvetica', '', 9);
$pdf->SetX(25);
$pdf->MultiCell($W - 50, 4.6, w('The Rocky Mountain Histology & Cytology Society is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Hours claimed above are P.A.C.E.® contact hours. Attendee No. 0219.'), 0, 'C');
$pdf->SetLineWidth(0.3);
$pdf->Line(30, 238, 95, 238);
$pdf->Line($W - 95, 238, $W - 30, 238);
$pdf->SetFont('Times', '', 10);
$pdf->SetXY(30, 239); $pdf->MultiCell(65, 4.6, w("Delphine R. Ostrander, HT(ASCP)\nPresident"), 0, 'C');
$pdf->SetXY($W - 95, 239); $pdf->MultiCell(65, 4.6, w("Arturo J. Bellamy, HTL(ASCP)\nEducation Committee Chair"), 0, 'C');
$pdf->Output('F', $OUT);
