<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF'); $pdf->SetMargins(50, 45, 50); $pdf->SetAutoPageBreak(true, 40);
$pdf->AddPage();
$pdf->writeHTML('<div style="font-family:dejavuserif;"><p style="font-size:16.0pt;text-align:left;font-weight:bold;color:#1a3d6d;">ASCP</p>
<p style="font-size:8.5pt;text-align:left;color:#444;">American Society for Clinical Pathology · Chicago, Illinois</p>
<p style="font-size:26.0pt;text-align:left;font-weight:bold;">CMLE Certificate</p>
<table style="font-size:11.0pt;margin:8pt auto;width:85%;border-collapse:collapse;" width="85%" cellpadding="3"><tr><td style="font-weight:bold;width:38%;padding:3pt;vertical-align:top;">Learner</td><td style="padding:3pt;vertical-align:top;">Aiyana Whitehorse, BB(ASCP)</td></tr><tr><td style="font-weight:bold;width:38%;padding:3pt;vertical-align:top;">Activity</td><td style="padding:3pt;vertical-align:top;">Blood Bank Lab Math</td></tr><tr><td style="font-weight:bold;width:38%;padding:3pt;vertical-align:top;">Activity #</td><td style="padding:3pt;vertical-align:top;">2025-BB-0187</td></tr><tr><td style="font-weight:bold;width:38%;padding:3pt;vertical-align:top;">Date of Completion</td><td style="padding:3pt;vertical-align:top;">2025-01-09</td></tr><tr><td style="font-weight:bold;width:38%;padding:3pt;vertical-align:top;">Credits</td><td style="padding:3pt;vertical-align:top;">0.5 CMLE</td></tr></table>
<p style="font-size:8.5pt;text-align:left;color:#444;">This certificate may be used as documentation for the ASCP BOC Credential Maintenance Program.</p></div>', true, false, true, false, '');
$pdf->Output('/work/blind/certs-h/h15.pdf', 'F');
