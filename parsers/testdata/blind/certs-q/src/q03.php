<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(60, 50, 60); $pdf->SetAutoPageBreak(false);
$pdf->SetCreator('CAP Learning Transcript Service');
$pdf->AddPage();
$pdf->SetFillColor(0, 85, 140); $pdf->Rect(0, 0, 612, 14, 'F');
$pdf->SetTextColor(0, 85, 140);
$pdf->SetFont('helvetica', 'B', 34); $pdf->SetXY(60, 40); $pdf->Cell(120, 40, 'CAP', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 12); $pdf->SetXY(180, 46); $pdf->Cell(372, 16, 'College of American Pathologists', 0, 2, 'R');
$pdf->SetFont('helvetica', '', 10); $pdf->Cell(372, 14, 'CAP Learning', 0, 0, 'R');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('times', '', 30); $pdf->SetXY(60, 120); $pdf->Cell(492, 34, 'Statement of Credit', 0, 1, 'C');
$pdf->SetFont('times', 'I', 12); $pdf->SetX(60); $pdf->Cell(492, 22, 'Presented to', 0, 1, 'C');
$pdf->SetFont('times', 'B', 22); $pdf->SetX(60); $pdf->Cell(492, 30, 'Priya Venkataraman-Cole, MLS(ASCP)CM', 0, 1, 'C');
$pdf->SetFont('times', 'I', 12); $pdf->SetX(60); $pdf->Cell(492, 22, 'for completing the online activity', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 9); $pdf->SetTextColor(0, 85, 140);
$pdf->SetX(60); $pdf->Cell(492, 18, 'ENDURING MATERIAL', 0, 1, 'C', false, '', 0, false, 'T', 'M');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('helvetica', 'B', 15); $pdf->SetX(90);
$pdf->MultiCell(432, 20, 'Competency Assessment Under CLIA: What Inspectors Look For and How to Document It', 0, 'C', false, 1);
$pdf->Ln(10);
$pdf->SetFont('helvetica', '', 10.5);
$pdf->SetX(110); $pdf->Cell(150, 16, 'Activity code:', 0, 0, 'L'); $pdf->Cell(200, 16, 'CAP-LA-25-3307', 0, 1, 'L');
$pdf->SetX(110); $pdf->Cell(150, 16, 'Completion date:', 0, 0, 'L'); $pdf->Cell(200, 16, '11/18/2025', 0, 1, 'L');
$pdf->SetX(110); $pdf->Cell(150, 16, 'Customer #:', 0, 0, 'L'); $pdf->Cell(200, 16, '4471902', 0, 1, 'L');
$pdf->Ln(10);
$pdf->SetFont('helvetica', '', 10);
$pdf->SetX(66);
$pdf->writeHTML('
<table cellpadding="5" border="1" style="border-color:#7f9db9">
<tr style="background-color:#dfe9f3;font-weight:bold"><td width="300">Credit designation</td><td width="90" align="right">Maximum</td><td width="90" align="right">Claimed</td></tr>
<tr><td>AMA PRA Category 1 Credits™ (physicians)</td><td align="right">1.50</td><td align="right">0.00</td></tr>
<tr><td>CE hours (laboratory professionals)</td><td align="right">1.50</td><td align="right"><b>1.25</b></td></tr>
</table>', true, false, false, false, '');
$pdf->Ln(8);
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetX(60);
$pdf->MultiCell(492, 11, 'In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.', 0, 'L', false, 1);
$pdf->Ln(4); $pdf->SetX(60);
$pdf->MultiCell(492, 11, 'The CAP designates this enduring material for a maximum of 1.5 AMA PRA Category 1 Credits™ and for a maximum of 1.5 CE hours for laboratory professionals. Participants should claim only the credit commensurate with the extent of their participation in the activity.', 0, 'L', false, 1);
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(60, 742); $pdf->Cell(492, 12, 'Printed on 12/02/2025 from the CAP Learning transcript', 0, 0, 'R');
$pdf->Output($argv[1], 'F');
