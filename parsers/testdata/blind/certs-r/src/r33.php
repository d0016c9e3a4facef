<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
function mk($o) {
  $pdf = new TCPDF($o, 'pt', 'LETTER', true, 'UTF-8', false);
  $pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
  $pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
  $pdf->setFontSubsetting(true);
  $pdf->SetCreator('TCPDF');
  return $pdf;
}

$pdf = mk('P');
$pdf->AddPage();
$pdf->SetFont('dejavusans', '', 11);
$pdf->writeHTMLCell(500, 0, 56, 60, '
<div style="font-size:17pt;font-weight:bold;color:#7A3E00">Mid-Atlantic Public Health Laboratory Consortium</div>
<div style="font-size:10pt;color:#7A3E00">MAPHLC &middot; Serving public health laboratories since 1998</div>
<hr>
<br><div style="font-size:20pt;font-weight:bold">Continuing Education Certificate</div><br>
<table cellpadding="7" border="0" style="font-size:11.5pt">
<tr><td width="170" style="font-weight:bold;background-color:#F4E9DC">Name</td><td width="330">Obadiah K. Fenwick-Soto</td></tr>
<tr><td style="font-weight:bold;background-color:#F4E9DC">Course title</td><td>Biosafety Cabinet Use and Tuberculosis Laboratory Safety Program</td></tr>
<tr><td style="font-weight:bold;background-color:#F4E9DC">Course code</td><td>MAP-TB-0821</td></tr>
<tr><td style="font-weight:bold;background-color:#F4E9DC">Date completed</td><td>21 August 2025</td></tr>
<tr><td style="font-weight:bold;background-color:#F4E9DC">CE hours</td><td>3.0</td></tr>
<tr><td style="font-weight:bold;background-color:#F4E9DC">Home laboratory CLIA</td><td>21D0667310</td></tr>
<tr><td style="font-weight:bold;background-color:#F4E9DC">BSC certification due</td><td>August 2026</td></tr>
</table>
<br><br><div style="font-size:9.5pt;color:#333;text-align:justify">This course combined a lecture and a hands-on practicum in a BSL-3 training suite. CE hours are awarded by MAPHLC for laboratory workforce development and are accepted by the ASCP Board of Certification Credential Maintenance Program under the laboratory or management content areas.</div>
<br><br><br><div style="font-size:10pt">______________________________<br><b>Carmen D. Oyelaran-Whitby, DrPH</b><br>Director, Training and Workforce Development</div>
', 0, 1, false, true, 'L');
$pdf->Output($argv[1], 'F');
