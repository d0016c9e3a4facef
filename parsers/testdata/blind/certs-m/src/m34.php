<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->SetCreator('TCPDF');
$pdf->SetTitle('Certificate');
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetMargins(72, 72, 72);
$pdf->SetAutoPageBreak(false);
$pdf->SetFont('times', '', 11);
$pdf->AddPage();
$pdf->SetLineStyle(array('width'=>2,'color'=>array(20,60,110)));$pdf->Circle(520,640,42);$pdf->SetLineStyle(array('width'=>0.6,'color'=>array(20,60,110)));$pdf->Circle(520,640,36);$pdf->SetTextColor(20,60,110);$pdf->SetFont('helvetica','B',7);$pdf->Text(496,628,'OFFICIAL SEAL');$pdf->SetTextColor(0,0,0);$pdf->SetFont('times','',11);$pdf->SetXY(72,72);
$html = <<<'EOT'
<br/><br/><br/>
<p align="center" style="font-size:13pt;letter-spacing:1px"><b>BAYSHORE STATE DEPARTMENT OF HEALTH</b><br/><span style="font-size:11pt">Tidewater Regional Public Health Laboratory</span></p>
<br/><br/><br/>
<p style="font-size:13pt;line-height:1.7;text-align:justify">Augustin M. Delacroix, MLS(ASCP)CM, of Harborside Community Hospital has completed &#8220;Biothreat Agent Rule-Out: Sentinel Laboratory Protocols for Bacillus, Brucella and Francisella&#8221; (course #LRN-SEN-301) on March 10, 2026 and is awarded 3.0 contact hours by the Bayshore State Department of Health, Tidewater Regional Public Health Laboratory, which is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</p>
<br/><br/><br/><br/>
<table width="100%"><tr><td width="50%" style="font-size:10pt">________________________<br/>Simone R. Achebe-Lowell, PhD<br/>Laboratory Director</td>
<td width="50%" align="right" style="font-size:8pt;color:#555555">Certificate No. TRPHL-26-0310-044<br/>Date signed: 03/12/2026</td></tr></table>
EOT;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output('/work/blind/certs-m/m34.pdf', 'F');
