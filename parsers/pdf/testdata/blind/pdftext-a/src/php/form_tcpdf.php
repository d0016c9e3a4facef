<?php
// form-2-tcpdf: TCPDF fillable CE attendance certificate; text fields filled
// with values ('v') and appearance streams, not flattened.
require '/usr/share/php/tcpdf/tcpdf.php';
$out = $argv[1];
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetCreator('Bayside Health Laboratory Services');
$pdf->SetTitle('CE Attendance Form');
$pdf->SetMargins(60, 60, 60);
$pdf->SetAutoPageBreak(false);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->AddPage();

$pdf->SetFont('helvetica', 'B', 18);
$pdf->SetXY(60, 60);
$pdf->Cell(492, 22, 'Bayside Health Laboratory Services', 0, 0, 'C');
$pdf->SetFont('helvetica', '', 12);
$pdf->SetXY(60, 86);
$pdf->Cell(492, 14, 'Continuing Education Attendance Certificate', 0, 0, 'C');

$labels = array(
    array(150, 'Participant name'),
    array(220, 'Credential / license number'),
    array(290, 'Activity title'),
    array(360, 'Presenter'),
    array(430, 'Date of activity'),
    array(500, 'Contact hours awarded'),
    array(570, 'Credit type'),
);
$pdf->SetFont('helvetica', '', 9);
foreach ($labels as $l) {
    $pdf->SetXY(60, $l[0]);
    $pdf->Cell(492, 11, $l[1], 0, 0, 'L');
}

$pdf->SetFont('times', '', 13);
$style = array('borderColor' => array(120, 120, 120), 'fillColor' => array(245, 245, 250), 'lineWidth' => 1, 'borderStyle' => 'solid');
$fields = array(
    array('participant', 164, 'Kaveh Rautenbach-Ekwensi'),
    array('license', 234, 'CLS 000418-77 (California)'),
    array('activity', 304, 'Rapid Antimicrobial Susceptibility Testing'),
    array('presenter', 374, 'Dr. Inés Okonjo-Halvorsen'),
    array('date', 444, 'March 3, 2025'),
    array('hours', 514, '1.0'),
    array('credittype', 584, 'P.A.C.E.'),
);
foreach ($fields as $f) {
    $pdf->TextField($f[0], 492, 22, $style, array('v' => $f[2], 'dv' => ''), 60, $f[1]);
}
$pdf->SetFont('helvetica', 'I', 8.5);
$pdf->SetXY(60, 660);
$pdf->Cell(492, 11, 'Keep this form for four years. Fields above were completed by the education coordinator.', 0, 0, 'L');
$pdf->Output($out, 'F');
