<?php
$D = json_decode('{}', true);
$OUT = $argv[1];
function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Training Certificate');
$pdf->AddPage();
// left colour bar
$pdf->SetFillColor(233, 118, 33); $pdf->Rect(0, 0, 170, 612, 'F');
$pdf->SetFillColor(40, 40, 40); $pdf->Rect(170, 0, 8, 612, 'F');
$pdf->StartTransform(); $pdf->Rotate(90, 95, 420);
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('helvetica', 'B', 30);
$pdf->Text(95, 400, 'KEY OPERATOR');
$pdf->StopTransform();
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('helvetica', 'B', 22); $pdf->Text(220, 50, 'Corvanta Diagnostics, Inc.');
$pdf->SetFont('helvetica', '', 10); $pdf->Text(220, 78, 'Customer Education & Technical Training');
$pdf->SetFont('dejavuserif', '', 30); $pdf->Text(220, 130, 'Certificate of Training');
$pdf->SetFont('helvetica', '', 12); $pdf->Text(220, 185, 'This document certifies that');
$pdf->SetFont('helvetica', 'B', 24); $pdf->Text(220, 205, 'Li-Wen Chau, MLS(ASCP)CM');
$pdf->SetFont('helvetica', '', 12); $pdf->Text(220, 245, 'successfully completed the factory course');
$pdf->SetFont('helvetica', 'B', 16);
$pdf->SetXY(220, 265); $pdf->MultiCell(520, 0, 'Key Operator Training: Corvanta AX-900 Automated Chemistry Analyzer', 0, 'L');
$pdf->SetFont('helvetica', '', 11);
$html = '<table cellpadding="4">
<tr><td width="150" style="color:#777;">Training dates</td><td width="330">February 9–11, 2026 (3 days)</td></tr>
<tr><td style="color:#777;">Location</td><td>Corvanta Training Center, Raleigh, North Carolina</td></tr>
<tr><td style="color:#777;">Course Number</td><td>KO-AX9-0226</td></tr>
<tr><td style="color:#777;">Continuing education</td><td>16.0 contact hours (P.A.C.E.®)</td></tr>
<tr><td style="color:#777;">Instrument Serial No.</td><td>AX9-10447</td></tr>
</table>';
$pdf->writeHTMLCell(500, 0, 220, 320, $html, 0, 1);
$pdf->SetFont('helvetica', '', 8);
$pdf->SetXY(220, 470);
$pdf->MultiCell(520, 0, 'Corvanta Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Completion of this course qualifies the participant to perform key operator maintenance and troubleshooting on the instrument listed above. This certificate does not expire; recertification is recommended after major software upgrades.', 0, 'L');
$pdf->Line(220, 560, 420, 560); $pdf->Line(500, 560, 700, 560);
$pdf->SetFont('helvetica', '', 8.5);
$pdf->Text(220, 564, 'Brendan O. Makowski, Senior Field Trainer');
$pdf->Text(500, 564, 'Signed 02/11/2026 · Training Record 77120');
$pdf->Output($OUT, 'F');
