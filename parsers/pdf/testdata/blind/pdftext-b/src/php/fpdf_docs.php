<?php
// FPDF (php-fpdf) documents: core fonts, no /Widths.  Usage: php fpdf_docs.php OUTDIR
require('/usr/share/php/fpdf/fpdf.php');
$out = $argv[1];
function w($s) { return iconv('UTF-8', 'windows-1252', $s); }
function gold($out, $name, $kind, $notes, $pages) {
    file_put_contents("$out/$name.gold.json", json_encode(array('kind'=>$kind, 'producer'=>'fpdf', 'notes'=>$notes,
        'pages'=>$pages), JSON_PRETTY_PRINT|JSON_UNESCAPED_UNICODE|JSON_UNESCAPED_SLASHES) . "\n");
}
$courses = json_decode(file_get_contents(__DIR__ . '/../courses.json'), true);

// ---- std14-1-fpdf: certificate + transcript, Arial (-> Helvetica), Times, Courier
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetCreator('FPDF'); $pdf->SetAuthor('Bayview Community Hospital');
$pdf->AddPage();
$g1 = array();
$pdf->SetLineWidth(2); $pdf->Rect(30, 30, 552, 732);
$pdf->SetY(80);
$pdf->SetFont('Arial', 'B', 22); $pdf->Cell(0, 30, 'BAYVIEW COMMUNITY HOSPITAL', 0, 1, 'C'); $g1[] = 'BAYVIEW COMMUNITY HOSPITAL';
$pdf->SetFont('Times', '', 13); $pdf->Cell(0, 20, 'Clinical Laboratory Continuing Education Program', 0, 1, 'C'); $g1[] = 'Clinical Laboratory Continuing Education Program';
$pdf->Ln(30);
$pdf->SetFont('Arial', 'B', 28); $pdf->Cell(0, 36, 'CERTIFICATE OF COMPLETION', 0, 1, 'C'); $g1[] = 'CERTIFICATE OF COMPLETION';
$pdf->Ln(10);
$pdf->SetFont('Times', 'I', 14); $pdf->Cell(0, 20, 'is hereby presented to', 0, 1, 'C'); $g1[] = 'is hereby presented to';
$pdf->SetFont('Arial', 'B', 20); $pdf->Cell(0, 30, w('Oksana Dvorák-Halloran, MLT(ASCP)'), 0, 1, 'C');
$g1[] = 'Oksana Dvorák-Halloran, MLT(ASCP)';
$pdf->SetFont('Times', '', 13); $pdf->Cell(0, 20, 'for successful completion of', 0, 1, 'C'); $g1[] = 'for successful completion of';
$pdf->SetFont('Arial', 'B', 15); $pdf->Cell(0, 22, 'HEMATOLOGY CASE STUDIES 2024: MODULE 4', 0, 1, 'C'); $g1[] = 'HEMATOLOGY CASE STUDIES 2024: MODULE 4';
$pdf->Ln(20);
$pdf->SetFont('Arial', '', 12);
$pdf->SetX(90); $pdf->Cell(90, 18, 'Date:', 0, 0); $pdf->Cell(150, 18, 'March 8, 2024', 0, 0); $pdf->Cell(90, 18, 'Credits:', 0, 0); $pdf->Cell(100, 18, '2.0 CMLE', 0, 1);
$g1[] = 'Date: March 8, 2024 Credits: 2.0 CMLE';
$pdf->SetX(90); $pdf->Cell(90, 18, 'Course ID:', 0, 0); $pdf->Cell(150, 18, 'BCH-HEM-0424', 0, 0); $pdf->Cell(90, 18, 'Score:', 0, 0); $pdf->Cell(100, 18, '88%', 0, 1);
$g1[] = 'Course ID: BCH-HEM-0424 Score: 88%';
$pdf->Ln(60);
$pdf->SetFont('Times', '', 12);
$pdf->SetX(90); $pdf->Cell(220, 16, 'Ingrid Solberg-Mwangi, MD', 'T', 0); $pdf->SetX(330); $pdf->Cell(200, 16, w('Raúl Esquivel, MS, MLS(ASCP)'), 'T', 1);
$g1[] = 'Ingrid Solberg-Mwangi, MD Raúl Esquivel, MS, MLS(ASCP)';
$pdf->SetX(90); $pdf->Cell(220, 16, 'Laboratory Medical Director', 0, 0); $pdf->SetX(330); $pdf->Cell(200, 16, 'Education Coordinator', 0, 1);
$g1[] = 'Laboratory Medical Director Education Coordinator';
$pdf->SetY(700); $pdf->SetFont('Courier', '', 9);
$pdf->Cell(0, 12, 'CERT#BCH24-00917 ISSUED 03/09/2024 VERIFY WITH EDUCATION OFFICE EXT 4410', 0, 1, 'C');
$g1[] = 'CERT#BCH24-00917 ISSUED 03/09/2024 VERIFY WITH EDUCATION OFFICE EXT 4410';
// page 2: transcript table
$pdf->AddPage();
$g2 = array();
$pdf->SetFont('Arial', 'B', 14); $pdf->Cell(0, 20, w('CE TRANSCRIPT 2024 - OKSANA DVORÁK-HALLORAN'), 0, 1); $g2[] = 'CE TRANSCRIPT 2024 - OKSANA DVORÁK-HALLORAN';
$pdf->SetFont('Arial', '', 10); $pdf->Cell(0, 14, 'Employee ID 204471 Department: Hematology/Coagulation', 0, 1); $g2[] = 'Employee ID 204471 Department: Hematology/Coagulation';
$pdf->Ln(8);
$wid = array(270, 100, 60, 80);
$pdf->SetFont('Arial', 'B', 10);
$hdr = array('Activity Title', 'Completion Date', 'Credits', 'Credit Type');
foreach ($hdr as $i => $h) $pdf->Cell($wid[$i], 18, $h, 1, 0, 'L');
$pdf->Ln(); $g2[] = implode(' ', $hdr);
$pdf->SetFont('Arial', '', 9.5);
foreach (array_slice($courses, 0, 14) as $r) {
    foreach ($r as $i => $v) $pdf->Cell($wid[$i], 16, $v, 1, 0, $i == 2 ? 'R' : 'L');
    $pdf->Ln(); $g2[] = implode(' ', $r);
}
$pdf->SetFont('Arial', 'B', 10);
$pdf->Cell($wid[0] + $wid[1], 18, 'TOTAL', 1, 0, 'R'); $pdf->Cell($wid[2], 18, '16.0', 1, 0, 'R'); $pdf->Cell($wid[3], 18, '', 1, 1);
$g2[] = 'TOTAL 16.0';
$pdf->Output('F', "$out/std14-1-fpdf.pdf");
gold($out, 'std14-1-fpdf', 'std14', 'FPDF core fonts (Arial -> /BaseFont /Helvetica, Times, Courier): no /Widths, /Encoding /WinAnsiEncoding, '
  . 'FPDF adds a ToUnicode. Cells placed by FPDF Cell(); same-row cells joined with one space; cp1252 bytes for '
  . 'accented letters. mutool splits the Cell()s of one row into separate lines. Page 2 table has cell borders and a right-aligned Credits column.', array($g1, $g2));

// ---- symbol-3-fpdf: Symbol + ZapfDingbats core fonts
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->AddPage();
$g = array();
$pdf->SetFont('Helvetica', 'B', 16); $pdf->Cell(0, 22, 'LabCE Chemistry Competency Checklist', 0, 1); $g[] = 'LabCE Chemistry Competency Checklist';
$pdf->SetFont('Helvetica', '', 11); $pdf->Cell(0, 16, 'Employee: Bartholomew Achterberg-Ng   Reviewer: Svetla Ivanova', 0, 1); $g[] = 'Employee: Bartholomew Achterberg-Ng Reviewer: Svetla Ivanova';
$pdf->Ln(10);
$items = array(
  array('4', array(array('Symbol', 'a'), array('Helvetica', '-Fetoprotein (AFP) tumor marker linearity')), "\u{2714} \u{03B1}-Fetoprotein (AFP) tumor marker linearity"),
  array('4', array(array('Helvetica', 'Serum '), array('Symbol', 'b'), array('Helvetica', '2-microglobulin calibration')), "\u{2714} Serum \u{03B2}2-microglobulin calibration"),
  array('8', array(array('Helvetica', 'Ammonia '), array('Symbol', 'm'), array('Helvetica', 'mol/L on ice within 30 min')), "\u{2718} Ammonia \u{00B5}mol/L on ice within 30 min"),
  array('4', array(array('Helvetica', 'Troponin I '), array('Symbol', chr(0xB3)), array('Helvetica', ' 99th percentile flagging')), "\u{2714} Troponin I \u{2265} 99th percentile flagging"),
  array('4', array(array('Helvetica', 'Osmolality '), array('Symbol', 'D'), array('Helvetica', ' gap calculation')), "\u{2714} Osmolality \u{0394} gap calculation"),
);
foreach ($items as $it) {
  $pdf->SetX(50);
  $pdf->SetFont('ZapfDingbats', '', 12); $pdf->Cell(20, 18, $it[0], 0, 0);
  foreach ($it[1] as $run) { $pdf->SetFont($run[0], '', 11); $pdf->Cell($pdf->GetStringWidth($run[1]), 18, $run[1], 0, 0); }
  $pdf->Ln(); $g[] = $it[2];
}
$pdf->Ln(10);
$pdf->SetFont('Helvetica', '', 10); $pdf->Cell(0, 14, 'Legend: ', 0, 0);
$pdf->SetX(95); $pdf->SetFont('ZapfDingbats', '', 10); $pdf->Cell(14, 14, '4', 0, 0); $pdf->SetFont('Helvetica', '', 10); $pdf->Cell(70, 14, 'competent', 0, 0);
$pdf->SetFont('ZapfDingbats', '', 10); $pdf->Cell(14, 14, '8', 0, 0); $pdf->SetFont('Helvetica', '', 10); $pdf->Cell(100, 14, 'needs review', 0, 1);
$g[] = "Legend: \u{2714} competent \u{2718} needs review";
$pdf->Ln(10);
$pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(0, 16, 'Credits awarded: 1.0 CMLE (06/18/2024)', 0, 1); $g[] = 'Credits awarded: 1.0 CMLE (06/18/2024)';
$pdf->Output('F', "$out/symbol-3-fpdf.pdf");
gold($out, 'symbol-3-fpdf', 'symbol', 'FPDF core fonts Symbol and ZapfDingbats (no /Encoding for them, no /Widths) beside Helvetica; '
  . 'each run is a separate Cell. Symbol /mu written as U+00B5 (U+03BC equivalent), /Delta as U+0394 (U+2206 '
  . 'equivalent). ZapfDingbats "4" = U+2714, "8" = U+2718. FPDF 1.8 writes a ToUnicode CMap even for Symbol '
  . 'and ZapfDingbats, so both tools get the characters (mutool puts each Cell on its own line).', array($g));
