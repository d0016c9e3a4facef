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
$pdf->SetMargins(28, 25, 28); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('In-Service Certificate');
$pdf->AddPage();
$pdf->SetDrawColor(120, 160, 60); $pdf->SetLineWidth(0.8); $pdf->Rect(15, 15, 185.9, 249.4);
$pdf->SetFillColor(120, 160, 60); $pdf->Circle(107.95, 42, 11, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Times', 'B', 15); $pdf->CText(39, 6, 'SH');
$pdf->SetTextColor(50, 80, 20); $pdf->SetFont('Times', 'B', 19); $pdf->CText(58, 8, "Saint Hilda Children's Hospital");
$pdf->SetFont('Helvetica', '', 10); $pdf->SetTextColor(90, 90, 90); $pdf->CText(66, 5, 'Laboratory Services Education Office');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('Times', '', 25); $pdf->CText(86, 11, 'Certificate of Completion');
$pdf->SetXY(33, 110); $pdf->SetFont('Times', '', 14);
$pdf->Write(8, t('This certifies that '));
$pdf->SetFont('Times', 'B', 14); $pdf->Write(8, t('Wendell O. Brathwaite, MLS(ASCP)CM'));
$pdf->SetFont('Times', '', 14); $pdf->Write(8, t(' has completed “'));
$pdf->SetFont('Times', 'I', 14); $pdf->Write(8, t('Pediatric Blood Culture Volumes and Contamination Program Update'));
$pdf->SetFont('Times', '', 14); $pdf->Write(8, t('” on March 3, 2026 and is awarded 1.5 contact hours.'));
$pdf->SetFont('Helvetica', '', 9.5);
$pdf->SetXY(33, 150); $pdf->Cell(70, 5, t('In-Service No. LS-2603-07'), 0, 0, 'L');
$pdf->Cell(80, 5, t('Employee No. 40981'), 0, 0, 'R');
$pdf->SetXY(33, 156); $pdf->Cell(70, 5, t('Location: Laboratory Conference Room B'), 0, 0, 'L');
$pdf->Cell(80, 5, t('Issued 03/10/2026'), 0, 0, 'R');
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.3); $pdf->Line(33, 198, 103, 198);
$pdf->SetXY(33, 199); $pdf->SetFont('Helvetica', 'B', 9); $pdf->Cell(70, 5, t('Anneliese Rourke-Tanaka, MS, MLS(ASCP)'), 0, 2, 'L');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->Cell(70, 4.5, t('Laboratory Education Coordinator'), 0, 2, 'L');
$pdf->SetFont('Helvetica', '', 7.8); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(28, 228);
$pdf->MultiCell(159.9, 3.9, t("Saint Hilda Children's Hospital, Laboratory Services Education Office is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program."), 0, 'C');
$pdf->Output('F', $argv[1]);
