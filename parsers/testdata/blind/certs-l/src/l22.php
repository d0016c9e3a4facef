<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$OUT = '/work/blind/certs-l/l22.pdf';

$pdf = new TCPDF('L', 'in', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(0, 0, 0);
$pdf->AddPage();
$pdf->SetFillColor(0, 122, 135); $pdf->Rect(0, 0, 0.55, 8.5, 'F');
$pdf->SetFillColor(247, 148, 29); $pdf->Rect(0.55, 0, 0.08, 8.5, 'F');
$pdf->SetTextColor(0, 122, 135); $pdf->SetFont('helvetica', 'B', 28); $pdf->SetXY(1.1, 0.7); $pdf->Cell(5, 0.4, 'ADLM', 0, 2);
$pdf->SetFont('helvetica', '', 10); $pdf->SetTextColor(60, 60, 60);
$pdf->Cell(6, 0.2, 'Association for Diagnostics & Laboratory Medicine', 0, 2);
$pdf->SetXY(1.1, 1.7); $pdf->SetTextColor(0, 0, 0); $pdf->SetFont('times', '', 30);
$pdf->Cell(8, 0.5, 'ACCENT® Continuing Education Certificate', 0, 2);
$html = '<table cellpadding="0" style="font-family:helvetica;">
<tr><td style="font-size:7.5pt;color:#6d6d6d;letter-spacing:1px;">LEARNER</td></tr>
<tr><td style="font-size:20pt;font-weight:bold;">Jun-seo Park</td></tr>
<tr><td style="font-size:6pt;"> </td></tr>
<tr><td style="font-size:7.5pt;color:#f7941d;letter-spacing:1px;font-weight:bold;">ON-DEMAND WEBINAR</td></tr>
<tr><td style="font-size:15pt;font-weight:bold;color:#007a87;">Interpreting Apolipoprotein B and Lp(a) Results: A Practical Guide</td></tr>
</table>';
$pdf->writeHTMLCell(8.6, 0, 1.1, 2.55, $html, 0, 1);
$cols = array(array('ACTIVITY #', '25OD-LIP-03'), array('COMPLETED', '07/22/2025'), array('ACCENT® CONTACT HOURS', '1.0'),
  array('ACCESS EXPIRES', '12/31/2026'));
$x = 1.1;
foreach ($cols as $c) {
  $pdf->SetXY($x, 4.3); $pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(110, 110, 110); $pdf->Cell(2.0, 0.2, $c[0], 0, 2);
  $pdf->SetFont('helvetica', 'B', 13); $pdf->SetTextColor(0, 0, 0); $pdf->Cell(2.0, 0.3, $c[1], 0, 0);
  $x += 2.2;
}
$pdf->SetXY(1.1, 5.3); $pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(50, 50, 50);
$pdf->MultiCell(8.8, 0.16, 'The Association for Diagnostics & Laboratory Medicine (ADLM) designates this activity for 1.0 ACCENT® '
 . 'contact hour. ACCENT® credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program. '
 . 'ADLM is approved by the ASCLS P.A.C.E.® Program as a provider of continuing education in the clinical laboratory sciences.', 0, 'L');
$pdf->SetXY(1.1, 6.5); $pdf->SetFont('helvetica', '', 8); $pdf->Cell(8, 0.2, 'ADLM member no. 3009182    ·    Registration RG-7720561', 0, 2);
$pdf->SetDrawColor(0); $pdf->Line(7.2, 7.3, 9.9, 7.3);
$pdf->SetXY(7.2, 7.35); $pdf->SetFont('helvetica', 'B', 9); $pdf->Cell(2.7, 0.2, 'Siddharth Raman, PhD, DABCC', 0, 2);
$pdf->SetFont('helvetica', '', 8); $pdf->Cell(2.7, 0.18, 'Chair, ADLM Education Core Committee', 0, 2);
$pdf->Output($OUT, 'F');
