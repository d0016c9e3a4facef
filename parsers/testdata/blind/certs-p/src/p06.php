<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$OUT = $argv[1];

$pdf = new TCPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(22, 18, 22); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->getPageWidth(); $H = $pdf->getPageHeight();
$pdf->SetFillColor(18, 94, 160);
$pdf->Rect(0, 0, $W, 26, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 24);
$pdf->SetXY(22, 7); $pdf->Cell(60, 12, 'LabCE', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 10);
$pdf->SetXY(90, 9); $pdf->Cell($W - 112, 8, 'Continuing education for laboratory professionals', 0, 0, 'R');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 26);
$pdf->SetXY(22, 40); $pdf->Cell($W - 44, 12, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 12);
$pdf->SetXY(22, 58); $pdf->Cell($W - 44, 7, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 24);
$pdf->SetXY(22, 68); $pdf->Cell($W - 44, 12, 'Hyun-Woo Park', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 12);
$pdf->SetXY(22, 84); $pdf->Cell($W - 44, 7, 'has successfully completed the online course', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 17);
$pdf->SetXY(40, 94); $pdf->MultiCell($W - 80, 8, 'Urine Sediment Identification: Casts, Crystals and Cells (Case Studies)', 0, 'C');
$html = '<table cellpadding="4" border="0" style="font-family:helvetica;font-size:10.5pt;">
<tr><td width="45mm" style="color:#666666;">Course #</td><td width="70mm">LCE-1184</td>
    <td width="45mm" style="color:#666666;">Certificate #</td><td width="60mm">26-0127-88412</td></tr>
<tr><td style="color:#666666;">Completed</td><td>Jan 27, 2026</td>
    <td style="color:#666666;">Order #</td><td>5521937</td></tr>
<tr><td style="color:#666666;">Exam score</td><td>88%</td>
    <td style="color:#666666;">Level</td><td>Basic</td></tr>
<tr><td style="color:#666666;">P.A.C.E.® credit</td><td><b>2.0 contact hours</b></td>
    <td style="color:#666666;">Florida credit</td><td>2.0 hours (Urinalysis)</td></tr>
</table>';
$pdf->SetXY(30, 120);
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(22, 170);
$pdf->MultiCell($W - 44, 5, 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. LabCE is an approved provider of continuing education for Florida laboratory personnel. This certificate may be verified in your LabCE account under "My Transcript".', 0, 'C');
$pdf->Output($OUT, 'F');
