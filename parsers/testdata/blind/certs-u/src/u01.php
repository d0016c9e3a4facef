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
$pdf->SetTitle('CMLE Certificate'); $pdf->SetAuthor('ASCP');
$pdf->AddPage();
$W = $pdf->GetPageWidth();
$pdf->SetDrawColor(18, 58, 110); $pdf->SetLineWidth(1.8); $pdf->Rect(8, 8, $W-16, 199.9);
$pdf->SetLineWidth(0.35); $pdf->Rect(12.5, 12.5, $W-25, 190.9);
$pdf->SetTextColor(18, 58, 110);
$pdf->SetFont('Times', 'B', 13);  $pdf->CText(21, 7, 'AMERICAN SOCIETY FOR CLINICAL PATHOLOGY');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->CText(28, 5, 'Continuing Medical Laboratory Education');
$pdf->SetFont('Times', 'BI', 34); $pdf->CText(38, 14, 'Certificate of Completion');
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('Helvetica', '', 12); $pdf->CText(58, 7, 'This is to certify that');
$pdf->SetFont('Times', 'B', 26); $pdf->CText(67, 12, 'Marisol T. Quintanilla-Reyes, MLS(ASCP)CM');
$pdf->SetLineWidth(0.3); $pdf->Line(60, 80, $W-60, 80);
$pdf->SetFont('Helvetica', '', 12); $pdf->CText(84, 7, 'has successfully completed the online learning activity');
$pdf->SetFont('Times', 'B', 17);
$pdf->CText(94, 8, 'Hemoglobinopathies Revisited: Interpreting HPLC and Capillary');
$pdf->CText(102, 8, 'Electrophoresis Patterns in the Adult Patient');
$pdf->SetFont('Helvetica', 'I', 10.5); $pdf->CText(112, 6, 'On-Demand');
$pdf->SetFont('Helvetica', '', 12); $pdf->CText(122, 7, 'and has been awarded 1.5 CMLE credits.');
// lower left facts
$pdf->SetFont('Helvetica', '', 9.5);
$rows = array(array('Date Completed:', 'January 14, 2026'), array('Course Number:', '25-HEM-1147'),
              array('Customer ID:', '00418823'));
$y = 140;
foreach ($rows as $r) { $pdf->SetXY(28, $y); $pdf->SetFont('Helvetica', 'B', 9.5); $pdf->Cell(32, 5, t($r[0]));
  $pdf->SetFont('Helvetica', '', 9.5); $pdf->Cell(40, 5, t($r[1])); $y += 6; }
// seal
$pdf->SetDrawColor(176, 141, 46); $pdf->SetFillColor(250, 244, 222);
$pdf->Circle($W/2, 152, 15, 'FD'); $pdf->SetLineWidth(0.6); $pdf->Circle($W/2, 152, 12.5);
$pdf->SetTextColor(176, 141, 46); $pdf->SetFont('Times', 'B', 11); $pdf->CText(148.5, 6, 'CMP', 30, $W/2-15);
$pdf->SetFont('Times', '', 5.5); $pdf->CText(144, 4, 'BOARD OF CERTIFICATION', 30, $W/2-15);
$pdf->CText(155.5, 4, 'CREDENTIAL MAINTENANCE', 30, $W/2-15);
// lower right
$pdf->SetTextColor(40, 40, 40); $pdf->SetFont('Helvetica', '', 9);
$pdf->SetXY($W-110, 140); $pdf->Cell(82, 5, t('Certificate No. C-88130462'), 0, 2, 'R');
$pdf->Cell(82, 5, t('Issued 01/15/2026'), 0, 2, 'R');
// signature
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.3); $pdf->Line($W-110, 178, $W-28, 178);
$pdf->SetFont('Times', 'I', 16); $pdf->SetXY($W-110, 170); $pdf->Cell(82, 7, t('Renata Ubeda-Lowe'), 0, 0, 'C');
$pdf->SetFont('Helvetica', 'B', 8.5); $pdf->SetXY($W-110, 179); $pdf->Cell(82, 4.5, t('Renata Ubeda-Lowe, MS, MLS(ASCP)CM'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 8); $pdf->Cell(82, 4, t('Vice President, Continuing Professional Education'), 0, 2, 'C');
// statement
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetXY(28, 170);
$pdf->MultiCell(105, 3.6, t('ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is acceptable for the ASCP Board of Certification Credential Maintenance Program (CMP).'), 0, 'L');
$pdf->Output('F', $argv[1]);
