<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$OUT = '/work/blind/certs-l/l14.pdf';

$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetMargins(18, 14, 18); $pdf->SetAutoPageBreak(false);
$pdf->AddPage(); $pdf->SetFont('dejavusans', '', 8);
$pdf->SetTextColor(90, 90, 90);
$pdf->Cell(90, 4, '2/12/26, 9:16 AM', 0, 0, 'L'); $pdf->Cell(89.9, 4, 'Mail - Ifeoma Nwachukwu - Outlook', 0, 1, 'R');
$pdf->SetTextColor(0, 0, 0);
$h = '<h3 style="font-family:dejavusans;font-size:13pt;">Your CE certificate: Date Integrity in the LIS</h3>
<table cellpadding="1" style="font-family:dejavusans;font-size:9pt;">
<tr><td width="60"><b>From:</b></td><td width="400">CLLN Certificates &lt;certificates@clinlablearning.org&gt;</td></tr>
<tr><td><b>Sent:</b></td><td>Thursday, February 12, 2026 8:02 AM</td></tr>
<tr><td><b>To:</b></td><td>Ifeoma Nwachukwu &lt;inwachukwu@ridgefieldlabs.com&gt;</td></tr>
<tr><td><b>Subject:</b></td><td>Your CE certificate: Date Integrity in the LIS</td></tr>
</table><hr/>
<p style="font-family:dejavusans;font-size:10pt;">Hello Ifeoma,</p>
<p style="font-family:dejavusans;font-size:10pt;">Thank you for attending yesterday\'s live session and completing the evaluation.
Your certificate of completion is shown below. You can also download it at any time from your learner dashboard
(Registration No. 2602-55914).</p>';
$pdf->writeHTML($h, true, false, true, false, '');
$pdf->Ln(2);
$y = $pdf->GetY();
$pdf->SetDrawColor(64, 112, 64); $pdf->SetLineWidth(0.8); $pdf->Rect(22, $y, 171.9, 84);
$c = '<div style="text-align:center;font-family:dejavuserif;">
<span style="font-size:9pt;letter-spacing:2px;color:#406040;">CLINICAL LAB LEARNING NETWORK</span><br/>
<span style="font-size:20pt;">Certificate of Completion</span><br/><br/>
<span style="font-size:10pt;">This is to certify that</span><br/>
<span style="font-size:17pt;font-weight:bold;">Ifeoma C. Nwachukwu, MLS(ASCP)CM</span><br/>
<span style="font-size:10pt;">attended the</span><br/>
<span style="font-size:8pt;letter-spacing:2px;color:#aa3300;font-family:dejavusans;">LIVE WEBINAR</span><br/>
<span style="font-size:14pt;font-weight:bold;">Date Integrity in the LIS: Avoiding Specimen Collection Time Errors</span><br/>
<span style="font-size:10pt;">broadcast on February 11, 2026</span><br/><br/>
<span style="font-size:10pt;">Event ID: <b>CLLN-2602-07</b> &nbsp;&nbsp;|&nbsp;&nbsp; P.A.C.E.® Contact Hours: <b>1.0</b></span><br/><br/>
<span style="font-size:7.5pt;font-family:dejavusans;">The Clinical Lab Learning Network (CLLN) is approved as a provider of continuing education
programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.</span></div>';
$pdf->writeHTMLCell(160, 0, 28, $y + 6, $c, 0, 1, false, true, 'C', true);
$pdf->SetY($y + 90);
$pdf->writeHTML('<p style="font-family:dejavusans;font-size:10pt;">Questions? Reply to this message or call 866-555-0142.<br/><br/>The CLLN Education Team</p>', true, false, true, false, '');
$pdf->SetFont('dejavusans', '', 7); $pdf->SetTextColor(90, 90, 90); $pdf->SetXY(18, 268);
$pdf->Cell(179.9, 4, 'https://outlook.office.com/mail/inbox/id/AAQkADk3NjE2  1/1', 0, 0, 'L');
$pdf->Output($OUT, 'F');
