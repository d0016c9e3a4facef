<?php
// TCPDF writeHTML(): CAP-style learning transcript, <thead> repeated on every page.
require_once(__DIR__ . '/tcpdf_common.php');
$d = load_data();
$pdf = new_pdf('P', 'LETTER');
$pdf->footerFont = 'dejavusans';
$pdf->SetMargins(15, 15, 15);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavusans', '', 8.5);
$html = '<h2 style="color:#00508f">Learning Transcript</h2>'
      . '<p>College of American Pathologists<br/>Learner: ' . h($d['person']) . ' &nbsp; &nbsp; Customer #: 3318842</p>';
$html .= '<table border="1" cellpadding="3"><thead><tr style="background-color:#dbe5f1;font-weight:bold">'
       . '<th width="43%">Activity Title</th><th width="11%">Activity Type</th><th width="13%">Date Claimed</th>'
       . '<th width="8%" align="center">Credits</th><th width="15%">Credit Type</th><th width="10%">Status</th></tr></thead><tbody>';
foreach ($d['rows'] as $r) {
    $html .= '<tr nobr="true"><td width="43%">' . h($r['title']) . '</td><td width="11%">' . h($r['type']) . '</td><td width="13%">'
           . h($r['date_disp']) . '</td><td width="8%" align="center">' . h($r['credits_disp']) . '</td><td width="15%">'
           . h($r['unit_disp']) . '</td><td width="10%">' . h($r['status_disp']) . '</td></tr>';
}
$html .= '</tbody></table>';
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output(out_path(), "F");
