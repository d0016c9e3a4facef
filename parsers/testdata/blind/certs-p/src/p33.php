<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$OUT = $argv[1];

$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(22, 18, 22); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->getPageWidth();
$pdf->SetTextColor(70, 40, 110);
$pdf->SetFont('dejavuserif', 'B', 19);
$pdf->SetXY(22, 20); $pdf->Cell($W - 44, 9, 'Meridian Health University', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 11);
$pdf->SetX(22); $pdf->Cell($W - 44, 6, 'Center for Continuing Education', 0, 1, 'C');
$pdf->SetLineStyle(array('width' => 0.5, 'color' => array(70, 40, 110)));
$pdf->Line(60, 39, $W - 60, 39);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('dejavuserif', '', 22);
$pdf->SetXY(22, 48); $pdf->Cell($W - 44, 10, 'Certificate of Credit', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10.5);
$pdf->SetXY(22, 64); $pdf->Cell($W - 44, 6, 'Presented to', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 20);
$pdf->SetX(22); $pdf->Cell($W - 44, 10, 'Rosemary D. Kincaid-Tran, MLS(ASCP)', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10.5);
$pdf->SetX(22); $pdf->Cell($W - 44, 6, 'for completion of the accredited activity', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 9);
$pdf->SetTextColor(70, 40, 110);
$pdf->SetXY(22, 94); $pdf->Cell($W - 44, 5, 'On-Demand', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('dejavuserif', 'B', 13.5);
$pdf->SetXY(42, 100); $pdf->MultiCell($W - 84, 6.5, 'Sepsis Bundles, Lactate Turnaround Time, and Blood Culture Contamination: An Interprofessional Approach to Diagnostic Stewardship', 0, 'C');
$pdf->SetFont('dejavusans', '', 10);
$pdf->SetXY(22, 126);
$pdf->Cell($W - 44, 6, 'Activity #: MHU-IPCE-26-033   ·   Completed: March 18, 2026   ·   Transcript No. 004-118-2290', 0, 1, 'C');
$html = '<table border="1" cellpadding="4" style="font-size:9.5pt;">
<tr style="background-color:#ece6f4;"><th width="85mm"><b>Credit type</b></th><th width="40mm" align="right"><b>Maximum available</b></th><th width="40mm" align="right"><b>Claimed</b></th></tr>
<tr><td>AMA PRA Category 1 Credits™</td><td align="right">1.50</td><td align="right">—</td></tr>
<tr><td>ANCC nursing contact hours</td><td align="right">1.50</td><td align="right">—</td></tr>
<tr><td>ACPE pharmacy contact hours (0.15 CEU)</td><td align="right">1.50</td><td align="right">—</td></tr>
<tr><td>ASCLS P.A.C.E.® contact hours</td><td align="right">1.50</td><td align="right">1.25</td></tr>
</table>';
$pdf->SetXY(25, 138);
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->SetFont('dejavusans', '', 7.8);
$pdf->SetXY(22, 180);
$pdf->MultiCell($W - 44, 3.8, 'In support of improving patient care, Meridian Health University is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. Meridian Health University designates this enduring material for a maximum of 1.50 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity. Meridian Health University is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Credit for this enduring material may be claimed until December 31, 2026.', 0, 'L');
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(0, 0, 0)));
$pdf->Line(22, 240, 90, 240);
$pdf->SetFont('dejavusans', '', 9);
$pdf->SetXY(22, 241); $pdf->MultiCell(90, 4.5, "Harriet J. Nwachukwu, DNP, RN\nDirector, Center for Continuing Education", 0, 'L');
$pdf->Output($OUT, 'F');
