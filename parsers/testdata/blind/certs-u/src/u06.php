<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
class PDF extends FPDF {
    function Ellipse($x, $y, $rx, $ry, $style = 'D') {
        if ($style == 'F') $op = 'f'; elseif ($style == 'FD' || $style == 'DF') $op = 'B'; else $op = 'S';
        $lx = 4/3*(M_SQRT2-1)*$rx; $ly = 4/3*(M_SQRT2-1)*$ry; $k = $this->k; $h = $this->h;
        $this->_out(sprintf('%.2F %.2F m %.2F %.2F %.2F %.2F %.2F %.2F c',
            ($x+$rx)*$k, ($h-$y)*$k, ($x+$rx)*$k, ($h-($y-$ly))*$k, ($x+$lx)*$k, ($h-($y-$ry))*$k, $x*$k, ($h-($y-$ry))*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c',
            ($x-$lx)*$k, ($h-($y-$ry))*$k, ($x-$rx)*$k, ($h-($y-$ly))*$k, ($x-$rx)*$k, ($h-$y)*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c',
            ($x-$rx)*$k, ($h-($y+$ly))*$k, ($x-$lx)*$k, ($h-($y+$ry))*$k, $x*$k, ($h-($y+$ry))*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c %s',
            ($x+$lx)*$k, ($h-($y+$ry))*$k, ($x+$rx)*$k, ($h-($y+$ly))*$k, ($x+$rx)*$k, ($h-$y)*$k, $op));
    }
    function Circle($x, $y, $r, $style = 'D') { $this->Ellipse($x, $y, $r, $r, $style); }
    function CText($y, $h, $s, $w = null, $x = 0) {
        if ($w === null) $w = $this->w;
        $this->SetXY($x, $y); $this->Cell($w, $h, t($s), 0, 0, 'C');
    }
}

$pdf = new PDF('P', 'mm', 'Letter');
$pdf->SetMargins(20, 20, 20); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Certificate of Completion');
$pdf->AddPage();
$pdf->SetFillColor(0, 84, 147); $pdf->Rect(0, 0, 215.9, 30, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Helvetica', 'B', 22);
$pdf->SetXY(20, 9); $pdf->Cell(90, 12, t('MediaLab, Inc.'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetXY(110, 9); $pdf->Cell(86, 12, t('Continuing Education Certificate'), 0, 0, 'R');
$pdf->SetTextColor(0, 84, 147); $pdf->SetFont('Helvetica', 'B', 26);
$pdf->SetXY(20, 48); $pdf->Cell(175.9, 12, t('Certificate of Completion'), 0, 1, 'C');
$pdf->SetDrawColor(0, 84, 147); $pdf->SetLineWidth(0.8); $pdf->Line(70, 63, 145.9, 63);
$pdf->SetTextColor(30, 30, 30);
$y = 78;
function lv($pdf, &$y, $l, $v, $bold = false, $size = 11) {
    $pdf->SetXY(20, $y); $pdf->SetFont('Helvetica', 'B', 10); $pdf->SetTextColor(90, 90, 90);
    $pdf->Cell(45, 6.5, t($l), 0, 0, 'R');
    $pdf->SetTextColor(20, 20, 20); $pdf->SetFont('Helvetica', $bold ? 'B' : '', $size);
    $pdf->SetXY(70, $y); $pdf->MultiCell(120, 6.5, t($v), 0, 'L');
    $y = $pdf->GetY() + 4;
}
lv($pdf, $y, 'Awarded to:', 'Gregory Ansel Whitcombe, MLT(ASCP)', true, 14);
lv($pdf, $y, 'Course:', 'Laboratory Safety Orientation: Chemical Hygiene, Fire Safety, and Hazard Communication for New Employees', true, 12);
lv($pdf, $y, 'Course #:', '2231');
lv($pdf, $y, 'Date Completed:', '4/7/2026');
lv($pdf, $y, 'Credit Earned:', '1.0 contact hour (P.A.C.E.®)');
lv($pdf, $y, 'Score:', '92%');
$y += 6;
$pdf->SetDrawColor(200, 200, 200); $pdf->SetLineWidth(0.2); $pdf->Line(20, $y, 195.9, $y);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(80, 80, 80); $pdf->SetXY(20, $y + 4);
$pdf->MultiCell(175.9, 4.4, t('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course was completed online; a passing score of 70% or higher on the post-test is required to earn credit.'), 0, 'L');
$pdf->SetXY(20, 238); $pdf->SetFont('Helvetica', '', 8.5);
$pdf->Cell(90, 5, t('Account #: 11875-44'), 0, 0, 'L');
$pdf->Cell(85.9, 5, t('Printed: 4/9/2026'), 0, 0, 'R');
$pdf->SetFillColor(0, 84, 147); $pdf->Rect(0, 269, 215.9, 10.4, 'F');
$pdf->Output('F', $argv[1]);
