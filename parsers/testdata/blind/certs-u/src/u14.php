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

$pdf = new PDF('L', 'mm', 'Letter');
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Training Certificate');
$pdf->AddPage();
$W = $pdf->GetPageWidth();
$pdf->SetDrawColor(0, 90, 70); $pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, $W-20, 195.9);
$pdf->SetFillColor(0, 90, 70); $pdf->Rect(10, 10, $W-20, 24, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Helvetica', 'B', 16);
$pdf->CText(14, 8, 'Westmarch Department of Public Health');
$pdf->SetFont('Helvetica', '', 10); $pdf->CText(23, 6, 'Bureau of Laboratories  |  Laboratory Training and Outreach Unit');
$pdf->SetTextColor(0, 90, 70); $pdf->SetFont('Times', 'B', 30); $pdf->CText(44, 13, 'Training Certificate');
$pdf->SetTextColor(30, 30, 30); $pdf->SetFont('Helvetica', '', 11); $pdf->CText(62, 6, 'This is to certify that');
$pdf->SetFont('Helvetica', 'B', 22); $pdf->CText(71, 11, 'ERNESTO V. CALDERÓN-PIKE');
$pdf->SetFont('Helvetica', '', 11); $pdf->CText(85, 6, 'has successfully completed the course');
$pdf->SetFont('Times', 'B', 17);
$pdf->CText(94, 8, 'Packaging and Shipping Division 6.2 Infectious Substances:');
$pdf->CText(102, 8, 'Category A and Category B');
$pdf->SetFont('Helvetica', 'I', 10); $pdf->CText(111, 6, 'Hybrid Classroom Course with Practical Packaging Exercise');
$pdf->SetFont('Helvetica', '', 11); $pdf->CText(120, 6, 'on March 18, 2026, earning 4.0 CE hours.');
$boxes = array(array('Course ID', 'BOL-PS-26-03'), array('Training valid until', 'March 18, 2028'),
               array('Laboratory CLIA No.', '47D0998812'), array('Attendee license no.', 'CLS-00311907'));
$x = 30; $bw = ($W - 60 - 3*6) / 4;
foreach ($boxes as $b) {
    $pdf->SetDrawColor(0, 90, 70); $pdf->SetLineWidth(0.3); $pdf->Rect($x, 134, $bw, 17);
    $pdf->SetXY($x, 136); $pdf->SetFont('Helvetica', '', 7.5); $pdf->SetTextColor(90, 90, 90);
    $pdf->Cell($bw, 4, t($b[0]), 0, 0, 'C');
    $pdf->SetXY($x, 142); $pdf->SetFont('Helvetica', 'B', 11); $pdf->SetTextColor(20, 20, 20);
    $pdf->Cell($bw, 6, t($b[1]), 0, 0, 'C');
    $x += $bw + 6;
}
$pdf->SetFont('Helvetica', '', 7.8); $pdf->SetTextColor(60, 60, 60); $pdf->SetXY(30, 160);
$pdf->MultiCell(120, 3.8, t('This function-specific training addresses 49 CFR 172.704 and the IATA Dangerous Goods Regulations for shippers of UN 2814, UN 2900 and UN 3373. Recurrent training is required before the date shown above.'), 0, 'L');
$pdf->SetDrawColor(60, 60, 60); $pdf->Line($W-115, 178, $W-30, 178);
$pdf->SetXY($W-115, 179); $pdf->SetFont('Helvetica', 'B', 9); $pdf->SetTextColor(20, 20, 20);
$pdf->Cell(85, 5, t('Priya Raman-Castellano, PhD, HCLD(ABB)'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->Cell(85, 4.5, t('Director, Bureau of Laboratories'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(110, 110, 110);
$pdf->CText(197, 4, 'Westmarch Department of Public Health, Bureau of Laboratories  -  4100 Laboratory Drive, Westmarch');
$pdf->Output('F', $argv[1]);
