<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];
function mk($orient) {
  $pdf = new TCPDF($orient, 'mm', 'LETTER', true, 'UTF-8', false);
  $pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
  $pdf->SetAutoPageBreak(false); $pdf->SetCreator('CE Records');
  return $pdf;
}

$pdf = mk('P');
$pdf->SetMargins(20, 18, 20);
$pdf->AddPage();
$html = <<<HTML
<table cellpadding="0"><tr>
<td width="70%"><span style="font-size:17pt;font-weight:bold;color:#27408b;">University of the Northern Plains</span><br/>
<span style="font-size:10.5pt;color:#27408b;">Office of Continuing and Professional Education</span><br/>
<span style="font-size:8pt;color:#666;">UNP Extension Building, 400 Prairie Avenue, Aberdeen, South Dakota 57401</span></td>
<td width="30%" align="right"><span style="font-size:8pt;color:#666;">Transcript No. CPE-T-260320-118<br/>Date printed: March 20, 2026</span></td>
</tr></table>
<hr/>
<p align="center"><span style="font-size:15pt;font-weight:bold;letter-spacing:1px;">Continuing Education Unit Transcript</span></p>
<table cellpadding="3">
<tr><td width="55%"><span style="font-size:7.5pt;color:#666;">NAME</span><br/><span style="font-size:13pt;font-weight:bold;">Abigail M. Fairweather-Stone</span></td>
<td width="25%"><span style="font-size:7.5pt;color:#666;">STUDENT ID</span><br/>UNP-00738114</td>
<td width="20%"><span style="font-size:7.5pt;color:#666;">PROGRAM AREA</span><br/>Health Sciences</td></tr>
</table>
<br/>
<table cellpadding="4" border="0.3">
<tr style="background-color:#e8ecf7;font-size:7.5pt;font-weight:bold;color:#333;">
<td width="17%">COURSE NUMBER</td><td width="24%">DATES</td><td width="12%">CEUs</td><td width="14%">STATUS</td><td width="33%">DELIVERY</td></tr>
<tr style="font-size:10pt;"><td>CLS 5105-CE</td><td>01/12/2026 – 03/06/2026</td><td>2.4</td><td>Completed</td><td>Online, instructor-paced (8 weeks)</td></tr>
<tr style="background-color:#e8ecf7;font-size:7.5pt;font-weight:bold;color:#333;"><td colspan="5">COURSE TITLE</td></tr>
<tr style="font-size:11pt;font-weight:bold;"><td colspan="5">Molecular Diagnostics for the Clinical Laboratory: Principles of PCR, Sequencing, and Variant Interpretation</td></tr>
</table>
<br/><br/>
<p style="font-size:10pt;"><b>Total CEUs on this transcript: 2.4</b></p>
<p style="font-size:8.5pt;color:#333;">One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized continuing
education experience under responsible sponsorship, capable direction and qualified instruction. The University of the
Northern Plains is an IACET Accredited Provider. Courses on this transcript are non-credit and are not applicable to a degree.</p>
<br/><br/><br/>
<table><tr><td width="50%">______________________________<br/><span style="font-size:9.5pt;">Lorraine K. Eagleheart, EdD<br/>Director, Office of Continuing and Professional Education</span></td>
<td width="50%" align="right"><span style="font-size:8pt;color:#666;">Official transcript bears the embossed university seal.</span></td></tr></table>
HTML;
$pdf->SetFont('dejavusans', '', 10);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($out, 'F');
