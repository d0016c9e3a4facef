<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(75, 46, 131); $pdf->Rect(0, 0, 792, 64, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('helvetica', 'B', 20);
$pdf->SetXY(50, 20); $pdf->Cell(400, 24, 'MediaLab, Inc.', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 10); $pdf->SetXY(392, 26); $pdf->Cell(350, 14, 'Certificate #: 8841-2207-55', 0, 0, 'R');
$pdf->SetTextColor(35, 35, 35);
$pdf->SetFont('helvetica', '', 30); $pdf->SetXY(50, 100); $pdf->Cell(692, 34, 'Certificate of Completion', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 12); $pdf->SetXY(50, 150); $pdf->Cell(692, 16, 'This certificate verifies that', 0, 1, 'L');
$pdf->SetFont('helvetica', 'B', 22); $pdf->SetXY(50, 172); $pdf->Cell(692, 28, 'Gustavo H. Prado', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 12); $pdf->SetXY(50, 210); $pdf->Cell(692, 16, 'has successfully completed the following continuing education course:', 0, 1, 'L');
$tbl = '<table cellpadding="6" border="1"><tr style="background-color:#ece7f5;">'
 . '<th width="370"><b>Course</b></th><th width="95" align="center"><b>Course ID</b></th>'
 . '<th width="95" align="center"><b>Completed</b></th><th width="132" align="center"><b>P.A.C.E.® Contact Hours</b></th></tr>'
 . '<tr><td>Chain of Custody Program for Forensic Toxicology Specimens</td><td align="center">ML-COC-114</td>'
 . '<td align="center">10/02/2025</td><td align="center">1.0</td></tr></table>';
$pdf->SetFont('helvetica', '', 10.5); $pdf->SetXY(50, 240); $pdf->writeHTML($tbl, true, false, false, false, '');
$pdf->SetFont('helvetica', '', 9); $pdf->SetTextColor(80, 80, 80); $pdf->SetXY(50, 330);
$pdf->MultiCell(692, 12, 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course is also approved by the Florida Board of Clinical Laboratory Personnel and by the California Department of Public Health, Laboratory Field Services.', 0, 'L');
$pdf->SetTextColor(35, 35, 35);
$pdf->Line(50, 480, 250, 480);
$pdf->SetFont('times', 'I', 12); $pdf->SetXY(50, 484); $pdf->Cell(200, 14, 'Jonathan P. Ferrante', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 9); $pdf->SetX(50); $pdf->Cell(200, 12, 'Continuing Education Manager', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(120, 120, 120);
$pdf->SetXY(50, 560); $pdf->Cell(692, 10, 'Date printed: 10/15/2025', 0, 0, 'L');

$pdf->Output($argv[1], 'F');
