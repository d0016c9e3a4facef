<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF'); $pdf->SetTitle('Certificate');
$pdf->SetFillColor(240,240,240);
$pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(true, 15);
function T($s) { return $s; }
function frame($pdf) {
  $pdf->SetDrawColor(139,26,26); $pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, 259.4, 195.9);
  $pdf->SetDrawColor(0,0,0); $pdf->SetLineWidth(0.2);
}
$pdf->AddPage(); frame($pdf); $pdf->SetY(26);
$pdf->SetFont('dejavusans', 'B', 32);
$pdf->MultiCell(0, 16.0, T('AABB'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavusans', 'B', 26);
$pdf->SetTextColor(139,26,26);
$pdf->MultiCell(0, 11.7, T('Certificate of Participation'), 0, 'C');
$pdf->SetTextColor(30,30,30); $pdf->Ln(2);
$pdf->SetFont('dejavusans', 'B', 15);
$pdf->MultiCell(0, 7.5, T('Cold Agglutinin Disease and Pretransfusion Testing'), 0, 'C'); $pdf->Ln(1);
$pdf->Ln(4.9);
$pdf->SetFont('dejavusans', 'B', 8.5); $pdf->SetTextColor(139,26,26);
$pdf->Cell(78.5, 5, T('Participant Name'), 'B', 0, 'L');
$pdf->Cell(78.5, 5, T('Activity Date'), 'B', 0, 'L');
$pdf->Cell(78.5, 5, T('Contact Hours'), 'B', 0, 'L');
$pdf->Ln(); $pdf->SetTextColor(30,30,30); $pdf->SetFont('dejavusans', '', 10.5);
$pdf->Cell(78.5, 7, T('Wilhelmina Oyelowo, MLS(ASCP)CM'), 0, 0, 'L');
$pdf->Cell(78.5, 7, T('2025-03-05'), 0, 0, 'L');
$pdf->Cell(78.5, 7, T('1.0'), 0, 0, 'L');
$pdf->Ln(9);
$pdf->SetFont('dejavusans', 'B', 8.5); $pdf->SetTextColor(139,26,26);
$pdf->Cell(78.5, 5, T('Activity Number'), 'B', 0, 'L');
$pdf->Cell(78.5, 5, T('Member ID'), 'B', 0, 'L');
$pdf->Cell(78.5, 5, T('Format'), 'B', 0, 'L');
$pdf->Ln(); $pdf->SetTextColor(30,30,30); $pdf->SetFont('dejavusans', '', 10.5);
$pdf->Cell(78.5, 7, T('25VA-0305'), 0, 0, 'L');
$pdf->Cell(78.5, 7, T('M-0090213'), 0, 0, 'L');
$pdf->Cell(78.5, 7, T('Virtual Academy recording'), 0, 0, 'L');
$pdf->Ln(9);
$pdf->SetFont('dejavusans', '', 8);
$pdf->MultiCell(0, 4, T('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
$pdf->Output('/work/blind/certs-f/f32.pdf', 'F');
