<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(54, 50, 54); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('TCHD Public Health Laboratory training certificate');
$pdf->AddPage();
$html = <<<'EOT'
<table cellpadding="4" style="border-bottom:2px solid #2e7d32;">
<tr><td width="404"><span style="font-size:15pt;font-weight:bold;color:#2e7d32;">Tamarack County Health Department</span><br/><span style="font-size:11pt;color:#2e7d32;">Public Health Laboratory · Biosafety &amp; Training Unit</span></td>
<td width="100" align="right"><span style="font-size:24pt;font-weight:bold;color:#9ccc65;">TCHD</span></td></tr>
</table>
<p></p>
<h1 style="text-align:center;font-size:25pt;font-weight:normal;">Training Completion Certificate</h1>
<p style="text-align:center;font-size:12pt;">The Public Health Laboratory certifies that</p>
<p style="text-align:center;font-size:21pt;font-weight:bold;">Deandre L. Whitfield Sr., MB(ASCP)</p>
<p style="text-align:center;font-size:12pt;">has completed the initial/recurrent shipper training course</p>
<p style="text-align:center;font-size:15pt;font-weight:bold;color:#1b5e20;">Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B</p>
<p></p>
<table cellpadding="5" border="1" style="border-color:#a5c8a7;font-size:10.5pt;">
<tr><td width="170" style="background-color:#e8f5e9;"><b>Training ID</b></td><td width="334">PHL-SHIP-26-03</td></tr>
<tr><td style="background-color:#e8f5e9;"><b>Date of training</b></td><td>March 5, 2026</td></tr>
<tr><td style="background-color:#e8f5e9;"><b>Credit</b></td><td>3.0 P.A.C.E.® contact hours</td></tr>
<tr><td style="background-color:#e8f5e9;"><b>Shipper certification valid through</b></td><td>March 5, 2028 (recurrent training required every 24 months)</td></tr>
<tr><td style="background-color:#e8f5e9;"><b>Laboratory license no.</b></td><td>CLS-004117</td></tr>
</table>
<p></p>
<p style="font-size:8.5pt;color:#444444;text-align:justify;">Issued by Tamarack County Health Department, Public Health Laboratory. The Tamarack County Health Department is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Course content addresses 49 CFR Parts 171–180 and the current IATA Dangerous Goods Regulations.</p>
<p></p><p></p>
<table cellpadding="2" style="font-size:9.5pt;"><tr>
<td width="252" style="border-top:1px solid #000000;">Marguerite Ellison-Park, PhD, HCLD(ABB)<br/><i>Laboratory Director</i></td>
<td width="30"></td>
<td width="222" style="border-top:1px solid #000000;">Kwame Asante-Riley, MPH<br/><i>Training Coordinator · signed 03/06/2026</i></td>
</tr></table>
EOT;
$pdf->SetFont('dejavusans', '', 10);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output('/work/blind/certs-t/t12.pdf', 'F');
