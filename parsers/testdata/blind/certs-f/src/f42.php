<?php
require_once('/usr/share/php/fpdf/fpdf.php');
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetFillColor(240,240,240);
$pdf->SetTitle('Certificate'); $pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(true, 15);
function T($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
function frame($pdf) {
  $pdf->SetDrawColor(74,20,140); $pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, 259.4, 195.9);
  $pdf->SetLineWidth(0.3); $pdf->Rect(13, 13, 253.4, 189.9);
  $pdf->SetDrawColor(0,0,0); $pdf->SetLineWidth(0.2);
}
$pdf->AddPage(); frame($pdf); $pdf->SetY(26);
$pdf->SetFont('Helvetica', 'B', 16);
$pdf->MultiCell(0, 8.0, T('National Society for Histotechnology'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('Helvetica', 'B', 26);
$pdf->SetTextColor(74,20,140);
$pdf->MultiCell(0, 11.7, T('Certificate of Completion'), 0, 'C');
$pdf->SetTextColor(30,30,30); $pdf->Ln(2);
$pdf->SetFont('Helvetica', 'B', 22);
$pdf->MultiCell(0, 11.0, T('Zoë van der Linden'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('Helvetica', '', 12);
$pdf->MultiCell(0, 6.0, T('completed'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('Helvetica', 'I', 10);
$pdf->MultiCell(0, 5.0, T('the hands-on workshop'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('Helvetica', 'B', 14);
$pdf->SetTextColor(74,20,140);
$pdf->MultiCell(0, 7, T('IHC Antibody Validation Workshop'), 0, 'C'); $pdf->SetTextColor(30,30,30);
$pdf->SetFont('Helvetica', 'B', 10.5);
$pdf->Cell(105.9, 8, T('Workshop #'), 1, 0, 'L', true);
$pdf->SetFont('Helvetica', '', 10.5);
$pdf->Cell(129.5, 8, T('WS-112'), 1, 0, 'L', false);
$pdf->Ln();
$pdf->SetFont('Helvetica', 'B', 10.5);
$pdf->Cell(105.9, 8, T('Date'), 1, 0, 'L', true);
$pdf->SetFont('Helvetica', '', 10.5);
$pdf->Cell(129.5, 8, T('September 13, 2025'), 1, 0, 'L', false);
$pdf->Ln();
$pdf->SetFont('Helvetica', 'B', 10.5);
$pdf->Cell(105.9, 8, T('Contact Hours'), 1, 0, 'L', true);
$pdf->SetFont('Helvetica', '', 10.5);
$pdf->Cell(129.5, 8, T('3.0'), 1, 0, 'L', false);
$pdf->Ln();
$pdf->Ln(3);
$pdf->SetFont('Helvetica', '', 8);
$pdf->MultiCell(0, 4, T('The National Society for Histotechnology (NSH) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
$pdf->Output('F', '/work/blind/certs-f/f42.pdf');
