<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$OUT = $argv[1];

$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(20, 18, 20); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->getPageWidth();
$pdf->SetDrawColor(0, 128, 96);
$pdf->SetLineWidth(0.6);
$pdf->Line(20, 36, $W - 20, 36);
$pdf->SetTextColor(0, 128, 96);
$pdf->SetFont('dejavusans', 'B', 20);
$pdf->SetXY(20, 16); $pdf->Cell(0, 10, 'Veridian Diagnostics', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 10);
$pdf->SetX(20); $pdf->Cell(0, 6, 'Technical Education Center · Raleigh, North Carolina', 0, 1, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('dejavusans', '', 12);
$pdf->SetXY(20, 48); $pdf->Cell(0, 7, 'Certificate of Training', 0, 1, 'L');
$pdf->SetFont('dejavusans', 'B', 22);
$pdf->SetX(20); $pdf->Cell(0, 12, 'Mei-Lin Chaudhry', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetX(20); $pdf->MultiCell(0, 6, 'has completed all lectures, hands-on laboratory exercises and the practical examination of', 0, 'L');
$pdf->SetFont('dejavusans', 'B', 15);
$pdf->SetX(20); $pdf->MultiCell(0, 8, 'Aurelia 900 Hematology Analyzer Key Operator Training', 0, 'L');
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetX(20); $pdf->Cell(0, 7, 'March 2–4, 2026', 0, 1, 'L');
$html = '<table border="1" cellpadding="4" style="font-size:10pt;">
<tr style="background-color:#e0f2ec;"><th width="40mm"><b>Date</b></th><th width="95mm"><b>Content</b></th><th width="35mm" align="right"><b>Contact hours</b></th></tr>
<tr><td>Mon, March 2, 2026</td><td>System overview, startup, daily maintenance, reagent handling</td><td align="right">6.0</td></tr>
<tr><td>Tue, March 3, 2026</td><td>Calibration, quality control, flags and review criteria</td><td align="right">6.0</td></tr>
<tr><td>Wed, March 4, 2026</td><td>Troubleshooting, error recovery, practical examination</td><td align="right">4.0</td></tr>
<tr><td colspan="2"><b>Total P.A.C.E.® contact hours</b></td><td align="right"><b>16.0</b></td></tr>
</table>';
$pdf->SetXY(20, 112);
$pdf->writeHTML($html, true, false, false, false, '');
$html2 = '<table cellpadding="3" style="font-size:10pt;">
<tr><td width="50mm">Course Code</td><td width="110mm">VD-KOT-A900</td></tr>
<tr><td>Customer account</td><td>30017755 – Bluewater Regional Hospital Laboratory</td></tr>
<tr><td>Instrument serial no.</td><td>A9-220417</td></tr>
<tr><td>Practical exam</td><td>Passed</td></tr>
</table>';
$pdf->SetXY(20, 162);
$pdf->writeHTML($html2, true, false, false, false, '');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetXY(20, 196);
$pdf->MultiCell($W - 40, 4.5, 'Veridian Diagnostics is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Key operator status applies to the Aurelia 900 system only.', 0, 'L');
$pdf->SetLineWidth(0.3); $pdf->SetDrawColor(0, 0, 0);
$pdf->Line(20, 238, 85, 238);
$pdf->Line(110, 238, 175, 238);
$pdf->SetFont('dejavusans', '', 9);
$pdf->SetXY(20, 239); $pdf->MultiCell(70, 4.5, "Rolando V. Esquivel\nLead Field Application Specialist", 0, 'L');
$pdf->SetXY(110, 239); $pdf->MultiCell(70, 4.5, "Theresa N. Vo, MLS(ASCP)\nManager, Technical Education Center", 0, 'L');
$pdf->Output($OUT, 'F');
