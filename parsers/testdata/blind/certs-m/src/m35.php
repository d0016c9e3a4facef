<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->SetCreator('TCPDF');
$pdf->SetTitle('Certificate');
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetMargins(54, 54, 54);
$pdf->SetAutoPageBreak(false);
$pdf->SetFont('helvetica', '', 11);
$pdf->AddPage();

$html = <<<'EOT'
<table cellpadding="10" width="100%"><tr><td style="border-bottom:2px solid #005a99">
<span style="font-size:20pt;color:#005a99"><b>ADLM</b></span> <span style="font-size:12pt">Association for Diagnostics &amp; Laboratory Medicine</span><br/>
<span style="font-size:11pt">Pacific Northwest Local Section &middot; Dinner Lecture Series</span></td></tr></table>
<br/><br/>
<p style="font-size:18pt">ACCENT&reg; Credit Certificate</p>
<table cellpadding="4" width="100%">
<tr><td width="100%" style="font-size:8pt;color:#666666">PARTICIPANT</td></tr>
<tr><td style="font-size:16pt">Harriet Q. Oyelaran-Birch</td></tr>
<tr><td style="font-size:8pt;color:#666666">LECTURE</td></tr>
<tr><td style="font-size:14pt"><b>Troponin Delta Checks in the Emergency Department: Setting Rules Your Clinicians Will Trust</b></td></tr>
</table>
<br/>
<table cellpadding="4" width="100%">
<tr style="font-size:8pt;color:#666666"><td width="25%">EVENT ID</td><td width="25%">DATE</td><td width="25%">ACCENT&reg; CONTACT HOURS</td><td width="25%">VENUE</td></tr>
<tr style="font-size:12pt"><td>PNW-2602</td><td>February 11, 2026</td><td>1.0</td><td>Tacoma, WA</td></tr>
</table>
<br/><br/>
<p style="font-size:8.5pt">Issued by the Association for Diagnostics &amp; Laboratory Medicine, Pacific Northwest Local Section. This activity was approved by ADLM for 1.0 ACCENT&reg; credit hour. ADLM is approved by the ASCLS P.A.C.E.&reg; Program as a provider of continuing education programs in the clinical laboratory sciences.</p>
<p style="font-size:9pt">Signed: Dr. Anselm T. Greaves, Chair, Pacific Northwest Local Section &nbsp;&nbsp;&nbsp; Signed on: 02/18/2026</p>
EOT;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output('/work/blind/certs-m/m35.pdf', 'F');
