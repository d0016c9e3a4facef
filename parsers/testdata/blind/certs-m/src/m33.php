<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->SetCreator('TCPDF');
$pdf->SetTitle('Certificate');
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetMargins(54, 54, 54);
$pdf->SetAutoPageBreak(false);
$pdf->SetFont('helvetica', '', 11);
$pdf->AddPage();

$html = <<<'EOT'
<table cellpadding="8"><tr><td width="22%" style="background-color:#ff7a00;color:#ffffff;font-size:26pt;font-weight:bold" align="center">T</td>
<td width="78%"><span style="font-size:18pt;font-weight:bold">Talvera Diagnostics Academy</span><br/><span style="font-size:9pt">Talvera Diagnostics, Inc. &middot; Scientific Education</span></td></tr></table>
<br/><br/><br/>
<p style="font-size:12pt">Certificate awarded to</p>
<p style="font-size:20pt"><b>Sunniva K. Lindgren, SCYM(ASCP)</b></p>
<p style="font-size:12pt">for completing the educational webinar</p>
<p style="font-size:15pt;color:#333333"><b>Flow Cytometry Panel Design for Minimal Residual Disease Monitoring</b></p>
<p style="font-size:10pt"><i>On-Demand Webinar</i></p>
<br/>
<table cellpadding="5" border="1" width="70%">
<tr><td width="45%" style="background-color:#f3f3f3">Webinar #</td><td width="55%">TDA-0412</td></tr>
<tr><td style="background-color:#f3f3f3">Viewed and evaluated on</td><td>September 30, 2025</td></tr>
<tr><td style="background-color:#f3f3f3">Contact hours (P.A.C.E.&reg;)</td><td>1.5</td></tr>
<tr><td style="background-color:#f3f3f3">Customer account</td><td>US-11093-A</td></tr>
</table>
<br/><br/>
<p style="font-size:8.5pt">Talvera Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This program is educational and is not intended to promote any product.</p>
EOT;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output('/work/blind/certs-m/m33.pdf', 'F');
