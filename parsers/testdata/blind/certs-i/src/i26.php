<?php require('/usr/share/php/tcpdf/tcpdf.php');
$pdf=new TCPDF('P','mm','LETTER',true,'UTF-8',false);$pdf->setPrintHeader(false);$pdf->setPrintFooter(false);$pdf->AddPage();
$pdf->SetFont('helvetica','',11);$pdf->writeHTML('<h1 style="text-align:center;color:#003b6f">ASCP</h1><p style="text-align:center">American Society for Clinical Pathology</p>
<h2 style="text-align:center">Continuing Medical Laboratory Education Certificate</h2><br><br>
<table cellpadding="6" border="1"><tr><td width="35%"><b>Name</b></td><td width="65%">Mei-Ling Tsao, SCT(ASCP)CM</td></tr>
<tr><td><b>Course</b></td><td>Cytopathology Self-Assessment: Gynecologic Cytology Challenge</td></tr>
<tr><td><b>Course ID</b></td><td>CY2607</td></tr><tr><td><b>Date of completion</b></td><td>9-Jul-2026</td></tr>
<tr><td><b>CMLE credits earned</b></td><td>2.0</td></tr><tr><td><b>Transcript no.</b></td><td>T-20260709-4471</td></tr></table>
<br><br><p style="font-size:8pt">ASCP designates this enduring material for a maximum of 2.0 CMLE credits. Printed 07/10/2026.</p>');
$pdf->Output('/work/blind/certs-i/i26.pdf','F');