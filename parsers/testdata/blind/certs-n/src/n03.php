<?php
require '/usr/share/php/tcpdf/tcpdf.php';
class CertPDF extends TCPDF { public function noLink() { $this->tcpdflink = false; } }

$pdf = new CertPDF('L', 'pt', 'LETTER', true, 'UTF-8', false); $pdf->noLink();
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(54, 40, 54); $pdf->SetAutoPageBreak(false);
$pdf->SetCreator('CAP Learning'); $pdf->SetTitle('Certificate of Completion');
$pdf->AddPage();
$pdf->SetFillColor(0, 61, 121); $pdf->Rect(0, 0, 792, 72, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('dejavusans', 'B', 28); $pdf->SetXY(54, 18); $pdf->Cell(90, 36, 'CAP', 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 12); $pdf->SetXY(140, 27); $pdf->Cell(330, 20, 'College of American Pathologists', 0, 0, 'L');
$pdf->SetFont('dejavusans', 'I', 11); $pdf->SetXY(480, 27); $pdf->Cell(258, 20, 'CAP Learning', 0, 0, 'R');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('dejavuserif', 'B', 24); $pdf->SetXY(54, 96); $pdf->Cell(684, 30, 'CERTIFICATE OF COMPLETION', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(54, 134); $pdf->Cell(684, 18, 'Awarded to', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 22); $pdf->SetXY(54, 156); $pdf->Cell(684, 28, 'Priya S. Raghunathan, MB(ASCP)CM', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(54, 192); $pdf->Cell(684, 18, 'for successful completion of the', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 9); $pdf->SetTextColor(0, 61, 121);
$pdf->SetXY(54, 214); $pdf->Cell(684, 14, 'On-Demand Webinar', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 15); $pdf->SetTextColor(30, 30, 30);
$pdf->SetXY(54, 232); $pdf->Cell(684, 22, 'Next-Generation Sequencing in Solid Tumors: Interpreting Variant Reports', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10);
$pdf->SetXY(80, 278); $pdf->Cell(260, 15, 'Activity ID: CAP-LRN-25-0931', 0, 2, 'L');
$pdf->Cell(260, 15, 'Date Completed: January 22, 2026', 0, 2, 'L');
$pdf->Cell(260, 15, 'Transcript ID: T-5530291', 0, 2, 'L');
$tbl = '<table cellpadding="4" border="1" style="border-color:#7a8fa8;">
<tr style="background-color:#e6edf5;font-weight:bold;"><td width="190">Credit Type</td><td width="80" align="center">Maximum</td><td width="80" align="center">Claimed</td></tr>
<tr><td>AMA PRA Category 1 Credits™</td><td align="center">2.50</td><td align="center">2.25</td></tr>
<tr><td>P.A.C.E.® Contact Hours</td><td align="center">2.50</td><td align="center">2.00</td></tr>
</table>';
$pdf->SetFont('dejavusans', '', 9);
$pdf->writeHTMLCell(360, 0, 380, 276, $tbl, 0, 1, false, true, 'L');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(70, 70, 70);
$stmt = 'In support of improving patient care, the College of American Pathologists is jointly accredited by the '
 . 'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE) '
 . 'and the American Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team. '
 . 'The CAP designates this enduring material for a maximum of 2.50 AMA PRA Category 1 Credits™. Physicians should claim only '
 . 'the credit commensurate with the extent of their participation in the activity. '
 . 'The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.';
$pdf->SetXY(80, 390); $pdf->MultiCell(632, 10, $stmt, 0, 'L');
$pdf->SetDrawColor(60, 60, 60); $pdf->Line(470, 500, 712, 500);
$pdf->SetFont('dejavuserif', 'I', 16); $pdf->SetTextColor(20, 40, 90); $pdf->SetXY(470, 478); $pdf->Cell(242, 20, 'R. Castellanos-Meyer', 0, 0, 'C');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(30, 30, 30);
$pdf->SetXY(470, 504); $pdf->Cell(242, 12, 'Rafael Castellanos-Meyer, MD, FCAP', 0, 2, 'C');
$pdf->Cell(242, 12, 'Chair, Council on Education', 0, 2, 'C');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetXY(54, 570); $pdf->Cell(300, 10, 'Date Issued: 01/23/2026', 0, 0, 'L');
$pdf->Output('/work/blind/certs-n/n03.pdf', 'F');
