<?php
// noTounicode-3-tcpdf (before post-processing): TCPDF with a FULL embedded
// TrueType font (Liberation Serif 1.x, setFontSubsetting(false)) as a Type0
// Identity-H font with a CIDToGIDMap; post_tounicode.py later removes its
// /ToUnicode. Some words are typed with the ligature characters U+FB01/U+FB02.
require '/usr/share/php/tcpdf/tcpdf.php';
$out = $argv[1];
$fdir = rtrim($argv[2], '/') . '/';
@mkdir($fdir, 0777, true);
$fn = TCPDF_FONTS::addTTFfont('/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
                              'TrueTypeUnicode', '', 32, $fdir);
$fb = TCPDF_FONTS::addTTFfont('/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf',
                              'TrueTypeUnicode', '', 32, $fdir);
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->setFontSubsetting(false);
$pdf->SetCreator('Fairfield Clinical Laboratories');
$pdf->SetTitle('Staff Development Transcript');
$pdf->SetMargins(60, 60, 60);
$pdf->SetAutoPageBreak(false);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->AddPage();
$pdf->AddFont($fn, '', $fdir . $fn . '.php');
$pdf->setFontSubsetting(true);   // the bold face is subset (no cmap) and keeps its ToUnicode
$pdf->AddFont($fb, '', $fdir . $fb . '.php');

$pdf->SetFont($fb, '', 17);
$pdf->SetXY(60, 60);
$pdf->Cell(492, 20, 'Fairﬁeld Clinical Laboratories', 0, 0, 'L');
$pdf->SetFont($fn, '', 12);
$pdf->SetXY(60, 84);
$pdf->Cell(492, 14, 'Staff Development Transcript — Office of Quality and Training', 0, 0, 'L');

$pdf->SetFont($fn, '', 11);
$pdf->SetXY(60, 118);
$pdf->Cell(260, 13, 'Employee: Ruairí Ogunleye-Blomqvist', 0, 0, 'L');
$pdf->SetXY(360, 118);
$pdf->Cell(192, 13, 'Position: Staff Technologist II', 0, 0, 'L');
$pdf->SetXY(60, 133);
$pdf->Cell(260, 13, 'Supervisor: Oﬁlia Kranjčević', 0, 0, 'L');
$pdf->SetXY(360, 133);
$pdf->Cell(192, 13, 'Period: 07/2024 – 06/2025', 0, 0, 'L');

$pdf->SetFont($fb, '', 10.5);
$y = 170;
$pdf->SetXY(60, $y);
$pdf->Cell(250, 14, 'Activity Title', 0, 0, 'L');
$pdf->Cell(90, 14, 'Completion Date', 0, 0, 'L');
$pdf->Cell(52, 14, 'Credits', 0, 0, 'R');
$pdf->Cell(10, 14, '', 0, 0, 'L');
$pdf->Cell(90, 14, 'Credit Type', 0, 0, 'L');
$pdf->Line(60, $y + 16, 552, $y + 16);
$rows = array(
    array('Identiﬁcation of Yeasts on Chromogenic Agar', '08/15/2024', '1.0', 'P.A.C.E.'),
    array('Coefficient of Variation and Precision Studies', '09/26/2024', '1.5', 'P.A.C.E.'),
    array('Speciﬁcity of HIV-1/2 Differentiation Assays', '11/07/2024', '1.0', 'P.A.C.E.'),
    array('Reﬂex Cultures from Urinalysis Screens', '12/12/2024', '0.5', 'In-service'),
    array('Office Ergonomics for Laboratory Staff', '01/30/2025', '0.5', 'In-service'),
    array('Fluorescent Antibody Stains for Pneumocystis', '03/03/2025', '1.0', 'P.A.C.E.'),
);
$pdf->SetFont($fn, '', 10.5);
$y += 22;
foreach ($rows as $r) {
    $pdf->SetXY(60, $y);
    $pdf->Cell(250, 14, $r[0], 0, 0, 'L');
    $pdf->Cell(90, 14, $r[1], 0, 0, 'L');
    $pdf->Cell(52, 14, $r[2], 0, 0, 'R');
    $pdf->Cell(10, 14, '', 0, 0, 'L');
    $pdf->Cell(90, 14, $r[3], 0, 0, 'L');
    $y += 16;
}
$pdf->Line(60, $y + 2, 552, $y + 2);
$pdf->SetFont($fb, '', 10.5);
$pdf->SetXY(60, $y + 6);
$pdf->Cell(340, 14, 'Total credits', 0, 0, 'L');
$pdf->Cell(52, 14, '5.5', 0, 0, 'R');
$pdf->SetFont($fn, '', 10);
$pdf->SetXY(60, $y + 40);
$pdf->Cell(492, 13, 'Credits ﬂagged “In-service” are not eligible for certiﬁcation maintenance.', 0, 0, 'L');
$pdf->Output($out, 'F');
