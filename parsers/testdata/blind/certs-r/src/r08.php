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
$pdf->SetLineStyle(array('width' => 1.2, 'color' => array(19, 41, 75)));
$pdf->Rect(30, 30, 552, 732);
$pdf->SetFont('dejavuserif', '', 12);
$pdf->writeHTMLCell(500, 0, 56, 70, '
<div style="text-align:center"><span style="font-size:20pt;font-weight:bold;color:#13294B">Northlake University School of Medicine</span><br>
<span style="font-size:11pt;color:#13294B">Northlake University School of Medicine, Office of Continuing Medical Education</span></div>
<br><br><div style="text-align:center;font-size:24pt">Certificate of Credit</div><br>
<div style="text-align:center;font-size:12pt">This certificate is awarded to</div>
<div style="text-align:center;font-size:20pt;font-weight:bold">Sunita Devi Raghunathan, MLS(ASCP)<sup>CM</sup></div>
<div style="text-align:center;font-size:12pt">for participation in the live activity</div><br>
<div style="text-align:center;font-size:15pt;font-weight:bold">Grand Rounds: Antimicrobial Stewardship and the Clinical Microbiology Laboratory</div>
<div style="text-align:center;font-size:11pt">held March 11, 2026 &nbsp;|&nbsp; Activity ID: JA-NLU-26-0311</div><br>
<table cellpadding="5" border="1" style="font-size:10.5pt;border-color:#999">
<tr style="background-color:#E8EDF5;font-weight:bold"><td width="300">Credit type</td><td width="100" align="center">Designated</td><td width="100" align="center">Claimed</td></tr>
<tr><td><i>AMA PRA Category 1 Credits</i>™</td><td align="center">1.50</td><td align="center">—</td></tr>
<tr><td>ANCC contact hours</td><td align="center">1.50</td><td align="center">—</td></tr>
<tr><td>ACPE contact hours (0.15 CEU)</td><td align="center">1.50</td><td align="center">—</td></tr>
<tr><td>ASCLS P.A.C.E.® contact hours</td><td align="center">1.25</td><td align="center"><b>1.25</b></td></tr>
</table>
<br><br><div style="font-size:9pt;color:#444">Credit claimed on 03/18/2026. Accreditation statements appear on page 2. Certificate no. NLU-CME-774129.</div>
', 0, 1, false, true, 'L');
$pdf->SetFont('dejavusans', '', 9);
$pdf->Line(60, 680, 250, 680);
$pdf->SetXY(60, 684); $pdf->Cell(250, 12, 'Bartholomew K. Ashworth, MD, FACP', 0, 2);
$pdf->Cell(250, 12, 'Associate Dean for Continuing Medical Education', 0, 2);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', '', 11);
$pdf->writeHTMLCell(500, 0, 56, 70, '
<div style="font-size:14pt;font-weight:bold">Accreditation and Credit Designation</div><br>
<div style="font-size:10.5pt;text-align:justify">In support of improving patient care, Northlake University School of Medicine is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.<br><br>
<b>Physicians:</b> Northlake University School of Medicine designates this live activity for a maximum of 1.50 <i>AMA PRA Category 1 Credits</i>™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.<br><br>
<b>Nurses:</b> This activity is approved for 1.50 ANCC contact hours.<br><br>
<b>Pharmacists:</b> This knowledge-based activity is approved for 1.50 contact hours (0.15 CEU).<br><br>
<b>Laboratory professionals:</b> Northlake University School of Medicine is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. The laboratory-specific portion of this activity is approved for 1.25 P.A.C.E.® contact hours.</div>
', 0, 1, false, true, 'L');
$pdf->Output($argv[1], 'F');
