<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF'); $pdf->SetMargins(50, 45, 50); $pdf->SetAutoPageBreak(true, 40);
$pdf->AddPage();
$pdf->writeHTML('<div style="font-family:dejavusans;"><p style="font-size:16.0pt;text-align:center;font-weight:bold;color:#1a3d6d;">Association for Diagnostics &amp; Laboratory Medicine</p>
<p style="font-size:26.0pt;text-align:center;font-weight:bold;">ACCENT® Credit Certificate</p>
<p style="font-size:24.0pt;text-align:center;font-weight:bold;">Chen Jiahui</p>
<p style="font-size:11.0pt;text-align:center;">participated in the</p>
<p style="font-size:15.0pt;text-align:center;font-weight:bold;">ADLM 2025 Annual Scientific Meeting &amp; Clinical Lab Expo</p>
<p style="font-size:11.0pt;text-align:center;">July 27–31, 2025 · Chicago, IL</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:10.0pt;margin:8pt auto;width:85%;" width="100%"><tr><th style="border:1px solid #333;background:#ddd;padding:3pt;">Maximum ACCENT® credits available</th><th style="border:1px solid #333;background:#ddd;padding:3pt;">ACCENT® credits claimed</th></tr><tr><td style="border:1px solid #333;padding:3pt;">27.0</td><td style="border:1px solid #333;padding:3pt;">18.5</td></tr></table>
<p style="font-size:8.5pt;text-align:center;color:#444;">Registration ID 20250466213</p></div>', true, false, true, false, '');
$pdf->Output('/work/blind/certs-h/h27.pdf', 'F');
