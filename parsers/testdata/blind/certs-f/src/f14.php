<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF'); $pdf->SetTitle('Certificate');
$pdf->SetFillColor(240,240,240);
$pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(true, 15);
function T($s) { return $s; }
function frame($pdf) {
  $pdf->SetDrawColor(27,94,32); $pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, 259.4, 195.9);
  $pdf->SetLineWidth(0.3); $pdf->Rect(13, 13, 253.4, 189.9);
  $pdf->SetDrawColor(0,0,0); $pdf->SetLineWidth(0.2);
}
$pdf->AddPage(); frame($pdf); $pdf->SetY(26);
$pdf->SetFont('dejavuserif', 'B', 15);
$pdf->MultiCell(0, 7.5, T('Tri-State Clinical Laboratory Alliance'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', 'B', 30);
$pdf->SetTextColor(27,94,32);
$pdf->MultiCell(0, 13.5, T('Certificate of Attendance'), 0, 'C');
$pdf->SetTextColor(30,30,30); $pdf->Ln(2);
$pdf->SetFont('dejavuserif', '', 12);
$pdf->MultiCell(0, 6.0, T('This certifies that'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', 'B', 24);
$pdf->Ln(2); $pdf->MultiCell(0, 11.5, T('ROSALIND MAE TREADWELL'), 0, 'C'); $pdf->Ln(2);
$pdf->SetFont('dejavuserif', '', 12);
$pdf->MultiCell(0, 6.0, T('attended the'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', 'B', 20);
$pdf->SetTextColor(27,94,32);
$pdf->MultiCell(0, 7, T('2025 Tri-State Clinical Laboratory Symposium'), 0, 'C'); $pdf->SetTextColor(30,30,30);
$pdf->SetFont('dejavuserif', '', 12);
$pdf->MultiCell(0, 6.0, T('October 22–24, 2025  •  Wheeling, West Virginia'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', 'B', 12);
$pdf->MultiCell(0, 6.0, T('Total P.A.C.E.® contact hours earned: 14.0'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', '', 10);
$pdf->MultiCell(0, 5.0, T('Event ID: TSCLA-2025          Badge No. 0417'), 0, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', '', 8);
$pdf->MultiCell(0, 4, T('The Tri-State Clinical Laboratory Alliance (TSCLA) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
$pdf->Ln(14); $y = $pdf->GetY();
$pdf->Line(30.0, $y, 131.7, $y);
$pdf->SetXY(22.0, $y + 1); $pdf->SetFont('dejavuserif', '', 10); $pdf->Cell(117.7, 5, T('Meeting Chair'), 0, 0, 'C');
$pdf->SetXY(22.0, $y + 6); $pdf->SetFont('dejavuserif', 'I', 9); $pdf->Cell(117.7, 5, T('TSCLA'), 0, 0, 'C');
$pdf->Line(147.7, $y, 249.4, $y);
$pdf->SetXY(139.7, $y + 1); $pdf->SetFont('dejavuserif', '', 10); $pdf->Cell(117.7, 5, T('CE Coordinator'), 0, 0, 'C');
$pdf->SetXY(139.7, $y + 6); $pdf->SetFont('dejavuserif', 'I', 9); $pdf->Cell(117.7, 5, T('TSCLA'), 0, 0, 'C');
$pdf->SetY($y + 12);
$pdf->Output('/work/blind/certs-f/f14.pdf', 'F');
