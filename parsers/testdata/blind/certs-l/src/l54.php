<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$OUT = '/work/blind/certs-l/l54.pdf';

$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(22, 20, 22);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 0.8, 'color' => array(40, 90, 60))); $pdf->Rect(14, 14, 187.9, 251.4);
$h = '<table cellpadding="2" style="font-family:dejavusans;"><tr>
<td width="70%"><span style="font-size:15pt;font-weight:bold;color:#285a3c;">Great Basin Public Health Laboratory</span><br/>
<span style="font-size:9pt;">GBPHL · Newborn Screening Program</span></td>
<td width="30%" align="right"><span style="font-size:8pt;color:#666666;">1660 N. Virginia Street<br/>Reno, NV 89503</span></td></tr></table>
<br/><br/><div style="text-align:center;font-family:dejavuserif;">
<span style="font-size:22pt;">Certificate of Completion</span><br/>
<span style="font-size:12pt;font-style:italic;color:#555555;">Certificado de Finalización</span><br/><br/>
<span style="font-size:10pt;">Awarded to / Otorgado a</span><br/>
<span style="font-size:19pt;font-weight:bold;">Winona R. Lightfeather</span><br/><br/>
<span style="font-size:10pt;">for completing / por completar</span><br/><br/>
<span style="font-size:8pt;letter-spacing:2px;color:#285a3c;font-family:dejavusans;">ONLINE MODULE</span><br/>
<span style="font-size:15pt;font-weight:bold;">Newborn Screening Specimen Collection: Heel Stick Technique and Unsatisfactory Specimens</span></div><br/><br/>
<table border="1" cellpadding="5" style="font-family:dejavusans;font-size:9.5pt;" align="center">
<tr style="background-color:#e8f0ea;"><td width="120"><b>Module ID</b><br/><i>Módulo</i></td><td width="140"><b>Date completed</b><br/><i>Fecha</i></td>
<td width="120"><b>Contact hours</b><br/><i>Horas</i></td><td width="120"><b>Valid through</b><br/><i>Vigente hasta</i></td></tr>
<tr><td>NBS-101</td><td>October 28, 2025</td><td>1.0</td><td>October 2027</td></tr></table>
<br/><br/><div style="font-family:dejavusans;font-size:8pt;text-align:justify;">The Great Basin Public Health Laboratory is approved as a provider of
continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Nursery and laboratory staff who
collect newborn screening specimens should repeat this module every two years. Submitting facility code: NV-0447.</div>';
$pdf->SetY(22); $pdf->writeHTML($h, true, false, true, false, '');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->Line(30, 235, 100, 235); $pdf->SetXY(30, 236);
$pdf->Cell(80, 4, 'Hyun-Joo Albright, MPH, MT(ASCP)', 0, 2); $pdf->Cell(80, 4, 'Newborn Screening Education Coordinator', 0, 0);
$pdf->Output($OUT, 'F');
