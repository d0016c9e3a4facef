<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF'); $pdf->SetTitle('Certificate');
$pdf->SetFillColor(240,240,240);
$pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(true, 15);
function T($s) { return $s; }
function frame($pdf) {
  $pdf->SetDrawColor(0,96,122); $pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, 195.9, 259.4);
  $pdf->SetDrawColor(0,0,0); $pdf->SetLineWidth(0.2);
}
$pdf->AddPage(); frame($pdf); $pdf->SetY(26);
$pdf->SetFont('dejavusans', 'B', 15);
$pdf->MultiCell(0, 7.5, T('Association for Diagnostics & Laboratory Medicine'), 0, 'L'); $pdf->Ln(1);
$pdf->SetFont('dejavusans', 'I', 10);
$pdf->MultiCell(0, 5.0, T('ADLM Learning Lab'), 0, 'L'); $pdf->Ln(1);
$pdf->Ln(5.6);
$pdf->SetFont('dejavusans', 'B', 22);
$pdf->SetTextColor(0,96,122);
$pdf->MultiCell(0, 9.9, T('Certificate of Continuing Education'), 0, 'L');
$pdf->SetTextColor(30,30,30); $pdf->Ln(2);
$pdf->Ln(2.1);
$pdf->SetX(22.0); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(55, 7, T('Learner'), 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->MultiCell(110, 7, T('Hamid Rostami-Farahani'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(55, 7, T('Activity title'), 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->MultiCell(110, 7, T('Troponin Testing: High-Sensitivity Assays and Rapid Rule-Out Pathways'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(55, 7, T('Activity ID'), 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->MultiCell(110, 7, T('ADLM-W-0904'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(55, 7, T('Date completed'), 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->MultiCell(110, 7, T('September 4, 2025'), 0, 'L');
$pdf->SetX(22.0); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(55, 7, T('ACCENT® credit claimed'), 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->MultiCell(110, 7, T('0.75 of 1.0 maximum'), 0, 'L');
$pdf->Ln(2);
$pdf->Ln(3.5);
$pdf->SetFont('dejavusans', '', 8);
$pdf->MultiCell(0, 4, T('ADLM designates this activity for a maximum of 1.0 ACCENT® credit hour. Learners claim only credit commensurate with participation.'), 0, 'L');
$pdf->Output('/work/blind/certs-f/f41.pdf', 'F');
