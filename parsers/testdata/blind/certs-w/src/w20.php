<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];
function mk($orient) {
  $pdf = new TCPDF($orient, 'mm', 'LETTER', true, 'UTF-8', false);
  $pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
  $pdf->SetAutoPageBreak(false); $pdf->SetCreator('CE Records');
  return $pdf;
}

$pdf = mk('P');
$pdf->SetMargins(22, 20, 22);
$pdf->AddPage();
$pdf->SetFillColor(255, 244, 214); $pdf->Rect(0, 0, 215.9, 40, 'F');
$pdf->SetFont('dejavusans', 'B', 17); $pdf->SetTextColor(120, 70, 0); $pdf->SetXY(22, 12);
$pdf->Cell(0, 8, "Whitmore Children's Hospital", 0, 1);
$pdf->SetFont('dejavusans', '', 10); $pdf->SetX(22);
$pdf->Cell(0, 6, 'Pathology & Laboratory Medicine Services', 0, 1);
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(110); $pdf->SetX(22);
$pdf->Cell(0, 5, 'Laboratory Continuing Education  ·  Ext. 4-5521', 0, 1);
$pdf->SetTextColor(20);
$pdf->SetY(52);
$html = '<h2 style="text-align:center;font-size:16pt;">Continuing Education Credit &mdash; Departmental In-Service</h2>
<p style="text-align:center;font-size:11pt;">The following staff member attended the in-service session described below.</p>
<table cellpadding="5" border="0.4">
<tr><td width="32%" style="background-color:#f3f3f3;"><b>Attendee</b></td><td width="68%" style="font-size:12pt;"><b>Colette Marie-Ange Dubois</b>, CLS</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>California CLS License No.</b></td><td>CLS-00091234</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>Session title</b></td><td>Pediatric Phlebotomy Safety Program: Minimizing Iatrogenic Blood Loss in the Neonatal Intensive Care Unit</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>Session ID</b></td><td>WCH-PLM-1105</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>Date of session</b></td><td>11/05/2025 (Wednesday), 07:15&ndash;08:00</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>Presenter</b></td><td>Ignatius P. Oduya, MD, Medical Director, Hematology Laboratory</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>Credit awarded</b></td><td><b>0.75</b> P.A.C.E.&reg; contact hour</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>Sign-in sheet</b></td><td>Sheet 3 of 4, line 17</td></tr>
</table>
<p style="font-size:9pt;">Whitmore Children\'s Hospital, Pathology &amp; Laboratory Medicine Services is approved as a provider of continuing
education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. California licensees: P.A.C.E.&reg;
credit is accepted by the California Department of Public Health, Laboratory Field Services, for license renewal.</p>';
$pdf->SetFont('dejavusans', '', 10);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Ln(14);
$y = $pdf->GetY();
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->Line(22, $y, 100, $y);
$pdf->SetXY(22, $y + 1); $pdf->MultiCell(80, 4.5, "Shirin Tavakoli, MS, CLS\nLaboratory Education Coordinator\nDate: 11/07/2025", 0, 'L');
$pdf->Output($out, 'F');
