<?php
require '/usr/share/php/fpdf/fpdf.php';
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->SetMargins(72, 72, 72); $pdf->AddPage();
$pdf->SetFont('Times', 'B', 15); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(72, 72); $pdf->Cell(468, 18, 'Heartland Clinical Laboratory Educators Consortium', 0, 1, 'L');
$pdf->SetFont('Times', '', 10); $pdf->SetX(72); $pdf->Cell(468, 13, t('HCLEC  ·  P.A.C.E.® approved provider of continuing education'), 0, 1, 'L');
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.7); $pdf->Line(72, 112, 540, 112);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', 'B', 20); $pdf->SetXY(72, 170); $pdf->Cell(468, 24, 'Certificate of Continuing Education', 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(72, 230);
$pdf->MultiCell(468, 20, t('This is to certify that Beatriz Q. Almanza, MLS(ASCP)CM has completed “Point-of-Care Testing Program Oversight: Competency Assessment Made Practical” on March 3, 2026 and is awarded 1.5 contact hours of P.A.C.E.® credit under HCLEC course no. 301-228-26.'), 0, 'J');
$pdf->SetFont('Times', '', 10.5); $pdf->SetXY(72, 360);
$pdf->MultiCell(468, 14, t('The Heartland Clinical Laboratory Educators Consortium is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'L');
$pdf->SetFont('Times', 'I', 16); $pdf->SetXY(72, 470); $pdf->Cell(240, 18, 'Geraldine Moss-Whitaker', 0, 1, 'L');
$pdf->Line(72, 490, 300, 490);
$pdf->SetFont('Times', '', 10); $pdf->SetXY(72, 494); $pdf->Cell(240, 13, 'Geraldine Moss-Whitaker, MS, MLS(ASCP)', 0, 2, 'L');
$pdf->Cell(240, 13, 'Continuing Education Coordinator, HCLEC', 0, 2, 'L');
$pdf->SetFont('Times', '', 9); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(72, 700); $pdf->Cell(468, 12, t('Certificate # HC-2026-00318  ·  Keep for four years for audit purposes'), 0, 0, 'L');
$pdf->Output('F', '/work/blind/certs-n/n21.pdf');
