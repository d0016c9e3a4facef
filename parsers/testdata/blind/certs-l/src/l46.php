<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$OUT = '/work/blind/certs-l/l46.pdf';

$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(60, 50, 60);
$pdf->AddPage();
$pdf->SetFillColor(187, 0, 0); $pdf->Rect(60, 50, 6, 90, 'F');
$h = '<div style="font-family:helvetica;"><span style="font-size:20pt;font-weight:bold;">Buckeye Clinical Laboratory Association</span><br/>
<span style="font-size:10pt;color:#555555;">BCLA · Serving Ohio laboratory professionals since 1962</span></div>';
$pdf->writeHTMLCell(460, 0, 80, 60, $h, 0, 1);
$pdf->SetFont('times', '', 26); $pdf->SetXY(60, 180); $pdf->Cell(492, 30, 'Continuing Education Certificate', 0, 1);
$g = '<table cellpadding="6" style="font-family:helvetica;">
<tr><td colspan="2" style="font-size:7.5pt;color:#777777;">ATTENDEE</td></tr>
<tr><td colspan="2" style="font-size:18pt;font-weight:bold;">Persephone Z. Llewellyn</td></tr>
<tr><td colspan="2" style="font-size:7.5pt;color:#777777;">EVENT</td></tr>
<tr><td colspan="2" style="font-size:15pt;font-weight:bold;color:#bb0000;">BCLA 2025 Annual Convention &amp; Exhibit Show</td></tr>
<tr><td width="246" style="font-size:7.5pt;color:#777777;">DATES</td><td width="246" style="font-size:7.5pt;color:#777777;">LOCATION</td></tr>
<tr><td style="font-size:12pt;">March 26–28, 2025</td><td style="font-size:12pt;">Columbus, Ohio</td></tr>
<tr><td style="font-size:7.5pt;color:#777777;">P.A.C.E.® CONTACT HOURS</td><td style="font-size:7.5pt;color:#777777;">ATTENDEE ID</td></tr>
<tr><td style="font-size:16pt;font-weight:bold;">9.0</td><td style="font-size:12pt;">BCLA-25-0731</td></tr>
<tr><td style="font-size:7.5pt;color:#777777;">MEMBER NO.</td><td style="font-size:7.5pt;color:#777777;">DATE ISSUED</td></tr>
<tr><td style="font-size:12pt;">11-2093</td><td style="font-size:12pt;">April 11, 2025</td></tr>
</table>';
$pdf->writeHTMLCell(492, 0, 60, 230, $g, 0, 1);
$a = '<div style="font-family:helvetica;font-size:8.5pt;color:#333333;">The Buckeye Clinical Laboratory Association is approved as
a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Hours reflect the
educational sessions you attended as recorded by session check-in; exhibit hall time is not eligible for credit.</div>';
$pdf->writeHTMLCell(492, 0, 60, 560, $a, 0, 1);
$pdf->SetFont('helvetica', '', 9); $pdf->Line(60, 680, 250, 680); $pdf->SetXY(60, 684);
$pdf->Cell(200, 12, 'Dominic R. Szymanski, MS, MLS(ASCP)', 0, 2); $pdf->Cell(200, 12, 'BCLA Continuing Education Chair', 0, 0);
$pdf->Output($OUT, 'F');
