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

$pdf = new FPDF('P', 'mm', 'A4');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->GetPageWidth();
$pdf->SetDrawColor(0, 110, 120);
$pdf->SetLineWidth(3);
$pdf->Rect(8, 8, $W - 16, 281);
$pdf->SetFillColor(0, 110, 120);
$pdf->Rect(8, 8, $W - 16, 30, 'F');
$pdf->SetTextColor(255);
$pdf->SetFont('Helvetica', 'B', 16);
$pdf->SetXY(16, 15); $pdf->Cell(0, 8, w('Lakeshore College of Allied Health'), 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 10);
$pdf->SetX(16); $pdf->Cell(0, 6, w('CE Online  |  learn.lakeshorecah.example'), 0, 1, 'L');
$pdf->SetTextColor(30);
$pdf->SetFont('Helvetica', 'B', 22);
spaced_center($pdf, 'CERTIFICATE OF COMPLETION', 70, 1.8);
$pdf->SetFont('Helvetica', '', 12);
$pdf->SetXY(10, 84); $pdf->Cell($W - 20, 7, w('This is to certify that'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 26);
$pdf->SetXY(10, 96); $pdf->Cell($W - 20, 12, w('Annika L. Sørensen'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 12);
$pdf->SetXY(10, 114); $pdf->Cell($W - 20, 7, w('has completed the course'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 16);
$pdf->SetXY(25, 126); $pdf->MultiCell($W - 50, 8, w('Introduction to Flow Cytometry for Clinical Laboratory Scientists'), 0, 'C');
$pdf->SetFont('Helvetica', '', 11);
$y = 160;
foreach (array(array('Course ID', 'MLS-CE 215'), array('Course start', '2 March 2026'), array('Date completed', '24 April 2026'),
               array('Grade', '94.00 %'), array('Credits', '0.8 CEU'), array('Code', '7F3KQ2XL')) as $r) {
    $pdf->SetXY(50, $y); $pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(45, 7, w($r[0] . ':'), 0, 0, 'R');
    $pdf->SetFont('Helvetica', '', 11); $pdf->Cell(70, 7, w(' ' . $r[1]), 0, 1, 'L');
    $y += 8;
}
$pdf->SetFont('Helvetica', 'I', 8.5);
$pdf->SetXY(25, 225);
$pdf->MultiCell($W - 50, 4.2, w('Continuing Education Units are awarded by Lakeshore College of Allied Health; 0.1 CEU is granted for each ten hours of instruction. Verify this certificate with the code above.'), 0, 'C');
$pdf->SetLineWidth(0.3); $pdf->SetDrawColor(60);
$pdf->Line(70, 260, $W - 70, 260);
$pdf->SetFont('Helvetica', '', 9.5);
$pdf->SetXY(10, 261); $pdf->Cell($W - 20, 5, w('Marisol T. Kaur, PhD  ·  Dean of Continuing Education'), 0, 1, 'C');
$pdf->Output('F', $OUT);
