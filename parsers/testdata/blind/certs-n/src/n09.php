<?php
require '/usr/share/php/tcpdf/tcpdf.php';
class CertPDF extends TCPDF { public function noLink() { $this->tcpdflink = false; } }

$pdf = new CertPDF('P', 'pt', 'LETTER', true, 'UTF-8', false); $pdf->noLink();
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(60, 50, 60); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', 'B', 17); $pdf->SetTextColor(90, 20, 40);
$pdf->SetXY(60, 50); $pdf->Cell(492, 20, 'Lakeshore University Health', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 10.5); $pdf->SetTextColor(60, 60, 60);
$pdf->Cell(492, 14, 'Office of Continuing Professional Development', 0, 2, 'L');
$pdf->SetDrawColor(90, 20, 40); $pdf->SetLineWidth(1.5); $pdf->Line(60, 94, 552, 94);
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 24); $pdf->SetXY(60, 130); $pdf->Cell(492, 30, 'Certificate of Participation', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(60, 180); $pdf->Cell(492, 16, 'This is to certify that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 19); $pdf->SetXY(60, 204); $pdf->Cell(492, 24, 'Dr. Henrik J. Solberg, PhD, D(ABMM)', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(60, 240); $pdf->Cell(492, 16, 'participated in the live activity', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 13.5); $pdf->SetXY(60, 266);
$pdf->Cell(492, 18, 'Pathology Grand Rounds: Emerging Antifungal Resistance in Candida auris', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10); $pdf->SetXY(60, 300);
$pdf->Cell(492, 14, 'Session Date: March 10, 2026     ·     Activity ID: 58213     ·     Live, in person and streamed', 0, 1, 'C');
$tbl = '<table cellpadding="5" border="0">
<tr style="background-color:#5a1428;color:#ffffff;font-weight:bold;"><td width="250">Credit designation</td><td width="90" align="center">Awarded</td><td width="120">Profession</td></tr>
<tr><td>AMA PRA Category 1 Credits™</td><td align="center">1.25</td><td>Physicians</td></tr>
<tr style="background-color:#f3eaec;"><td>ANCC nursing contact hours</td><td align="center">1.25</td><td>Nurses</td></tr>
<tr><td>ACPE contact hours (0.125 CEU)</td><td align="center">1.25</td><td>Pharmacists</td></tr>
<tr style="background-color:#f3eaec;"><td>P.A.C.E.® contact hours</td><td align="center">1.0</td><td>Laboratory professionals</td></tr>
</table>';
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->writeHTMLCell(460, 0, 76, 340, $tbl, 0, 1, false, true, 'L');
$pdf->SetFont('dejavusans', 'I', 8.5); $pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(76, 470); $pdf->MultiCell(460, 11, 'Accreditation and credit designation statements appear on page 2 of this certificate.', 0, 'L');
$pdf->SetTextColor(20, 20, 20); $pdf->SetLineWidth(0.5); $pdf->SetDrawColor(0, 0, 0);
$pdf->Line(76, 600, 290, 600);
$pdf->SetFont('dejavuserif', 'I', 15); $pdf->SetXY(76, 580); $pdf->Cell(214, 18, 'Maren Oyelowo', 0, 0, 'C');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetXY(76, 604); $pdf->Cell(214, 11, 'Maren T. Oyelowo, MD, MPH', 0, 2, 'C');
$pdf->Cell(214, 11, 'Associate Dean, Continuing Professional Development', 0, 2, 'C');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetXY(60, 730); $pdf->Cell(492, 10, 'Certificate generated 03/12/2026  ·  Page 1 of 2', 0, 0, 'R');
$pdf->AddPage();
$pdf->SetFont('dejavuserif', 'B', 14); $pdf->SetXY(60, 60); $pdf->Cell(492, 18, 'Accreditation Statements', 0, 1, 'L');
$html = '<p>In support of improving patient care, Lakeshore University Health is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team.</p>
<p><b>Physicians:</b> Lakeshore University Health designates this live activity for a maximum of 1.25 <i>AMA PRA Category 1 Credits™</i>. Physicians should claim only the credit commensurate with the extent of their participation in the activity.</p>
<p><b>Nurses:</b> This activity is approved for 1.25 ANCC contact hours.</p>
<p><b>Pharmacists:</b> This knowledge-based activity is approved for 1.25 contact hours (0.125 CEU) of ACPE credit.</p>
<p><b>Laboratory professionals:</b> Lakeshore University Health is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is approved for 1.0 P.A.C.E.® contact hour.</p>';
$pdf->SetFont('dejavusans', '', 9.5); $pdf->writeHTMLCell(492, 0, 60, 90, $html, 0, 1, false, true, 'L');
$pdf->SetFont('dejavuserif', 'B', 12); $pdf->SetXY(60, 420); $pdf->Cell(492, 16, 'Transcript entry', 0, 1, 'L');
$pdf->SetFont('dejavusansmono', '', 8); $pdf->SetXY(60, 442);
$pdf->Cell(492, 12, '03/10/2026  58213  Pathology Grand Rounds (live)  P.A.C.E. 1.0  AMA 1.25', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetXY(60, 730); $pdf->Cell(492, 10, 'Certificate generated 03/12/2026  ·  Page 2 of 2', 0, 0, 'R');
$pdf->Output('/work/blind/certs-n/n09.pdf', 'F');
