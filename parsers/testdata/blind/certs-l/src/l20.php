<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$OUT = '/work/blind/certs-l/l20.pdf';

$pdf = new FPDF('L', 'pt', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(0, 85, 140); $pdf->Rect(0, 0, 792, 14, 'F'); $pdf->Rect(0, 598, 792, 14, 'F');
$pdf->SetFont('Helvetica', 'B', 15); $pdf->SetTextColor(0, 85, 140);
$pdf->SetXY(60, 50); $pdf->Cell(400, 18, t('College of American Pathologists'), 0, 2);
$pdf->SetFont('Helvetica', '', 10); $pdf->SetTextColor(80, 80, 80); $pdf->Cell(400, 14, t('Northfield, Illinois'), 0, 2);
$pdf->SetTextColor(0, 0, 0); $pdf->SetFont('Times', '', 34);
$pdf->SetXY(60, 120); $pdf->Cell(600, 40, t('Certificate of Completion'), 0, 2);
$pdf->SetDrawColor(0, 85, 140); $pdf->SetLineWidth(1.5); $pdf->Line(62, 168, 300, 168);
$pdf->SetFont('Times', '', 13); $pdf->SetXY(60, 190); $pdf->Cell(600, 18, t('We certify that'), 0, 2);
$pdf->SetFont('Times', 'B', 24); $pdf->Cell(600, 32, t('Esperanza L. Quiñones'), 0, 2);
$pdf->SetFont('Times', '', 13); $pdf->Cell(600, 20, t('has completed the competency module'), 0, 2);
$pdf->SetFont('Times', 'BI', 17); $pdf->Cell(650, 26, t('Competency Assessment: Blood Culture Contamination Reduction'), 0, 2);
$pdf->SetLineWidth(0.4); $pdf->SetDrawColor(160, 160, 160);
$facts = array(array('Completed on', 'October 17, 2024'), array('Course ID', 'CAH-BCC-24'),
  array('CE hours', '1.0'), array('Record created', 'October 21, 2024'));
$x = 60;
foreach ($facts as $f) {
  $pdf->SetXY($x, 340); $pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(100, 100, 100);
  $pdf->Cell(150, 12, t(strtoupper($f[0])), 'T', 2);
  $pdf->SetFont('Helvetica', 'B', 12); $pdf->SetTextColor(0, 0, 0); $pdf->Cell(150, 18, t($f[1]), 0, 0);
  $x += 170;
}
$pdf->SetXY(60, 420); $pdf->SetFont('Helvetica', '', 8.5);
$pdf->MultiCell(660, 11, t('The College of American Pathologists (CAP) designates this activity for 1.0 CE hour for laboratory '
 . 'professionals; this activity is not designated for AMA PRA Category 1 Credit™. The CAP is approved as a provider of continuing '
 . 'education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'L');
$pdf->SetXY(520, 500); $pdf->SetFont('Times', 'I', 15); $pdf->SetTextColor(30, 40, 110); $pdf->Cell(200, 18, t('Lydia Ferrante-Osei'), 0, 2);
$pdf->SetTextColor(0, 0, 0); $pdf->SetDrawColor(0); $pdf->Line(520, 520, 720, 520);
$pdf->SetXY(520, 523); $pdf->SetFont('Helvetica', 'B', 9); $pdf->Cell(200, 11, t('Lydia Ferrante-Osei, MD, FCAP'), 0, 2);
$pdf->SetFont('Helvetica', '', 8); $pdf->Cell(200, 10, t('Chair, Council on Education'), 0, 2);
$pdf->Output('F', $OUT);
