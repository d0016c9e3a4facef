<?php
// cmap0000-1-tcpdf: TCPDF Unicode TrueType fonts (dejavusans / dejavuserif,
// subset, Identity-H) whose ToUnicode CMaps are "<0000> <00ff> <0000>" ranges.
require '/usr/share/php/tcpdf/tcpdf.php';
$out = $argv[1];
$pdf = new TCPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetCreator('AABB Education');
$pdf->SetAuthor('AABB');
$pdf->SetTitle('Certificate of Completion');
$pdf->SetMargins(15, 15, 15);
$pdf->SetAutoPageBreak(false);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->AddPage();
$pdf->SetDrawColor(20, 60, 110);
$pdf->SetLineWidth(1.5);
$pdf->Rect(10, 10, 259.4, 195.9);
$pdf->SetLineWidth(0.3);
$pdf->Rect(13, 13, 253.4, 189.9);

$pdf->SetFont('dejavuserif', 'B', 13);
$pdf->SetXY(15, 26);
$pdf->Cell(249.4, 7, 'AABB · Association for the Advancement of Blood & Biotherapies', 0, 0, 'C');
$pdf->SetFont('dejavuserif', 'B', 30);
$pdf->SetXY(15, 42);
$pdf->Cell(249.4, 14, 'Certificate of Completion', 0, 0, 'C');
$pdf->SetFont('dejavuserif', '', 14);
$pdf->SetXY(15, 66);
$pdf->Cell(249.4, 8, 'This certifies that', 0, 0, 'C');
$pdf->SetFont('dejavuserif', 'B', 26);
$pdf->SetXY(15, 80);
$pdf->Cell(249.4, 13, 'José Muñoz-Ibáñez', 0, 0, 'C');
$pdf->SetFont('dejavuserif', '', 14);
$pdf->SetXY(15, 100);
$pdf->Cell(249.4, 8, 'has successfully completed the eCast webinar', 0, 0, 'C');
$pdf->SetFont('dejavuserif', 'B', 16);
$pdf->SetXY(15, 111);
$pdf->Cell(249.4, 9, 'Patient Blood Management: Pre-operative Anemia Clinics', 0, 0, 'C');
$pdf->SetFont('dejavuserif', '', 14);
$pdf->SetXY(15, 124);
$pdf->Cell(249.4, 8, 'on March 3, 2025 and is awarded 1.5 contact hours (P.A.C.E.®)', 0, 0, 'C');

$pdf->SetFont('dejavusans', '', 9.5);
$pdf->SetXY(30, 160);
$pdf->Cell(110, 6, 'Course code: EC-2503-PBM', 0, 0, 'L');
$pdf->SetXY(150, 160);
$pdf->Cell(100, 6, 'Attendee no. 0093-5521', 0, 0, 'R');
$pdf->SetXY(30, 167);
$pdf->Cell(110, 6, 'Faculty: Dr. Ånund Kristoffersen-Zúñiga', 0, 0, 'L');
$pdf->SetXY(150, 167);
$pdf->Cell(100, 6, 'Issued: 03/05/2025', 0, 0, 'R');
$pdf->SetFont('dejavusans', '', 7.5);
$pdf->SetXY(15, 185);
$pdf->Cell(249.4, 5, 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 0, 0, 'C');
$pdf->Output($out, 'F');
