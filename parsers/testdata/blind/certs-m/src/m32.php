<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->SetCreator('TCPDF');
$pdf->SetTitle('Certificate');
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetMargins(54, 54, 54);
$pdf->SetAutoPageBreak(false);
$pdf->SetFont('helvetica', '', 11);
$pdf->AddPage();
$pdf->SetLineStyle(array('width'=>3,'color'=>array(120,120,120)));$pdf->Rect(24,24,744,564);$pdf->SetLineStyle(array('width'=>0.8,'color'=>array(47,111,126)));$pdf->Rect(34,34,724,544);
$html = <<<'EOT'
<div style="text-align:center">
<span style="font-size:11pt;color:#2f6f7e;letter-spacing:2px">MEDIALAB, INC.</span><br/><br/>
<span style="font-size:28pt;font-family:times">Certificate</span><br/>
<span style="font-size:12pt;font-family:times"><i>of continuing education</i></span><br/><br/>
<span style="font-size:11pt">This certificate is awarded to</span><br/>
<span style="font-size:22pt"><b>Percival N. Achterberg</b></span><br/><br/>
<span style="font-size:11pt">who completed the MediaLab course</span><br/>
<span style="font-size:15pt"><b>OSHA Bloodborne Pathogens Standard: Annual Safety Training for Laboratory Personnel</b></span><br/><br/>
<table cellpadding="4" width="100%"><tr>
<td width="14%" align="center"><span style="font-size:8pt;color:#777777">COURSE ID</span><br/>2291</td>
<td width="18%" align="center"><span style="font-size:8pt;color:#777777">DATE COMPLETED</span><br/>01/06/2026</td>
<td width="32%" align="center"><span style="font-size:8pt;color:#777777">CREDIT</span><br/>1.0 P.A.C.E.&reg; contact hour</td>
<td width="18%" align="center"><span style="font-size:8pt;color:#777777">ORDER #</span><br/>ML-0031-88720</td>
<td width="18%" align="center"><span style="font-size:8pt;color:#777777">RETRAIN BY</span><br/>01/06/2027</td>
</tr></table><br/>
<span style="font-size:8pt">MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</span>
</div>
EOT;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output('/work/blind/certs-m/m32.pdf', 'F');
