<?php
require_once('/usr/share/php/fpdf/fpdf.php');
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetFillColor(240,240,240);
$pdf->SetTitle('Certificate'); $pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(true, 15);
function T($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
function frame($pdf) {
  $pdf->SetDrawColor(13,71,161); $pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, 195.9, 259.4);
  $pdf->SetLineWidth(0.3); $pdf->Rect(13, 13, 189.9, 253.4);
  $pdf->SetDrawColor(0,0,0); $pdf->SetLineWidth(0.2);
}
$pdf->AddPage(); frame($pdf); $pdf->SetY(26);
$pdf->SetFont('Helvetica', 'B', 18);
$pdf->MultiCell(0, 9.0, T('American Medical Technologists'), 0, 'L'); $pdf->Ln(1);
$pdf->SetFont('Helvetica', '', 11);
$pdf->MultiCell(0, 5.5, T('AMT Continuing Education'), 0, 'L'); $pdf->Ln(1);
$pdf->Ln(4.9);
$pdf->SetFont('Helvetica', 'B', 22);
$pdf->SetTextColor(13,71,161);
$pdf->MultiCell(0, 9.9, T('CE Completion Certificate'), 0, 'L');
$pdf->SetTextColor(30,30,30); $pdf->Ln(2);
$pdf->Ln(1.4);
$pdf->SetX(22.0); $pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(55, 7, T('Member:'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 11); $pdf->MultiCell(110, 7, T('Robert E. Whitcombe III, MLT(AMT)'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(55, 7, T('AMT Member No.:'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 11); $pdf->MultiCell(110, 7, T('8830214'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(55, 7, T('Program:'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 11); $pdf->MultiCell(110, 7, T('Phlebotomy Complications: Nerve Injury, Hematoma, and Syncope'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(55, 7, T('Program ID:'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 11); $pdf->MultiCell(110, 7, T('AMT-STEP-2213'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(55, 7, T('Completed:'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 11); $pdf->MultiCell(110, 7, T('2025-02-27'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(55, 7, T('CE Hours:'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 11); $pdf->MultiCell(110, 7, T('1.0'), 0, 'L');
$pdf->Ln(2);
$pdf->Ln(3.5);
$pdf->SetFont('Helvetica', '', 10);
$pdf->MultiCell(0, 5.0, T('This activity is approved for 1.0 hour of continuing education by American Medical Technologists.'), 0, 'L'); $pdf->Ln(1);
$pdf->Ln(14); $y = $pdf->GetY();
$pdf->Line(30.0, $y, 185.9, $y);
$pdf->SetXY(22.0, $y + 1); $pdf->SetFont('Helvetica', '', 10); $pdf->Cell(171.9, 5, T('Director of Education'), 0, 0, 'C');
$pdf->SetXY(22.0, $y + 6); $pdf->SetFont('Helvetica', 'I', 9); $pdf->Cell(171.9, 5, T('American Medical Technologists'), 0, 0, 'C');
$pdf->SetY($y + 12);
$pdf->Output('F', '/work/blind/certs-f/f15.pdf');
