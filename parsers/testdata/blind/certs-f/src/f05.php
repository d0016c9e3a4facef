<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF'); $pdf->SetTitle('Certificate');
$pdf->SetFillColor(240,240,240);
$pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(true, 15);
function T($s) { return $s; }
function frame($pdf) {
  $pdf->SetDrawColor(21,101,192); $pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, 195.9, 259.4);
  $pdf->SetDrawColor(0,0,0); $pdf->SetLineWidth(0.2);
}
$pdf->AddPage(); frame($pdf); $pdf->SetY(26);
$pdf->SetFont('dejavusans', 'B', 22);
$pdf->MultiCell(0, 11.0, T('LabCE.com'), 0, 'L'); $pdf->Ln(1);
$pdf->SetFont('dejavusans', 'I', 10);
$pdf->MultiCell(0, 5.0, T('Continuing Education for Laboratory Professionals'), 0, 'L'); $pdf->Ln(1);
$pdf->Ln(4.9);
$pdf->SetFont('dejavusans', 'B', 22);
$pdf->SetTextColor(21,101,192);
$pdf->MultiCell(0, 9.9, T('Certificate of Course Completion'), 0, 'L');
$pdf->SetTextColor(30,30,30); $pdf->Ln(2);
$pdf->Ln(2.1);
$pdf->SetX(22.0); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(55, 7, T('Name:'), 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->MultiCell(110, 7, T('Łucja Wiśniewska-Kowal'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(55, 7, T('Course:'), 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->MultiCell(110, 7, T('Urine Sediment Microscopy: Casts, Crystals, and Cells'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(55, 7, T('Course Number:'), 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->MultiCell(110, 7, T('1184'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(55, 7, T('Completion Date:'), 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->MultiCell(110, 7, T('February 9, 2025'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(55, 7, T('Credit Hours:'), 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->MultiCell(110, 7, T('2.0 P.A.C.E.® contact hours'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(55, 7, T('Order Number:'), 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->MultiCell(110, 7, T('LC-5520193'), 0, 'L');
$pdf->Ln(2);
$pdf->Ln(3.5);
$pdf->SetFont('dejavusans', '', 8);
$pdf->MultiCell(0, 4, T('LabCE.com is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Florida Board of Clinical Laboratory Personnel provider # 50-12345.'), 0, 'L');
$pdf->Ln(14); $y = $pdf->GetY();
$pdf->Line(30.0, $y, 185.9, $y);
$pdf->SetXY(22.0, $y + 1); $pdf->SetFont('dejavusans', '', 10); $pdf->Cell(171.9, 5, T('Education Coordinator'), 0, 0, 'C');
$pdf->SetXY(22.0, $y + 6); $pdf->SetFont('dejavusans', 'I', 9); $pdf->Cell(171.9, 5, T('LabCE.com'), 0, 0, 'C');
$pdf->SetY($y + 12);
$pdf->Output('/work/blind/certs-f/f05.pdf', 'F');
