<?php
// symbol-3-fpdf: FPDF core fonts Symbol and ZapfDingbats (raw built-in codes,
// no /Encoding) beside Helvetica/Times in a proficiency-testing summary.
require '/usr/share/php/fpdf/fpdf.php';
function w($s) { return iconv('UTF-8', 'windows-1252', $s); }

$out = $argv[1];
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetTitle('PT Event Summary');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();

// write runs of (font, style, text) one after another on one line
function run($pdf, $x, $y, $size, $parts) {
    foreach ($parts as $p) {
        $pdf->SetFont($p[0], $p[1], $size);
        $t = $p[0] == 'Symbol' || $p[0] == 'ZapfDingbats' ? $p[2] : w($p[2]);
        $pdf->Text($x, $y, $t);
        $x += $pdf->GetStringWidth($t);
    }
    return $x;
}

$pdf->SetFont('Helvetica', 'B', 16);
$pdf->Text(60, 72, 'Chemistry Proficiency Testing - Event 2025-A');
$pdf->SetFont('Helvetica', '', 10);
$pdf->Text(60, 90, w('Laboratory: Quarry Ridge Community Hospital (CLIA 38D0991245)'));
$pdf->Text(60, 104, w('Reviewed by: Tomasz Afolabi-Quiroga, MLS(ASCP)   Review date: 03/03/2025'));

$y = 140;
$pdf->SetFont('Helvetica', 'B', 10);
$pdf->Text(60, $y, 'Analyte');
$pdf->Text(230, $y, 'Result');
$pdf->Text(320, $y, 'Target');
$pdf->Text(400, $y, 'Limits');
$pdf->Text(490, $y, 'Grade');
$pdf->Line(60, $y + 5, 552, $y + 5);
$rows = array(
    array(array(array('Helvetica', '', 'Vitamin B12')), '412 pg/mL', '398', array(array('Symbol', '', chr(0xB1)), array('Helvetica', '', '25%')), '4'),
    array(array(array('Symbol', '', 'b'), array('Helvetica', '', '-hCG, quantitative')), '1210 IU/L', '1185', array(array('Symbol', '', chr(0xB1)), array('Helvetica', '', '3 SD')), '4'),
    array(array(array('Symbol', '', 'a'), array('Helvetica', '', '-fetoprotein')), '38.6 ng/mL', '45.0', array(array('Symbol', '', chr(0xB1)), array('Helvetica', '', '12%')), '7'),
    array(array(array('Helvetica', '', 'Copper, serum')), '14.2 ', '15.0', array(array('Symbol', '', chr(0xB1)), array('Helvetica', '', '15%')), '4'),
);
$y += 22;
foreach ($rows as $i => $r) {
    run($pdf, 60, $y, 10, $r[0]);
    if ($i == 3) {
        run($pdf, 230, $y, 10, array(array('Helvetica', '', '14.2 '), array('Symbol', '', 'm'), array('Helvetica', '', 'mol/L')));
    } else {
        run($pdf, 230, $y, 10, array(array('Helvetica', '', $r[1])));
    }
    run($pdf, 320, $y, 10, array(array('Helvetica', '', $r[2])));
    run($pdf, 400, $y, 10, $r[3]);
    run($pdf, 490, $y, 11, array(array('ZapfDingbats', '', $r[4])));
    $y += 18;
}
$y += 14;
run($pdf, 60, $y, 10, array(array('ZapfDingbats', '', '4'), array('Helvetica', '', ' = acceptable   '),
    array('ZapfDingbats', '', '7'), array('Helvetica', '', ' = unacceptable, investigate within 30 days')));
$y += 18;
run($pdf, 60, $y, 10, array(array('Helvetica', '', 'Score: 75% (3 of 4); event passing score '),
    array('Symbol', '', chr(0xB3)), array('Helvetica', '', ' 80% '), array('Symbol', '', chr(0xAE)),
    array('Helvetica', '', ' corrective action required')));
$y += 30;
$pdf->SetFont('Times', 'I', 10);
$pdf->Text(60, $y, w('Corrective action and review of this event earn 1.0 contact hour of CE credit.'));
$pdf->SetFont('ZapfDingbats', '', 12);
$pdf->Text(60, $y + 40, 'l');
$pdf->SetFont('Times', '', 10);
$pdf->Text(76, $y + 40, w('Signed: Oluwaseun Ndiaye-Whitcombe, Technical Supervisor'));
$pdf->Output('F', $out);
