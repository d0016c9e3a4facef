<?php
// cmap0000-3-tcpdf: TCPDF writeHTML() with dejavusanscondensed; Greek
// letters, micro sign, plus-minus, >= and check marks from the same
// Unicode font; ToUnicode uses TCPDF's <0000> <00ff> <0000> ranges.
require '/usr/share/php/tcpdf/tcpdf.php';
$out = $argv[1];
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetCreator('Chemistry Section, Lakeview General');
$pdf->SetTitle('Competency Assessment Summary');
$pdf->SetMargins(20, 20, 20);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('dejavusanscondensed', '', 10);
$html = <<<EOT
<h2 style="font-size:16pt;">Lakeview General Hospital — Clinical Chemistry</h2>
<p style="font-size:11pt;">Competency Assessment Summary for <b>Seo-yeon Ngata-Håkansson</b>, MLS(ASCP)<sup></sup></p>
<p>Assessment date: March 3, 2025 | Assessor: Ignacy Delgado-Ferreira</p>
<table border="1" cellpadding="3">
<tr style="font-weight:bold;"><td width="46%">Element</td><td width="34%">Criterion</td><td width="20%">Result</td></tr>
<tr><td>β2-microglobulin calibration</td><td>bias ≤ ±5%</td><td>✓ met</td></tr>
<tr><td>α1-antitrypsin phenotype review</td><td>agreement ≥ 95%</td><td>✓ met</td></tr>
<tr><td>Vitamin B12 low-end verification</td><td>recovery 90–110%</td><td>✓ met</td></tr>
<tr><td>Ferritin in µg/L reporting</td><td>units correct</td><td>✓ met</td></tr>
<tr><td>γ-glutamyl transferase QC rules</td><td>1-2s / 1-3s applied</td><td>✗ retrain</td></tr>
</table>
<p>Continuing education earned: 1.0 contact hour (P.A.C.E.®) · Activity code LGH-CHEM-0325</p>
<p>Result key: ✓ = criterion met; ✗ = remediation required within 30 days.</p>
EOT;
$html = str_replace('<sup></sup>', '', $html);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($out, 'F');
