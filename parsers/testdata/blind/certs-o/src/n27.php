<?php
require('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(60, 60, 60); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Quellmark Academy certificate');
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 1.2, 'color' => array(90, 40, 120)));
$pdf->RoundedRect(36, 36, 540, 720, 12, '1111');
$html = <<<HTML
<div style="text-align:center;">
<span style="font-family:dejavusans;font-size:22pt;color:#5a2878;font-weight:bold;">Quellmark Biosystems</span><br/>
<span style="font-family:dejavusans;font-size:10pt;color:#555;">Quellmark Academy · Customer Education</span><br/><br/><br/>
<span style="font-family:dejavuserif;font-size:28pt;">Certificate of Completion</span><br/><br/>
<span style="font-family:dejavuserif;font-size:12pt;">presented to</span><br/><br/>
<span style="font-family:dejavuserif;font-size:22pt;font-weight:bold;">Jerome L. Okoro-Maddox</span><br/><br/>
<span style="font-family:dejavuserif;font-size:12pt;">for completing the education module</span><br/><br/>
<span style="font-family:dejavusans;font-size:9pt;color:#5a2878;font-weight:bold;">On-Demand</span><br/>
<span style="font-family:dejavusans;font-size:15pt;font-weight:bold;">Blood Gas Analyzer Troubleshooting: Sensor Drift, Calibration Failures, and Pre-Analytical Error</span>
</div><br/><br/>
<table cellpadding="6" border="1" style="font-family:dejavusans;font-size:10pt;border-color:#bbb;">
<tr><td width="45%" style="background-color:#efe6f5;">Training Module No.</td><td width="55%">QB-ODW-0117</td></tr>
<tr><td style="background-color:#efe6f5;">Date completed</td><td>2026-01-21</td></tr>
<tr><td style="background-color:#efe6f5;">Continuing education</td><td>1.0 P.A.C.E.® contact hour</td></tr>
<tr><td style="background-color:#efe6f5;">Account no.</td><td>QB-AC-771045</td></tr>
</table><br/><br/>
<div style="font-family:dejavusans;font-size:8pt;color:#444;">Quellmark Biosystems is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Credit requires viewing the complete module and passing the knowledge check (score 80% or higher).</div>
<br/><br/><br/>
<div style="font-family:dejavusans;font-size:8pt;color:#777;">Certificate ID: 6f2a9-11 · Generated 2026-01-21 16:42 EST</div>
HTML;
$pdf->writeHTMLCell(492, 0, 60, 80, $html, 0, 1, false, true, 'L');
$pdf->Output($argv[1], 'F');
