<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF'); $pdf->SetMargins(50, 45, 50); $pdf->SetAutoPageBreak(true, 40);
$pdf->AddPage();
$pdf->writeHTML('<div style="font-family:dejavusans;"><p style="font-size:16.0pt;text-align:center;font-weight:bold;color:#1a3d6d;">MedCompli Learning, Inc.</p>
<p style="font-size:26.0pt;text-align:center;font-weight:bold;">Certificate of Course Completion</p>
<p style="font-size:11.0pt;text-align:center;">Beatriz Quiñones</p>
<p style="font-size:11.0pt;text-align:center;">has completed the following course</p>
<p style="font-size:15.0pt;text-align:center;font-weight:bold;">Laboratory Safety: Chemical Hygiene and Orientation for New Employees</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:10.0pt;margin:8pt auto;width:85%;" width="100%"><tr><th style="border:1px solid #333;background:#ddd;padding:3pt;">Course Number</th><th style="border:1px solid #333;background:#ddd;padding:3pt;">Completion Date</th><th style="border:1px solid #333;background:#ddd;padding:3pt;">Contact Hours</th></tr><tr><td style="border:1px solid #333;padding:3pt;">MCL-SAF-302</td><td style="border:1px solid #333;padding:3pt;">Aug 19, 2025</td><td style="border:1px solid #333;padding:3pt;">1.5</td></tr></table>
<p style="font-size:8.5pt;text-align:center;color:#444;">Order number: 2025-771045 · Certificate ID: 8F3K-22Q</p>
<p style="font-size:8.5pt;text-align:center;color:#444;">MedCompli Learning, Inc. is an ASCLS P.A.C.E.® approved provider of continuing education.</p></div>', true, false, true, false, '');
$pdf->Output('/work/blind/certs-h/h06.pdf', 'F');
