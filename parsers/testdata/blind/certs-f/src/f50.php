<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF'); $pdf->SetTitle('Certificate');
$pdf->SetFillColor(240,240,240);
$pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(true, 15);
function T($s) { return $s; }
function frame($pdf) {
  $pdf->SetDrawColor(0,105,92); $pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, 259.4, 195.9);
  $pdf->SetLineWidth(0.3); $pdf->Rect(13, 13, 253.4, 189.9);
  $pdf->SetDrawColor(0,0,0); $pdf->SetLineWidth(0.2);
}
$pdf->AddPage(); frame($pdf); $pdf->SetY(26);
$pdf->SetFont('dejavuserif', 'B', 14);
$pdf->MultiCell(0, 7.0, T('Fairhaven Memorial Hospital  ·  Anatomic Pathology'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', 'B', 28);
$pdf->SetTextColor(0,105,92);
$pdf->MultiCell(0, 12.6, T('Certificate of Attendance'), 0, 'C');
$pdf->SetTextColor(30,30,30); $pdf->Ln(2);
$pdf->SetFont('dejavuserif', '', 12);
$pdf->MultiCell(0, 6.0, T('Laboratory In-Service Program'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', 'B', 14);
$pdf->SetTextColor(0,105,92);
$pdf->MultiCell(0, 7, T('Gross Specimen Orientation: Margins, Sutures, and Inking Conventions'), 0, 'C'); $pdf->SetTextColor(30,30,30);
$pdf->Ln(3.5);
$pdf->SetFont('dejavuserif', 'B', 8.5); $pdf->SetTextColor(0,105,92);
$pdf->Cell(58.8, 5, T('Participant'), 'B', 0, 'L');
$pdf->Cell(58.8, 5, T('Date of Completion'), 'B', 0, 'L');
$pdf->Cell(58.8, 5, T('Contact Hours'), 'B', 0, 'L');
$pdf->Cell(58.8, 5, T('Class Code'), 'B', 0, 'L');
$pdf->Ln(); $pdf->SetTextColor(30,30,30); $pdf->SetFont('dejavuserif', '', 10.5);
$pdf->Cell(58.8, 7, T('Ophelia Ransome-Kuti'), 0, 0, 'L');
$pdf->Cell(58.8, 7, T('June 18, 2025'), 0, 0, 'L');
$pdf->Cell(58.8, 7, T('1.0'), 0, 0, 'L');
$pdf->Cell(58.8, 7, T('AP-IS-0618'), 0, 0, 'L');
$pdf->Ln(9);
$pdf->SetFont('dejavuserif', '', 9);
$pdf->MultiCell(0, 4.5, T('Badge ID: 77120'), 0, 'C'); $pdf->Ln(1);
$pdf->Ln(14); $y = $pdf->GetY();
$pdf->Line(30.0, $y, 249.4, $y);
$pdf->SetXY(22.0, $y + 1); $pdf->SetFont('dejavuserif', '', 10); $pdf->Cell(235.4, 5, T('Pathologists’ Assistant Educator'), 0, 0, 'C');
$pdf->SetXY(22.0, $y + 6); $pdf->SetFont('dejavuserif', 'I', 9); $pdf->Cell(235.4, 5, T('FMH Anatomic Pathology'), 0, 0, 'C');
$pdf->SetY($y + 12);
$pdf->Output('/work/blind/certs-f/f50.pdf', 'F');
