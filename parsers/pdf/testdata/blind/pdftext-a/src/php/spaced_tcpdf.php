<?php
// spaced-5-tcpdf: TCPDF setFontSpacing() and Cell(..., stretch=4): TCPDF writes
// "BT <n> Tc ET" in a text object of its own before the text it applies to.
require '/usr/share/php/tcpdf/tcpdf.php';
$out = $argv[1];
$pdf = new TCPDF('L', 'mm', 'A4', true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetCreator('Harborview Regional Blood Center');
$pdf->SetTitle('Certificate');
$pdf->SetMargins(20, 20, 20);
$pdf->SetAutoPageBreak(false);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->AddPage();
$pdf->SetLineWidth(1.2);
$pdf->SetDrawColor(140, 20, 30);
$pdf->Rect(12, 12, 273, 186);

$pdf->SetFont('helvetica', 'B', 12);
$pdf->setFontSpacing(1.2);
$pdf->SetXY(20, 26);
$pdf->Cell(257, 8, 'HARBORVIEW REGIONAL BLOOD CENTER', 0, 0, 'C');
$pdf->setFontSpacing(0);
$pdf->SetFont('helvetica', '', 10);
$pdf->SetXY(20, 34);
$pdf->Cell(257, 6, 'Immunohematology Reference Laboratory', 0, 0, 'C');

// title forced to fill the cell width by extra character spacing (stretch mode 4)
$pdf->SetFont('times', 'B', 30);
$pdf->SetXY(58, 52);
$pdf->Cell(181, 14, 'CERTIFICATE', 0, 0, 'C', false, '', 4);

$pdf->SetFont('times', 'I', 14);
$pdf->SetXY(20, 78);
$pdf->Cell(257, 8, 'is presented to', 0, 0, 'C');

$pdf->SetFont('dejavusans', 'B', 22);
$pdf->setFontSpacing(2.0);
$pdf->SetXY(20, 92);
$pdf->Cell(257, 12, 'YOLANDA FERREIRA-ØDEGÅRD', 0, 0, 'C');
$pdf->setFontSpacing(0);

$pdf->SetFont('times', '', 14);
$pdf->SetXY(20, 112);
$pdf->Cell(257, 7, 'in recognition of completing the competency assessment', 0, 0, 'C');
$pdf->SetFont('times', 'B', 16);
$pdf->SetXY(20, 121);
$pdf->Cell(257, 8, 'Antibody Identification with Selected Cell Panels', 0, 0, 'C');
$pdf->SetFont('times', '', 14);
$pdf->SetXY(20, 131);
$pdf->Cell(257, 7, 'on March 3, 2025 — 3.0 contact hours (P.A.C.E.®)', 0, 0, 'C');

// label + spaced value on the same line
$pdf->SetFont('helvetica', '', 10);
$pdf->SetXY(30, 160);
$pdf->Cell(30, 6, 'Assessment:', 0, 0, 'L');
$pdf->setFontSpacing(0.8);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(60, 6, 'PASSED', 0, 0, 'L');
$pdf->setFontSpacing(0);
$pdf->SetFont('helvetica', '', 10);
$pdf->SetXY(170, 160);
$pdf->Cell(100, 6, 'Record no. HRB-IRL-25-0061', 0, 0, 'L');
$pdf->SetXY(30, 167);
$pdf->Cell(30, 6, 'Evaluator:', 0, 0, 'L');
$pdf->Cell(80, 6, 'Fergus Adeyemi-Lachance, MT(ASCP)SBB', 0, 0, 'L');
$pdf->SetXY(170, 167);
$pdf->Cell(100, 6, 'Score: 96%', 0, 0, 'L');
$pdf->Output($out, 'F');
