<?php
$D = json_decode('{}', true);
$OUT = $argv[1];
function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

require('/usr/share/php/fpdf/fpdf.php');
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(20, 45, 90); $pdf->SetLineWidth(1); $pdf->Rect(40, 40, 532, 712);
$pdf->SetLineWidth(0.3); $pdf->Rect(46, 46, 520, 700);
$pdf->SetTextColor(20, 45, 90);
$pdf->SetFont('Helvetica', 'B', 34); $pdf->SetXY(46, 80); $pdf->Cell(520, 36, 'ASCP', 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->Cell(520, 16, w('American Society for Clinical Pathology'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 9); $pdf->Cell(520, 14, w('Lab Management University'), 0, 2, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', '', 26); $pdf->SetXY(46, 190); $pdf->Cell(520, 30, w('Certificate of Completion'), 0, 2, 'C');
$pdf->SetFont('Times', 'I', 12); $pdf->SetXY(46, 245); $pdf->Cell(520, 16, w('is hereby granted to'), 0, 2, 'C');
$pdf->SetFont('Times', 'B', 22); $pdf->SetXY(46, 272); $pdf->Cell(520, 26, w('WILHELMINA J. ACHEBE'), 0, 2, 'C');
$pdf->SetFont('Times', 'I', 12); $pdf->SetXY(46, 312); $pdf->Cell(520, 16, w('who has completed'), 0, 2, 'C');
$pdf->SetFont('Times', 'B', 15); $pdf->SetXY(96, 340);
$pdf->MultiCell(420, 19, w('Leading Through Staffing Shortages: Competency Assessment, Cross-Training, and Retention Strategies for Laboratory Supervisors in Small and Rural Hospitals'), 0, 'C');
// labels above values, four columns
$y = 470;
$cols = array(array('COMPLETION DATE', 'August 29, 2025'), array('CMLE CREDITS', '2.5'),
              array('COURSE CODE', 'LMU-2508-RH'), array('CERTIFICATE NUMBER', '00917733'));
$x = 66;
foreach ($cols as $c) {
  $pdf->SetFont('Helvetica', 'B', 7.5); $pdf->SetTextColor(110, 110, 110);
  $pdf->SetXY($x, $y); $pdf->Cell(120, 12, w($c[0]), 0, 0, 'C');
  $pdf->SetFont('Helvetica', '', 11); $pdf->SetTextColor(0, 0, 0);
  $pdf->SetXY($x, $y + 14); $pdf->Cell(120, 16, w($c[1]), 0, 0, 'C');
  $x += 120;
}
$pdf->SetDrawColor(180, 180, 180); $pdf->Line(76, 505, 536, 505);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(76, 525);
$pdf->MultiCell(460, 11, w('The American Society for Clinical Pathology designates this online course for a maximum of 2.5 CMLE credits. ASCP CMLE credits are accepted by the ASCP Board of Certification to meet Credential Maintenance Program requirements. Participants should claim only the credit commensurate with the extent of their participation.'), 0, 'C');
$pdf->SetDrawColor(0, 0, 0); $pdf->Line(206, 650, 406, 650);
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(146, 654); $pdf->Cell(320, 12, w('Franklin D. Oyelaran-Moss, MHA, MLS(ASCP)CM'), 0, 2, 'C');
$pdf->Cell(320, 12, w('Program Director, Lab Management University'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetXY(46, 722); $pdf->Cell(510, 10, w('Date issued: 09/02/2025'), 0, 0, 'R');
$pdf->Output('F', $OUT);
