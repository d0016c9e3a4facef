<?php
// std14-2-tcpdf: TCPDF with its core (non-embedded) fonts: times, courier, helvetica.
require '/usr/share/php/tcpdf/tcpdf.php';
$out = $argv[1];
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetCreator('CAP Learning');
$pdf->SetTitle('Learning Transcript');
$pdf->SetMargins(54, 54, 54);
$pdf->SetAutoPageBreak(false);
$pdf->setCellPaddings(2, 1, 2, 1);
$pdf->AddPage();

$pdf->SetFont('times', 'B', 18);
$pdf->SetXY(54, 60);
$pdf->Cell(504, 22, 'COLLEGE OF AMERICAN PATHOLOGISTS', 0, 0, 'L');
$pdf->SetFont('times', '', 12);
$pdf->SetXY(54, 84);
$pdf->Cell(504, 14, 'Learning Transcript for Laboratory Personnel', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 9);
$pdf->SetXY(54, 84);
$pdf->Cell(504, 14, 'Printed 04/02/2025', 0, 0, 'R');

$pdf->SetFont('helvetica', 'B', 10);
$pdf->SetXY(54, 120);
$pdf->Cell(80, 13, 'Learner:', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 10);
$pdf->Cell(200, 13, 'Bartholomew Nwachukwu-Reyes', 0, 0, 'L');
$pdf->SetFont('helvetica', 'B', 10);
$pdf->SetXY(340, 120);
$pdf->Cell(70, 13, 'CAP ID:', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 10);
$pdf->Cell(148, 13, '7730-1185', 0, 0, 'L');
$pdf->SetFont('helvetica', 'B', 10);
$pdf->SetXY(54, 135);
$pdf->Cell(80, 13, 'Institution:', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 10);
$pdf->Cell(300, 13, 'Lakeshore Mercy Hospital Laboratory', 0, 0, 'L');

$cols = array(250, 86, 56, 112);
$hdr = array('Activity Title', 'Completion Date', 'Credits', 'Credit Type');
$pdf->SetFont('helvetica', 'B', 9);
$pdf->SetFillColor(220, 220, 220);
$pdf->SetXY(54, 170);
foreach ($hdr as $i => $h) {
    $pdf->Cell($cols[$i], 16, $h, 1, 0, 'L', true);
}
$rows = array(
    array('Blood Bank Antibody Identification', '01/09/2025', '2.0', 'CE'),
    array('Urine Sediment Microscopy for live Review', '01/23/2025', '1.0', 'CE'),
    array('Quality Control: Westgard Rules', '02/06/2025', '1.5', 'CE'),
    array('Molecular Pathology Checklist Update', '02/20/2025', '0.5', 'CAP CME'),
    array('SUBMIT Button Workflow in the LIS', '03/03/2025', '0.25', 'CE'),
    array('Anticoagulant 0.25 mL Tolerance Audit', '03/17/2025', '0.75', 'CE'),
    array('Histotechnology Safety: Formalin', '03/28/2025', '1.0', 'CE'),
);
$pdf->SetFont('times', '', 10);
$y = 186;
foreach ($rows as $r) {
    $pdf->SetXY(54, $y);
    foreach ($r as $i => $c) {
        $pdf->Cell($cols[$i], 15, $c, 1, 0, $i == 2 ? 'R' : 'L');
    }
    $y += 15;
}
$pdf->SetFont('times', 'B', 10);
$pdf->SetXY(54, $y);
$pdf->Cell($cols[0] + $cols[1], 15, 'Total credits', 1, 0, 'R');
$pdf->Cell($cols[2], 15, '7.0', 1, 0, 'R');
$pdf->Cell($cols[3], 15, '', 1, 0, 'L');

$pdf->SetFont('courier', '', 9);
$pdf->SetXY(54, $y + 40);
$pdf->Cell(504, 11, 'NOTE: CREDITS FOR LIVE EVENTS POST WITHIN 5 BUSINESS DAYS.', 0, 0, 'L');
$pdf->SetXY(54, $y + 52);
$pdf->Cell(504, 11, 'Verification code: 5QX-20250402-ZK', 0, 0, 'L');
$pdf->Output($out, 'F');
