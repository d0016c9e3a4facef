<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF'); $pdf->SetTitle('Certificate');
$pdf->SetFillColor(240,240,240);
$pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(true, 15);
function T($s) { return $s; }
function frame($pdf) {
  $pdf->SetDrawColor(139,26,26); $pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, 195.9, 259.4);
  $pdf->SetLineWidth(0.3); $pdf->Rect(13, 13, 189.9, 253.4);
  $pdf->SetDrawColor(0,0,0); $pdf->SetLineWidth(0.2);
}
$pdf->AddPage(); frame($pdf); $pdf->SetY(26);
$pdf->SetFont('dejavuserif', 'B', 30);
$pdf->MultiCell(0, 15.0, T('AABB'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', 'I', 12);
$pdf->MultiCell(0, 6.0, T('Annual Meeting 2025'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', 'B', 24);
$pdf->SetTextColor(139,26,26);
$pdf->MultiCell(0, 10.8, T('Certificate of Attendance'), 0, 'C');
$pdf->SetTextColor(30,30,30); $pdf->Ln(2);
$pdf->SetFont('dejavuserif', '', 12);
$pdf->MultiCell(0, 6.0, T('This certifies that'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', 'B', 24);
$pdf->Ln(2); $pdf->MultiCell(0, 11.5, T('Marie-Hélène Côté'), 0, 'C'); $pdf->Ln(2);
$pdf->SetFont('dejavuserif', '', 12);
$pdf->MultiCell(0, 6.0, T('attended the educational session'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', 'B', 14);
$pdf->SetTextColor(139,26,26);
$pdf->MultiCell(0, 7, T('“Cellular Therapy Chain of Identity”'), 0, 'C'); $pdf->SetTextColor(30,30,30);
$pdf->SetX(25.5); $pdf->SetFont('dejavuserif', 'B', 11); $pdf->Cell(55, 7, T('Session #'), 0, 0, 'L');
$pdf->SetFont('dejavuserif', '', 11); $pdf->MultiCell(110, 7, T('9312-S'), 0, 'L');
$pdf->SetX(25.5); $pdf->SetFont('dejavuserif', 'B', 11); $pdf->Cell(55, 7, T('Session date'), 0, 0, 'L');
$pdf->SetFont('dejavuserif', '', 11); $pdf->MultiCell(110, 7, T('October 19, 2025'), 0, 'L');
$pdf->SetX(25.5); $pdf->SetFont('dejavuserif', 'B', 11); $pdf->Cell(55, 7, T('P.A.C.E.® contact hours'), 0, 0, 'L');
$pdf->SetFont('dejavuserif', '', 11); $pdf->MultiCell(110, 7, T('1.5'), 0, 'L');
$pdf->Ln(2);
$pdf->SetFont('dejavuserif', '', 8);
$pdf->MultiCell(0, 4, T('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
$pdf->Output('/work/blind/certs-f/f59.pdf', 'F');
