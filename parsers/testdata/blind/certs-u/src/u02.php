<?php
define('K_PATH_CACHE', '/work/blind/certs-u/work/tmp/');
require_once('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(false);
$pdf->SetCreator('AABB Learning Center'); $pdf->SetTitle('Continuing Education Certificate');
$pdf->AddPage();
$pdf->SetFillColor(158, 27, 50); $pdf->Rect(0, 0, 215.9, 13, 'F');
$pdf->SetTextColor(158, 27, 50);
$pdf->SetFont('dejavusans', 'B', 30); $pdf->SetXY(22, 22); $pdf->Cell(60, 13, 'AABB', 0, 1, 'L');
$pdf->SetTextColor(70, 70, 70); $pdf->SetFont('dejavusans', '', 9.5);
$pdf->SetX(22); $pdf->Cell(150, 5, 'Association for the Advancement of Blood & Biotherapies', 0, 1, 'L');
$pdf->SetDrawColor(158, 27, 50); $pdf->SetLineWidth(0.5); $pdf->Line(22, 44, 193.9, 44);
$pdf->SetTextColor(30, 30, 30); $pdf->SetFont('dejavuserif', 'B', 21);
$pdf->SetXY(22, 52); $pdf->Cell(171.9, 10, 'Continuing Education Certificate', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 9.5); $pdf->SetX(22);
$pdf->Cell(171.9, 6, 'The participant named below attended the following AABB education program.', 0, 1, 'L');
$y = 78;
function row($pdf, &$y, $label, $value, $vstyle = '', $vsize = 11) {
    $pdf->SetXY(22, $y); $pdf->SetFont('dejavusans', 'B', 9); $pdf->SetTextColor(110, 110, 110);
    $pdf->Cell(44, 6, $label, 0, 0, 'L');
    $pdf->SetTextColor(20, 20, 20); $pdf->SetFont('dejavusans', $vstyle, $vsize);
    $pdf->MultiCell(127, 6, $value, 0, 'L', false, 1, 66, $y);
    $y = $pdf->GetY() + 3.5;
}
row($pdf, $y, 'Participant', 'DESMOND A. OYELARAN, MLS(ASCP)SBB', 'B', 12);
row($pdf, $y, 'Program Title', 'Antibody Identification in the Multiply Transfused Patient: Warm Autoantibodies, Adsorption Techniques, and Red Cell Genotyping', 'B', 11);
$pdf->SetXY(66, $y - 3); $pdf->SetFont('dejavusans', 'I', 9.5); $pdf->SetTextColor(158, 27, 50);
$pdf->Cell(100, 5, 'Live eCast', 0, 1, 'L'); $y += 5;
row($pdf, $y, 'Program Number', '26EC-0412');
row($pdf, $y, 'Program Date', 'February 11, 2026');
row($pdf, $y, 'Credit Awarded', '1.5 contact hours (ASCLS P.A.C.E.®)');
row($pdf, $y, 'Registration No.', 'R-5561902', '', 10);
row($pdf, $y, 'AABB Member ID', '0071843', '', 10);
$y += 4;
$pdf->SetFillColor(246, 238, 240); $pdf->Rect(22, $y, 171.9, 30, 'F');
$pdf->SetFont('dejavusans', '', 8.3); $pdf->SetTextColor(50, 50, 50);
$pdf->MultiCell(163, 4.3, 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This program has been approved for 1.5 P.A.C.E.® contact hours. Participants should retain this certificate for at least four years for recertification and audit purposes.', 0, 'L', false, 1, 26, $y + 4);
$y += 48;
$pdf->SetDrawColor(80, 80, 80); $pdf->SetLineWidth(0.25); $pdf->Line(22, $y, 100, $y);
$pdf->SetFont('dejavusans', 'B', 9); $pdf->SetTextColor(20, 20, 20); $pdf->SetXY(22, $y + 1.5);
$pdf->Cell(80, 5, 'Kendra L. Osterhaus, MBA, MT(ASCP)SBB', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->Cell(80, 4.5, 'Director, Education and Professional Development', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(120, 120, 120);
$pdf->SetXY(22, 262); $pdf->Cell(171.9, 4, 'Certificate generated February 12, 2026', 0, 0, 'L');
$pdf->SetXY(22, 262); $pdf->Cell(171.9, 4, 'Page 1 of 1', 0, 0, 'R');
$pdf->Output($argv[1], 'F');
