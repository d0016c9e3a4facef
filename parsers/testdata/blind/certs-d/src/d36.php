<?php
// FPDF source for d36 -- run: php d36.php OUT.pdf
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
function row($p, $k, $v, $bold = false) {
    $p->SetX(28); $p->SetFont('Helvetica', 'B', 10); $p->SetTextColor(60, 60, 60);
    $y = $p->GetY(); $p->Cell(50, 7, t($k), 0, 0, 'L');
    $p->SetXY(78, $y); $p->SetFont('Times', $bold ? 'B' : '', 12); $p->SetTextColor(15, 15, 15);
    $p->MultiCell(110, 7, t($v), 0, 'L');
    $p->SetDrawColor(200, 200, 200); $p->Line(28, $p->GetY() + 1, 188, $p->GetY() + 1); $p->Ln(3);
}
$p = new FPDF('P', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('NYS CE certificate'); $p->AddPage();
$p->SetFont('Times', 'B', 17); $p->SetTextColor(0, 51, 102); $p->SetXY(28, 24); $p->Cell(160, 8, t('Hudson Valley Clinical Laboratory Education Consortium'), 0, 2, 'L');
$p->SetFont('Helvetica', '', 9.5); $p->SetTextColor(90, 90, 90); $p->Cell(160, 5, t('HVCLEC · 14 Marbletown Road, Kingston, NY'), 0, 2, 'L');
$p->SetDrawColor(0, 51, 102); $p->SetLineWidth(0.8); $p->Line(28, 42, 188, 42); $p->SetLineWidth(0.2);
$p->SetFont('Helvetica', 'B', 15); $p->SetTextColor(15, 15, 15); $p->SetXY(28, 52); $p->Cell(160, 8, t('New York State Approved Continuing Education'), 0, 2, 'L');
$p->SetFont('Helvetica', '', 11); $p->Cell(160, 6, t('Clinical Laboratory Technology — Certificate of Completion'), 0, 2, 'L');
$p->SetY(78);
row($p, 'Licensee', 'Aurelio J. Castellano-Prieto', true);
row($p, 'NYS License No.', '012345-CLT');
row($p, 'Course', 'Flow Cytometry Panel Design for Minimal/Measurable Residual Disease (MRD): An Introduction');
row($p, 'Course ID', 'HV-FC-2410');
row($p, 'Date of completion', '2024-10-29');
row($p, 'Contact hours', '2.0');
row($p, 'Delivery', 'Live, in person (Albany Medical Campus, Room 4B)');
$p->SetFont('Helvetica', '', 8.5); $p->SetTextColor(60, 60, 60); $p->SetXY(28, 190);
$p->MultiCell(160, 4, t('HVCLEC is recognized by the New York State Education Department as an approved provider of continuing education for licensed clinical laboratory technologists and cytotechnologists (Sponsor No. CLT-0147). Licensees should retain this certificate for six years.'), 0, 'L');
$p->Line(28, 240, 98, 240); $p->SetXY(28, 241); $p->Cell(70, 5, t('Program Director'), 0, 0, 'L');
$p->Output('F', $argv[1]);
