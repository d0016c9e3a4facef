<?php
require('/usr/share/php/fpdf/fpdf.php');

$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('Times', 'B', 18); $pdf->SetXY(25, 28); $pdf->Cell(0, 8, 'American Society for Clinical Pathology', 0, 1, 'L');
$pdf->SetFont('Times', '', 11); $pdf->SetX(25); $pdf->Cell(0, 6, 'ASCP Learning  -  Statement of Continuing Education', 0, 1, 'L');
$pdf->SetLineWidth(0.6); $pdf->Line(25, 46, 190.9, 46);
$pdf->SetFont('Times', 'B', 13); $pdf->SetXY(25, 60); $pdf->Cell(0, 7, 'Certificate of Completion', 0, 1, 'L');
$pdf->SetFont('Times', '', 12.5); $pdf->SetXY(25, 74);
$pdf->MultiCell(165.9, 7, 'This certifies that Oluwaseun K. Adebayo, MLS(ASCP)CM, has completed “Coagulation Testing in the Era of Direct Oral Anticoagulants” (Course #: COAG-0326) on March 3, 2026 and is awarded 1.5 CMLE credits. The American Society for Clinical Pathology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program, and CMLE credits are accepted by the ASCP Board of Certification toward the Credential Maintenance Program.', 0, 'J');
$pdf->SetFont('Times', '', 10); $pdf->SetXY(25, 140);
$pdf->Cell(0, 5, 'ASCP Member No. 00-4471-920', 0, 1, 'L');
$pdf->SetX(25); $pdf->Cell(0, 5, 'Printed 03/05/2026', 0, 1, 'L');
$pdf->SetLineWidth(0.3); $pdf->Line(25, 185, 95, 185);
$pdf->SetFont('Times', 'I', 11); $pdf->SetXY(25, 187); $pdf->Cell(0, 5, 'Nadia F. Westergaard, MD', 0, 1, 'L');
$pdf->SetFont('Times', '', 9.5); $pdf->SetX(25); $pdf->Cell(0, 5, 'Medical Director, Continuing Education', 0, 1, 'L');

$pdf->Output('F', $argv[1]);
