<?php
// TCPDF writeHTML table over two A4 pages, base of the linearized document.
require_once(__DIR__ . '/tcpdf_common.php');
$d = load_data();
$pdf = new_pdf('P', 'A4');
$pdf->SetMargins(16, 16, 16);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', '', 10);
$html = '<h2>Riverside University &ndash; Continuing Education Transcript</h2>'
      . '<p>Student: ' . h($d['person']) . '<br/>Units are Continuing Education Units (CEUs); 0.1 CEU = 1 contact hour.</p>'
      . '<table border="1" cellpadding="4"><thead><tr style="font-weight:bold;background-color:#eeeeee">'
      . '<th width="52%">Course Title</th><th width="20%">Sponsor</th><th width="16%">Date</th><th width="12%" align="right">CEUs</th></tr></thead><tbody>';
foreach ($d['rows'] as $r) {
    $html .= '<tr nobr="true"><td width="52%">' . h($r['title']) . '</td><td width="20%">' . h($r['provider']) . '</td><td width="16%">'
           . h($r['date_disp']) . '</td><td width="12%" align="right">' . h($r['credits_disp']) . '</td></tr>';
}
$html .= '</tbody></table>';
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output(out_path(), 'F');
