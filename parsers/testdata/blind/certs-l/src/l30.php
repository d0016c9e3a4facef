<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$OUT = '/work/blind/certs-l/l30.pdf';

$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(25, 20, 25);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 1.2, 'color' => array(110, 40, 120))); $pdf->RoundedRect(12, 12, 191.9, 255.4, 6, '1111');
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(110, 40, 120))); $pdf->RoundedRect(16, 16, 183.9, 247.4, 5, '1111');
$h = '<div style="text-align:center;font-family:dejavuserif;">
<span style="font-size:30pt;color:#6e2878;font-weight:bold;">NSH</span><br/>
<span style="font-size:12pt;">National Society for Histotechnology</span><br/><br/>
<span style="font-size:10pt;color:#555555;">51st Annual Symposium/Convention · Providence, Rhode Island · September 18–23, 2025</span><br/><br/><br/>
<span style="font-size:24pt;">Certificate of Attendance</span><br/><br/>
<span style="font-size:11pt;">The National Society for Histotechnology certifies that</span><br/><br/>
<span style="font-size:21pt;font-weight:bold;">Marisol Echeverría, HTL(ASCP)CM</span><br/><br/>
<span style="font-size:11pt;">attended the half-day workshop</span><br/><br/>
<span style="font-size:15pt;font-weight:bold;color:#6e2878;">Troubleshooting Immunohistochemistry: Antigen Retrieval and Background Staining</span><br/><br/>
</div>
<table cellpadding="4" style="font-family:dejavusans;font-size:10pt;" align="center">
<tr><td width="140" align="right">Workshop #:</td><td width="160"><b>W-27</b></td></tr>
<tr><td align="right">Workshop date:</td><td><b>September 20, 2025</b></td></tr>
<tr><td align="right">Contact hours:</td><td><b>3.0</b></td></tr>
<tr><td align="right">Attendee badge:</td><td>5518-0332</td></tr>
</table>
<br/><div style="font-family:dejavusans;font-size:8pt;text-align:center;">NSH is approved as a provider of continuing education programs in the clinical
laboratory sciences by the ASCLS P.A.C.E.® Program. Florida Board of Clinical Laboratory Personnel provider #50-12345.</div>';
$pdf->SetY(26); $pdf->writeHTML($h, true, false, true, false, '');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->Line(30, 238, 95, 238); $pdf->Line(120, 238, 185, 238);
$pdf->SetXY(30, 239); $pdf->Cell(65, 4, 'Annika Rosenqvist, HT(ASCP)', 0, 2); $pdf->Cell(65, 4, 'President, NSH', 0, 0);
$pdf->SetXY(120, 239); $pdf->Cell(65, 4, 'Delphine Marsh, MS, HTL(ASCP)QIHC', 0, 2); $pdf->Cell(65, 4, 'Chair, Education Committee', 0, 0);
$pdf->Output($OUT, 'F');
