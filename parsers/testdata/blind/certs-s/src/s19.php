<?php
$D = json_decode('{}', true);
$OUT = $argv[1];
function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Attestation de formation continue');
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 1.2, 'color' => array(30, 50, 110)));
$pdf->RoundedRect(10, 10, 195.9, 259.4, 6, '1111');
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(30, 50, 110)));
$pdf->RoundedRect(13, 13, 189.9, 253.4, 5, '1111');
$html = <<<EOT
<div style="text-align:center;">
<span style="font-size:16pt;font-weight:bold;color:#1e326e;">Association francophone des laboratoires médicaux</span><br/>
<span style="font-size:10pt;color:#1e326e;">AFLM &#183; Montréal (Québec)</span><br/><br/><br/>
<span style="font-size:24pt;">Attestation de participation</span><br/>
<span style="font-size:14pt;font-style:italic;color:#555;">Certificate of Attendance</span><br/><br/><br/>
<span style="font-size:11pt;">Nous attestons que / This is to certify that</span><br/><br/>
<span style="font-size:20pt;font-weight:bold;">Étienne Beaulieu-Tremblay</span><br/><br/>
<span style="font-size:11pt;">a participé à la formation / attended the course</span><br/><br/>
<span style="font-size:14pt;font-weight:bold;color:#1e326e;">Hémostase et thrombose : mise à jour 2026 — Hemostasis and Thrombosis: 2026 Update</span>
</div>
<br/><br/>
<table cellpadding="5" border="0" style="font-size:10.5pt;">
<tr><td width="80mm" style="color:#555;">Date / Date</td><td width="90mm">le 6 février 2026 / February 6, 2026</td></tr>
<tr><td style="color:#555;">Lieu / Location</td><td>Pavillon Lafontaine-Daoust, Montréal</td></tr>
<tr><td style="color:#555;">N° d'activité / Activity No.</td><td>AFLM-2602-HT</td></tr>
<tr><td style="color:#555;">Heures de contact / Contact hours</td><td>4.5</td></tr>
<tr><td style="color:#555;">N° de membre / Member No.</td><td>Q-30581</td></tr>
</table>
<br/><br/>
<div style="font-size:8.5pt;color:#444;text-align:justify;">L'AFLM est approuvée à titre de fournisseur de programmes de formation continue en sciences de laboratoire clinique par le programme P.A.C.E.® de l'ASCLS. / AFLM is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.</div>
EOT;
$pdf->SetFont('dejavusans', '', 10);
$pdf->writeHTMLCell(171.9, 0, 22, 24, $html, 0, 1, false, true, 'L', true);
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->Line(30, 238, 95, 238); $pdf->Line(121, 238, 186, 238);
$pdf->SetXY(30, 239.5); $pdf->MultiCell(70, 0, "Geneviève Ouellet-Drapeau\nPrésidente / President", 0, 'L');
$pdf->SetXY(121, 239.5); $pdf->MultiCell(70, 0, "Signé le 9 février 2026\nSigned February 9, 2026", 0, 'L');
$pdf->Output($OUT, 'F');
