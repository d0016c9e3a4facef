<?php
require_once('/usr/share/php/fpdf/fpdf.php');
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetFillColor(240,240,240);
$pdf->SetTitle('Certificate'); $pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(true, 15);
function T($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
function frame($pdf) {
  $pdf->SetDrawColor(26,35,126); $pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, 259.4, 195.9);
  $pdf->SetLineWidth(0.3); $pdf->Rect(13, 13, 253.4, 189.9);
  $pdf->SetDrawColor(0,0,0); $pdf->SetLineWidth(0.2);
}
$pdf->AddPage(); frame($pdf); $pdf->SetY(26);
$pdf->SetFont('Times', 'B', 15);
$pdf->MultiCell(0, 7.5, T('Mercy Valley Health System'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('Times', '', 10);
$pdf->MultiCell(0, 5.0, T('Laboratory Services - Staff Development'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('Times', 'B', 24);
$pdf->SetTextColor(26,35,126);
$pdf->MultiCell(0, 10.8, T('In-Service Attendance Certificate'), 0, 'C');
$pdf->SetTextColor(30,30,30); $pdf->Ln(2);
$pdf->SetFont('Times', '', 12);
$pdf->MultiCell(0, 6.0, T('This is to acknowledge that'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('Times', 'B', 24);
$pdf->Ln(2); $pdf->MultiCell(0, 11.5, T('Magdalena Wojcik'), 0, 'C'); $pdf->Ln(2);
$pdf->SetFont('Times', '', 9);
$pdf->MultiCell(0, 4.5, T('Employee ID 0052917'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('Times', '', 12);
$pdf->MultiCell(0, 6.0, T('participated in the departmental in-service'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('Times', 'B', 14);
$pdf->SetTextColor(26,35,126);
$pdf->MultiCell(0, 7, T('Rapid Response: Critical Value Notification and Read-Back'), 0, 'C'); $pdf->SetTextColor(30,30,30);
$pdf->SetFont('Times', '', 12);
$pdf->MultiCell(0, 6.0, T('on 19 August 2025, earning 0.5 contact hour of continuing education.'), 0, 'C'); $pdf->Ln(1);
$pdf->Ln(14); $y = $pdf->GetY();
$pdf->Line(30.0, $y, 131.7, $y);
$pdf->SetXY(22.0, $y + 1); $pdf->SetFont('Times', '', 10); $pdf->Cell(117.7, 5, T('Laboratory Educator'), 0, 0, 'C');
$pdf->SetXY(22.0, $y + 6); $pdf->SetFont('Times', 'I', 9); $pdf->Cell(117.7, 5, T('MVHS Laboratory Services'), 0, 0, 'C');
$pdf->Line(147.7, $y, 249.4, $y);
$pdf->SetXY(139.7, $y + 1); $pdf->SetFont('Times', '', 10); $pdf->Cell(117.7, 5, T('Laboratory Manager'), 0, 0, 'C');
$pdf->SetXY(139.7, $y + 6); $pdf->SetFont('Times', 'I', 9); $pdf->Cell(117.7, 5, T('MVHS Laboratory Services'), 0, 0, 'C');
$pdf->SetY($y + 12);
$pdf->Output('F', '/work/blind/certs-f/f24.pdf');
